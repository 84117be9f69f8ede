"""Writes on results and years: the verification workflow, year locks, and who may change what now."""

from collections.abc import Collection

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.policy import (
    can_change_operations,
    can_change_results,
    can_change_verified_results,
    can_lock_years,
    can_return_results,
    can_unlock_years,
    can_verify_results,
    lacks_scope,
    operation_in_scope,
    result_in_scope,
)

from .models import Operation, Result, YearLock


def _no_scope() -> str:
    return _(
        "Your account is attached to no member state or CIS body; ask the secretariat to set it "
        "in your user profile."
    )


class WorkflowError(Exception):
    """A change or transition the rules refuse; the message tells the user why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def locked_years() -> set[int]:
    """The years whose figures are locked, in one query (pass to the checks for many rows)."""
    return set(YearLock.objects.filter(locked=True).values_list("year", flat=True))


def _year_refusal(year: int | None, years: Collection[int] | None) -> str | None:
    if year is None:
        return None
    locked = year in years if years is not None else YearLock.is_locked(year)
    if locked:
        return _(
            "The figures of %(year)s are locked because its report was issued; "
            "the secretariat must unlock the year first."
        ) % {"year": year}
    return None


def result_change_refusal(
    *, user: User | AnonymousUser, result: Result, locked_years: Collection[int] | None = None
) -> str | None:
    """Why this user may not add or change this result now, or None when they may.

    Checks the result as given (a new one too): the user's role, an analyst's state or body,
    its status (verified is final for analysts) and its year's lock (final for everyone).
    `locked_years` (from `locked_years()`) saves a query per row when checking many.
    """
    if not can_change_results(user):
        return _("Your role does not allow changing results.")
    refusal = _year_refusal(result.year, locked_years)
    if refusal:
        return refusal
    if lacks_scope(user):
        return _no_scope()
    if not result_in_scope(user, result):
        return _("This result belongs to another state or body than yours.")
    if result.pk and result.status == Result.Status.VERIFIED and not can_change_verified_results(user):
        return _("This result is verified; only the secretariat can change it.")
    return None


def operation_change_refusal(
    *, user: User | AnonymousUser, operation: Operation, locked_years: Collection[int] | None = None
) -> str | None:
    """Why this user may not add or change this operation now, or None when they may.

    An analyst's operations are those their state hosts or their body coordinates; a
    locked year is locked for everyone.
    """
    if not can_change_operations(user):
        return _("Your role does not allow changing operations.")
    refusal = _year_refusal(operation.year, locked_years)
    if refusal:
        return refusal
    if lacks_scope(user):
        return _no_scope()
    if not operation_in_scope(user, operation):
        return _("This operation is neither hosted by your state nor coordinated by your body.")
    return None


def _locked_for_update(result: Result) -> Result:
    # Re-read under a row lock so two reviewers acting at once see each other's transition.
    return Result.objects.select_for_update().get(pk=result.pk)


def _save_transition(result: Result, *, user: User, reason: str) -> Result:
    result._history_user = user
    result._change_reason = reason
    result.save(update_fields=["status", "review_comment", "updated_at"])
    return result


def result_submit(*, result: Result, user: User) -> Result:
    """Draft or returned -> submitted, by the analyst of the result's state/body or the secretariat."""
    with transaction.atomic():
        current = _locked_for_update(result)
        refusal = result_change_refusal(user=user, result=current)
        if refusal:
            raise WorkflowError(refusal)
        if current.status not in (Result.Status.DRAFT, Result.Status.RETURNED):
            raise WorkflowError(
                _("Only a draft or a returned result can be submitted; %(result)s is %(status)s.")
                % {"result": current, "status": current.get_status_display()}
            )
        current.status = Result.Status.SUBMITTED
        return _save_transition(current, user=user, reason="submitted")


def _only_if(allowed: bool, message: str) -> None:
    if not allowed:
        raise WorkflowError(message)


def result_verify(*, result: Result, user: User) -> Result:
    """Submitted -> verified, by the secretariat; the figure then counts in an issued report."""
    _only_if(can_verify_results(user), _("Only the secretariat verifies results."))
    with transaction.atomic():
        current = _locked_for_update(result)
        refusal = result_change_refusal(user=user, result=current)
        if refusal:
            raise WorkflowError(refusal)
        if current.status != Result.Status.SUBMITTED:
            raise WorkflowError(
                _("Only a submitted result can be verified; %(result)s is %(status)s.")
                % {"result": current, "status": current.get_status_display()}
            )
        current.status = Result.Status.VERIFIED
        return _save_transition(current, user=user, reason="verified")


def result_return(*, result: Result, user: User, comment: str) -> Result:
    """Submitted (or verified) -> returned to its analyst, with the secretariat's comment."""
    _only_if(can_return_results(user), _("Only the secretariat returns results."))
    comment = (comment or "").strip()
    if not comment:
        raise WorkflowError(_("A comment is required to return a result: say what must be corrected."))
    with transaction.atomic():
        current = _locked_for_update(result)
        refusal = result_change_refusal(user=user, result=current)
        if refusal:
            raise WorkflowError(refusal)
        if current.status not in (Result.Status.SUBMITTED, Result.Status.VERIFIED):
            raise WorkflowError(
                _("Only a submitted or verified result can be returned; %(result)s is %(status)s.")
                % {"result": current, "status": current.get_status_display()}
            )
        current.status = Result.Status.RETURNED
        current.review_comment = comment
        return _save_transition(current, user=user, reason="returned")


def _year_lock_save(*, year: int, user: User, reason: str, locked: bool) -> YearLock:
    lock = YearLock.objects.select_for_update().filter(year=year).first() or YearLock(year=year)
    lock.locked = locked
    lock.reason = reason
    lock.changed_by = user
    lock._history_user = user
    lock._change_reason = "locked" if locked else "unlocked"
    lock.save()
    return lock


def year_lock(*, year: int, user: User | None, reason: str) -> YearLock:
    """Lock a year's figures for everyone (issuing its report does this); recorded in history."""
    if user is not None and not can_lock_years(user):
        raise WorkflowError(_("Only the secretariat can lock a year."))
    with transaction.atomic():
        return _year_lock_save(year=year, user=user, reason=(reason or "").strip(), locked=True)


def year_unlock(*, year: int, user: User, reason: str) -> YearLock:
    """Unlock a year's figures, by the secretariat, giving the reason; recorded in history."""
    _only_if(can_unlock_years(user), _("Only the secretariat can unlock a year."))
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("A reason is required to unlock a year."))
    with transaction.atomic():
        if not YearLock.objects.select_for_update().filter(year=year, locked=True).exists():
            raise WorkflowError(_("The year %(year)s is not locked.") % {"year": year})
        return _year_lock_save(year=year, user=user, reason=reason, locked=False)
