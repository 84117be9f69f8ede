"""Print: hyphenated justified text in both languages, the ending kept together, dates on one line."""

import io
import re

import pytest
from pypdf import PdfReader

from reports.composition.typography import keep_dates

pytestmark = pytest.mark.django_db

HYPHEN = "\u2010"  # WeasyPrint's hyphen where it breaks a word at the end of a line


def page_texts(content: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_both_languages_are_hyphenated(demo_pdfs, lang):
    """Justified lines break words at their syllables (pyphen's dictionaries), so no wide gaps:
    several lines of each PDF end in a hyphenated word."""
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(demo_pdfs[lang])).pages)
    broken = re.findall(rf"\w+{HYPHEN}\n\w+", raw)
    assert len(broken) >= 5
    if lang == "ru":
        assert sum(bool(re.fullmatch(rf"[а-яА-Я]+{HYPHEN}\n[а-яА-Я]+", word)) for word in broken) >= 5


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_closing_formula_shares_its_page_with_the_last_paragraph(demo_pdfs, lang):
    """The page with the signature also holds the whole last paragraph and the closing formula:
    never a page of the signature alone."""
    last_paragraph = {
        "en": "CIS bodies continue to take measures to prevent and eliminate international terrorist "
        "activity.",
        "ru": "Органы СНГ продолжают принимать меры по предотвращению и ликвидации международной "
        "террористической деятельности.",
    }[lang]
    closing = {"en": "Accept, Sir, the assurances", "ru": "Примите, господин Генеральный секретарь"}[lang]
    signed = {"en": "(Signed)", "ru": "(Подпись)"}[lang]
    (page,) = [text.replace(HYPHEN + " ", "") for text in page_texts(demo_pdfs[lang]) if signed in text]
    assert last_paragraph in page and closing in page


def test_the_html_declares_its_language_and_asks_for_hyphenation_and_an_unbroken_ending(client, secretariat):
    """The document's lang drives WeasyPrint's hyphenation; the ending block may not break."""
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    client.force_login(secretariat)
    html = client.get("/reports/2024/?lang=ru").content.decode()
    assert '<html lang="ru">' in html and "hyphens: auto" in html
    assert re.search(r"\.ending \{[^}]*break-inside: avoid", html)
    ending = html[html.index('<div class="ending">') :]
    assert "Органы СНГ продолжают" in ending and "Примите, господин" in ending and "(Подпись)" in ending
    assert "13\u00a0мая\u00a02025\u00a0г." in html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("resolution 78/115 of 7 December 2023, we", "resolution 78/115 of 7\u00a0December\u00a02023, we"),
        ("signed in October 2024.", "signed in October\u00a02024."),
        ("от 14 октября 2022\u00a0г., в", "от 14\u00a0октября\u00a02022\u00a0г., в"),
        ("в сентябре 2008\u00a0г.", "в сентябре\u00a02008\u00a0г."),
        ("3 operations in 2024", "3 operations in 2024"),
    ],
)
def test_a_date_is_never_split_from_its_month(text, expected):
    """Day, month and year are joined by no-break spaces; other numbers are left alone."""
    assert keep_dates(text) == expected
