"""The composed report as HTML (Django template) and as PDF (WeasyPrint): one HTML for both."""

from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from measures.models import Result

from .composition import build_document
from .composition.numbers import format_number
from .composition.typography import print_ready
from .types import Document, ReportData


def warning_lines(data: ReportData, lang: str) -> list[str]:
    """What the secretariat should check before issuing, in the reader's language."""
    warnings = data.warnings
    lines = []
    if data.mandate is None:
        lines.append(
            _(
                "No mandate is recorded for %(year)s: the letter shows a placeholder where the resolution "
                "goes. Record the resolution with its reporting years, or choose it on the annual report."
            )
            % {"year": data.year}
        )
    for item in warnings.pending:
        lines.append(
            ngettext(
                "%(indicator)s: %(count)s result %(status)s, not verified (%(value)s): not counted.",
                "%(indicator)s: %(count)s results %(status)s, not verified (%(value)s): not counted.",
                item.count,
            )
            % {
                "indicator": item.indicator.get(lang),
                "count": item.count,
                "status": Result.Status(item.status).label,
                "value": format_number(item.value_sum, item.decimals, lang),
            }
        )
    for name in warnings.indicators_without_value:
        lines.append(_("%(indicator)s: no verified value for this year.") % {"indicator": name.get(lang)})
    for name in warnings.operations_without_results:
        # Only counted results make an operation's figures: verified ones, and submitted ones in a draft.
        if data.includes_unverified:
            line = _("Operation “%(operation)s” has no verified or submitted results.")
        else:
            line = _("Operation “%(operation)s” has no verified results.")
        lines.append(line % {"operation": name.get(lang)})
    for figure in warnings.disagreements:
        lines.append(
            _("%(indicator)s: the CIS-wide total %(total)s differs from the sum of its parts %(parts)s.")
            % {
                "indicator": figure.name.get(lang),
                "total": format_number(figure.total, figure.decimals, lang),
                "parts": format_number(figure.parts_sum, figure.decimals, lang),
            }
        )
    return lines


def report_document(report: ReportData, lang: str) -> Document:
    """The composed document in `lang`, as the HTML, the PDF and the Word file all print it."""
    return print_ready(build_document(report, lang))


def render_html(report: ReportData, lang: str, *, preview: dict | None = None, request=None) -> str:
    """The report's HTML in `lang`; with `preview` (the page's context), the secretariat's panel too."""
    context = {"document": report_document(report, lang), "data": report, "preview": bool(preview)}
    if preview:
        context.update(preview)
    return render_to_string("reports/document.html", context, request=request)


def static_file(name: str) -> Path | None:
    """The file behind a static name: the source file, else the collected (possibly hashed) copy.

    In production `{% static %}` writes hashed names ("LiberationSerif-Regular.3f2a.ttf") that
    only the collected files carry; in development the finders know the source files.
    """
    found = finders.find(name)
    if found:
        return Path(found)
    try:
        collected = Path(staticfiles_storage.path(name))
    except (NotImplementedError, ValueError):
        return None
    return collected if collected.is_file() else None


class StaticFetcher(URLFetcher):
    """Serve the template's /static/ URLs (the shipped fonts) from the project's files, never the network."""

    def fetch(self, url, headers=None):
        prefix = "file:///" + settings.STATIC_URL.strip("/") + "/"
        if url.startswith(prefix):
            found = static_file(unquote(url[len(prefix) :]))
            if found:
                url = found.resolve().as_uri()
        return super().fetch(url, headers)


def render_pdf(html: str) -> bytes:
    """A4 PDF of the HTML, tagged (PDF/UA-1), with the shipped fonts embedded."""
    document = HTML(
        string=html,
        base_url="file:///",
        url_fetcher=StaticFetcher(allowed_protocols=["file", "data"]),
    )
    return document.write_pdf(pdf_variant="pdf/ua-1")


def render_pdf_counted(html: str) -> tuple[bytes, int]:
    """The same PDF as render_pdf, and its number of pages (a job's progress)."""
    document = HTML(
        string=html,
        base_url="file:///",
        url_fetcher=StaticFetcher(allowed_protocols=["file", "data"]),
    ).render(pdf_variant="pdf/ua-1")
    return document.write_pdf(pdf_variant="pdf/ua-1"), len(document.pages)
