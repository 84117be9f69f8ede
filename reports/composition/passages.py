"""The report's text as passages: composing them from the data, carrying them over, rendering them.

A passage's `key` says which part of the data it is composed from: a kind ("operations",
"event") or one item of it ("event:forum-2024", "instrument:protocol-2024"). A keyed passage
with no text in a language is composed from the data when rendered, so it follows the data;
typed text (with `{{ code }}` references for figures) replaces it.
"""

import re

from ..types import Figure, Paragraph, PassageData, ReportData, Text
from .references import references, resolve
from .results import result_paragraphs
from .sections import (
    ENACTED,
    approved_programme_paragraphs,
    current_programme_paragraphs,
    drafted_programme_paragraphs,
    event_paragraphs,
    exercise_paragraphs,
    instrument_paragraphs,
    operation_paragraphs,
)

# The kinds of composed passages, in the order a first draft has them.
KINDS = (
    "instrument",
    "instrument_drafts",
    "programme_approved",
    "programme_drafted",
    "programme_current",
    "operations",
    "results",
    "exercise",
    "event",
)
# Passages that name the year's facts are composed again for a new year; only the wording of
# these may carry over (the same programme still implemented; the results, whose figures are
# references to this year's data), and only where every reference has a figure this year.
CARRIED_KINDS = ("programme_current", "results")


def kind_of(key: str) -> str:
    return key.split(":", 1)[0]


def _enacted(data: ReportData, lang: str) -> list:
    """Enacted instruments in the order instrument_paragraphs words them: described ones first."""
    enacted = [i for i in data.instruments if i.status in ENACTED]
    return [i for i in enacted if i.description.get(lang)] + [
        i for i in enacted if not i.description.get(lang)
    ]


def _item_keys(data: ReportData) -> list[str]:
    """Every item of the year's data that a passage of its own can describe, in draft order."""
    keys = [f"instrument:{i.code}" for i in _enacted(data, "en")]
    if any(i.status not in ENACTED for i in data.instruments):
        keys.append("instrument_drafts")
    keys += [f"programme_approved:{p.slug}" for p in data.programmes_approved]
    keys += [f"programme_drafted:{p.slug}" for p in data.programmes_drafted]
    keys += [f"programme_current:{p.slug}" for p in data.programmes_current]
    if data.operations:
        keys.append("operations")
    if any(f.value is not None for f in data.figures):
        keys.append("results")
    keys += [f"exercise:{n}" for n, _ in enumerate(data.exercises)]
    keys += [f"event:{e.code}" for e in data.events]
    return keys


def compose(
    key: str, data: ReportData, lang: str, *, after_note: bool = False, after_operations: bool = False
) -> list[Paragraph]:
    """The paragraphs the data gives for `key` in `lang`; none when the year has nothing of it."""
    kind, _, item = key.partition(":")
    if kind == "instrument":
        # Composed as a whole so that a later one says "also"; one paragraph each.
        enacted = _enacted(data, lang)
        composed = instrument_paragraphs(tuple(enacted), lang)
        if not item:
            return composed
        return [p for i, p in zip(enacted, composed, strict=False) if i.code == item]
    if kind == "instrument_drafts":
        return instrument_paragraphs(tuple(i for i in data.instruments if i.status not in ENACTED), lang)
    if kind == "programme_approved":
        return approved_programme_paragraphs(_pick(data.programmes_approved, item), lang)
    if kind == "programme_drafted":
        return drafted_programme_paragraphs(_pick(data.programmes_drafted, item), lang)
    if kind == "programme_current":
        return current_programme_paragraphs(_pick(data.programmes_current, item), data.year, lang)
    if kind == "operations":
        return operation_paragraphs(data.operations, data.year, lang, after_note=after_note)
    if kind == "results":
        return result_paragraphs(data.figures, data.year, lang, after_operations=after_operations)
    if kind == "exercise":
        # Composed as a whole so that the second exercise opens with "In addition".
        composed = exercise_paragraphs(data.exercises, lang)
        return composed if not item else composed[int(item) : int(item) + 1] if item.isdigit() else []
    if kind == "event":
        events = tuple(e for e in data.events if not item or e.code == item)
        return event_paragraphs(events, lang)
    return []


def _pick(items, slug: str):
    return tuple(p for p in items if not slug or p.slug == slug)


def composed_passages(data: ReportData) -> tuple[PassageData, ...]:
    """A first draft: one passage, composed from the data when rendered, per item of the year."""
    return tuple(PassageData(key=key) for key in _item_keys(data))


def _resolvable(passage: PassageData, figures: dict[str, Figure]) -> bool:
    codes = [r.code for lang in ("en", "ru") for r in references(passage.text.get(lang))]
    return all(code == "year" or (code in figures and figures[code].value is not None) for code in codes)


def draft_passages(data: ReportData) -> tuple[PassageData, ...]:
    """This year's first text: the previous year's passages where they exist, else a composed draft.

    The previous year's written passages carry over as they are (their figures are references,
    so they state this year's values); a passage that named last year's instruments, programmes,
    operations, exercises or events is replaced, where it stood, by this year's passages of its
    kind; an edited results passage, or that of a programme still implemented, keeps its wording
    when this year has every figure it names.
    """
    fresh = composed_passages(data)
    if not data.previous_passages:
        return fresh
    by_kind: dict[str, list[PassageData]] = {}
    for passage in fresh:
        by_kind.setdefault(kind_of(passage.key), []).append(passage)
    figures = {f.code: f for f in data.figures}
    previous = {p.key: p for p in data.previous_passages if p.key}
    out: list[PassageData] = []
    placed: set[str] = set()
    for passage in data.previous_passages:
        kind = kind_of(passage.key)
        if not kind:
            out.append(PassageData(key="", text=passage.text, edited=passage.edited))
            continue
        if kind in placed:
            continue
        placed.add(kind)
        for item in by_kind.get(kind, []):
            carried = previous.get(item.key)
            if kind in CARRIED_KINDS and carried and carried.edited and _resolvable(carried, figures):
                out.append(PassageData(key=carried.key, text=carried.text, edited=True))
            else:
                out.append(item)
    # Kinds the previous year did not have go after the last passage of an earlier kind.
    for kind in KINDS:
        if kind in placed or kind not in by_kind:
            continue
        earlier = set(KINDS[: KINDS.index(kind)])
        at = max((n + 1 for n, p in enumerate(out) if kind_of(p.key) in earlier), default=0)
        out[at:at] = by_kind[kind]
        placed.add(kind)
    return tuple(out)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs at blank lines, each on one line; no-break spaces (in "62 364", "13 мая") stay."""
    parts = re.split(r"\n[ \t\r]*\n", text.replace("\r\n", "\n"))
    return [re.sub(r"[ \t\r\n]+", " ", part).strip() for part in parts if part.strip()]


def written_paragraphs(text: str) -> list[Paragraph]:
    """A written passage's paragraphs (split at blank lines); those after a paragraph ending
    with a colon are the items of its list, while each item but the last ends with a semicolon."""
    out: list[Paragraph] = []
    in_list = False
    for part in split_paragraphs(text):
        if in_list:
            out.append(Paragraph(part, "item"))
            in_list = part.endswith(";")
            continue
        out.append(Paragraph(part))
        in_list = part.endswith(":")
    return out


def passage_paragraphs(data: ReportData, lang: str) -> list[Paragraph]:
    """The body of the report after the mandate paragraph: every passage in order, in `lang`."""
    passages = data.passages if data.passages is not None else draft_passages(data)
    figures = {f.code: f for f in data.figures}
    out: list[Paragraph] = []
    previous_written = False
    operations_before = False
    for passage in passages:
        text = passage.text.ru if lang == "ru" else passage.text.en
        if text.strip():
            out += written_paragraphs(resolve(text, figures, data.year, lang))
        elif passage.key:
            out += compose(
                passage.key,
                data,
                lang,
                after_note=previous_written,
                after_operations=operations_before,
            )
        if kind_of(passage.key) == "operations" and data.operations:
            operations_before = True
        previous_written = bool(text.strip()) and not passage.key
    return out


def rendered_text(passage: PassageData, data: ReportData, lang: str) -> str:
    """One passage as the report prints it, paragraphs separated by blank lines (editor, diff)."""
    text = passage.text.ru if lang == "ru" else passage.text.en
    figures = {f.code: f for f in data.figures}
    if text.strip():
        return resolve(text, figures, data.year, lang)
    return "\n\n".join(p.text for p in compose(passage.key, data, lang)) if passage.key else ""


def composed_text(key: str, data: ReportData) -> Text:
    """The data's wording of `key` in both languages, as a written passage would hold it."""
    return Text(
        en="\n\n".join(p.text for p in compose(key, data, "en")),
        ru="\n\n".join(p.text for p in compose(key, data, "ru")),
    )
