"""The mandate 78/115 and the 2024 annual report of seed 000 (not issued), loaded idempotently."""

import datetime

from programmes.models import Programme
from reports.models import AnnualReport, Mandate, Passage

from .report_text import PASSAGES_2024
from .upsert import upsert

MANDATE = {
    "resolution": "78/115",
    "adopted_on": datetime.date(2023, 12, 7),
    "paragraph": 23,
    "first_year": 2024,
    "last_year": 2024,
    "subject_en": (
        "the measures adopted by the Commonwealth of Independent States (CIS) to prevent and eliminate "
        "international terrorism"
    ),
    "subject_ru": (
        "мерах, принятых Содружеством Независимых Государств (СНГ) в целях предотвращения и ликвидации "
        "международного терроризма"
    ),
}

# The letter's details of seed 000; its text is demo.report_text.
REPORT_2024 = {
    "letter_date": datetime.date(2025, 5, 13),
    "job_number": "25-07557",
    "include_annex": False,  # seed 000 has no annex
    # The seed's signature is illegible: the title alone is printed.
    "signatory_en": "Secretary-General of the Commonwealth of Independent States",
    "signatory_ru": "Генеральный секретарь Содружества Независимых Государств",
}
PROGRAMMES_2024 = ["ct-2023-2025"]


def load_reports() -> int:
    """The mandate and the 2024 report; a second run writes nothing. Returns the reports loaded."""
    mandate = upsert(
        Mandate,
        {"resolution": MANDATE["resolution"]},
        {k: v for k, v in MANDATE.items() if k != "resolution"},
    )
    report = upsert(
        AnnualReport,
        {"year": 2024},
        {"mandate": mandate, **REPORT_2024},
        m2m={"programmes": Programme.objects.filter(slug__in=PROGRAMMES_2024)},
    )
    # Fixed edit times (the Russian original first, then its translation) keep a second run silent.
    ru_edited, en_edited = (datetime.datetime(2025, 5, d, 9, 0, tzinfo=datetime.UTC) for d in (5, 12))
    # One read for all passages; a passage is written only where it differs (history stays quiet).
    existing = {p.position: p for p in Passage.objects.filter(report=report)}
    for position, (key, text_ru, text_en) in enumerate(PASSAGES_2024, start=1):
        values = {
            "key": key,
            "text_ru": text_ru,
            "text_en": text_en,
            "edited": True,
            "ru_edited_at": ru_edited,
            "en_edited_at": en_edited,
        }
        passage = existing.get(position) or Passage(report=report, position=position)
        if passage.pk and all(getattr(passage, name) == value for name, value in values.items()):
            continue
        for name, value in values.items():
            setattr(passage, name, value)
        passage.full_clean()
        passage.save()
    # Passages beyond the seed's (left by an earlier text of the report) are not the seed's.
    for position, passage in existing.items():
        if position > len(PASSAGES_2024):
            passage.delete()
    return 1
