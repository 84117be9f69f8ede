"""The common flow of the spreadsheet resources: rights, header check, row parsing, all or nothing."""

import contextlib

from django.contrib.auth.models import User
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _
from import_export import resources
from import_export.instance_loaders import BaseInstanceLoader
from import_export.results import Result as ImportResult
from import_export.results import RowResult

from accounts.roles import ANALYST, SECRETARIAT
from accounts.scope import analyst_scope, user_role
from measures.errors import WorkflowError
from measures.locks import lock_years_for_write
from measures.models import YearLock
from programmes.models import Body, MemberState

from .widgets import (
    YearWidget,
    escape_formula,
    text,
    unescape_formula,
)

# Which roles may import which kinds (accounts.roles: analysts change results and operations).
IMPORTABLE_BY = {
    "results": {SECRETARIAT, ANALYST},
    "operations": {SECRETARIAT, ANALYST},
    "measures": {SECRETARIAT},
}


def import_refusal(*, kind: str, user) -> str | None:
    """Why `user` may not import `kind` at all, or None. No user: the secretariat's rights."""
    if user is None:
        return None
    role = user_role(user)
    if role not in IMPORTABLE_BY.get(kind, ()):
        return _("%(user)s may not import %(kind)s.") % {"user": user.get_username(), "kind": kind}
    if role == ANALYST and analyst_scope(user) == (None, None):
        return _("%(user)s is an analyst without a member state or body; nothing can be imported.") % {
            "user": user.get_username()
        }
    return None


def locked_years_of(years: set[int]) -> set[int]:
    """Which of these years are locked (their report issued), in one query."""
    return set(YearLock.objects.filter(year__in=years, locked=True).values_list("year", flat=True))


class FailuresOnlyResult(ImportResult):
    """An import result that keeps the rows that failed, not one RowResult per imported row.

    Totals are counted all the same; the command line needs no per-row preview, so a large
    file costs no memory beyond the file itself.
    """

    def append_row_result(self, row_result):
        if row_result.errors:
            super().append_row_result(row_result)


class PreviewResult(ImportResult):
    """An import result that keeps the failed rows and the first rows of a preview, not every row."""

    preview_rows = 500

    def append_row_result(self, row_result):
        if row_result.errors or len(self.rows) < self.preview_rows:
            super().append_row_result(row_result)


class ExistingLoader(BaseInstanceLoader):
    """Finds a row's existing record in the dict its resource loaded in one query."""

    def get_instance(self, row):
        return self.resource.existing_for_current_row()


class EscapingResource(resources.ModelResource):
    """Exports with spreadsheet formulas neutralized ('=..., '+..., '-..., '@...)."""

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))


class SpreadsheetResource(EscapingResource):
    """Common flow: check the header, load lookups, parse each row by column, refuse changes out of rights.

    Subclasses give `required_columns`, `kind`, `load(dataset)`, `key(values)`, `apply(...)`.
    """

    kind = ""
    required_columns: tuple[str, ...] = ()
    key_columns: tuple[str, ...] = ()

    def __init__(self, user=None, source: str = "", keep_rows: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.source = source
        self.keep_rows = keep_rows
        self.role = user_role(user) if user is not None else SECRETARIAT
        # Without a user, the secretariat's rights (an operator's command): an unsaved stand-in.
        self.rights = user if user is not None else User(username="secretariat", is_superuser=True)
        self.scope_state_id, self.scope_body_id = (
            analyst_scope(user) if self.role == ANALYST else (None, None)
        )
        self.parse_fields = [(name, field) for name, field in self.fields.items() if field.column_name]
        self.current = None
        self.seen: dict = {}
        self.existing: dict = {}
        self.errors_seen = False
        self.years_held, self.years_refused = set(), {}

    # -- reading -----------------------------------------------------------------------
    def get_result_class(self):
        return PreviewResult if self.keep_rows else FailuresOnlyResult

    def get_instance(self, instance_loader, row):
        return instance_loader.get_instance(row)

    def before_import(self, dataset, **kwargs):
        refusal = import_refusal(kind=self.kind, user=self.user)
        if refusal:
            self.refuse_file(dataset)
            raise PermissionError(refusal)
        headers = [text(header) for header in dataset.headers or []]
        dataset.headers = headers
        expected = [field.column_name for _name, field in self.parse_fields]
        missing = [column for column in self.required_columns if column not in headers]
        unknown = [column for column in headers if column not in expected]
        duplicated = sorted({column for column in headers if headers.count(column) > 1})
        problems = []
        if missing:
            problems.append(_("missing required column(s): %(columns)s") % {"columns": ", ".join(missing)})
        if unknown:
            problems.append(
                _("unknown column(s): %(columns)s (expected: %(expected)s)")
                % {"columns": ", ".join(f"“{c}”" for c in unknown), "expected": ", ".join(expected)}
            )
        if duplicated:
            problems.append(_("column(s) given twice: %(columns)s") % {"columns": ", ".join(duplicated)})
        if problems:
            self.refuse_file(dataset)
            raise ValueError("; ".join(problems))
        self.load(dataset)

    def refuse_file(self, dataset) -> None:
        # Nothing of a refused file is read row by row: the one message says why.
        self.errors_seen = True
        dataset.wipe()

    def before_import_row(self, row, row_number=None, **kwargs):
        values, errors = {}, {}
        for key, value in row.items():
            if isinstance(value, str) and value.startswith("'"):
                row[key] = unescape_formula(value)
        for name, field in self.parse_fields:
            column = field.column_name
            try:
                values[name] = field.widget.clean(row.get(column), row=row, values=values)
            except ValueError as error:
                values[name] = None
                errors[column] = [str(error)]
        for column in self.required_columns:
            if column not in errors and not text(row.get(column)):
                errors[column] = [_("this column may not be empty")]
        self.check(values, errors)
        key = None
        if not any(column in errors for column in self.key_columns):
            key = self.key(values)
            first = self.seen.get(key)
            if first is not None:
                errors[NON_FIELD_ERRORS] = [
                    _("the same %(columns)s as row %(row)d")
                    % {"columns": ", ".join(self.key_columns), "row": first}
                ]
                key = None
            else:
                self.seen[key] = row_number
        self.current = (key, values, errors)

    def existing_for_current_row(self):
        key = self.current[0]
        return None if key is None else self.existing.get(key)

    def import_instance(self, instance, row, **kwargs):
        _key, values, errors = self.current
        if errors:
            raise ValidationError(errors)
        new = instance.pk is None
        changed = self.apply(instance, values, new)
        self.row_changed = new or bool(changed)
        if self.row_changed:
            refused = self.refusal(instance, values, new, changed)
            if refused:
                raise ValidationError(refused)

    def before_save_instance(self, instance, row, **kwargs):
        # Where rows are written, inside the import's transaction: each year's lock record is
        # held until the import commits, and a year locked since the file was read refuses it.
        year = getattr(instance, "year", None)
        if year is None or year in self.years_held:
            return
        if year not in self.years_refused:
            try:
                lock_years_for_write([year])
            except WorkflowError as error:
                self.years_refused[year] = error.message
        if year in self.years_refused:
            raise WorkflowError(self.years_refused[year])
        self.years_held.add(year)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return not import_validation_errors and not self.row_changed

    def after_import_row(self, row, row_result, **kwargs):
        if row_result.import_type in (RowResult.IMPORT_TYPE_INVALID, RowResult.IMPORT_TYPE_ERROR):
            self.errors_seen = True

    def after_import(self, dataset, result, **kwargs):
        # Records are never given ids by the file: no sequence to reset (the parent would).
        pass

    def import_data(self, dataset, dry_run=False, raise_errors=False, use_transactions=None, **kwargs):
        # A resource may run twice (preview, then confirm): nothing carries over between runs.
        self.row_changed = False
        self.seen, self.existing, self.errors_seen = {}, {}, False
        self.years_held, self.years_refused = set(), {}
        self.rows_read = len(dataset)
        result = super().import_data(
            dataset,
            dry_run=dry_run,
            raise_errors=raise_errors,
            use_transactions=use_transactions,
            rollback_on_validation_errors=True,
            **{key: value for key, value in kwargs.items() if key != "rollback_on_validation_errors"},
        )
        # A refused file was not read row by row; its rows still count in the record.
        result.total_rows = max(result.total_rows, self.rows_read)
        if self.source:
            # After the transaction: a refused or dry-run import is recorded too.
            from measures.services_import import import_record_create

            import_record_create(
                kind=self.kind,
                user=self.user,
                file_name=kwargs.get("file_name") or "",
                source=self.source,
                dry_run=dry_run,
                result=result,
            )
        return result

    # -- subclass hooks -------------------------------------------------------------------
    def load(self, dataset) -> None:
        raise NotImplementedError

    def check(self, values: dict, errors: dict) -> None:
        """Row checks that need no existing record (periods, dates)."""

    def key(self, values: dict):
        raise NotImplementedError

    def apply(self, instance, values: dict, new: bool) -> list[str]:
        """Set the row's values on the instance; the columns whose value changed."""
        raise NotImplementedError

    def refusal(self, instance, values: dict, new: bool, changed: list[str]) -> dict:
        """Errors by column for a row that would create or change a record the user may not."""
        return {}

    # -- helpers --------------------------------------------------------------------------
    def column_years(self, dataset) -> set[int]:
        years = set()
        if "year" in (dataset.headers or []):
            for value in dataset["year"]:
                with contextlib.suppress(ValueError):
                    years.add(YearWidget().clean(value))
        return years

    def set_cache(self, name: str, cache: dict) -> None:
        self.fields[name].widget.cache = cache

    def out_of_scope(self, state_id, body_id) -> bool:
        if self.role != ANALYST:
            return False
        if self.scope_state_id:
            return state_id != self.scope_state_id
        return body_id != self.scope_body_id

    def load_states_and_bodies(self) -> tuple[dict, dict]:
        states = {state.code: state for state in MemberState.objects.all()}
        bodies = {body.code: body for body in Body.objects.all()}
        return states, bodies
