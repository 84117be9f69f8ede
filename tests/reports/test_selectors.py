"""What the report counts: the CIS-wide total else the sum of parts, verified only, and the warnings."""

from decimal import Decimal

import pytest

from measures.models import Result
from reports.selectors import report_data
from tests.factories import (
    EventFactory,
    IndicatorFactory,
    MemberStateFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
)

pytestmark = pytest.mark.django_db


def figures(data):
    return {f.code: f for f in data.figures}


def test_the_cis_wide_total_wins_over_the_parts_and_a_disagreement_is_warned_about():
    """With a total of 100 and state rows summing to 90, the report says 100 and the preview warns."""
    indicator = IndicatorFactory(code="seized")
    ResultFactory(indicator=indicator, value=100)
    for code, value in (("KAZ", 50), ("UZB", 40)):
        ResultFactory(indicator=indicator, value=value, state=MemberStateFactory(code=code))
    data = report_data(year=2024)
    assert figures(data)["seized"].value == Decimal(100)
    assert [(f.total, f.parts_sum) for f in data.warnings.disagreements] == [(Decimal(100), Decimal(90))]


def test_without_a_total_the_figure_is_the_sum_of_the_verified_rows_and_keeps_its_qualifier(secretariat):
    """Per-state rows add up in the database; an unverified row is left out; "more than" carries over."""
    indicator = IndicatorFactory(code="detained")
    ResultFactory(indicator=indicator, value=5, state=MemberStateFactory(code="KAZ"), qualifier="more_than")
    ResultFactory(indicator=indicator, value=7, state=MemberStateFactory(code="UZB"))
    ResultFactory(indicator=indicator, value=1000, state=MemberStateFactory(code="ARM"), status="submitted")
    data = report_data(year=2024, viewer=secretariat)
    figure = figures(data)["detained"]
    assert (figure.value, figure.qualifier) == (Decimal(12), "more_than")
    assert [(p.status, p.count, p.value_sum) for p in data.warnings.pending] == [
        ("submitted", 1, Decimal(1000))
    ]
    assert not data.warnings.disagreements
    assert figures(report_data(year=2024, include_unverified=True))["detained"].value == Decimal(1012)


def test_the_preview_names_operations_without_results_and_indicators_that_lost_their_value():
    """An operation with no result and an indicator counted last year but not this year are both named."""
    ProgrammeFactory(slug="ct-2023-2025")
    counted = OperationFactory(name="Barrier")
    OperationFactory(name="West 2024", kind="border")
    ResultFactory(indicator=IndicatorFactory(code="a"), operation=counted, value=3)
    ResultFactory(indicator=IndicatorFactory(code="b", name_en="Firearms seized"), year=2023, value=9)
    warnings = report_data(year=2024).warnings
    assert [op.en for op in warnings.operations_without_results] == ["West 2024"]
    assert [name.en for name in warnings.indicators_without_value] == ["Firearms seized"]


def test_events_held_within_another_are_told_as_part_of_it():
    """Two conferences combined into the year's forum appear inside the forum's sentence only."""
    forum = EventFactory(code="forum", kind="forum", title_en="forum")
    forum.combines.set([EventFactory(code="conf-a"), EventFactory(code="conf-b")])
    events = report_data(year=2024).events
    assert [e.code for e in events] == ["forum"]
    assert len(events[0].combines) == 2


def test_drafts_of_programmes_are_reported_only_in_the_years_before_they_start():
    """A draft 2026-2030 programme is "being prepared" in 2024, not in a report on 2008."""
    ProgrammeFactory(
        slug="border-2026-2030", theme="border", start_year=2026, end_year=2030, status="for_signing"
    )
    assert [p.slug for p in report_data(year=2024).programmes_drafted] == ["border-2026-2030"]
    assert report_data(year=2008).programmes_drafted == ()


def test_building_a_report_changes_nothing_in_the_database():
    """Gathering data for a year without a report record creates no report, mandate or result."""
    ResultFactory(value=3)
    before = Result.objects.count()
    data = report_data(year=2024)
    assert data.draft and data.mandate is None and data.letter.job_number == ""
    from reports.models import AnnualReport, Mandate

    assert (
        Result.objects.count() == before
        and not AnnualReport.objects.exists()
        and not Mandate.objects.exists()
    )


def test_a_state_s_more_than_does_not_qualify_the_exact_cis_wide_total():
    """A CIS-wide total of 69 and Kazakhstan's "more than 3": the report says 69, not "more than 69"."""
    indicator = IndicatorFactory(code="wanted_detained")
    ResultFactory(indicator=indicator, value=69)
    ResultFactory(indicator=indicator, value=3, state=MemberStateFactory(code="KAZ"), qualifier="more_than")
    figure = figures(report_data(year=2024))["wanted_detained"]
    assert (figure.value, figure.qualifier) == (Decimal(69), "exact")


def test_the_cis_wide_total_keeps_its_own_about_whatever_the_parts_say():
    """A total of "about 70" stays "about 70" beside a state's "more than 3"."""
    indicator = IndicatorFactory(code="wanted_detained")
    ResultFactory(indicator=indicator, value=70, qualifier="about")
    ResultFactory(indicator=indicator, value=3, state=MemberStateFactory(code="KAZ"), qualifier="more_than")
    figure = figures(report_data(year=2024))["wanted_detained"]
    assert (figure.value, figure.qualifier) == (Decimal(70), "about")


def test_an_operation_with_only_submitted_results_is_warned_about_as_having_no_verified_ones(english):
    """An operation whose only result is submitted is "without verified results", not "without results"."""
    from reports.rendering import warning_lines

    operation = OperationFactory(name="Barrier")
    ResultFactory(operation=operation, value=3, status=Result.Status.SUBMITTED)
    data = report_data(year=2024)
    lines = warning_lines(data, "en")
    assert "Operation “Barrier” has no verified results." in lines
    assert not any("no results recorded" in line for line in lines)
    drafted = report_data(year=2024, include_unverified=True)
    assert drafted.warnings.operations_without_results == ()
    ResultFactory(operation=OperationFactory(name="West 2024"), value=1, status=Result.Status.DRAFT)
    lines = warning_lines(report_data(year=2024, include_unverified=True), "en")
    assert [line for line in lines if line.startswith("Operation")] == [
        "Operation “West 2024” has no verified or submitted results."
    ]
