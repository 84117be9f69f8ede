"""Writes on results and years: the verification workflow, year locks, and who may change what now."""

from collections.abc import Collection

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.policy import (
    can_change_operations,
    can_change_results,
    can_lock_years,
    can_return_results,
    can_unlock_years,
    can_verify_results,
    lacks_scope,
    operation_in_scope,
    result_in_scope,
)

from . import notifications
from .errors import WorkflowError
from .locks import (
    check_result_versions,
    lock_year_record,
    lock_years_for_write,
    locked_message,
    year_lock_record,
)
from .models import Operation, Result, YearLock

__all__ = ["WorkflowError"]


def _no_scope() -> str:
    return _(
        "Your account is attached to no member state or CIS body; ask the secretariat to set it "
        "in your user profile."
    )


def locked_years() -> set[int]:
    """The years whose figures are locked, in one query (pass to the checks for many rows)."""
    return set(YearLock.objects.filter(locked=True).values_list("year", flat=True))


def _year_refusal(year: int | None, years: Collection[int] | None) -> str | None:
    if year is None:
        return None
    if years is not None:
        if year in years:
            return _(
                "The figures of %(year)s are locked because its report was issued; "
                "the secretariat must unlock the year first."
            ) % {"year": year}
        return None
    record = year_lock_record(year)
    return locked_message(record) if record else None


def result_transition_refusal(
    *, user: User | AnonymousUser, result: Result, locked_years: Collection[int] | None = None
) -> str | None:
    """Why this user may not move this result through the workflow now (role, year lock, scope)."""
    if not can_change_results(user):
        return _("Your role does not allow changing results.")
    refusal = _year_refusal(result.year, locked_years)
    if refusal:
        return refusal
    if lacks_scope(user):
        return _no_scope()
    if not result_in_scope(user, result):
        return _("This result belongs to another state or body than yours.")
    return None


def result_change_refusal(
    *, user: User | AnonymousUser, result: Result, locked_years: Collection[int] | None = None
) -> str | None:
    """Why this user may not add or change this result now, or None when they may.

    Checks the result as given (a new one too): the user's role, an analyst's state or body,
    the year's lock, and its status: a verified result is final for everyone, the secretariat
    included; to correct it, the secretariat returns it with a comment (the recorded reason),
    and it is then changed, submitted and verified again.
    `locked_years` (from `locked_years()`) saves a query per row when checking many.
    """
    refusal = result_transition_refusal(user=user, result=result, locked_years=locked_years)
    if refusal:
        return refusal
    if result.pk and result.status == Result.Status.VERIFIED:
        return _(
            "This result is verified, and a verified figure is final: to correct it, the secretariat "
            "returns it with a comment first."
        )
    return None


def result_save_refusal(
    *, user: User | AnonymousUser, result: Result, read_version: int | None
) -> str | None:
    """Why saving this result (as changed in a form) is refused now, checked where the write commits.

    Call inside the transaction that saves: holds the lock records of the result's years
    (the one stored and the one given) and the result's row until the transaction ends, and
    compares the stored version with `read_version`, the one the form was built from.
    """
    stored_year = None
    if result.pk:
        stored_year = Result.objects.filter(pk=result.pk).values_list("year", flat=True).first()
    try:
        lock_years_for_write([result.year, stored_year])
        if result.pk:
            check_result_versions({result.pk: read_version if read_version is not None else result.version})
    except WorkflowError as error:
        return error.message
    return result_change_refusal(user=user, result=result)


def result_save(*, result: Result, user: User, read_version: int | None) -> Result:
    """Save a result changed in a form, raising its version; refused as `result_save_refusal` says."""
    with transaction.atomic():
        refusal = result_save_refusal(user=user, result=result, read_version=read_version)
        if refusal:
            raise WorkflowError(refusal)
        if result.pk:
            result.version = Result.objects.filter(pk=result.pk).values_list("version", flat=True).get() + 1
        else:
            result.version = 1
        result._history_user = user
        result.save()
    return result


def result_delete(*, result: Result, user: User) -> None:
    """Delete a result, under its year's lock; refused as a change would be."""
    with transaction.atomic():
        lock_years_for_write([result.year])
        refusal = result_change_refusal(user=user, result=result)
        if refusal:
            raise WorkflowError(refusal)
        result._history_user = user
        result.delete()


def operation_write_check(operation: Operation) -> str | None:
    """Why writing this operation now is refused by a year lock; call inside the transaction that saves."""
    stored_year = None
    if operation.pk:
        stored_year = Operation.objects.filter(pk=operation.pk).values_list("year", flat=True).first()
    try:
        lock_years_for_write([operation.year, stored_year])
    except WorkflowError as error:
        return error.message
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
    # The year's lock record first (as every writer takes it), then the row, so that two
    # reviewers acting at once see each other's transition and an issue sees neither half.
    lock_years_for_write([result.year])
    current = Result.objects.select_for_update().get(pk=result.pk)
    if current.year != result.year:
        lock_years_for_write([current.year])
    return current


def _save_transition(result: Result, *, user: User, reason: str) -> Result:
    result._history_user = user
    result._change_reason = reason
    result.version += 1
    result.save(update_fields=["status", "review_comment", "updated_at", "version"])
    return result


def result_submit(*, result: Result, user: User) -> Result:
    """Draft or returned -> submitted, by the analyst of the result's state/body or the secretariat."""
    with transaction.atomic():
        current = _locked_for_update(result)
        refusal = result_transition_refusal(user=user, result=current)
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
        refusal = result_transition_refusal(user=user, result=current)
        if refusal:
            raise WorkflowError(refusal)
        if current.status != Result.Status.SUBMITTED:
            raise WorkflowError(
                _("Only a submitted result can be verified; %(result)s is %(status)s.")
                % {"result": current, "status": current.get_status_display()}
            )
        current.status = Result.Status.VERIFIED
        _after_commit_once(
            ("verified", current.year, current.state_id, current.body_id),
            lambda: notifications.mail_if_reporter_verified(
                year=current.year, state_id=current.state_id, body_id=current.body_id
            ),
        )
        return _save_transition(current, user=user, reason="verified")


def result_return(*, result: Result, user: User, comment: str) -> Result:
    """Submitted (or verified) -> returned to its analyst, with the secretariat's comment."""
    _only_if(can_return_results(user), _("Only the secretariat returns results."))
    comment = (comment or "").strip()
    if not comment:
        raise WorkflowError(_("A comment is required to return a result: say what must be corrected."))
    with transaction.atomic():
        current = _locked_for_update(result)
        refusal = result_transition_refusal(user=user, result=current)
        if refusal:
            raise WorkflowError(refusal)
        if current.status not in (Result.Status.SUBMITTED, Result.Status.VERIFIED):
            raise WorkflowError(
                _("Only a submitted or verified result can be returned; %(result)s is %(status)s.")
                % {"result": current, "status": current.get_status_display()}
            )
        current.status = Result.Status.RETURNED
        current.review_comment = comment
        _after_commit_once(("returned", current.pk), lambda: notifications.mail_result_returned(current.pk))
        return _save_transition(current, user=user, reason="returned")


def _after_commit_once(key: tuple, send) -> None:
    """Mail once the transaction commits, once per key: verifying a whole selection sends one mail."""
    connection = transaction.get_connection()
    # Keys are kept per outermost transaction, so a rolled-back one leaves nothing behind.
    block = connection.atomic_blocks[0] if connection.atomic_blocks else None
    state = connection.__dict__.setdefault("_cisreports_pending_mail", {"block": None, "keys": set()})
    if state["block"] is not block:
        state.update(block=block, keys=set())
    pending = state["keys"]
    if key in pending:
        return
    pending.add(key)

    def run() -> None:
        pending.discard(key)
        send()

    transaction.on_commit(run)


def _year_lock_save(*, year: int, user: User | None, reason: str, locked: bool) -> YearLock:
    lock = lock_year_record(year)
    lock.locked = locked
    lock.reason = reason
    lock.changed_by = user
    lock._history_user = user
    lock._change_reason = "locked" if locked else "unlocked"
    lock.save()
    return lock


def year_lock(*, year: int, user: User | None, reason: str) -> YearLock:
    """Lock a year's figures for everyone (issuing its report does this); recorded in history.

    Waits for the writes into the year that are under way; every later write is refused.
    """
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
        if not lock_year_record(year).locked:
            raise WorkflowError(_("The year %(year)s is not locked.") % {"year": year})
        return _year_lock_save(year=year, user=user, reason=reason, locked=False)
