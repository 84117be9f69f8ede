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


# -- Spreadsheet imports and exports: who may bring in which kind, and within what ----------------


def may_import_records(user) -> bool:
    """Results and operations: analysts (of their own state or body) and the secretariat."""
    from .scope import user_role

    return user_role(user) in (SECRETARIAT, ANALYST)


def may_import_programme_texts(user) -> bool:
    """Measures of a programme: the secretariat alone."""
    from .scope import user_role

    return user_role(user) == SECRETARIAT


def may_export_reference_data(user) -> bool:
    """States, bodies, programmes and indicators with their codes: whoever fills in spreadsheets."""
    return may_import_records(user)


def may_view_import_records(user) -> bool:
    """Who imported what, with the files' error messages: the secretariat's to read."""
    from .scope import user_role

    return user_role(user) == SECRETARIAT


def import_scope(user) -> tuple[int | None, int | None] | None:
    """The (state id, body id) an import by `user` is confined to; None when it is not confined.

    No user means an operator's command, with the secretariat's rights. An analyst without a
    state or body gets (None, None): confined to nothing (see `import_scope_missing`).
    """
    from .scope import analyst_scope, user_role

    if user is None or user_role(user) != ANALYST:
        return None
    return analyst_scope(user)


def import_scope_missing(user) -> bool:
    """An analyst attached to no state or body: nothing can be imported in their name."""
    return import_scope(user) == (None, None)


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
