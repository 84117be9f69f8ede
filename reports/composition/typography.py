"""Print typography shared by the PDF and the Word file: dates kept on one line with their month."""

import dataclasses
import re

from core.dates import MONTHS_EN, MONTHS_RU_GENITIVE, MONTHS_RU_NOMINATIVE

from ..types import Document
from .text import MONTHS_RU_PREPOSITIONAL

NBSP = "\u00a0"
_MONTHS = "|".join(
    sorted(
        {*MONTHS_EN, *MONTHS_RU_GENITIVE, *MONTHS_RU_NOMINATIVE, *MONTHS_RU_PREPOSITIONAL},
        key=len,
        reverse=True,
    )
)
# "13 May", "May 2025", "13 мая", "мая 2025", "в октябре 2024": the day, month and year stay together.
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTHS}) (\d{{4}})\b")


def keep_dates(text: str) -> str:
    """No line break inside a date: the spaces between its day, month and year become no-break spaces."""
    text = _DAY_MONTH.sub(rf"\1{NBSP}\2", text)
    return _MONTH_YEAR.sub(rf"\1{NBSP}\2", text)


def one_e(text: str) -> str:
    """Russian official texts write «е» for «ё» throughout: one spelling, whatever the data hold."""
    return text.replace("ё", "е").replace("Ё", "Е")


def _each_text(document: Document, fix) -> Document:
    return dataclasses.replace(
        document,
        title=fix(document.title),
        date_line=fix(document.date_line),
        paragraphs=tuple(dataclasses.replace(p, text=fix(p.text)) for p in document.paragraphs),
        closing=fix(document.closing),
        signatory=fix(document.signatory),
        signatory_name=fix(document.signatory_name),
    )


def one_spelling(document: Document) -> Document:
    """In Russian, «е» for «ё» everywhere, whatever the records hold."""
    return _each_text(document, one_e) if document.lang == "ru" else document


def print_ready(document: Document) -> Document:
    """The document as both renderers print it: one spelling, and dates that never break a line."""
    return _each_text(one_spelling(document), keep_dates)
