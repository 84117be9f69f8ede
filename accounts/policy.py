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


# -- Issuing reports and locking years ------------------------------------------------------------


def may_issue_reports(user) -> bool:
    """Issuing a report (which locks its year) is the secretariat's act."""
    from .scope import user_role as _user_role

    return _user_role(user) == SECRETARIAT


def may_lock_years(user) -> bool:
    """Only the secretariat locks and unlocks a year's figures, each time giving a reason."""
    return may_issue_reports(user)


def may_preview_reports(user) -> bool:
    """Analysts and the secretariat see a report before it is issued."""
    from .scope import user_role as _user_role

    return sees_drafts(_user_role(user))
