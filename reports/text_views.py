"""The secretariat's editor of a report's text: a plain form, Russian and English side by side."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.policy import can_edit_report_text
from core.i18n import pick_language

from .composition.passages import composed_text, rendered_text
from .composition.references import example
from .models import AnnualReport, Passage
from .passages import (
    PassageInput,
    passage_add,
    passage_move,
    passage_recompose,
    passage_remove,
    passages_draft,
    passages_save,
)
from .selectors import passage_data, report_data


def _rows(passages: list[Passage], data, posted=None) -> list[dict]:
    """Each passage with the texts to show: as posted (after a refusal), as stored, or as composed."""
    rows = []
    for passage in passages:
        composed = composed_text(passage.key, data) if passage.key else None
        texts = {}
        for lang in ("ru", "en"):
            stored = getattr(passage, f"text_{lang}")
            if posted is not None:
                texts[lang] = posted.get(f"passage-{passage.pk}-{lang}", stored)
            elif stored or composed is None:
                texts[lang] = stored
            else:
                texts[lang] = composed.ru if lang == "ru" else composed.en
        stored = passage_data(passage)
        rows.append(
            {
                "passage": passage,
                "ru": texts["ru"],
                "en": texts["en"],
                "printed_ru": rendered_text(stored, data, "ru"),
                "printed_en": rendered_text(stored, data, "en"),
                "live": bool(passage.key) and not (passage.text_ru or passage.text_en),
            }
        )
    return rows


def _references(data, lang: str) -> list[tuple[str, str]]:
    return [(f.code, example(f, lang)) for f in data.figures if f.value is not None]


def _page(request: HttpRequest, report: AnnualReport, *, errors=(), posted=None, status=200) -> HttpResponse:
    data = report_data(year=report.year, draft=True)
    passages = list(Passage.objects.filter(report=report).order_by("position", "pk"))
    lang = pick_language()
    return render(
        request,
        "reports/text_editor.html",
        {
            "report": report,
            "rows": _rows(passages, data, posted),
            "references": _references(data, lang),
            "errors": errors,
            "year": report.year,
        },
        status=status,
    )


def _inputs(request: HttpRequest) -> list[PassageInput]:
    items = []
    for raw in request.POST.getlist("passage"):
        if raw.isdigit():
            pk = int(raw)
            items.append(
                PassageInput(
                    pk=pk,
                    text_ru=request.POST.get(f"passage-{pk}-ru", ""),
                    text_en=request.POST.get(f"passage-{pk}-en", ""),
                )
            )
    return items


@login_required
def report_text(request: HttpRequest, year: int) -> HttpResponse:
    """GET: the editor. POST: save every passage's texts, then do the button's action (if any)."""
    if not can_edit_report_text(request.user):
        raise PermissionDenied
    report = get_object_or_404(AnnualReport, year=year)
    if request.method != "POST":
        return _page(request, report)
    action, _sep, target = request.POST.get("action", "save").partition(":")
    pk = int(target) if target.isdigit() else None
    if action == "draft":
        count = passages_draft(report=report, user=request.user, data=report_data(year=year, draft=True))
        messages.success(request, _("%(count)s passages drafted.") % {"count": count})
        return redirect("reports:text", year)
    items = _inputs(request)
    try:
        if items:
            passages_save(
                report=report, user=request.user, items=items, data=report_data(year=year, draft=True)
            )
        if action == "add":
            passage_add(report=report, user=request.user, after=pk)
        elif action == "remove" and pk:
            passage_remove(report=report, user=request.user, pk=pk)
        elif action in ("up", "down") and pk:
            passage_move(report=report, user=request.user, pk=pk, step=-1 if action == "up" else 1)
        elif action in ("compose", "compose-confirmed") and pk:
            done = passage_recompose(
                report=report, user=request.user, pk=pk, confirmed=action == "compose-confirmed"
            )
            if not done:
                passage = get_object_or_404(Passage, pk=pk, report=report)
                return render(
                    request,
                    "reports/text_confirm.html",
                    {"report": report, "passage": passage, "year": year},
                )
    except ValidationError as error:
        return _page(request, report, errors=error.messages, posted=request.POST, status=400)
    messages.success(request, _("The text was saved."))
    anchor = f"#passage-{pk}" if pk and action != "remove" else ""
    return redirect(request.path + anchor)
