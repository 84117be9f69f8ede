"""The viewing user's role, asked once per request, and what it lets the site show."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.roles import ANALYST, REVIEWER, SECRETARIAT
from accounts.scope import user_role

ROLE_LABELS = {
    SECRETARIAT: _("secretariat"),
    ANALYST: _("analyst"),
    REVIEWER: _("reviewer"),
}


def request_role(request: HttpRequest) -> str | None:
    """`user_role` of the request's user, remembered on the request (one query per page)."""
    if not hasattr(request, "_cisreports_role"):
        request._cisreports_role = user_role(request.user)
    return request._cisreports_role


def sees_drafts(role: str | None) -> bool:
    """Analysts and the secretariat also see unverified figures (within their scope)."""
    return role in (ANALYST, SECRETARIAT)
