"""Labels of the roles and what a role lets the site show (`accounts.scope.user_role` gives the role)."""

from django.utils.translation import gettext_lazy as _

from .roles import ANALYST, REVIEWER, SECRETARIAT

ROLE_LABELS = {
    SECRETARIAT: _("secretariat"),
    ANALYST: _("analyst"),
    REVIEWER: _("reviewer"),
}


def sees_drafts(role: str | None) -> bool:
    """Analysts and the secretariat also see unverified figures (within their scope)."""
    return role in (ANALYST, SECRETARIAT)


# --- The reporting round: who follows it, whose home shows what, who gets its mail ----------


def _role_of(user) -> str | None:
    from .scope import user_role

    return user_role(user)


def can_follow_round(user) -> bool:
    """The secretariat follows the round: the completeness grid and its downloads."""
    return _role_of(user) == SECRETARIAT


def home_of(user) -> str | None:
    """Which home the dashboard opens with: "secretariat", "analyst", "reviewer" (or None)."""
    return {SECRETARIAT: "secretariat", ANALYST: "analyst", REVIEWER: "reviewer"}.get(_role_of(user))


def analysts_of(*, state_id: int | None, body_id: int | None):
    """Active analysts working for this state or body (whom its round mail goes to)."""
    from django.contrib.auth.models import User

    if not state_id and not body_id:
        return User.objects.none()
    scope = {"profile__state_id": state_id} if state_id else {"profile__body_id": body_id}
    return User.objects.filter(is_active=True, groups__name=ANALYST, **scope).distinct()
