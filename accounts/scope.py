"""Who may see and change which records: the role of a user and an analyst's state or body.

`accounts.policy` builds every "may this user..." question on these functions.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q

from .roles import ANALYST, REVIEWER, SECRETARIAT


def user_role(user: User | AnonymousUser) -> str | None:
    """The user's role: secretariat (superusers too), analyst, reviewer, or None.

    Remembered on the user object, so a page asking many times costs one query.
    """
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return SECRETARIAT
    cached = getattr(user, "_cisreports_role", False)
    if cached is not False:
        return cached
    names = {group.name for group in user.groups.all()}
    role = next((role for role in (SECRETARIAT, ANALYST, REVIEWER) if role in names), None)
    user._cisreports_role = role
    return role


def in_result_scope(user: User, *, state_id: int | None, body_id: int | None) -> bool:
    """Whether a result of this state/body is an analyst's own (never a CIS-wide total)."""
    own_state, own_body = analyst_scope(user)
    if own_state:
        return state_id == own_state
    if own_body:
        return body_id == own_body
    return False


def in_operation_scope(user: User, *, host_state_id: int | None, coordinating_body_id: int | None) -> bool:
    """Whether an operation is an analyst's own: hosted by their state or coordinated by their body."""
    own_state, own_body = analyst_scope(user)
    if own_state:
        return host_state_id == own_state
    if own_body:
        return coordinating_body_id == own_body
    return False


def analyst_scope(user: User) -> tuple[int | None, int | None]:
    """(state id, body id) an analyst works for; (None, None) when none is set."""
    profile = getattr(user, "profile", None)
    if profile is None:
        return None, None
    return profile.state_id, profile.body_id


def result_scope_q(user: User) -> Q:
    """Results an analyst may change: their state's or their body's."""
    state_id, body_id = analyst_scope(user)
    if state_id:
        return Q(state_id=state_id)
    if body_id:
        return Q(body_id=body_id)
    return Q(pk__in=[])


def operation_scope_q(user: User) -> Q:
    """Operations an analyst may change: hosted by their state or coordinated by their body."""
    state_id, body_id = analyst_scope(user)
    if state_id:
        return Q(host_state_id=state_id)
    if body_id:
        return Q(coordinating_body_id=body_id)
    return Q(pk__in=[])
