"""Fixtures of the report tests: the demo's 2024 PDFs, rendered once per module and read back."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from pypdf import PdfReader


def pdf_text(content: bytes) -> str:
    """The PDF's text with runs of whitespace (line breaks, no-break spaces) made single spaces.

    The report never hyphenates words itself, so a hyphen ending a line belongs to the word
    ("counter-terrorism", "2025–2027") and the line break after it is dropped.
    """
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
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
