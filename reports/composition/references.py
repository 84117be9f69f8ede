"""Figures inside a passage: `{{ code }}` references written out from the year's data.

Syntax (the editor's help shows it):
  `{{ wanted_detained }}`         the qualifier, number and noun: "more than 69 wanted persons"
  `{{ wanted_detained.number }}`  the qualifier and number alone: "more than 69"
  `{{ wanted_detained.noun }}`    the noun in the plural form of the number: "wanted persons"
  `{{ wanted_detained.verb }}`    the verb in the form the number takes: "were detained"
  `{{ year }}`                    the reporting year: "2024"
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..types import Figure
from .numbers import format_number, plural_category
from .results import form, quantity, verb
from .text import ucfirst

REFERENCE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_]+))?\s*\}\}")
PARTS = ("number", "noun", "verb")
YEAR = "year"
MISSING = {"en": "[no figure: {code}]", "ru": "[нет данных: {code}]"}
# Digits as a reader types them: "62,364", "62 364", "382.8", "382,8".
TYPED_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0,]\d{3})+(?:[.,]\d+)?(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])"
)


@dataclass(frozen=True)
class Reference:
    code: str
    part: str  # "" for number and noun together


def references(text: str) -> list[Reference]:
    """The references a text holds, in order."""
    return [Reference(m.group(1), m.group(2) or "") for m in REFERENCE.finditer(text)]


def unknown_references(text: str, codes: set[str]) -> list[str]:
    """The references that name no indicator (or no part of one), as written: refused on saving."""
    bad = []
    for match in REFERENCE.finditer(text):
        code, part = match.group(1), match.group(2)
        if code == YEAR and part is None:
            continue
        if code not in codes or (part is not None and part not in PARTS):
            bad.append(match.group(0))
    # Braces that are not a well-formed reference are a typing slip, not text to print.
    stripped = REFERENCE.sub("", text)
    bad += re.findall(r"\{\{[^}]*\}\}|\{\{|\}\}", stripped)
    return list(dict.fromkeys(bad))


def _write(figure: Figure | None, code: str, part: str, lang: str) -> str:
    if figure is None or figure.value is None:
        return MISSING[lang].format(code=code)
    if part == "number":
        return quantity(figure, lang, with_noun=False)
    if part == "noun":
        return form(figure.noun, plural_category(figure.value, figure.decimals, lang), lang)
    if part == "verb":
        return verb(figure, lang)
    return quantity(figure, lang)


ABBREVIATION = re.compile(r"(?:^|\s)[a-zа-яё]{1,3}\.$")  # "г.", "гг.", "см." end no sentence


def _sentence_ends(before: str) -> bool:
    return not before or (before[-1] in ".!?" and not ABBREVIATION.search(before))


def resolve(text: str, figures: dict[str, Figure], year: int, lang: str) -> str:
    """The text with every reference written out in `lang`; a figure without a value shows a mark."""

    def replace(match: re.Match) -> str:
        code, part = match.group(1), match.group(2) or ""
        if code == YEAR and not part:
            return str(year)
        written = _write(figures.get(code), code, part, lang)
        # A reference opening a sentence opens it with a capital ("More than 8,200 ...").
        before = text[: match.start()].rstrip()
        return ucfirst(written) if _sentence_ends(before) else written

    return REFERENCE.sub(replace, text)


def _as_number(token: str) -> Decimal | None:
    compact = token.replace("\u00a0", "").replace(" ", "")
    # A group separator is followed by exactly three digits; a decimal point by any other count.
    if re.fullmatch(r"\d{1,3}(,\d{3})+", compact):
        compact = compact.replace(",", "")
    compact = compact.replace(",", ".")
    if compact.count(".") > 1:
        return None
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def typed_figures(text: str, figures: tuple[Figure, ...], lang: str) -> list[tuple[str, Figure]]:
    """Numbers typed by hand (outside references) equal to a figure of the year: (as typed, figure)."""
    bare = REFERENCE.sub(" ", text)
    found = []
    for match in TYPED_NUMBER.finditer(bare):
        number = _as_number(match.group(0))
        if number is None:
            continue
        for figure in figures:
            if figure.value is not None and figure.value == number:
                found.append((match.group(0), figure))
    return found


def example(figure: Figure, lang: str) -> str:
    """What `{{ code }}` writes for this figure: shown beside the reference in the editor."""
    if figure.value is None:
        return MISSING[lang].format(code=figure.code)
    return quantity(figure, lang) if figure.noun else format_number(figure.value, figure.decimals, lang)
