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


# The report's text (reports: the passages editor).
def can_edit_report_text(user) -> bool:
    """Only the secretariat writes the report's text; analysts and reviewers read the preview."""
    from .scope import user_role

    return user_role(user) == SECRETARIAT
