"""The round of a year: who is expected to report what, and the status of each expected result."""

import io

import pytest
from django.core.management import CommandError, call_command

from measures.models import Result, RoundExpectation
from measures.rounds import latest_complete_year, round_grid, year_completeness, year_in_progress
from tests.factories import IndicatorFactory, ResultFactory
from tests.rounds import build_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def rw():
    return build_round()


def cells(grid):
    return {(reporter.code, indicator.code): status for reporter, indicator, status in grid.triples()}


def test_every_member_state_is_expected_for_each_indicator_of_the_programme_by_default(rw):
    """The secretariat sees every member state (not a former one) asked for the programme's indicators."""
    grid = round_grid(2025)
    assert [r.code for r in grid.reporters] == ["BLR", "KAZ", "RUS"]
    assert {i.code for i in grid.indicators} == {"firearms_seized", "wanted_detained"}
    assert len(cells(grid)) == 6


def test_each_status_shows_in_its_cell(rw):
    """Missing, draft, submitted, returned and verified each appear where that result stands."""
    assert cells(round_grid(2025)) == {
        ("BLR", "firearms_seized"): "submitted",
        ("BLR", "wanted_detained"): "draft",
        ("KAZ", "firearms_seized"): "verified",
        ("KAZ", "wanted_detained"): "verified",
        ("RUS", "firearms_seized"): "returned",
        ("RUS", "wanted_detained"): "missing",
    }
    counts = round_grid(2025).counts()
    assert counts == {"missing": 1, "draft": 1, "submitted": 1, "returned": 1, "verified": 2}


def test_adjustments_excuse_a_state_and_add_a_body(rw):
    """Excusing Russia from one indicator drops that cell; asking the ATC for firearms adds one."""
    RoundExpectation.objects.create(round=rw.round, indicator=rw.wanted, state=rw.rus, expected=False)
    RoundExpectation.objects.create(round=rw.round, indicator=rw.firearms, body=rw.atc)
    grid = cells(round_grid(2025))
    assert ("RUS", "wanted_detained") not in grid
    assert grid[("atc", "firearms_seized")] == "missing"
    ResultFactory(indicator=rw.firearms, year=2025, body=rw.atc, status=Result.Status.SUBMITTED)
    assert cells(round_grid(2025))[("atc", "firearms_seized")] == "submitted"


def test_an_indicator_outside_the_programme_can_be_asked_of_one_state(rw):
    """An adjustment may ask a state for an indicator no one else reports."""
    extra = IndicatorFactory(code="drug_labs_closed")
    RoundExpectation.objects.create(round=rw.round, indicator=extra, state=rw.kaz)
    grid = cells(round_grid(2025))
    assert grid[("KAZ", "drug_labs_closed")] == "missing"
    assert ("BLR", "drug_labs_closed") not in grid


def test_the_least_advanced_row_decides_a_cell(rw):
    """A state with one verified and one draft row for an indicator still has a draft to submit."""
    ResultFactory(indicator=rw.firearms, year=2025, state=rw.kaz, status=Result.Status.DRAFT, value=1)
    assert cells(round_grid(2025))[("KAZ", "firearms_seized")] == "draft"


def test_a_year_is_final_only_when_every_expected_result_is_verified(rw):
    """2025 is provisional with 1 of 3 states done; the latest complete year stays 2024."""
    completeness = year_completeness(2025)
    assert (completeness.done, completeness.expected, completeness.final) == (1, 3, False)
    assert completeness.per_indicator[rw.firearms.pk] == (1, 3)
    assert latest_complete_year() == 2024
    assert year_in_progress(2024) == 2025
    Result.objects.filter(year=2025).update(status=Result.Status.VERIFIED)
    ResultFactory(indicator=rw.wanted, year=2025, state=rw.rus, status=Result.Status.VERIFIED)
    assert year_completeness(2025).final
    assert latest_complete_year() == 2025


def test_grid_of_a_round_costs_a_fixed_number_of_queries(rw, django_assert_num_queries):
    """The grid is a handful of queries whatever the number of states and indicators."""
    with django_assert_num_queries(7):
        round_grid(2025)


def run(*args):
    out = io.StringIO()
    call_command("round_status", *args, stdout=out)
    return out.getvalue()


def test_round_status_csv_lists_each_expected_cell(rw):
    """`round_status 2025 --format csv` prints reporter, indicator, status by code."""
    lines = run("2025", "--format", "csv").splitlines()
    assert lines[0] == "reporter,indicator,status"
    assert "RUS,wanted_detained,missing" in lines
    assert "KAZ,firearms_seized,verified" in lines
    assert "BLR,wanted_detained,draft" in lines
    assert len(lines) == 7


def test_round_status_text_prints_the_grid(rw):
    """The text grid has a row per reporter with each indicator's status, and the counts."""
    text = run("2025")
    assert "deadline 2026-03-01" in text
    rus = next(line for line in text.splitlines() if line.startswith("RUS"))
    assert "returned" in rus and "missing" in rus
    assert "verified: 2" in text


@pytest.mark.parametrize(("year", "message"), [("twenty", "not 'twenty'"), ("1900", "from 1991 on")])
def test_round_status_refuses_a_bad_year(rw, year, message):
    """A year that is not a number, or out of range, is a clear error (non-zero exit)."""
    with pytest.raises(CommandError, match=message):
        run(year)


def test_round_status_of_a_year_without_a_round_prints_the_default_grid(rw):
    """2024 has no round opened: every member state is expected for the programme's indicators,
    with no deadline; Kazakhstan's figures are verified, the other states' missing."""
    lines = run("2024", "--format", "csv").splitlines()
    assert len(lines) == 7
    assert "KAZ,firearms_seized,verified" in lines and "RUS,wanted_detained,missing" in lines
    assert "deadline none" in run("2024")


def test_a_year_with_verified_cis_wide_totals_and_no_round_is_final(rw):
    """2024's verified CIS-wide totals are the CIS's figures although no state reported for it."""
    completeness = year_completeness(2024)
    assert completeness.final
    assert completeness.missing == []


def test_a_year_without_a_round_is_provisional_until_every_state_is_verified(rw):
    """Without a round for 2025 and only Kazakhstan verified, 2025 is provisional, 1 of 3 states,
    and the figures stay on 2024."""
    rw.round.delete()
    completeness = year_completeness(2025)
    assert (completeness.done, completeness.expected, completeness.final) == (1, 3, False)
    assert [r.code for r in completeness.missing] == ["BLR", "RUS"]
    assert latest_complete_year() == 2024
    assert year_in_progress(2024) == 2025


def test_a_verified_cis_wide_total_makes_an_indicator_final(rw):
    """A verified 2025 CIS-wide total of firearms settles that indicator; wanted persons stay
    provisional, so the year does too."""
    ResultFactory(indicator=rw.firearms, year=2025, programme=rw.programme, value=900)
    completeness = year_completeness(2025)
    assert completeness.indicator_final(rw.firearms.pk)
    assert not completeness.indicator_final(rw.wanted.pk)
    assert not completeness.final
    ResultFactory(indicator=rw.wanted, year=2025, programme=rw.programme, value=60)
    assert year_completeness(2025).final
    assert latest_complete_year() == 2025
