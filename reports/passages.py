"""Writes of the report's text: saving, adding, removing, moving and recomposing passages."""

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.policy import can_edit_report_text
from measures.models import Indicator

from .composition.passages import composed_text, draft_passages, split_paragraphs
from .composition.references import unknown_references
from .models import AnnualReport, Passage
from .types import ReportData

LANGS = ("ru", "en")


@dataclass(frozen=True)
class PassageInput:
    """What the editor's form sends for one passage."""

    pk: int
    text_ru: str
    text_en: str


def _check_user(user: User) -> None:
    if not can_edit_report_text(user):
        raise PermissionDenied(_("Only the secretariat edits the report's text."))


def _normal(text: str) -> str:
    return "\n\n".join(split_paragraphs(text))


def _lock(report: AnnualReport) -> list[Passage]:
    """Lock the report (so two editors do not interleave their saves) and read its passages."""
    AnnualReport.objects.select_for_update().filter(pk=report.pk).first()
    return list(Passage.objects.filter(report=report).order_by("position", "pk"))


def _renumber(passages: list[Passage]) -> None:
    for position, passage in enumerate(passages, start=1):
        if passage.position != position:
            passage.position = position
            passage.save(update_fields=["position"])


def passages_save(*, report: AnnualReport, user: User, items: list[PassageInput], data: ReportData) -> int:
    """Save the texts the editor sent; all or nothing. Returns how many passages changed.

    A reference naming no indicator is refused with a message naming it and the passage.
    A text equal to what the data compose for a keyed passage stays empty (composed, live).
    """
    _check_user(user)
    codes = set(Indicator.objects.values_list("code", flat=True))
    errors = []
    for n, item in enumerate(items, start=1):
        for lang, text in (("ru", item.text_ru), ("en", item.text_en)):
            bad = unknown_references(text, codes)
            if bad:
                errors.append(
                    _("Passage %(number)s (%(lang)s): unknown reference %(refs)s.")
                    % {"number": n, "lang": lang.upper(), "refs": ", ".join(bad)}
                )
    if errors:
        raise ValidationError(errors)
    changed = 0
    now = timezone.now()
    with transaction.atomic():
        passages = {p.pk: p for p in _lock(report)}
        for item in items:
            passage = passages.get(item.pk)
            if passage is None:
                raise ValidationError(_("A passage was removed meanwhile; reload the page."))
            composed = composed_text(passage.key, data) if passage.key else None
            fields = []
            for lang in LANGS:
                new = _normal(getattr(item, f"text_{lang}"))
                if (
                    composed is not None
                    and not getattr(passage, f"text_{lang}")
                    and new == _normal(composed.ru if lang == "ru" else composed.en)
                ):
                    continue  # the composed text shown, left as it was: it stays live
                if new != _normal(getattr(passage, f"text_{lang}")):
                    setattr(passage, f"text_{lang}", new)
                    setattr(passage, f"{lang}_edited_at", now)
                    fields += [f"text_{lang}", f"{lang}_edited_at"]
            if fields:
                passage.edited = True
                passage.save(update_fields=[*fields, "edited"])
                changed += 1
    return changed


def passage_add(*, report: AnnualReport, user: User, after: int | None = None) -> Passage:
    """A new empty written passage after passage `after` (pk), or at the end."""
    _check_user(user)
    with transaction.atomic():
        passages = _lock(report)
        at = next((n + 1 for n, p in enumerate(passages) if p.pk == after), len(passages))
        passage = Passage(report=report, position=at + 1, edited=True)
        passages.insert(at, passage)
        for n, other in enumerate(passages[at + 1 :], start=at + 2):
            if other.position != n:
                other.position = n
                other.save(update_fields=["position"])
        passage.save()
    return passage


def passage_remove(*, report: AnnualReport, user: User, pk: int) -> None:
    _check_user(user)
    with transaction.atomic():
        passages = _lock(report)
        target = next((p for p in passages if p.pk == pk), None)
        if target is None:
            raise ValidationError(_("That passage is no longer in the report."))
        target.delete()
        _renumber([p for p in passages if p.pk != pk])


def passage_move(*, report: AnnualReport, user: User, pk: int, step: int) -> None:
    """Move a passage one place up (step -1) or down (+1); at either end nothing moves."""
    _check_user(user)
    with transaction.atomic():
        passages = _lock(report)
        index = next((n for n, p in enumerate(passages) if p.pk == pk), None)
        if index is None:
            raise ValidationError(_("That passage is no longer in the report."))
        other = index + step
        if not 0 <= other < len(passages):
            return
        passages[index], passages[other] = passages[other], passages[index]
        _renumber(passages)


def passage_recompose(*, report: AnnualReport, user: User, pk: int, confirmed: bool = False) -> bool:
    """Compose the passage again from the data (its text emptied: it follows the data).

    An edited passage is changed only when `confirmed`; returns False when it asks first.
    """
    _check_user(user)
    with transaction.atomic():
        passage = next((p for p in _lock(report) if p.pk == pk), None)
        if passage is None:
            raise ValidationError(_("That passage is no longer in the report."))
        if not passage.key:
            raise ValidationError(
                _("This passage was written by hand; the data have nothing to compose it from.")
            )
        if passage.edited and not confirmed:
            return False
        passage.text_ru = passage.text_en = ""
        passage.edited = False
        passage.save(update_fields=["text_ru", "text_en", "edited"])
    return True


def passages_draft(*, report: AnnualReport, user: User, data: ReportData) -> int:
    """Store the year's first text (the previous year's carried over, else composed from the
    data) for a report that has none yet. Returns the passages stored."""
    _check_user(user)
    with transaction.atomic():
        if _lock(report):
            return 0
        drafted = draft_passages(data)
        # One save each (not bulk_create), so that history records every passage's first text.
        for n, p in enumerate(drafted, start=1):
            Passage.objects.create(
                report=report, position=n, key=p.key, text_ru=p.text.ru, text_en=p.text.en, edited=p.edited
            )
    return len(drafted)
