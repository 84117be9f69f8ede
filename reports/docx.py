"""The composed report as Word (.docx), the format the UN takes: the PDF's document in Word's own styles."""

import io

from docx import Document as new_word_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .composition.typography import print_ready
from .types import Document

FONT = "Times New Roman"
SIZE = Pt(12)
INDENT = Cm(1.25)
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU"}
# Paragraph styles of the report, each based on Normal: (name, alignment, settings).
STYLES = {
    "Report Translated": {"italic": True, "space_after": Pt(14)},
    "Report Letterhead": {"align": WD_ALIGN_PARAGRAPH.CENTER},
    "Report Sender": {"align": WD_ALIGN_PARAGRAPH.CENTER, "bold": True, "space_after": Pt(14)},
    "Report Date": {"align": WD_ALIGN_PARAGRAPH.RIGHT, "space_after": Pt(18)},
    "Report Body": {"align": WD_ALIGN_PARAGRAPH.JUSTIFY, "first_line": INDENT, "space_after": Pt(7)},
    "Report Item": {"align": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": INDENT, "space_after": Pt(7)},
    "Report Closing": {"first_line": INDENT, "space_before": Pt(12), "keep_with_next": True},
    "Report Signature": {"left": Cm(8), "space_after": Pt(4), "keep_with_next": True},
    "Report Annex Title": {"align": WD_ALIGN_PARAGRAPH.CENTER, "bold": True, "page_break_before": True},
    "Report Annex Caption": {"align": WD_ALIGN_PARAGRAPH.CENTER, "space_after": Pt(10)},
    "Report Draft Mark": {"align": WD_ALIGN_PARAGRAPH.RIGHT, "bold": True, "color": RGBColor(0xAA, 0, 0)},
}


def _fonts(element, lang: str) -> None:
    """Times New Roman for Latin and Cyrillic alike, and the language Word hyphenates and checks by."""
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), LANGUAGE_TAGS[lang])


def _styles(word, lang: str) -> None:
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = SIZE
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True
    _fonts(normal.element, lang)
    for name, settings in STYLES.items():
        style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        fmt = style.paragraph_format
        if "align" in settings:
            fmt.alignment = settings["align"]
        fmt.first_line_indent = settings.get("first_line")
        fmt.left_indent = settings.get("left")
        fmt.space_before = settings.get("space_before", Pt(0))
        fmt.space_after = settings.get("space_after", Pt(0))
        fmt.keep_with_next = settings.get("keep_with_next")
        fmt.page_break_before = settings.get("page_break_before")
        style.font.bold = settings.get("bold")
        style.font.italic = settings.get("italic")
        if "color" in settings:
            style.font.color.rgb = settings["color"]
    # Word hyphenates the justified text as the PDF does.
    hyphenation = OxmlElement("w:autoHyphenation")
    word.settings.element.append(hyphenation)


def _page_number(paragraph) -> None:
    """A PAGE field: Word writes the number of each page itself."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, shown, end):
        run._r.append(element)


def _page(word, document: Document) -> None:
    """A4 with the PDF's margins; the footer holds the job number (when known) and the page number."""
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.4)
    section.left_margin = section.right_margin = Cm(2.5)
    footer = section.footer.paragraphs[0]
    footer.style = word.styles["Footer"]
    footer.paragraph_format.tab_stops.clear_all()
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(f"{document.footer}\t")
    _page_number(footer)
    for run in footer.runs:
        run.font.size = Pt(9)
    if document.draft:
        section.header.paragraphs[0].style = word.styles["Report Draft Mark"]
        section.header.paragraphs[0].add_run(document.draft_label.upper())


def _annex(word, document: Document) -> None:
    annex = document.annex
    word.add_paragraph(annex.title, style="Report Annex Title")
    word.add_paragraph(annex.caption, style="Report Annex Caption")
    compare = bool(annex.change_header)
    headers = [annex.indicator_header, *annex.year_headers, *([annex.change_header] if compare else [])]
    table = word.add_table(rows=1, cols=len(headers))
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].font.bold = True
    for name, values, change in annex.rows:
        cells = table.add_row().cells
        for n, text in enumerate([name, *values, *([change] if compare else [])]):
            cells[n].text = text
            if n:
                cells[n].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)


def render_docx(document: Document) -> bytes:
    """The report as a Word file, paragraph for paragraph the document the PDF prints."""
    document = print_ready(document)
    word = new_word_document()
    _styles(word, document.lang)
    properties = word.core_properties
    properties.title = document.title
    properties.author = document.organization
    properties.language = LANGUAGE_TAGS[document.lang]
    _page(word, document)
    body = word.paragraphs[0] if word.paragraphs else None
    if body is not None:  # the template's empty first paragraph
        body._element.getparent().remove(body._element)
    if document.translated_note:
        word.add_paragraph(document.translated_note, style="Report Translated")
    word.add_paragraph(document.organization, style="Report Letterhead")
    word.add_paragraph(document.sender, style="Report Sender")
    if document.date_line:
        word.add_paragraph(document.date_line, style="Report Date")
    for paragraph in document.paragraphs:
        word.add_paragraph(
            paragraph.text, style="Report Item" if paragraph.style == "item" else "Report Body"
        )
    if document.paragraphs:
        # The last paragraph goes to the page of the closing formula and the signature.
        word.paragraphs[-1].paragraph_format.keep_with_next = True
        word.paragraphs[-1].paragraph_format.keep_together = True
    word.add_paragraph(document.closing, style="Report Closing")
    signature = [document.signed, document.signatory_name, document.signatory]
    signature = [line for line in signature if line]
    if document.signatory or document.signatory_name:
        for n, line in enumerate(signature):
            paragraph = word.add_paragraph(line, style="Report Signature")
            paragraph.paragraph_format.keep_with_next = n < len(signature) - 1
    if document.annex:
        _annex(word, document)
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()
