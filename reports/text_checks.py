"""What the preview says about the report's text: typed figures, figures no passage states,
translations older than their original, and the changes since the last issued versions."""

import re

from django.utils.translation import gettext as _

from .composition.passages import draft_passages, kind_of
from .composition.references import REFERENCE, references, typed_figures
from .models import ReportRevision
from .text_changes import Change, passage_changes
from .types import PassageData, ReportData

LANG_LABELS = {"ru": "RU", "en": "EN"}


def _passages(data: ReportData) -> tuple[PassageData, ...]:
    return data.passages if data.passages is not None else draft_passages(data)


def text_warnings(data: ReportData, ui_lang: str) -> list[str]:
    """Warnings about the passages, in the reader's language."""
    passages = _passages(data)
    figures = {f.code: f for f in data.figures}
    counted = [f for f in data.figures if f.value is not None]
    lines = []
    referenced = {"ru": set(), "en": set()}
    live_results = {"ru": False, "en": False}
    for number, passage in enumerate(passages, start=1):
        for lang in ("ru", "en"):
            text = passage.text.ru if lang == "ru" else passage.text.en
            if not text.strip():
                # A keyed passage without text is composed: the results one states every figure.
                live_results[lang] |= kind_of(passage.key) == "results"
                continue
            for typed, figure in typed_figures(text, tuple(counted), lang):
                lines.append(
                    _(
                        "Passage %(number)s (%(lang)s): “%(typed)s” is typed by hand and equals the figure "
                        "“%(indicator)s”; write {{ %(code)s }} so that it follows the data."
                    )
                    % {
                        "number": number,
                        "lang": LANG_LABELS[lang],
                        "typed": typed,
                        "indicator": figure.name.get(ui_lang),
                        "code": figure.code,
                    }
                )
            if _names_year(text, data.year - 1):
                lines.append(
                    _(
                        "Passage %(number)s (%(lang)s) names %(previous)s, the previous year: check that "
                        "it does not state last year's facts as this year's (write {{ year }} for the "
                        "reporting year)."
                    )
                    % {"number": number, "lang": LANG_LABELS[lang], "previous": data.year - 1}
                )
            for reference in references(text):
                referenced[lang].add(reference.code)
                figure = figures.get(reference.code)
                if figure is not None and figure.value is None:
                    lines.append(
                        _("Passage %(number)s (%(lang)s): {{ %(code)s }} has no figure for %(year)s.")
                        % {
                            "number": number,
                            "lang": LANG_LABELS[lang],
                            "code": reference.code,
                            "year": data.year,
                        }
                    )
        if passage.ru_edited_at and passage.en_edited_at and passage.en_edited_at < passage.ru_edited_at:
            lines.append(
                _("Passage %(number)s: the English was last edited before its Russian original.")
                % {"number": number}
            )
    for lang in ("ru", "en"):
        if live_results[lang]:
            continue
        for figure in counted:
            if figure.code not in referenced[lang]:
                lines.append(
                    _(
                        "The figure “%(indicator)s” ({{ %(code)s }}) is stated by no passage "
                        "of the %(lang)s text."
                    )
                    % {"indicator": figure.name.get(ui_lang), "code": figure.code, "lang": LANG_LABELS[lang]}
                )
    return lines


def _names_year(text: str, year: int) -> bool:
    """The year standing alone in the text (not in a period such as 2023–2025, not a reference)."""
    return bool(re.search(rf"(?<![\d–-]){year}(?![\d–-])", REFERENCE.sub(" ", text)))


def _texts(passages, lang: str) -> list[str]:
    """Texts of stored or snapshot passages; a composed passage is shown by what it is composed from."""
    out = []
    for p in passages:
        if isinstance(p, dict):
            key, text = p.get("key", ""), (p.get("text") or {}).get(lang, "")
        else:
            key, text = p.key, p.text.ru if lang == "ru" else p.text.en
        out.append(text if text.strip() else (f"[{key}]" if key else ""))
    return [t for t in out if t]


def _issued_snapshot(year: int, before: int | None = None):
    rows = ReportRevision.objects.filter(report__year=year)
    if before is not None:
        rows = rows.filter(number__lt=before)
    return rows.order_by("-number").values_list("number", "snapshot").first()


def text_changes(data: ReportData, lang: str) -> list[tuple[str, list[Change]]]:
    """The changes of the text against the year's last issued revision and the previous year's
    issued report (two queries): (heading, changes) for each that exists."""
    current = _texts(_passages(data), lang)
    out = []
    for year, heading in (
        (data.year, _("Changes since revision %(number)s of %(year)s")),
        (data.year - 1, _("Changes against the issued %(year)s report (revision %(number)s)")),
    ):
        row = _issued_snapshot(year)
        if row is None:
            continue
        number, snapshot = row
        old = _texts((snapshot or {}).get("passages") or (), lang)
        out.append((heading % {"number": number, "year": year}, passage_changes(old, current)))
    return out
