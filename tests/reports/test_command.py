"""`manage.py build_report`: its output, its drafts, and its errors with nothing written."""

import io

import pytest
from django.core.management import CommandError, call_command

from measures.models import Result
from reports.models import AnnualReport, Mandate
from tests.factories import IndicatorFactory, ResultFactory

pytestmark = pytest.mark.django_db


def build(*args, **options) -> str:
    out = io.StringIO()
    call_command("build_report", *args, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def mandates(db):
    Mandate.objects.create(
        resolution="76/121",
        adopted_on="2021-12-09",
        paragraph=20,
        subject_en="old",
        subject_ru="x",
        first_year=2022,
        last_year=2022,
    )
    return Mandate.objects.create(
        resolution="78/115",
        adopted_on="2023-12-07",
        paragraph=23,
        subject_en="the measures",
        subject_ru="мерах",
        first_year=2024,
    )


def test_a_year_without_a_report_record_gets_a_draft_with_its_year_s_mandate_and_creates_nothing(
    mandates, tmp_path
):
    """No AnnualReport for 2030: a draft with resolution 78/115 (recorded from 2024 on) and the
    figures; the database is unchanged."""
    ResultFactory(
        year=2030, indicator=IndicatorFactory(noun_en_one="firearm", noun_en_other="firearms"), value=7
    )
    output = tmp_path / "out" / "report.html"
    message = build("2030", lang="en", format="html", output=str(output))
    html = output.read_text()
    assert "resolution 78/115" in html and "76/121" not in html
    assert "In 2030, 7 firearms were seized." in html
    assert "Draft" in html
    assert "draft" in message
    assert not AnnualReport.objects.exists() and Mandate.objects.count() == 2


@pytest.mark.parametrize("year", [2008, 2023])
def test_a_year_without_a_recorded_mandate_shows_a_placeholder_never_another_year_s_resolution(
    mandates, tmp_path, year
):
    """2008 and 2023 fall outside both mandates' reporting years: the letter and its title show a
    visible placeholder in each language, and neither resolution appears."""
    ResultFactory(year=year, value=7)
    for lang, placeholder in (
        ("en", f"[resolution for {year} not recorded]"),
        ("ru", f"[резолюция на {year} год не внесена]"),
    ):
        output = tmp_path / f"report-{lang}.html"
        build(str(year), lang=lang, format="html", output=str(output))
        html = output.read_text()
        assert html.count(placeholder) == 2  # the title and the opening paragraph
        assert "78/115" not in html and "76/121" not in html


def test_a_year_with_no_results_is_an_error(mandates, tmp_path):
    """Nothing recorded for the year: a clear error naming the year, and no file."""
    output = tmp_path / "report.pdf"
    with pytest.raises(CommandError, match="No results are recorded for 2031"):
        build("2031", lang="ru", output=str(output))
    assert not output.exists()


def test_a_year_whose_results_all_await_verification_is_an_error_unless_drafting(mandates, tmp_path):
    """All results submitted: the error says how many wait; --include-unverified makes a marked draft."""
    for code in ("a", "b", "c"):
        ResultFactory(
            year=2029, indicator=IndicatorFactory(code=code), status=Result.Status.SUBMITTED, value=2
        )
    output = tmp_path / "report.html"
    with pytest.raises(CommandError, match="All 3 results for 2029 await verification"):
        build("2029", lang="en", format="html", output=str(output))
    assert not output.exists()
    build("2029", lang="ru", format="html", output=str(output), include_unverified=True)
    html = output.read_text()
    assert "Проект: включает непроверенные результаты" in html
    assert "изъяты 2 единицы" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1800", "--lang", "en", "--output", "x.pdf"], "YEAR must be between"),
        (["2024", "--lang", "de", "--output", "x.pdf"], "invalid choice: 'de'"),
        (["2024", "--lang", "en", "--format", "odt", "--output", "x.pdf"], "invalid choice: 'odt'"),
        (["twenty", "--lang", "en", "--output", "x.pdf"], "invalid int value"),
        (["2024", "--lang", "en"], "--output"),
    ],
)
def test_bad_arguments_are_refused_with_a_clear_message(args, message, tmp_path, monkeypatch):
    """A bad year, language, format or a missing option is an error that names it."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CommandError, match=message):
        build(*args)
    assert not (tmp_path / "x.pdf").exists()


def test_the_output_cannot_be_a_folder(mandates, tmp_path):
    """--output naming a folder is refused before anything is rendered."""
    ResultFactory(year=2030)
    with pytest.raises(CommandError, match="is a folder"):
        build("2030", lang="en", output=str(tmp_path))


def test_a_draft_says_how_many_submitted_results_it_counted_and_how_many_it_left_out(mandates, tmp_path):
    """With --include-unverified, the message counts only the submitted results that went into the draft."""
    ResultFactory(year=2028, indicator=IndicatorFactory(code="a"), value=1)
    ResultFactory(year=2028, indicator=IndicatorFactory(code="b"), value=2, status=Result.Status.SUBMITTED)
    ResultFactory(year=2028, indicator=IndicatorFactory(code="c"), value=4, status=Result.Status.DRAFT)
    ResultFactory(year=2028, indicator=IndicatorFactory(code="d"), value=8, status=Result.Status.RETURNED)
    output = tmp_path / "report.html"
    message = build("2028", lang="en", format="html", output=str(output), include_unverified=True)
    assert "; 1 submitted (unverified) result(s) counted; 2 draft or returned result(s) left out)" in message
    assert "3 unverified result(s) counted" not in message
    message = build("2028", lang="en", format="html", output=str(output))
    assert "; 3 unverified result(s) left out)" in message


def test_a_draft_of_drafts_only_is_an_error(mandates, tmp_path):
    """Results that are all drafts or returned count in no report: even a draft is refused, saying why."""
    ResultFactory(year=2028, indicator=IndicatorFactory(code="d"), status=Result.Status.DRAFT)
    ResultFactory(year=2028, indicator=IndicatorFactory(code="r"), status=Result.Status.RETURNED)
    output = tmp_path / "report.html"
    with pytest.raises(CommandError, match="None of the 2 results for 2028 is verified or submitted"):
        build("2028", lang="en", format="html", output=str(output), include_unverified=True)
    assert not output.exists()
