"""The preview and the PDF share one HTML; the preview only adds the secretariat's panel."""

import datetime
import re

from reports.rendering import render_html
from reports.types import LetterData, MandateData, ReportData, Text, Warnings

DATA = ReportData(
    year=2024,
    draft=True,
    mandate=MandateData("78/115", datetime.date(2023, 12, 7), 23, Text("the measures", "мерах")),
    letter=LetterData(job_number="25-07557", signatory=Text("Secretary-General", "Генеральный секретарь")),
    warnings=Warnings(operations_without_results=(Text("Barrier", "Барьер"),)),
)


def test_the_preview_is_the_pdf_html_plus_the_panel():
    """Removing the panel from the preview leaves exactly the HTML the PDF is rendered from."""
    for lang in ("en", "ru"):
        printed = render_html(DATA, lang)
        preview = render_html(
            DATA, lang, preview={"warnings": ["Operation “Barrier” has no results recorded."]}
        )
        panel = re.compile(r'<aside class="preview-panel".*?</aside>\n', re.S)
        assert len(panel.findall(preview)) == 1
        assert panel.sub("", preview) == printed
        assert "<aside" not in printed and "Barrier" not in printed


def test_the_document_declares_its_language_title_and_footer():
    """The HTML carries lang, a title with the resolution, the job number footer and the draft mark."""
    html = render_html(DATA, "ru")
    assert '<html lang="ru">' in html
    assert "<title>Информация о мерах, принятых в СНГ, 2024 г. (резолюция 78/115)</title>" in html
    assert "25-07557 (R)" in html and "Проект" in html
    assert "fonts/LiberationSerif-Regular.ttf" in html
