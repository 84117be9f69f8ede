"""The report as Word (.docx), read back: the PDF's document in Word's own styles, in both languages."""

import datetime
import io
from decimal import Decimal

import pytest
from docx import Document as read_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from reports.composition import build_document
from reports.docx import render_docx
from reports.types import Annex, AnnexRow, LetterData, MandateData, ReportData, Text

from .conftest import docx_paragraphs, pdf_body_text
from .test_pdf import SEED_FIGURES_EN

pytestmark = pytest.mark.django_db


def test_english_word_file_carries_every_figure_and_the_letter_s_parts_in_order(demo_docx):
    """Translated note, letterhead, date, the mandate paragraph first, the figures as the seed writes
    them, the closing formula and the signature's title last."""
    paragraphs = docx_paragraphs(demo_docx["en"])
    assert paragraphs[:4] == [
        "Translated from Russian",
        "Commonwealth of Independent States",
        "Executive Committee",
        "13 May 2025",
    ]
    assert paragraphs[4].startswith(
        "Pursuant to paragraph 23 of United Nations General Assembly resolution 78/115"
    )
    text = " ".join(paragraphs)
    assert [figure for figure in SEED_FIGURES_EN if figure not in text] == []
    assert paragraphs[-3:] == [
        "Accept, Sir, the assurances of my highest consideration.",
        "(Signed)",
        "Secretary-General of the Commonwealth of Independent States",
    ]


def test_word_and_pdf_print_the_same_paragraphs(demo_docx, demo_pdfs):
    """Every body paragraph of the Word file is in the PDF, word for word (hyphenation aside)."""
    for lang in ("en", "ru"):
        pdf = pdf_body_text(demo_pdfs[lang])
        missing = [p[:80] for p in docx_paragraphs(demo_docx[lang]) if p not in pdf]
        assert missing == [], lang


def test_russian_word_file_has_russian_figures_cyrillic_text_and_no_translation_note(demo_docx):
    """Russian number format (no-break space, decimal comma), «участники» for CIS states, no note."""
    content = read_docx(io.BytesIO(demo_docx["ru"]))
    raw = "\n".join(p.text for p in content.paragraphs)
    assert "62\u00a0364 боеприпаса" in raw and "382,8 килограмма взрывчатых веществ" in raw
    assert "Содружество Независимых Государств" in raw and "Translated from Russian" not in raw
    assert "членов СНГ" not in raw and "ё" not in raw
    assert "13\u00a0мая\u00a02025\u00a0г." in raw  # the date never splits from its month


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_word_styles_are_times_new_roman_12_with_justified_body_and_a_footer(demo_docx, lang):
    """Normal is Times New Roman 12 (Latin and Cyrillic), the body justified with a first-line
    indent, the language set for Word's hyphenation, A4 pages; the footer holds the job number and
    a PAGE field."""
    content = read_docx(io.BytesIO(demo_docx[lang]))
    normal = content.styles["Normal"]
    assert (normal.font.name, normal.font.size.pt) == ("Times New Roman", 12)
    fonts = normal.element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs") == "Times New Roman"
    body = [p for p in content.paragraphs if p.style.name == "Report Body"]
    assert len(body) > 10
    assert body[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body[0].style.paragraph_format.first_line_indent.cm == pytest.approx(1.25, abs=0.01)
    assert f'w:val="{"ru-RU" if lang == "ru" else "en-GB"}"' in normal.element.xml
    section = content.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith(f"25-07557 ({'R' if lang == 'ru' else 'E'})")
    assert "PAGE" in footer._p.xml and 'w:fldCharType="begin"' in footer._p.xml
    closing = next(p for p in content.paragraphs if p.style.name == "Report Closing")
    assert closing.style.paragraph_format.keep_with_next


def sparse(job_number: str = "", include_annex: bool = True, **letter) -> ReportData:
    return ReportData(
        year=2018,
        draft=True,
        mandate=MandateData("72/123", datetime.date(2017, 12, 4), 12, Text("the measures", "мерах")),
        letter=LetterData(job_number=job_number, include_annex=include_annex, **letter),
        includes_unverified=True,
        annex=Annex(
            years=(2017, 2018),
            rows=(
                AnnexRow(
                    "detained",
                    Text("Wanted persons detained", "Задержано разыскиваемых лиц"),
                    0,
                    (Decimal(8200), Decimal(69)),
                    ("more_than", "exact"),
                ),
            ),
        ),
    )


def test_a_draft_without_a_job_number_has_no_job_in_the_footer_and_is_marked_draft():
    """No job number yet: the footer holds only the page number; the header says DRAFT."""
    content = read_docx(io.BytesIO(render_docx(build_document(sparse(), "en"))))
    section = content.sections[0]
    assert section.footer.paragraphs[0].text.strip() == "1"  # the PAGE field's placeholder number
    assert "DRAFT" in section.header.paragraphs[0].text


def test_the_signature_block_prints_name_and_title_when_both_are_known():
    """A name and a title: "(Signed)", the name, then the title, as the last paragraphs."""
    data = sparse(
        signatory=Text("Secretary-General", "Генеральный секретарь"),
        signatory_name=Text("S. Lebedev", "С. Лебедев"),
    )
    paragraphs = docx_paragraphs(render_docx(build_document(data, "ru")))
    signed = paragraphs.index("(Подпись)")
    assert paragraphs[signed : signed + 3] == [
        "(Подпись)",
        "С. Лебедев",
        "Генеральный секретарь",
    ]


def test_the_annex_table_is_in_the_word_file_with_its_qualifiers_when_the_report_has_one():
    """The annex, when the report includes it: a table of the years with data, "more than" kept."""
    content = read_docx(io.BytesIO(render_docx(build_document(sparse(), "en"))))
    (table,) = content.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Indicator", "2017", "2018", "Change 2018 / 2017"]
    assert rows[1][:3] == ["Wanted persons detained", "more than 8,200", "69"]
    assert "Results by year, 2017–2018" in docx_paragraphs(render_docx(build_document(sparse(), "en")))
    without = read_docx(io.BytesIO(render_docx(build_document(sparse(include_annex=False), "en"))))
    assert without.tables == []
