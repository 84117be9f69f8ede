"""Writes of the reports app: issuing a report, which freezes it and locks its year."""

import hashlib

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.policy import can_issue_reports
from measures.locks import lock_year_record
from measures.services import year_lock

from .docx import render_docx
from .models import AnnualReport, ReportRevision
from .rendering import render_html, render_pdf, report_document
from .selectors import latest_revision, report_data, report_snapshot, year_readiness
from .types import ReportData

LANGUAGES = ("en", "ru")

# Kept under this name for the code that imports it from here.
snapshot = report_snapshot


def render_documents(data: ReportData) -> dict[str, dict[str, bytes]]:
    """The issued documents of the report, by format and language: the one rendering step of issuing."""
    return {
        "pdf": {lang: render_pdf(render_html(data, lang)) for lang in LANGUAGES},
        "docx": {lang: render_docx(report_document(data, lang)) for lang in LANGUAGES},
    }


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _identical(last: ReportRevision | None, content: dict, pdf_hashes: dict[str, str]) -> bool:
    return (
        last is not None
        and last.snapshot == content
        and all(getattr(last, f"sha256_{lang}") == pdf_hashes[lang] for lang in LANGUAGES)
    )


def report_issue(*, report: AnnualReport, user: User) -> ReportRevision:
    """Issue the report: render both languages from verified results only, as PDF and Word, store
    them with their SHA-256 and the data snapshot as a new immutable revision, and lock the year.

    All of it under the row lock of the year's lock record, which every write into the year
    takes too: writes under way finish first and are read; later ones wait, then find the
    year locked. The snapshot and the documents therefore hold what the database holds when
    the year locks. A revision identical to the last one (same data, same PDFs) is refused,
    so a second issue at once waits, then is refused.
    """
    if not can_issue_reports(user):
        raise PermissionDenied(_("Only the secretariat issues reports."))
    year = report.year
    with transaction.atomic():
        lock_year_record(year)
        # The report's own text too: an edit of it waits until the issue is done.
        AnnualReport.objects.select_for_update().filter(pk=report.pk).first()
        refusal = year_readiness(year).issue_refusal
        if refusal:
            raise ValidationError(refusal)
        data = report_data(year=year, draft=False)
        content = report_snapshot(data)
        documents = render_documents(data)
        pdfs, docxs = documents["pdf"], documents["docx"]
        pdf_hashes = {lang: _sha256(pdfs[lang]) for lang in LANGUAGES}
        last = latest_revision(year, with_snapshot=True)
        if _identical(last, content, pdf_hashes):
            raise ValidationError(
                _(
                    "Nothing changed since revision %(number)s of the %(year)s report (same figures, same "
                    "text, same PDFs): no new revision was issued."
                )
                % {"number": last.number, "year": year}
            )
        number = (report.revisions.aggregate(last=Max("number"))["last"] or 0) + 1
        revision = ReportRevision.objects.create(
            report=report,
            number=number,
            pdf_en=pdfs["en"],
            pdf_ru=pdfs["ru"],
            sha256_en=pdf_hashes["en"],
            sha256_ru=pdf_hashes["ru"],
            docx_en=docxs["en"],
            docx_ru=docxs["ru"],
            docx_sha256_en=_sha256(docxs["en"]),
            docx_sha256_ru=_sha256(docxs["ru"]),
            snapshot=content,
            issued_by=user,
            issued_at=timezone.now(),
        )
        # Through the lock service, so that the lock's history names the revision and the user.
        year_lock(year=year, user=user, reason=f"issued as revision {number}")
    return revision
