"""Writes of the reports app: issuing a report, which freezes it and locks its year."""

import dataclasses
import hashlib
import json

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.policy import can_issue_reports
from measures.models import YearLock

from .docx import render_docx
from .models import AnnualReport, ReportRevision
from .rendering import render_html, render_pdf, report_document
from .selectors import report_data, result_counts
from .types import ReportData


def snapshot(data: ReportData) -> dict:
    """The report's data as JSON values (dates as ISO strings, decimals as strings).

    Without the preview's warnings: an issued revision keeps what the report counted
    (verified results), never the sums of unverified results that every reader of the
    revision could otherwise see.
    """
    values = dataclasses.asdict(data)
    values.pop("warnings", None)
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder))


def report_issue(*, report: AnnualReport, user: User) -> ReportRevision:
    """Issue the report: render both languages from verified results only, as PDF and Word, store
    them with their SHA-256 and the data snapshot as a new immutable revision, and lock the year."""
    if not can_issue_reports(user):
        raise PermissionDenied(_("Only the secretariat issues reports."))
    verified = result_counts(report.year)[1]
    if not verified:
        raise ValidationError(
            _("The %(year)s report cannot be issued: no result of %(year)s is verified.")
            % {"year": report.year}
        )
    data = report_data(year=report.year, draft=False)
    pdfs = {lang: render_pdf(render_html(data, lang)) for lang in ("en", "ru")}
    docxs = {lang: render_docx(report_document(data, lang)) for lang in ("en", "ru")}
    with transaction.atomic():
        # Two secretaries issuing at once get consecutive numbers, not a clash.
        AnnualReport.objects.select_for_update().filter(pk=report.pk).first()
        last = report.revisions.aggregate(last=Max("number"))["last"] or 0
        revision = ReportRevision.objects.create(
            report=report,
            number=last + 1,
            pdf_en=pdfs["en"],
            pdf_ru=pdfs["ru"],
            sha256_en=hashlib.sha256(pdfs["en"]).hexdigest(),
            sha256_ru=hashlib.sha256(pdfs["ru"]).hexdigest(),
            docx_en=docxs["en"],
            docx_ru=docxs["ru"],
            docx_sha256_en=hashlib.sha256(docxs["en"]).hexdigest(),
            docx_sha256_ru=hashlib.sha256(docxs["ru"]).hexdigest(),
            snapshot=snapshot(data),
            issued_by=user,
            issued_at=timezone.now(),
        )
        YearLock.objects.update_or_create(
            year=report.year,
            defaults={
                "locked": True,
                "reason": _("Report issued (revision %(number)s).") % {"number": revision.number},
                "changed_by": user,
            },
        )
    return revision
