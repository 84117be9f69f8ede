"""The 2024 report follows the CIS submission on 2024 (UN document 25-07557) paragraph by paragraph."""

import re
from pathlib import Path

import pytest

from .conftest import docx_paragraphs, pdf_text

pytestmark = pytest.mark.django_db

SEED = Path(__file__).parent / "data" / "seed_000_en.txt"


def letters(text: str) -> str:
    """Letters and digits only, lower case: line breaks, hyphenation, dashes and quote styles drop out."""
    return re.sub(r"[\W_]+", "", text.lower())


def in_order(text: str, what: str) -> None:
    """Fail naming the first paragraph of the submission missing from `text` or out of its order."""
    text = letters(text)
    at = 0
    for number, paragraph in enumerate(SEED.read_text(encoding="utf-8").split("\n\n"), start=1):
        wanted = letters(paragraph)
        found = text.find(wanted, at)
        if found < 0:
            elsewhere = text.find(wanted) >= 0
            where = "earlier than the paragraph before it" if elsewhere else "nowhere"
            pytest.fail(
                f"Paragraph {number} of the submission is {where} in the {what}: «{paragraph[:120]}…»"
            )
        at = found + len(wanted)


def test_the_english_pdf_has_every_paragraph_of_the_submission_in_its_order(demo_pdfs):
    """Each paragraph of the English submission appears in the generated PDF, each after the one before."""
    # The footer (job number and page number) falls inside a paragraph broken across pages.
    in_order(re.sub(r"25-07557 \(E\) \d+", " ", pdf_text(demo_pdfs["en"])), "PDF")


def test_the_english_word_file_has_every_paragraph_of_the_submission_in_its_order(demo_docx):
    """The Word file, built from the same document, follows the submission paragraph by paragraph too."""
    in_order(" ".join(docx_paragraphs(demo_docx["en"])), "Word file")


def test_the_russian_pdf_states_the_same_figures_in_russian(demo_pdfs):
    """The Russian text: Cyrillic, the figures in Russian format, CIS states as «участники»."""
    text = pdf_text(demo_pdfs["ru"])
    assert len(re.findall(r"[А-Яа-яЁё]", text)) > 3000
    for figure in ("69", "19", "96", "388", "590", "62\u00a0364", "382,8", "378"):
        assert figure.replace("\u00a0", " ") in text, figure
    assert "62,364" not in text and "382.8" not in text
    assert "членов СНГ" not in text and "члена СНГ" not in text
    assert "государств – участников СНГ" in text
