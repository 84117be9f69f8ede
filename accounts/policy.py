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


# --- Background jobs: whose jobs a user may follow ---------------------------------------------


def can_see_all_jobs(user) -> bool:
    """The secretariat follows everyone's jobs; everybody else only their own."""
    from .scope import user_role

    return user_role(user) == SECRETARIAT


def can_see_job(user, job) -> bool:
    """A job's page, progress and result: for whoever started it, and the secretariat."""
    return user.is_authenticated and (job.user_id == user.pk or can_see_all_jobs(user))
