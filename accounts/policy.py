"""Who may do what, and who learns what: every such question of the project, asked by name.

Views, admin classes, imports and services ask these functions; none of them compares roles
itself. The role comes from `accounts.scope.user_role`, an analyst's state or body from
`accounts.scope.analyst_scope`.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .roles import ANALYST, REVIEWER, SECRETARIAT
from .scope import analyst_scope, in_operation_scope, in_result_scope, result_scope_q, user_role

ROLE_LABELS = {
    SECRETARIAT: _("secretariat"),
    ANALYST: _("analyst"),
    REVIEWER: _("reviewer"),
}

# The status a result must have for everyone with a role to see it (Result.Status.VERIFIED).
VERIFIED = "verified"
# The roles that enter and check data: the admin and the report previews are theirs.
_DATA_ROLES = (SECRETARIAT, ANALYST)

AnyUser = User | AnonymousUser


def role_label(user: AnyUser) -> str:
    """The user's role in words ("analyst"), or "" for a user without one."""
    return ROLE_LABELS.get(user_role(user), "")


def _is_secretariat(user: AnyUser) -> bool:
    return user_role(user) == SECRETARIAT


def _enters_data(user: AnyUser) -> bool:
    return user_role(user) in _DATA_ROLES


# --- Seeing --------------------------------------------------------------------------------


def has_role(user: AnyUser) -> bool:
    """Whether the user may read the site at all (every role; an account without one sees nothing)."""
    return user_role(user) is not None


def sees_drafts(user: AnyUser) -> bool:
    """Analysts and the secretariat also see unverified figures (within their scope)."""
    return _enters_data(user)


def sees_all_results(user: AnyUser) -> bool:
    """Whether the user sees every result, drafts of every state and body included."""
    return _is_secretariat(user)


def visible_results(user: AnyUser, queryset: QuerySet) -> QuerySet:
    """Results the user may see: verified ones for all; drafts only within an analyst's scope."""
    role = user_role(user)
    if role == SECRETARIAT:
        return queryset
    if role == ANALYST:
        return queryset.filter(Q(status=VERIFIED) | result_scope_q(user))
    if role == REVIEWER:
        return queryset.filter(status=VERIFIED)
    return queryset.none()


def result_visible(user: AnyUser, result) -> bool:
    """Whether the user may see this one result: the rule of `visible_results`, for a loaded row."""
    role = user_role(user)
    if role == SECRETARIAT:
        return True
    if result.status == VERIFIED:
        return role is not None
    return role == ANALYST and in_result_scope(user, state_id=result.state_id, body_id=result.body_id)


def can_see_result_history(user: AnyUser, result) -> bool:
    """Earlier values, notes and return comments of a result: the secretariat and its own analyst only.

    A verified result is visible to everyone with a role, but its drafts and the comments it was
    returned with are not: another state's analyst and reviewers never see them.
    """
    if _is_secretariat(user):
        return True
    return user_role(user) == ANALYST and in_result_scope(
        user, state_id=result.state_id, body_id=result.body_id
    )


def can_see_deleted_history(user: AnyUser) -> bool:
    """Whether the user may read the history of records deleted since (the secretariat's audit)."""
    return _is_secretariat(user)


def can_use_admin(user: AnyUser) -> bool:
    """The admin is for the data's analysts and the secretariat; reviewers read the site's pages."""
    return bool(getattr(user, "is_staff", False)) and _enters_data(user)


# --- Reports -------------------------------------------------------------------------------


def can_read_reports(user: AnyUser) -> bool:
    """Issued revisions are read by every role."""
    return has_role(user)


def can_preview_reports(user: AnyUser) -> bool:
    """The preview with its warnings, the draft PDFs and the reports in preparation."""
    return _enters_data(user)


def can_issue_reports(user: AnyUser) -> bool:
    """Issuing freezes a report as a revision and locks its year."""
    return _is_secretariat(user)


# --- Years ---------------------------------------------------------------------------------


def can_lock_years(user: AnyUser) -> bool:
    return _is_secretariat(user)


def can_unlock_years(user: AnyUser) -> bool:
    return _is_secretariat(user)


# --- Results and operations ----------------------------------------------------------------


def can_change_results(user: AnyUser) -> bool:
    """Whether the user's role lets them add or change results at all (within their scope)."""
    return _enters_data(user)


def can_change_operations(user: AnyUser) -> bool:
    """Whether the user's role lets them add or change operations at all (within their scope)."""
    return _enters_data(user)


def can_submit_results(user: AnyUser) -> bool:
    return _enters_data(user)


def can_verify_results(user: AnyUser) -> bool:
    return _is_secretariat(user)


def can_return_results(user: AnyUser) -> bool:
    return _is_secretariat(user)


def can_change_verified_results(user: AnyUser) -> bool:
    """A verified result is final for analysts; only the secretariat may still act on it."""
    return _is_secretariat(user)


def can_choose_state_and_body(user: AnyUser) -> bool:
    """Whether the user picks a record's state or body; an analyst's records are always their own."""
    return _is_secretariat(user)


def lacks_scope(user: AnyUser) -> bool:
    """An analyst whose account names no state or body: they may change nothing until it does."""
    return user_role(user) == ANALYST and analyst_scope(user) == (None, None)


def result_in_scope(user: AnyUser, result) -> bool:
    """Whether the result is one the user may work on: any for the secretariat, their own for an analyst."""
    if _is_secretariat(user):
        return True
    return user_role(user) == ANALYST and in_result_scope(
        user, state_id=result.state_id, body_id=result.body_id
    )


def operation_in_scope(user: AnyUser, operation) -> bool:
    """Any operation for the secretariat; for an analyst those their state hosts or their body coordinates."""
    if _is_secretariat(user):
        return True
    return user_role(user) == ANALYST and in_operation_scope(
        user, host_state_id=operation.host_state_id, coordinating_body_id=operation.coordinating_body_id
    )


def can_change_result(user: AnyUser, result) -> bool:
    """Whether the user's role and scope let them change this result (a year's lock aside).

    `measures.services.result_change_refusal` adds the year's lock and says why not.
    """
    if not can_change_results(user) or lacks_scope(user) or not result_in_scope(user, result):
        return False
    return not (result.pk and result.status == VERIFIED and not can_change_verified_results(user))


def can_change_operation(user: AnyUser, operation) -> bool:
    """Whether the user's role and scope let them change this operation (a year's lock aside)."""
    return can_change_operations(user) and not lacks_scope(user) and operation_in_scope(user, operation)


def sees_everything(user: AnyUser) -> bool:
    """Whether no record is hidden from the user (the secretariat): any admin filter is theirs."""
    return _is_secretariat(user)


# -- Spreadsheet imports and exports: who may bring in which kind, and within what ----------------


def may_import_records(user: AnyUser) -> bool:
    """Results and operations: analysts (of their own state or body) and the secretariat."""
    return _enters_data(user)


def may_import_programme_texts(user: AnyUser) -> bool:
    """Measures of a programme: the secretariat alone."""
    return _is_secretariat(user)


def may_export_reference_data(user: AnyUser) -> bool:
    """States, bodies, programmes and indicators with their codes: whoever fills in spreadsheets."""
    return _enters_data(user)


def may_view_import_records(user: AnyUser) -> bool:
    """Who imported what, with the files' error messages: the secretariat's to read."""
    return _is_secretariat(user)


def import_scope(user: AnyUser | None) -> tuple[int | None, int | None] | None:
    """The (state id, body id) an import by `user` is confined to; None when it is not confined.

    No user means an operator's command, with the secretariat's rights. An analyst without a
    state or body gets (None, None): confined to nothing (`lacks_scope` says so).
    """
    if user is None or user_role(user) != ANALYST:
        return None
    return analyst_scope(user)


def import_scope_missing(user: AnyUser | None) -> bool:
    """An analyst attached to no state or body: nothing can be imported in their name."""
    return user is not None and lacks_scope(user)


def in_import_scope(scope: tuple[int | None, int | None] | None, state_id, body_id) -> bool:
    """Whether a record of this state / body lies within `scope` (from `import_scope`)."""
    if scope is None:
        return True
    own_state, own_body = scope
    if own_state:
        return state_id == own_state
    if own_body:
        return body_id == own_body
    return False


# --- The report's text (the passages editor) -----------------------------------------------


def can_edit_report_text(user: AnyUser) -> bool:
    """Only the secretariat writes the report's text; analysts and reviewers read the preview."""
    return _is_secretariat(user)


# --- The reporting round: who follows it, whose home shows what, who gets its mail ----------


def can_follow_round(user: AnyUser) -> bool:
    """The secretariat follows the round: the completeness grid and its downloads."""
    return _is_secretariat(user)


def home_of(user: AnyUser) -> str | None:
    """Which home the dashboard opens with: "secretariat", "analyst", "reviewer" (or None)."""
    return {SECRETARIAT: "secretariat", ANALYST: "analyst", REVIEWER: "reviewer"}.get(user_role(user))


def analysts_of(*, state_id: int | None, body_id: int | None) -> QuerySet:
    """Active analysts working for this state or body (whom its round mail goes to)."""
    if not state_id and not body_id:
        return User.objects.none()
    scope = {"profile__state_id": state_id} if state_id else {"profile__body_id": body_id}
    return User.objects.filter(is_active=True, groups__name=ANALYST, **scope).distinct()


# --- Background jobs: whose jobs a user may follow ---------------------------------------------


def can_see_all_jobs(user: AnyUser) -> bool:
    """The secretariat follows everyone's jobs; everybody else only their own."""
    return _is_secretariat(user)


def can_see_job(user: AnyUser, job) -> bool:
    """A job's page, progress and result: for whoever started it, and the secretariat."""
    return user.is_authenticated and (job.user_id == user.pk or can_see_all_jobs(user))
