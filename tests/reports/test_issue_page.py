"""Issuing with a look first: the confirmation page, the refusal of an identical revision, unlocking."""

import pytest
from django.db import transaction
from django.urls import reverse

from measures.models import Result, YearLock
from measures.services import WorkflowError, result_return, year_unlock
from reports.models import AnnualReport, Mandate, ReportRevision
from reports.services import report_issue
from tests.concurrency import InThread, needs_postgresql, wait_until_another_connection_waits
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory, UserFactory
from tests.jobs.workers import run_queued_jobs_here


@pytest.fixture
def report_2024(db):
    mandate = Mandate.objects.create(
        resolution="78/115",
        adopted_on="2023-12-07",
        paragraph=23,
        subject_en="the measures",
        subject_ru="мерах",
    )
    report = AnnualReport.objects.create(year=2024, mandate=mandate)
    ResultFactory(
        indicator=IndicatorFactory(
            code="firearms_seized", name_en="Firearms seized", noun_en_one="firearm", noun_en_other="firearms"
        ),
        value=590,
    )
    return report


@pytest.fixture
def firearms_result(report_2024):
    return Result.objects.get(indicator__code="firearms_seized")


def _issue_url(year=2024):
    return reverse("reports:issue", args=[year])


def test_the_page_shows_what_changed_since_the_last_revision(
    client, secretariat, report_2024, firearms_result, english, django_assert_num_queries
):
    """Before issuing, the secretariat sees each changed figure old -> new and whether the letter changed."""
    report_issue(report=report_2024, user=secretariat)
    year_unlock(year=2024, user=secretariat, reason="Kazakhstan corrected its firearms figure")
    Result.objects.filter(pk=firearms_result.pk).update(value=600)
    AnnualReport.objects.filter(pk=report_2024.pk).update(job_number="25-99999")
    client.force_login(secretariat)
    with django_assert_num_queries(18):
        page = client.get(_issue_url(), HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Revision 1, issued" in html and "Changes since revision 1" in html
    assert '<th scope="row">Firearms seized</th><td>590</td><td>600</td>' in html
    assert "The text of the letter changed." in html
    assert "Issue as revision 2" in html
    assert "The figures of 2024 are not locked." in html


def test_issuing_from_the_page_names_the_new_revision_and_locks_the_year_through_the_lock_service(
    client, secretariat, report_2024, english
):
    """POST starts the issuing job; its page says which revision was issued, the issue page then names
    it and offers unlocking; the lock's history says why and who."""
    client.force_login(secretariat)
    started = client.post(_issue_url(), HTTP_ACCEPT_LANGUAGE="en")
    run_queued_jobs_here()
    job_page = client.get(started["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "The 2024 report was issued as revision 1" in job_page
    html = client.get(_issue_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Revision 1, issued" in html
    assert "The figures of 2024 are locked since" in html and "issued as revision 1, by sec" in html
    assert "Unlock the year" in html
    lock = YearLock.objects.get(year=2024)
    assert lock.locked and lock.reason == "issued as revision 1" and lock.changed_by == secretariat
    record = lock.history.latest("history_date")
    assert (record.history_user, record.reason, record.locked) == (secretariat, "issued as revision 1", True)


def test_an_identical_revision_is_refused(client, secretariat, report_2024, english):
    """Nothing changed since revision 1: the page offers no button, and a POST says so and issues nothing."""
    report_issue(report=report_2024, user=secretariat)
    client.force_login(secretariat)
    page = client.get(_issue_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nothing changed since revision 1" in page and "Issue as revision" not in page
    started = client.post(_issue_url(), HTTP_ACCEPT_LANGUAGE="en")
    run_queued_jobs_here()
    job_page = client.get(started["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nothing changed since revision 1 of the 2024 report" in job_page
    assert ReportRevision.objects.count() == 1


def test_the_secretariat_unlocks_from_the_page_giving_a_reason(client, secretariat, report_2024, english):
    """Unlocking needs a reason; with one, the year opens and its history records the reason."""
    report_issue(report=report_2024, user=secretariat)
    client.force_login(secretariat)
    unlock = reverse("reports:unlock", args=[2024])
    refused = client.post(unlock, {"reason": "  "}, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert "A reason is required to unlock a year." in refused.content.decode()
    assert YearLock.is_locked(2024)
    done = client.post(
        unlock, {"reason": "Belarus sent late figures"}, HTTP_ACCEPT_LANGUAGE="en", follow=True
    )
    assert "The figures of 2024 are unlocked" in done.content.decode()
    assert YearLock.objects.get(year=2024).reason == "Belarus sent late figures"


def test_only_the_secretariat_sees_the_issue_page_or_unlocks(client, reviewer, report_2024):
    """Reviewers and analysts get 403 on the issue page and on unlocking."""
    analyst = UserFactory(username="ana", role="analyst", role__state=MemberStateFactory(code="KAZ"))
    for user in (reviewer, analyst):
        client.force_login(user)
        assert client.get(_issue_url()).status_code == 403
        assert client.post(reverse("reports:unlock", args=[2024]), {"reason": "x"}).status_code == 403


# -- two connections at once (PostgreSQL) ------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_change_during_an_issue_waits_and_is_refused_so_the_snapshot_equals_the_database(
    secretariat, report_2024, firearms_result, english
):
    """A return of a verified figure, sent while the report is being issued, waits for the issue and is
    then refused by the lock: the revision's figure is the database's figure."""
    needs_postgresql()
    with transaction.atomic():
        revision = report_issue(report=report_2024, user=secretariat)
        late = InThread(lambda: result_return(result=firearms_result, user=secretariat, comment="late"))
        wait_until_another_connection_waits()
    with pytest.raises(WorkflowError, match="are locked since"):
        late.result()
    firearms_result.refresh_from_db()
    figures = {figure["code"]: figure["value"] for figure in revision.snapshot["figures"]}
    assert firearms_result.status == Result.Status.VERIFIED
    assert float(figures["firearms_seized"]) == float(firearms_result.value) == 590


@pytest.mark.django_db(transaction=True)
def test_an_issue_waits_for_a_write_under_way_and_reads_it(secretariat, report_2024, english):
    """A verification that holds the year when issuing starts is in the issued figures: the issue waited."""
    needs_postgresql()
    from measures.services import result_verify

    explosives = ResultFactory(
        indicator=IndicatorFactory(code="explosives_seized_kg", name_en="Explosives"),
        value=382,
        status=Result.Status.SUBMITTED,
    )
    with transaction.atomic():
        result_verify(result=explosives, user=secretariat)
        issuing = InThread(lambda: report_issue(report=report_2024, user=secretariat))
        wait_until_another_connection_waits()
    revision = issuing.result()
    figures = {figure["code"]: figure["value"] for figure in revision.snapshot["figures"]}
    assert float(figures["explosives_seized_kg"]) == 382


@pytest.mark.django_db(transaction=True)
def test_a_second_issue_at_once_waits_then_is_refused_as_identical(secretariat, report_2024, english):
    """Two clicks on "Issue" at once: the second waits for the first, then is refused; one revision."""
    needs_postgresql()
    from django.core.exceptions import ValidationError

    with transaction.atomic():
        first = report_issue(report=report_2024, user=secretariat)
        second = InThread(lambda: report_issue(report=report_2024, user=secretariat))
        wait_until_another_connection_waits()
    with pytest.raises(ValidationError, match="Nothing changed since revision 1"):
        second.result()
    assert list(ReportRevision.objects.values_list("number", flat=True)) == [first.number] == [1]
