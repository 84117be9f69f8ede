"""Fixtures of the report tests: the demo's 2024 PDFs, rendered once per module and read back."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from pypdf import PdfReader


def pdf_text(content: bytes) -> str:
    """The PDF's text with runs of whitespace (line breaks, no-break spaces) made single spaces.

    Words split by hyphenation end their line with WeasyPrint's hyphen (U+2010): the word is
    joined again. A hyphen-minus ending a line belongs to the word ("counter-terrorism") and
    only the line break after it is dropped.
    """
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    text = re.sub(r"(?<=\w)\u2010\s*\n\s*", "", text)
    # A period "2025–2027" broken after its dash is joined again too.
    return " ".join(re.sub(r"(?<=\w)([-–])\s*\n\s*", r"\1", text).split())


def pdf_body_text(content: bytes) -> str:
    """Like `pdf_text`, without the running footers (job number, page number) between the pages,
    so that a paragraph, or a word hyphenated, across a page break reads as one."""
    reader = PdfReader(io.BytesIO(content))
    pages = [re.sub(r"\s*\d{2}-\d{5} \([ER]\)\s*\d+\s*", "\n", page.extract_text()) for page in reader.pages]
    text = re.sub(r"(?<=\w)\u2010\s*\n\s*", "", "\n".join(pages))
    return " ".join(re.sub(r"(?<=\w)([-–])\s*\n\s*", r"\1", text).split())


@pytest.fixture(scope="module")
def demo_pdfs(django_db_setup, django_db_blocker, tmp_path_factory):
    """{lang: PDF bytes} of the 2024 report as `build_report` writes it from the demo data.

    Rendering costs ~0.3 s a page, so each module renders the two languages once; the
    demo data is rolled back afterwards so that other tests start from an empty database.
    """
    folder = tmp_path_factory.mktemp("report")
    pdfs = {}
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0)
        for lang in ("en", "ru"):
            path = folder / f"report-2024-{lang}.pdf"
            call_command("build_report", "2024", lang=lang, output=str(path), stdout=io.StringIO())
            pdfs[lang] = path.read_bytes()
        transaction.set_rollback(True)
    return pdfs


def docx_paragraphs(content: bytes) -> list[str]:
    """The Word file's body paragraphs as text, runs of whitespace (no-break spaces too) made single."""
    from docx import Document

    return [" ".join(p.text.split()) for p in Document(io.BytesIO(content)).paragraphs if p.text.strip()]


@pytest.fixture(scope="module")
def demo_docx(django_db_setup, django_db_blocker, tmp_path_factory):
    """{lang: DOCX bytes} of the 2024 report as `build_report --format docx` writes it from the demo."""
    folder = tmp_path_factory.mktemp("report-docx")
    files = {}
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0)
        for lang in ("en", "ru"):
            path = folder / f"report-2024-{lang}.docx"
            call_command(
                "build_report", "2024", lang=lang, format="docx", output=str(path), stdout=io.StringIO()
            )
            files[lang] = path.read_bytes()
        transaction.set_rollback(True)
    return files
