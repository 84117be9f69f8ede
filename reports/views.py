"""Report pages: the list, the secretariat's preview and drafts, issuing, issued revisions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.policy import (
    can_edit_report_text,
    can_issue_reports,
    can_preview_reports,
    can_read_reports,
    can_unlock_years,
)
from core.i18n import pick_language
from jobs.services import job_start
from measures.locks import year_lock_record
from measures.rounds import year_completeness
from measures.services import WorkflowError, year_unlock

from . import tasks
from .models import AnnualReport, ReportRevision
from .rendering import render_html, warning_lines
from .selectors import issue_preview, report_data, year_readiness
from .text_checks import text_changes, text_warnings

LANGS = ("ru", "en")


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf_response(content: bytes, filename: str, content_type: str = "application/pdf") -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _year_with_data(year: int) -> None:
    if not year_readiness(year).has_data:
        raise Http404(_("There is neither a report nor any result for %(year)s.") % {"year": year})


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    _require(can_read_reports(request.user))
    can_preview = can_preview_reports(request.user)
    reports = AnnualReport.objects.select_related("mandate").order_by("-year")
    revisions = ReportRevision.objects.select_related("report", "issued_by")
    return render(
        request,
        "reports/report_list.html",
        {
            "reports": reports if can_preview else [],
            "revisions": revisions.order_by("-report__year", "-number"),
            "can_preview": can_preview,
        },
    )


@login_required
def report_preview(request: HttpRequest, year: int) -> HttpResponse:
    _require(can_preview_reports(request.user))
    _year_with_data(year)
    lang = pick_language(request.GET.get("lang") or translation.get_language())
    # The warnings list only the unverified results this user may see (accounts.scope).
    data = report_data(year=year, draft=True, viewer=request.user)
    report_exists = AnnualReport.objects.filter(year=year).exists()
    preview = {
        "warnings": warning_lines(data, pick_language()) + text_warnings(data, pick_language()),
        "can_issue": can_issue_reports(request.user) and report_exists,
        "can_edit_text": report_exists and can_edit_report_text(request.user),
        "changes": text_changes(data, lang),
        "ui_lang": pick_language(),
        "completeness": year_completeness(year),
    }
    return HttpResponse(render_html(data, lang, preview=preview, request=request))


@require_POST
@login_required
def report_draft_pdf(request: HttpRequest, year: int, lang: str) -> HttpResponse:
    """Start rendering a draft PDF as a job; its page offers the file when it is done."""
    _require(can_preview_reports(request.user))
    if lang not in LANGS:
        raise Http404
    _year_with_data(year)
    job = job_start(
        kind="report_draft",
        title=_("Draft PDF of the %(year)s report (%(lang)s)") % {"year": year, "lang": lang},
        user=request.user,
        task=tasks.report_draft_pdf,
        params={"year": year, "lang_pdf": lang},
    )
    return redirect("jobs:detail", job.pk)


@require_POST
@login_required
def report_draft_docx(request: HttpRequest, year: int, lang: str) -> HttpResponse:
    """Start writing the draft as Word (the same document as the draft PDF) as a job."""
    _require(can_preview_reports(request.user))
    if lang not in LANGS:
        raise Http404
    _year_with_data(year)
    job = job_start(
        kind="report_draft",
        title=_("Draft Word file of the %(year)s report (%(lang)s)") % {"year": year, "lang": lang},
        user=request.user,
        task=tasks.report_draft_docx,
        params={"year": year, "lang_pdf": lang},
    )
    return redirect("jobs:detail", job.pk)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def report_issue_view(request: HttpRequest, year: int) -> HttpResponse:
    """GET: what issuing would change since the last revision; POST: issue. The secretariat's page."""
    _require(can_issue_reports(request.user))
    get_object_or_404(AnnualReport, year=year)
    if request.method == "POST":
        # Rendering both languages takes longer than a request may: issuing runs as a job, which
        # refuses an identical revision under the year's lock; its page says how it ended.
        job = job_start(
            kind="report_issue",
            title=_("Issuing the %(year)s report") % {"year": year},
            user=request.user,
            task=tasks.report_issue_job,
            params={"year": year},
        )
        return redirect("jobs:detail", job.pk)
    preview = issue_preview(year, pick_language())
    return render(
        request,
        "reports/issue.html",
        {
            "year": year,
            "preview": preview,
            "readiness": preview.readiness,
            "next_number": (preview.last.number + 1) if preview.last else 1,
            "year_lock": year_lock_record(year),
            "can_unlock": can_unlock_years(request.user),
        },
    )


@require_POST
@login_required
def year_unlock_view(request: HttpRequest, year: int) -> HttpResponse:
    """Unlock the year's figures, giving a reason (the secretariat), from the issue page."""
    _require(can_unlock_years(request.user))
    try:
        year_unlock(year=year, user=request.user, reason=request.POST.get("reason", ""))
    except WorkflowError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("The figures of %(year)s are unlocked; issue the report again when they are final.")
            % {"year": year},
        )
    return redirect("reports:issue", year=year)


@login_required
def revision_pdf(request: HttpRequest, year: int, number: int, lang: str) -> HttpResponse:
    _require(can_read_reports(request.user))
    if lang not in LANGS:
        raise Http404
    revision = get_object_or_404(
        ReportRevision.objects.select_related("report").defer(None), report__year=year, number=number
    )
    return pdf_response(revision.pdf(lang), revision.filename(lang))


@login_required
def revision_docx(request: HttpRequest, year: int, number: int, lang: str) -> HttpResponse:
    """The issued Word file; revisions issued before Word files were stored have none."""
    _require(can_read_reports(request.user))
    if lang not in LANGS:
        raise Http404
    revision = get_object_or_404(
        ReportRevision.objects.select_related("report").defer(None), report__year=year, number=number
    )
    content = revision.docx(lang)
    if not content:
        raise Http404(_("This revision was issued before reports were also stored as Word files."))
    return pdf_response(content, revision.filename(lang, "docx"), DOCX_TYPE)
