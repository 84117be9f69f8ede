"""Background work of the reports app: draft PDFs and Word files, and issuing, run as jobs."""

import tempfile
from pathlib import Path

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from jobs.models import Job
from jobs.services import JobFailed, JobOutcome, Progress, job_run

from .docx import render_docx
from .models import AnnualReport
from .rendering import render_html, render_pdf_counted, report_document
from .selectors import report_data
from .services import report_issue


@task()
def report_draft_pdf(job_id: int) -> None:
    """Render the draft PDF of a year in one language, for download from the job's page."""
    job_run(job_id=job_id, work=draft_work)


def draft_work(job: Job, progress: Progress) -> JobOutcome:
    year, lang = job.params["year"], job.params["lang_pdf"]
    progress.set(message=_("Gathering the figures"))
    data = report_data(year=year, draft=True)
    progress.set(message=_("Rendering the PDF"))
    content, pages = render_pdf_counted(render_html(data, lang))
    progress.set(pages_rendered=pages)
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as out:
        out.write(content)
    return JobOutcome(
        result={"summary": [[_("Pages"), pages]]},
        file_path=Path(out.name),
        file_name=f"report-{year}-{lang}-draft.pdf",
    )


@task()
def report_draft_docx(job_id: int) -> None:
    """Write the draft Word file of a year in one language, for download from the job's page."""
    job_run(job_id=job_id, work=draft_docx_work)


def draft_docx_work(job: Job, progress: Progress) -> JobOutcome:
    year, lang = job.params["year"], job.params["lang_pdf"]
    progress.set(message=_("Gathering the figures"))
    data = report_data(year=year, draft=True)
    progress.set(message=_("Writing the Word file"))
    content = render_docx(report_document(data, lang))
    with tempfile.NamedTemporaryFile(suffix=".docx", delete=False) as out:
        out.write(content)
    return JobOutcome(file_path=Path(out.name), file_name=f"report-{year}-{lang}-draft.docx")


@task()
def report_issue_job(job_id: int) -> None:
    """Issue a year's report: both languages rendered and stored, the year locked."""
    job_run(job_id=job_id, work=issue_work)


def issue_work(job: Job, progress: Progress) -> JobOutcome:
    year = job.params["year"]
    report = AnnualReport.objects.filter(year=year).first()
    if report is None:
        raise JobFailed(_("There is no %(year)s report to issue.") % {"year": year})
    progress.set(message=_("Rendering the report in both languages"))
    user = job.user or User(username="")
    revision = report_issue(report=report, user=user)
    return JobOutcome(
        result={
            "summary": [
                [
                    _("Issued"),
                    _(
                        "The %(year)s report was issued as revision %(number)s; "
                        "the year's figures are now locked."
                    )
                    % {"year": year, "number": revision.number},
                ]
            ],
            "links": [
                [_("PDF (Russian)"), reverse("reports:revision_pdf", args=[year, revision.number, "ru"])],
                [_("PDF (English)"), reverse("reports:revision_pdf", args=[year, revision.number, "en"])],
            ],
        }
    )
