"""The verification workflow: who may submit, verify and return results, and when years lock them."""

import pytest

from measures.models import Result, YearLock
from measures.services import (
    WorkflowError,
    result_change_refusal,
    result_return,
    result_submit,
    result_verify,
    year_lock,
    year_unlock,
)
from tests.factories import BodyFactory, ResultFactory, UserFactory
from tests.two_states import *  # noqa: F403  (the fixtures of two states)

pytestmark = pytest.mark.django_db


def _status(result) -> str:
    return Result.objects.values_list("status", flat=True).get(pk=result.pk)


def test_analyst_submits_own_draft(analyst_kaz, kaz_draft):
    """An analyst of Kazakhstan submits Kazakhstan's draft; it is then awaiting verification."""
    result_submit(result=kaz_draft, user=analyst_kaz)
    assert _status(kaz_draft) == Result.Status.SUBMITTED


def test_analyst_cannot_submit_another_states_result(analyst_kaz, blr_draft):
    """An analyst of Kazakhstan cannot submit Belarus's draft; it stays a draft."""
    with pytest.raises(WorkflowError, match="another state or body"):
        result_submit(result=blr_draft, user=analyst_kaz)
    assert _status(blr_draft) == Result.Status.DRAFT


def test_body_analyst_submits_only_their_bodys_results(db):
    """An analyst of a CIS body submits that body's results, not another body's or a CIS-wide total."""
    atc, other = BodyFactory(code="atc"), BodyFactory(code="border-council")
    analyst = UserFactory(role="analyst", role__body=atc)
    own = ResultFactory(body=atc, status=Result.Status.DRAFT)
    foreign = ResultFactory(body=other, indicator=own.indicator, status=Result.Status.DRAFT)
    total = ResultFactory(indicator=own.indicator, status=Result.Status.DRAFT)
    result_submit(result=own, user=analyst)
    for result in (foreign, total):
        with pytest.raises(WorkflowError):
            result_submit(result=result, user=analyst)
    assert [_status(r) for r in (own, foreign, total)] == ["submitted", "draft", "draft"]


def test_reviewer_cannot_submit(reviewer, kaz_draft):
    """A reviewer changes nothing, not even by submitting."""
    with pytest.raises(WorkflowError, match="role"):
        result_submit(result=kaz_draft, user=reviewer)
    assert _status(kaz_draft) == Result.Status.DRAFT


def test_secretariat_verifies_submitted_result(secretariat, analyst_kaz, kaz_draft):
    """The secretariat verifies a submitted result; the history records who verified it."""
    result_submit(result=kaz_draft, user=analyst_kaz)
    result_verify(result=kaz_draft, user=secretariat)
    assert _status(kaz_draft) == Result.Status.VERIFIED
    latest = kaz_draft.history.latest()
    assert (latest.history_user, latest.status, latest.history_change_reason) == (
        secretariat,
        "verified",
        "verified",
    )


@pytest.mark.parametrize("role_fixture", ["analyst_kaz", "reviewer"])
def test_only_secretariat_verifies(request, role_fixture, secretariat, kaz_draft):
    """Neither the analyst who submitted nor a reviewer can verify a result."""
    result_submit(result=kaz_draft, user=secretariat)
    with pytest.raises(WorkflowError, match="Only the secretariat"):
        result_verify(result=kaz_draft, user=request.getfixturevalue(role_fixture))
    assert _status(kaz_draft) == Result.Status.SUBMITTED


def test_draft_cannot_be_verified_directly(secretariat, kaz_draft):
    """A draft must be submitted before it is verified."""
    with pytest.raises(WorkflowError, match="Only a submitted result"):
        result_verify(result=kaz_draft, user=secretariat)
    assert _status(kaz_draft) == Result.Status.DRAFT


def test_return_needs_a_comment(secretariat, analyst_kaz, kaz_draft):
    """Returning a result without a comment (or with blanks only) is refused; it stays submitted."""
    result_submit(result=kaz_draft, user=analyst_kaz)
    for comment in ("", "   \n"):
        with pytest.raises(WorkflowError, match="comment is required"):
            result_return(result=kaz_draft, user=secretariat, comment=comment)
    assert _status(kaz_draft) == Result.Status.SUBMITTED


def test_returned_result_goes_back_to_analyst_and_is_submitted_again(secretariat, analyst_kaz, kaz_draft):
    """submitted -> returned (with the comment) -> corrected and submitted again -> verified."""
    result_submit(result=kaz_draft, user=analyst_kaz)
    result_return(result=kaz_draft, user=secretariat, comment="Figure for Q4 missing")
    kaz_draft.refresh_from_db()
    assert (kaz_draft.status, kaz_draft.review_comment) == ("returned", "Figure for Q4 missing")
    assert result_change_refusal(user=analyst_kaz, result=kaz_draft) is None
    result_submit(result=kaz_draft, user=analyst_kaz)
    result_verify(result=kaz_draft, user=secretariat)
    assert _status(kaz_draft) == Result.Status.VERIFIED


@pytest.mark.parametrize("role_fixture", ["analyst_kaz", "reviewer"])
def test_only_secretariat_returns(request, role_fixture, secretariat, kaz_draft):
    """An analyst or a reviewer cannot return a result."""
    result_submit(result=kaz_draft, user=secretariat)
    with pytest.raises(WorkflowError, match="Only the secretariat"):
        result_return(result=kaz_draft, user=request.getfixturevalue(role_fixture), comment="no")
    assert _status(kaz_draft) == Result.Status.SUBMITTED


def test_verified_result_is_locked_for_its_analyst(secretariat, analyst_kaz, kaz_draft):
    """Once verified, the analyst can neither change nor resubmit the result; the secretariat can."""
    result_submit(result=kaz_draft, user=analyst_kaz)
    verified = result_verify(result=kaz_draft, user=secretariat)
    assert "verified" in result_change_refusal(user=analyst_kaz, result=verified)
    assert result_change_refusal(user=secretariat, result=verified) is None
    with pytest.raises(WorkflowError):
        result_submit(result=verified, user=analyst_kaz)


def test_locked_year_refuses_everyone_until_unlocked_with_reason(secretariat, analyst_kaz, kaz_draft):
    """A locked year refuses changes from analysts and the secretariat; unlocking needs a reason."""
    year_lock(year=kaz_draft.year, user=secretariat, reason="Report issued")
    for user in (analyst_kaz, secretariat):
        assert "locked" in result_change_refusal(user=user, result=kaz_draft)
        with pytest.raises(WorkflowError, match="locked"):
            result_submit(result=kaz_draft, user=user)
    with pytest.raises(WorkflowError, match="reason is required"):
        year_unlock(year=kaz_draft.year, user=secretariat, reason=" ")
    assert YearLock.is_locked(kaz_draft.year)
    year_unlock(year=kaz_draft.year, user=secretariat, reason="Kazakhstan corrected its 2024 figures")
    assert result_change_refusal(user=analyst_kaz, result=kaz_draft) is None


@pytest.mark.parametrize("role_fixture", ["analyst_kaz", "reviewer"])
def test_only_secretariat_unlocks_a_year(request, role_fixture, secretariat):
    """An analyst or a reviewer cannot unlock a year, whatever the reason."""
    year_lock(year=2024, user=secretariat, reason="Report issued")
    with pytest.raises(WorkflowError, match="Only the secretariat"):
        year_unlock(year=2024, user=request.getfixturevalue(role_fixture), reason="please")
    assert YearLock.is_locked(2024)


def test_unlock_is_recorded_with_user_and_reason(secretariat):
    """The year lock's history tells who unlocked the year, when and why."""
    year_lock(year=2024, user=secretariat, reason="Report issued")
    year_unlock(year=2024, user=secretariat, reason="Correction of KAZ figures")
    record = YearLock.objects.get(year=2024).history.latest()
    assert (record.locked, record.reason, record.history_user) == (
        False,
        "Correction of KAZ figures",
        secretariat,
    )
    assert [r.locked for r in YearLock.objects.get(year=2024).history.order_by("history_date")] == [
        True,
        False,
    ]


def test_unlocking_a_year_that_is_not_locked_is_refused(secretariat):
    """Unlocking a year that was never locked says so and records nothing."""
    with pytest.raises(WorkflowError, match="not locked"):
        year_unlock(year=2031, user=secretariat, reason="by mistake")
    assert not YearLock.objects.exists()


def test_change_refusal_checks_many_rows_without_queries(
    analyst_kaz, kaz_draft, blr_draft, secretariat, django_assert_num_queries
):
    """With the locked years given, checking any number of rows costs no query per row."""
    from measures.services import locked_years

    year_lock(year=2024, user=secretariat, reason="Report issued")
    years = locked_years()
    analyst_kaz.profile  # noqa: B018 - loads the profile once, as a request does
    from accounts.scope import user_role

    user_role(analyst_kaz)
    with django_assert_num_queries(0):
        refusals = [
            result_change_refusal(user=analyst_kaz, result=r, locked_years=years)
            for r in (kaz_draft, blr_draft)
        ]
    assert all("locked" in refusal for refusal in refusals)


def test_body_analyst_changes_operations_their_body_coordinates(db, kaz):
    """An operation is a body analyst's when their body coordinates it, not when a state hosts it."""
    from measures.services import operation_change_refusal
    from tests.factories import OperationFactory

    atc = BodyFactory(code="atc")
    analyst = UserFactory(role="analyst", role__body=atc)
    coordinated = OperationFactory(coordinating_body=atc, host_state=kaz)
    hosted_only = OperationFactory(host_state=kaz)
    assert operation_change_refusal(user=analyst, operation=coordinated) is None
    assert "neither hosted" in operation_change_refusal(user=analyst, operation=hosted_only)


def test_analyst_without_state_or_body_is_told_why(db, kaz):
    """An analyst whose profile names no state or body changes nothing, and the message says what to fix."""
    analyst = UserFactory(role="analyst")
    result = ResultFactory(state=kaz, status=Result.Status.DRAFT)
    assert "attached to no member state or CIS body" in result_change_refusal(user=analyst, result=result)
