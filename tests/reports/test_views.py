"""Report pages: who sees previews and drafts, who downloads issued revisions."""

import hashlib

import pytest
from django.urls import reverse

from jobs.models import Job
from measures.models import Result
from reports.models import AnnualReport, Mandate, ReportRevision
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory, UserFactory
from tests.jobs.workers import run_queued_jobs_here

from .conftest import pdf_text


@pytest.fixture
def report_2024(db, secretariat):
    mandate = Mandate.objects.create(
        resolution="78/115",
        adopted_on="2023-12-07",
        paragraph=23,
        subject_en="the measures",
        subject_ru="мерах",
    )
    report = AnnualReport.objects.create(year=2024, mandate=mandate, job_number="25-07557")
    ResultFactory(
        indicator=IndicatorFactory(code="firearms_seized", noun_en_one="firearm", noun_en_other="firearms"),
        value=590,
    )
    content = b"%PDF-1.7 issued"
    ReportRevision.objects.create(
        report=report,
        number=1,
        pdf_en=content,
        pdf_ru=content + b" ru",
        sha256_en=hashlib.sha256(content).hexdigest(),
        sha256_ru=hashlib.sha256(content + b" ru").hexdigest(),
        snapshot={},
        issued_by=secretariat,
        issued_at="2025-05-13T10:00:00Z",
    )
    return report


def test_pages_need_a_login(client, report_2024):
    """Anonymous visitors are sent to the login page from every report page."""
    for url in (
        reverse("reports:list"),
        reverse("reports:preview", args=[2024]),
        reverse("reports:revision_pdf", args=[2024, 1, "en"]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_a_reviewer_downloads_issued_revisions_but_sees_nothing_unissued(client, reviewer, report_2024):
    """Reviewers get the issued PDFs with a sensible file name, and 403 on previews and drafts."""
    client.force_login(reviewer)
    page = client.get(reverse("reports:list"))
    assert page.status_code == 200
    html = page.content.decode()
    assert reverse("reports:revision_pdf", args=[2024, 1, "ru"]) in html
    assert f'href="{reverse("reports:preview", args=[2024])}?' not in html
    assert reverse("reports:draft_pdf", args=[2024, "ru"]) not in html
    response = client.get(reverse("reports:revision_pdf", args=[2024, 1, "en"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="report-2024-rev1-en.pdf"'
    assert response.content == b"%PDF-1.7 issued"
    assert client.get(reverse("reports:preview", args=[2024])).status_code == 403
    assert client.post(reverse("reports:draft_pdf", args=[2024, "en"])).status_code == 403


def test_an_analyst_previews_the_report_and_downloads_a_draft_pdf(client, report_2024):
    """Analysts see the HTML preview (without the issue button) and a draft PDF marked as such."""
    analyst = UserFactory(username="ana", role="analyst", role__state=MemberStateFactory(code="KAZ"))
    client.force_login(analyst)
    page = client.get(reverse("reports:preview", args=[2024]) + "?lang=en", HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert page.status_code == 200
    assert "In 2024, 590 firearms were seized." in html
    assert 'lang="en"' in html and reverse("reports:issue", args=[2024]) not in html
    started = client.post(reverse("reports:draft_pdf", args=[2024, "en"]))
    job = Job.objects.get(user=analyst, kind="report_draft")
    assert started["Location"] == reverse("jobs:detail", args=[job.pk])
    run_queued_jobs_here()
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED and job.pages_rendered >= 1
    response = client.get(reverse("jobs:download", args=[job.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="report-2024-en-draft.pdf"'
    text = pdf_text(b"".join(response.streaming_content))
    assert "590 firearms" in text and "DRAFT" in text
    assert "Check before issuing" not in text


def test_the_secretariat_preview_offers_issuing_and_lists_warnings(client, secretariat, report_2024):
    """The secretariat's preview links to the issue page and lists the checks, in the reader's language."""
    Result.objects.update(status=Result.Status.SUBMITTED)
    client.force_login(secretariat)
    page = client.get(reverse("reports:preview", args=[2024]) + "?lang=en", HTTP_ACCEPT_LANGUAGE="ru")
    html = page.content.decode()
    assert reverse("reports:issue", args=[2024]) in html
    assert '<html lang="en">' in html and "Выпустить доклад…" in html
    assert "1 результат в статусе «представлен» не проверен (590) и не учитывается." in html
    english = client.get(reverse("reports:preview", args=[2024]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 result submitted, not verified (590): not counted." in english


def test_an_unknown_year_or_language_is_not_found(client, secretariat, report_2024):
    """A year with neither a report nor results, or a language other than ru/en, gives 404."""
    client.force_login(secretariat)
    assert client.get(reverse("reports:preview", args=[1999])).status_code == 404
    assert client.post(reverse("reports:draft_pdf", args=[2024, "de"])).status_code == 404
    assert client.get(reverse("reports:revision_pdf", args=[2024, 7, "en"])).status_code == 404


def test_the_secretariat_issues_from_the_page_and_finds_the_new_revision_listed(
    client, secretariat, report_2024
):
    """POSTing the issue form starts a job; once a worker ran it, its page says revision 2 (after 1)
    was issued and links its PDFs."""
    client.force_login(secretariat)
    started = client.post(reverse("reports:issue", args=[2024]), HTTP_ACCEPT_LANGUAGE="en")
    run_queued_jobs_here()
    response = client.get(started["Location"], HTTP_ACCEPT_LANGUAGE="en")
    assert "issued as revision 2" in response.content.decode()
    assert reverse("reports:revision_pdf", args=[2024, 2, "en"]) in response.content.decode()
    issue_page = client.get(reverse("reports:issue", args=[2024]), HTTP_ACCEPT_LANGUAGE="en")
    assert "Revision 2, issued" in issue_page.content.decode()
    revision = ReportRevision.objects.get(report=report_2024, number=2)
    assert "590 firearms" in pdf_text(revision.pdf("en"))


def test_issuing_without_any_verified_result_is_refused_with_a_message(client, secretariat, report_2024):
    """With every result of the year still submitted, nothing is issued and the job's page says why."""
    Result.objects.update(status=Result.Status.SUBMITTED)
    client.force_login(secretariat)
    started = client.post(reverse("reports:issue", args=[2024]), HTTP_ACCEPT_LANGUAGE="en")
    run_queued_jobs_here()
    response = client.get(started["Location"], HTTP_ACCEPT_LANGUAGE="en")
    assert "The job failed" in response.content.decode()
    assert "no result of 2024 is verified" in response.content.decode()
    assert ReportRevision.objects.count() == 1


def test_lists_of_revisions_leave_the_stored_pdfs_in_the_database(report_2024):
    """Pages that list revisions (the dashboard, the reports list) fetch no PDF or Word file per row."""
    revision = ReportRevision.objects.get(report=report_2024)
    assert revision.get_deferred_fields() == {"pdf_en", "pdf_ru", "docx_en", "docx_ru", "snapshot"}
    assert revision.pdf("en") == b"%PDF-1.7 issued"  # still there when asked for


def test_the_preview_lists_only_the_unverified_results_the_reader_may_see(client, secretariat, report_2024):
    """A Kazakh analyst sees Kazakhstan's unverified results, never a Belarus draft; the secretariat both."""
    indicator = Result.objects.get().indicator
    ResultFactory(indicator=indicator, value=12345, state=MemberStateFactory(code="BLR"), status="draft")
    kaz = MemberStateFactory(code="KAZ")
    ResultFactory(indicator=indicator, value=777, state=kaz, status="submitted")
    analyst = UserFactory(username="ana", role="analyst", role__state=kaz)
    url = reverse("reports:preview", args=[2024]) + "?lang=en"

    client.force_login(analyst)
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 result submitted, not verified (777): not counted." in html
    assert "12,345" not in html and "draft, not verified" not in html

    client.force_login(secretariat)
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 result submitted, not verified (777): not counted." in html
    assert "1 result draft, not verified (12,345): not counted." in html


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_the_preview_offers_a_word_draft_beside_each_pdf_and_it_holds_the_same_text(client, report_2024):
    """Analysts find "Draft Word" buttons beside the draft PDFs; a job writes the file, the draft
    marked as such, offered on the job's page."""
    from .conftest import docx_paragraphs

    analyst = UserFactory(username="ana", role="analyst", role__state=MemberStateFactory(code="KAZ"))
    client.force_login(analyst)
    html = client.get(reverse("reports:preview", args=[2024]) + "?lang=en").content.decode()
    for lang in ("ru", "en"):
        assert reverse("reports:draft_pdf", args=[2024, lang]) in html
        assert reverse("reports:draft_docx", args=[2024, lang]) in html
    listing = client.get(reverse("reports:list")).content.decode()
    assert reverse("reports:draft_docx", args=[2024, "ru"]) in listing
    assert client.get(reverse("reports:draft_docx", args=[2024, "en"])).status_code == 405
    started = client.post(reverse("reports:draft_docx", args=[2024, "en"]))
    job = Job.objects.get(user=analyst, kind="report_draft")
    assert started["Location"] == reverse("jobs:detail", args=[job.pk])
    assert job.status == Job.Status.QUEUED  # nothing rendered inside the request
    run_queued_jobs_here()
    page = client.get(started["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Download report-2024-en-draft.docx" in page
    response = client.get(reverse("jobs:download", args=[job.pk]))
    assert response.status_code == 200 and response["Content-Type"] == DOCX_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="report-2024-en-draft.docx"'
    paragraphs = docx_paragraphs(b"".join(response.streaming_content))
    assert "In 2024, 590 firearms were seized." in paragraphs
    assert client.post(reverse("reports:draft_docx", args=[2024, "de"])).status_code == 404


def test_a_reviewer_cannot_download_a_word_draft_but_gets_an_issued_word_file(client, reviewer, report_2024):
    """Drafts stay with the secretariat and analysts; an issued revision's Word file is for every role,
    and a revision issued before Word files were kept says it has none."""
    client.force_login(reviewer)
    assert client.post(reverse("reports:draft_docx", args=[2024, "en"])).status_code == 403
    old = client.get(reverse("reports:revision_docx", args=[2024, 1, "en"]))
    assert old.status_code == 404
    revision = ReportRevision.objects.get(report=report_2024)
    content = b"PK docx"
    ReportRevision.objects.create(
        report=report_2024,
        number=2,
        pdf_en=b"%PDF",
        pdf_ru=b"%PDF",
        sha256_en=hashlib.sha256(b"%PDF").hexdigest(),
        sha256_ru=hashlib.sha256(b"%PDF").hexdigest(),
        docx_en=content,
        docx_ru=content,
        docx_sha256_en=hashlib.sha256(content).hexdigest(),
        docx_sha256_ru=hashlib.sha256(content).hexdigest(),
        snapshot={},
        issued_by=revision.issued_by,
        issued_at="2025-05-14T10:00:00Z",
    )
    listing = client.get(reverse("reports:list")).content.decode()
    assert reverse("reports:revision_docx", args=[2024, 2, "ru"]) in listing
    assert reverse("reports:revision_docx", args=[2024, 1, "ru"]) not in listing
    response = client.get(reverse("reports:revision_docx", args=[2024, 2, "ru"]))
    assert response["Content-Type"] == DOCX_TYPE and response.content == content
    assert response["Content-Disposition"] == 'attachment; filename="report-2024-rev2-ru.docx"'


def test_the_word_draft_costs_the_same_few_queries_whatever_the_number_of_results(
    client, report_2024, django_assert_num_queries
):
    """The Word draft's job runs a fixed number of queries: the job and its task, then the report's
    data (its passages too) in a handful of aggregates, whatever the number of results."""
    analyst = UserFactory(username="ana", role="analyst", role__state=MemberStateFactory(code="KAZ"))
    client.force_login(analyst)
    url = reverse("reports:draft_docx", args=[2024, "ru"])
    client.post(url)
    # the task claimed, the job taken, the report's data, the file kept, the task finished
    with django_assert_num_queries(16):
        run_queued_jobs_here()
    indicator = Result.objects.get().indicator
    for code in ("BLR", "ARM", "AZE"):
        ResultFactory(indicator=indicator, value=1, state=MemberStateFactory(code=code))
    client.post(url)
    with django_assert_num_queries(16):
        run_queued_jobs_here()
    assert Job.objects.filter(status=Job.Status.SUCCEEDED).count() == 2


def test_a_report_without_a_mandate_previews_a_placeholder_and_a_warning(client, secretariat):
    """A 2019 report with no mandate chosen and none recorded for 2019: the letter shows the
    placeholder, the panel says what to record, and no other year's resolution appears."""
    Mandate.objects.create(
        resolution="78/115",
        adopted_on="2023-12-07",
        paragraph=23,
        subject_en="the measures",
        subject_ru="мерах",
        first_year=2024,
        last_year=2024,
    )
    AnnualReport.objects.create(year=2019)
    ResultFactory(year=2019, value=5)
    client.force_login(secretariat)
    html = client.get(reverse("reports:preview", args=[2019]) + "?lang=en", HTTP_ACCEPT_LANGUAGE="en").content
    html = html.decode()
    assert "[resolution for 2019 not recorded]" in html
    assert "No mandate is recorded for 2019" in html
    assert "78/115" not in html
    russian = client.get(reverse("reports:preview", args=[2019]) + "?lang=ru", HTTP_ACCEPT_LANGUAGE="ru")
    assert "Мандат на 2019 год не внесен" in russian.content.decode()
