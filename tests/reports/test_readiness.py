"""One answer to "can this year be reported, and with what" (reports.selectors.year_readiness)."""

import pytest

from measures.models import Result
from measures.services import year_lock
from reports.models import AnnualReport, Mandate
from reports.selectors import year_readiness
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory

pytestmark = pytest.mark.django_db


def test_readiness_counts_each_status_and_the_indicators_missing_from_the_report(
    english, django_assert_num_queries
):
    """Results by status, by name; an indicator with results but none verified is missing from the report."""
    counted, pending = IndicatorFactory(code="counted"), IndicatorFactory(code="pending")
    states = [MemberStateFactory(code=code) for code in ("KAZ", "BLR", "RUS", "ARM")]
    ResultFactory(indicator=counted, state=states[0], status=Result.Status.VERIFIED)
    ResultFactory(indicator=counted, state=states[1], status=Result.Status.SUBMITTED)
    ResultFactory(indicator=pending, state=states[2], status=Result.Status.DRAFT)
    ResultFactory(indicator=pending, state=states[3], status=Result.Status.RETURNED)
    ResultFactory(indicator=pending, state=states[0], year=2023, status=Result.Status.VERIFIED)
    with django_assert_num_queries(3):
        readiness = year_readiness(2024)
    assert (readiness.verified, readiness.submitted, readiness.draft, readiness.returned) == (1, 1, 1, 1)
    assert (readiness.total, readiness.unverified, readiness.missing) == (4, 3, 1)
    assert readiness.has_data and not readiness.has_report and not readiness.locked
    assert "there is no annual report record for 2024" in readiness.issue_refusal


def test_a_year_is_ready_to_issue_with_a_report_record_and_a_verified_result(english, secretariat):
    """The issue refusal names what is missing; with a record and a verified result there is none."""
    mandate = Mandate.objects.create(
        resolution="78/115", adopted_on="2023-12-07", paragraph=23, subject_en="x", subject_ru="x"
    )
    AnnualReport.objects.create(year=2024, mandate=mandate)
    result = ResultFactory(status=Result.Status.SUBMITTED)
    assert "no result of 2024 is verified" in year_readiness(2024).issue_refusal
    Result.objects.filter(pk=result.pk).update(status=Result.Status.VERIFIED)
    year_lock(year=2024, user=secretariat, reason="issued as revision 1")
    readiness = year_readiness(2024)
    assert readiness.issue_refusal is None and readiness.locked


def test_an_empty_year_has_no_data():
    """No report record and no result: nothing to preview."""
    assert not year_readiness(1999).has_data
