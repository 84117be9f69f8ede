"""Year locks and result versions checked where the write commits (measures/locks.py)."""

import pytest
from django.db import transaction
from django.urls import reverse

from measures.locks import lock_years_for_write
from measures.models import Result, YearLock
from measures.services import WorkflowError, result_return, result_verify, year_lock
from measures.services_import import data_import
from tests.admin_forms import admin_form_data
from tests.concurrency import InThread, needs_postgresql, wait_until_another_connection_waits
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory, UserFactory

from .importing import csv_bytes


@pytest.fixture
def kaz(db):
    return MemberStateFactory(code="KAZ", name_en="Kazakhstan")


@pytest.fixture
def secretariat(db):
    return UserFactory(username="sec", role="secretariat")


@pytest.fixture
def analyst(kaz):
    return UserFactory(username="analyst-kaz", role="analyst", role__state=kaz)


@pytest.fixture
def firearms(db):
    return IndicatorFactory(code="firearms_seized")


def _row(value, year=2024):
    return ["", str(year), "firearms_seized", "", "KAZ", "", str(value), "", ""]


def _change_url(result):
    return reverse("admin:measures_result_change", args=[result.pk])


@pytest.mark.django_db(transaction=True)
def test_a_lock_outside_a_transaction_is_a_programming_error():
    """Holding a year's lock record means nothing outside a transaction: the call says so."""
    with pytest.raises(RuntimeError, match=r"inside transaction\.atomic"):
        lock_years_for_write([2024])


def test_the_first_write_into_a_year_creates_its_unlocked_lock_record(kaz, firearms):
    """A year without a lock record gets one (unlocked) so that there is a row to lock."""
    with transaction.atomic():
        lock_years_for_write([2024, None, 2024])
    assert list(YearLock.objects.values_list("year", "locked")) == [(2024, False)]
    assert not YearLock.is_locked(2024)


def test_an_admin_save_after_the_year_was_locked_is_refused(client, analyst, kaz, firearms, english):
    """A form opened before the year was locked cannot save into it: the page says since when and why."""
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.DRAFT)
    client.force_login(analyst)
    form = client.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en")
    year_lock(year=2024, user=None, reason="issued as revision 1")
    response = client.post(_change_url(result), admin_form_data(form, value="11"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 403
    assert (
        "Nothing was saved: The figures of 2024 are locked since" in html and "issued as revision 1" in html
    )
    result.refresh_from_db()
    assert result.value == 10 and result.version == 1


def test_an_admin_save_based_on_an_older_version_is_refused_naming_who_changed_it(
    client, analyst, secretariat, kaz, firearms, english
):
    """Two people edit one result: the second save is refused with who changed it, when, and to what."""
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.DRAFT)
    client.force_login(analyst)
    stale_form = client.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en")
    other = type(client)()
    other.force_login(secretariat)
    fresh_form = other.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en")
    saved = other.post(
        _change_url(result), admin_form_data(fresh_form, value="12"), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert saved.status_code == 302
    response = client.post(
        _change_url(result), admin_form_data(stale_form, value="11"), HTTP_ACCEPT_LANGUAGE="en"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "was changed by sec at" in html and "value 12" in html and "nothing was written" in html
    result.refresh_from_db()
    assert (result.value, result.version) == (12, 2)


def test_a_form_without_the_version_it_changes_is_refused(client, analyst, kaz, firearms, english):
    """A POST that drops the version field cannot overwrite whatever is stored now."""
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.DRAFT)
    client.force_login(analyst)
    data = admin_form_data(client.get(_change_url(result)), value="11")
    del data["read_version"]
    response = client.post(_change_url(result), data, HTTP_ACCEPT_LANGUAGE="en")
    assert "reload the page" in response.content.decode()
    result.refresh_from_db()
    assert result.value == 10


def test_a_verified_value_is_final_until_the_secretariat_returns_it(
    client, secretariat, kaz, firearms, english
):
    """The secretariat cannot change a verified figure in the admin; after a return with a comment it can,
    and the figure must then be submitted and verified again."""
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.VERIFIED)
    client.force_login(secretariat)
    page = client.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en")
    assert 'name="value"' not in page.content.decode()  # read-only
    assert "Return…" in page.content.decode()
    refused = client.post(_change_url(result), {"value": "11", "read_version": "1"})
    assert refused.status_code == 403
    assert (
        "Nothing was saved: This result is verified, and a verified figure is final"
        in refused.content.decode()
    )
    result.refresh_from_db()
    assert (result.value, result.status) == (10, Result.Status.VERIFIED)

    result_return(result=result, user=secretariat, comment="The figure counts seizures twice")
    form = client.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en")
    assert client.post(_change_url(result), admin_form_data(form, value="11")).status_code == 302
    result.refresh_from_db()
    assert (result.value, result.status, result.version) == (11, Result.Status.RETURNED, 3)
    reasons = list(result.history.order_by("history_date").values_list("status", "review_comment"))
    assert (Result.Status.RETURNED, "The figure counts seizures twice") in reasons


def test_a_result_of_a_locked_year_says_why_since_when_and_who_may_unlock(
    client, analyst, secretariat, kaz, firearms, english
):
    """Its admin page names the lock's reason (the revision), its date and that the secretariat unlocks."""
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.SUBMITTED)
    year_lock(year=2024, user=secretariat, reason="issued as revision 2")
    client.force_login(analyst)
    html = client.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "The figures of 2024 are locked since" in html
    assert "issued as revision 2, by sec" in html
    assert "Only the secretariat can unlock the year" in html
    assert reverse("admin:measures_yearlock_changelist") + "?year=2024" not in html
    client.force_login(secretariat)
    html = client.get(_change_url(result), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert reverse("admin:measures_yearlock_changelist") + "?year=2024" in html


def test_every_write_raises_the_version(secretariat, analyst, kaz, firearms):
    """Workflow steps and imports each raise the result's version, so that older reads show as stale."""
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.SUBMITTED)
    result = result_verify(result=result, user=secretariat)
    assert result.version == 2
    result = result_return(result=result, user=secretariat, comment="check")
    assert Result.objects.get(pk=result.pk).version == 3
    assert data_import(kind="results", data=csv_bytes([_row(11)]), file_name="a.csv", user=analyst).ok
    assert Result.objects.get(pk=result.pk).version == 4


# -- two connections at once (PostgreSQL) ------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_an_import_that_writes_after_the_year_was_locked_is_refused(secretariat, kaz, firearms, english):
    """An import that read the year as open but writes after it was locked lands nothing, and says why."""
    needs_postgresql()
    with transaction.atomic():
        year_lock(year=2024, user=secretariat, reason="issued as revision 1")
        late = InThread(lambda: data_import(kind="results", data=csv_bytes([_row(5)]), file_name="late.csv"))
        wait_until_another_connection_waits()
    outcome = late.result()
    assert not outcome.ok
    assert "The figures of 2024 are locked since" in str(outcome.errors[0])
    assert "issued as revision 1" in str(outcome.errors[0])
    assert not Result.objects.filter(year=2024).exists()


@pytest.mark.django_db(transaction=True)
def test_an_import_does_not_undo_a_verification_made_while_it_ran(secretariat, kaz, firearms, english):
    """The secretariat verifies a result while an import holding it runs: the import is refused with who
    changed the result and when; the result stays verified with its value, never set back to submitted."""
    needs_postgresql()
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.SUBMITTED)
    with transaction.atomic():
        # Held by this connection: the import reads its rows, then waits where it writes.
        lock_years_for_write([2024])
        importing = InThread(
            lambda: data_import(kind="results", data=csv_bytes([_row(11)]), file_name="late.csv")
        )
        wait_until_another_connection_waits()
        result_verify(result=result, user=secretariat)
    outcome = importing.result()
    assert not outcome.ok
    message = str(outcome.errors[0])
    assert "firearms_seized 2024" in message and "was changed by sec" in message and "now verified" in message
    result.refresh_from_db()
    assert (result.value, result.status) == (10, Result.Status.VERIFIED)
    statuses = list(result.history.order_by("history_date", "history_id").values_list("status", flat=True))
    assert statuses[-1] == Result.Status.VERIFIED and Result.Status.SUBMITTED not in statuses[1:]


@pytest.mark.django_db(transaction=True)
def test_a_workflow_action_waiting_for_a_lock_is_refused_once_the_year_is_locked(
    secretariat, kaz, firearms, english
):
    """A return that commits after the year was locked is refused with the lock's message."""
    needs_postgresql()
    result = ResultFactory(indicator=firearms, state=kaz, value=10, status=Result.Status.VERIFIED)
    with transaction.atomic():
        year_lock(year=2024, user=secretariat, reason="issued as revision 1")
        returning = InThread(lambda: result_return(result=result, user=secretariat, comment="late"))
        wait_until_another_connection_waits()
    with pytest.raises(WorkflowError, match="are locked since"):
        returning.result()
    result.refresh_from_db()
    assert result.status == Result.Status.VERIFIED


def test_the_admin_locks_a_year_that_already_has_an_unlocked_record(client, secretariat, kaz, firearms):
    """A year written into has an unlocked record; adding a lock for it in the admin locks that record."""
    with transaction.atomic():
        lock_years_for_write([2024])
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:measures_yearlock_add"), {"year": "2024", "reason": "Late figures frozen"}
    )
    assert response.status_code == 302
    lock = YearLock.objects.get(year=2024)
    assert lock.locked and lock.reason == "Late figures frozen" and lock.changed_by == secretariat
