"""The 2024 report as PDF, read back: every fact of the seed, in each language's conventions."""

import io

import pytest
from pypdf import PdfReader

from .conftest import pdf_text

pytestmark = pytest.mark.django_db

SEED_FIGURES_EN = [
    "69 wanted persons were detained",
    "19 were placed in prisons in CIS countries",
    "96 persons involved in the financing of terrorism were identified",
    "388 crimes of a terrorist or extremist nature were suppressed",
    "590 firearms",
    "62,364 rounds of ammunition",
    "382.8 kilograms of explosives",
    "378 explosive devices were seized from illicit trafficking",
]
SEED_FACTS_EN = [
    "78/115",
    "paragraph 23",
    "7 December 2023",
    "13 May 2025",
    "Translated from Russian",
    # instruments
    "Protocol on Amendments to the Agreement between the CIS Member States on Inter-State Tracing of Persons",
    "10 December 2010",
    "in October 2024",
    "recommendations were also adopted to improve the legal regulation of the activities of the border",
    "model laws on countering the use of autonomous and robotic systems for terrorist and extremist purposes",
    "and on public security",
    "amendments to the model law on counter-terrorism",
    # programmes and their periods
    "deradicalization",
    "2025–2027",
    "2026–2030",
    "has been prepared for signing",
    "2026–2028",
    "is being agreed upon",
    "2023–2025",
    "14 October 2022",
    "Detection and blocking of transit routes",
    # operations and exercises
    "Tral – anti-terror",
    "Identification",
    "to counter the illegal manufacture of and trafficking in weapons",
    "Barrier",
    "West 2024",
    "Shekara 2024",
    "East-Anti-terror 2024",
    "Ashyk-Aspan 2024",
    # the event and its participation
    "first counter-terrorism forum",
    "second CIS conference on combating terrorism and extremism",
    "tenth international scientific and practical conference",
    "20 States members",
    "11 bodies",
    "10 bodies of 6 international organizations, including the United Nations",
    "22 research and educational organizations",
    # narrative, closing and signature
    "specialized databank of the CIS Anti-Terrorism Centre",
    "Outreach activities",
    "CIS bodies continue to take measures to prevent and eliminate international terrorist activity.",
    "Accept, Sir, the assurances of my highest consideration.",
    "Secretary-General of the Commonwealth of Independent States",
    "25-07557 (E)",
]
SEED_FIGURES_RU = [
    "задержано 69 и помещено в места лишения свободы в государствах СНГ 19 разыскиваемых лиц",
    "96 лиц, причастных к финансированию терроризма",
    "388 преступлений террористического и экстремистского характера",
    "590 единиц огнестрельного оружия",
    "62 364 боеприпаса",
    "382,8 килограмма взрывчатых веществ",
    "378 взрывных устройств",
]
SEED_FACTS_RU = [
    "78/115",
    "7 декабря 2023 г.",
    "13 мая 2025 г.",
    "Протокол о внесении изменений в Соглашение о межгосударственном розыске лиц от 10 декабря 2010 г.",
    "в октябре 2024 г.",
    "2025–2027",
    "2026–2030",
    "2026–2028",
    "2023–2025",
    "14 октября 2022 г.",
    "«Трал – Антитеррор»",
    "«Барьер»",
    "«Запад-2024»",
    "«Восток-Антитеррор-2024»",
    "«Ашык-Аспан-2024»",
    "Первый антитеррористический форум",
    "20 государств",
    "Примите, господин Генеральный секретарь",
    "25-07557 (R)",
]


def test_english_pdf_carries_every_figure_of_the_seed_as_the_seed_writes_it(demo_pdfs):
    """The English 2024 PDF states each seed figure with the seed's number format and wording."""
    text = pdf_text(demo_pdfs["en"])
    missing = [phrase for phrase in SEED_FIGURES_EN if phrase not in text]
    assert not missing, missing


def test_english_pdf_names_every_instrument_programme_operation_exercise_and_event(demo_pdfs):
    """Every instrument, programme period, operation, exercise and event of the seed is in the PDF."""
    text = pdf_text(demo_pdfs["en"])
    missing = [phrase for phrase in SEED_FACTS_EN if phrase not in text]
    assert not missing, missing


def test_russian_pdf_has_the_figures_in_russian_format_as_extractable_cyrillic(demo_pdfs):
    """The Russian PDF groups thousands with a space, uses a decimal comma and Russian plural forms."""
    text = pdf_text(demo_pdfs["ru"])
    missing = [phrase for phrase in SEED_FIGURES_RU + SEED_FACTS_RU if phrase not in text]
    assert not missing, missing
    assert "62,364" not in text and "382.8" not in text
    assert "Translated from Russian" not in text


def test_pdfs_embed_their_fonts_and_use_a4_pages(demo_pdfs):
    """Every font is embedded (the PDF does not depend on the reader's fonts) and every page is A4."""
    for lang, content in demo_pdfs.items():
        reader = PdfReader(io.BytesIO(content))
        fonts = {}
        for page in reader.pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            assert (round(width), round(height)) == (595, 842), (lang, width, height)
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                fonts[font["/BaseFont"]] = any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
        assert fonts and all(fonts.values()), (lang, fonts)
        assert all("Report-Serif" in name for name in fonts), fonts  # the shipped font, never a system one


def test_pdf_metadata_gives_title_and_language_and_is_tagged(demo_pdfs):
    """The PDF says its title and language, and carries a structure tree for assistive technology."""
    for lang, content in demo_pdfs.items():
        reader = PdfReader(io.BytesIO(content))
        assert "78/115" in reader.metadata.title
        root = reader.trailer["/Root"]
        assert root["/Lang"] == lang
        assert "/StructTreeRoot" in root


def test_final_pdf_is_not_marked_as_draft_and_has_no_preview_warnings(demo_pdfs):
    """The report built from verified data is not a draft, and the secretariat's checks stay out of it."""
    for content in demo_pdfs.values():
        text = pdf_text(content)
        assert "DRAFT" not in text and "ПРОЕКТ" not in text
        assert "no results recorded" not in text and "Check before issuing" not in text
