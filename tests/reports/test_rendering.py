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


def test_fonts_are_found_under_the_hashed_names_of_collected_static_files(tmp_path, settings):
    """In production the template names hashed font files; the PDF still embeds the shipped font."""
    import io

    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command
    from pypdf import PdfReader

    from reports.rendering import render_pdf

    settings.STATIC_ROOT = tmp_path
    settings.STATICFILES_DIRS = [settings.BASE_DIR / "static"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    html = render_html(DATA, "en")
    assert re.search(r"fonts/LiberationSerif-Regular\.[0-9a-f]{12}\.ttf", html), "hashed name expected"
    assert staticfiles_storage.exists("fonts/LiberationSerif-Regular.ttf")
    reader = PdfReader(io.BytesIO(render_pdf(html)))
    fonts = [f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("Report-Serif" in name for name in fonts), fonts
