"""The pure builder: ReportData in, a Document of worded paragraphs out; no ORM, clock or files."""

from core.dates import DatePrecision, format_date

from ..types import Document, ReportData
from .annex import annex_table
from .passages import passage_paragraphs
from .sections import MANDATE_PLACEHOLDER, mandate_paragraph
from .typography import one_spelling

LETTER = {
    "en": {
        "translated": "Translated from Russian",
        "organization": "Commonwealth of Independent States",
        "sender": "Executive Committee",
        "closing": "Accept, Sir, the assurances of my highest consideration.",
        "signed": "(Signed)",
        "footer": "{job} (E)",
        "title": "Information on the measures adopted by the CIS, {year} (resolution {resolution})",
        "draft": "Draft",
        "draft_unverified": "Draft: includes results not yet verified",
    },
    "ru": {
        "translated": "",
        "organization": "Содружество Независимых Государств",
        "sender": "Исполнительный комитет",
        "closing": "Примите, господин Генеральный секретарь, уверения в моем самом высоком уважении.",
        "signed": "(Подпись)",
        "footer": "{job} (R)",
        "title": "Информация о мерах, принятых в СНГ, {year} г. (резолюция {resolution})",
        "draft": "Проект",
        "draft_unverified": "Проект: включает непроверенные результаты",
    },
}


def build_document(data: ReportData, lang: str) -> Document:
    """Word the report in one language: the mandate, then the passages; empty ones are left out."""
    lang = "ru" if lang.startswith("ru") else "en"
    words = LETTER[lang]
    letter = data.letter
    # The mandate is the year's record, never text: the passages follow it.
    body = [*mandate_paragraph(data.mandate, lang, data.year), *passage_paragraphs(data, lang)]
    resolution = data.mandate.resolution if data.mandate else MANDATE_PLACEHOLDER[lang].format(year=data.year)
    draft_label = ""
    if data.draft:
        draft_label = words["draft_unverified"] if data.includes_unverified else words["draft"]
    document = Document(
        lang=lang,
        year=data.year,
        title=words["title"].format(year=data.year, resolution=resolution),
        draft=data.draft,
        draft_label=draft_label,
        translated_note=words["translated"],
        organization=words["organization"],
        sender=words["sender"],
        date_line=format_date(letter.letter_date, DatePrecision.DAY, lang),
        paragraphs=tuple(body),
        closing=words["closing"],
        signed=words["signed"] if letter.signatory.get(lang) or letter.signatory_name.get(lang) else "",
        signatory=letter.signatory.get(lang),
        signatory_name=letter.signatory_name.get(lang),
        footer=words["footer"].format(job=letter.job_number) if letter.job_number else "",
        annex=annex_table(data.annex, data.year, lang, data.includes_unverified)
        if letter.include_annex
        else None,
    )
    return one_spelling(document)
