"""The demo's mandate and 2024 report: loaded as seed 000 gives them, and only once."""

import datetime

import pytest

from demo.reports import load_reports
from reports.models import AnnualReport, Mandate

pytestmark = pytest.mark.django_db


def test_demo_holds_the_mandate_and_the_unissued_2024_report(demo):
    """78/115 of 7 December 2023, paragraph 23, for the 2024 report; the letter of 13 May 2025, job
    25-07557, signed by the Secretary-General (the seed's name is illegible: the title alone), no
    annex (the seed has none), not issued."""
    mandate = Mandate.objects.get()
    assert (mandate.resolution, mandate.adopted_on, mandate.paragraph) == (
        "78/115",
        datetime.date(2023, 12, 7),
        23,
    )
    assert (mandate.first_year, mandate.last_year) == (2024, 2024)
    report = AnnualReport.objects.get(year=2024)
    assert report.letter_date == datetime.date(2025, 5, 13) and report.job_number == "25-07557"
    assert [p.slug for p in report.programmes.all()] == ["ct-2023-2025"]
    assert report.signatory_ru.startswith("Генеральный секретарь")
    assert (report.signatory_name_en, report.signatory_name_ru) == ("", "")
    assert not report.include_annex
    assert not report.revisions.exists()


def test_loading_the_reports_again_writes_nothing(demo, django_assert_max_num_queries):
    """A second load only reads: same rows, no update."""
    before = list(AnnualReport.objects.values())
    with django_assert_max_num_queries(7) as queries:
        load_reports()
    assert not [
        q for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    assert list(AnnualReport.objects.values()) == before


def test_the_2024_text_states_every_figure_by_reference_and_types_none(demo, english):
    """Seed 000's text as passages: every 2024 figure referenced in both languages, none typed,
    each English passage edited after its Russian original: the preview has nothing to say of it."""
    from reports.selectors import report_data
    from reports.text_checks import text_warnings

    data = report_data(year=2024)
    assert len(data.passages) == 18
    assert text_warnings(data, "en") == []
    referenced = " ".join(p.text.en + p.text.ru for p in data.passages)
    for figure in data.figures:
        if figure.value is not None:
            assert f"{{{{ {figure.code} }}}}" in referenced, figure.code
