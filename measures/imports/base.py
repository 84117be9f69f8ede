"""The common flow of the spreadsheet resources: rights, header check, row parsing, all or nothing."""

import contextlib
import logging
from collections import Counter

from django.contrib.auth.models import User
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, IntegrityError
from django.utils.translation import gettext as _
from import_export import resources
from import_export.instance_loaders import BaseInstanceLoader
from import_export.results import Result as ImportResult
from import_export.results import RowResult

from accounts.policy import import_scope, import_scope_missing, in_import_scope
from measures.errors import WorkflowError
from measures.locks import lock_years_for_write
from measures.models import Operation, YearLock
from measures.names import name_key
from programmes.models import Body, MemberState

from .widgets import (
    YearWidget,
    escape_formula,
    text,
    unescape_formula,
)


def import_refusal(*, resource_class, user) -> str | None:
    """Why `user` may not import with `resource_class` at all, or None. No user: the secretariat's rights."""
    if user is None:
        return None
    if not resource_class.importable_by(user):
        return _("%(user)s may not import %(kind)s.") % {
            "user": user.get_username(),
            "kind": resource_class.kind,
        }
    if import_scope_missing(user):
        return _("%(user)s is an analyst without a member state or body; nothing can be imported.") % {
            "user": user.get_username()
        }
    return None


logger = logging.getLogger(__name__)
# Well under SQLite's limit of bound parameters in one statement.
NAMES_PER_QUERY = 900


class ImportConflict(Exception):
    """The database refused a write of the import; the message says why in words, and what to do."""


def database_refusal(error: DatabaseError) -> ImportConflict:
    """A clear message for a write the database refused (the raw text goes to the log only)."""
    logger.warning("import write refused by the database: %s", error)
    if isinstance(error, IntegrityError):
        # Another import or an entry in the admin stored one of these records since the file was read.
        return ImportConflict(
            _(
                "Some of these records were stored by someone else while this file was being imported; "
                "nothing was imported. Import the file again to see what changed."
            )
        )
    return ImportConflict(
        _("The database could not store these rows; nothing was imported. Try again in a moment.")
    )


def locked_years_of(years: set[int]) -> set[int]:
    """Which of these years are locked (their report issued), in one query."""
    return set(YearLock.objects.filter(year__in=years, locked=True).values_list("year", flat=True))


# Model attributes compared by `apply` and the spreadsheet field that shows them.
FIELD_OF = {
    "programme_id": "programme",
    "coordinating_body_id": "coordinating_body",
    "host_state_id": "host_state",
    "objective_id": "objective",
    "start_precision": "start_date",
    "due_from": "due_to",
}


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


class SheetNumbered:
    """Row numbers as the spreadsheet shows them: the header is row 1, blank rows count too.

    The library numbers the rows it was given from 1; `sheet_row` maps that to the file's row.
    """

    sheet_row = staticmethod(lambda number: number + 1)

    def append_error_row(self, number, row, errors):
        super().append_error_row(self.sheet_row(number), row, errors)

    def append_invalid_row(self, number, row, validation_error):
        super().append_invalid_row(self.sheet_row(number), row, validation_error)


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

    # What each kind declares about itself; the admin and `import_data` read these.
    kind = ""
    required_columns: tuple[str, ...] = ()
    key_columns: tuple[str, ...] = ()
    # Who may import (and export) this kind: a named rule of accounts.policy.
    importable_by = staticmethod(lambda user: False)
    # The records of an export an analyst is confined to (accounts.scope), None for no filter.
    scope_filter = None
    # The XLSX template offered beside the import (a function returning its bytes), or None.
    template = None

    def __init__(self, user=None, source: str = "", keep_rows: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.source = source
        self.keep_rows = keep_rows
        # Without a user, the secretariat's rights (an operator's command): an unsaved stand-in.
        self.rights = user if user is not None else User(username="secretariat", is_superuser=True)
        # The (state, body) this import is confined to, None when it is not.
        self.scope = import_scope(user)
        self.scope_state_id, self.scope_body_id = self.scope or (None, None)
        self.parse_fields = [(name, field) for name, field in self.fields.items() if field.column_name]
        self.max_lengths = self.column_max_lengths()
        self.row_numbers = None
        self.current = None
        self.seen: dict = {}
        self.existing: dict = {}
        self.errors_seen = False
        self.years_held, self.years_refused = set(), {}
        # A job's check keeps the first `changes_shown` new or changed rows, cell by cell.
        self.changes_shown = 0
        self.row_changes: list[dict] = []
        self.rows_changed = 0

    # -- reading -----------------------------------------------------------------------
    @classmethod
    def import_refusal(cls, user) -> str | None:
        return import_refusal(resource_class=cls, user=user)

    def column_max_lengths(self) -> dict[str, int]:
        """The columns stored in a text field of bounded length, with that length."""
        lengths = {}
        for _name, field in self.parse_fields:
            try:
                model_field = self._meta.model._meta.get_field(field.attribute)
            except Exception:  # a column that is no model field (e.g. due_year): unbounded here
                continue
            if getattr(model_field, "max_length", None) and not model_field.is_relation:
                lengths[field.column_name] = model_field.max_length
        return lengths

    def sheet_row(self, number: int) -> int:
        """The spreadsheet's number of the dataset's row `number` (counted from 1)."""
        if self.row_numbers and 0 < number <= len(self.row_numbers):
            return self.row_numbers[number - 1]
        return number + 1

    def get_result_class(self):
        base = PreviewResult if self.keep_rows else FailuresOnlyResult
        return type(base.__name__, (SheetNumbered, base), {"sheet_row": staticmethod(self.sheet_row)})

    def get_instance(self, instance_loader, row):
        return instance_loader.get_instance(row)

    def before_import(self, dataset, **kwargs):
        refusal = self.import_refusal(self.user)
        if refusal:
            self.refuse_file(dataset)
            raise PermissionError(refusal)
        headers = [text(header) for header in dataset.headers or []]
        dataset.headers = headers
        expected = [field.column_name for _name, field in self.parse_fields]
        # Sets and one count per column: linear in the width of the header, however wide.
        present, known = set(headers), set(expected)
        missing = [column for column in self.required_columns if column not in present]
        unknown = [column for column in headers if column not in known]
        duplicated = sorted(column for column, count in Counter(headers).items() if count > 1)
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
        self.changes = {}
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
        for column, limit in self.max_lengths.items():
            value = row.get(column)
            if column not in errors and isinstance(value, str) and len(value.strip()) > limit:
                errors[column] = [
                    _("at most %(limit)d characters (this one has %(count)d)")
                    % {"limit": limit, "count": len(value.strip())}
                ]
        self.check(values, errors)
        key = None
        if not any(column in errors for column in self.key_columns):
            key = self.key(values)
            first = self.seen.get(key)
            if first is not None:
                errors[NON_FIELD_ERRORS] = [
                    _("the same %(columns)s as row %(row)d")
                    % {"columns": ", ".join(self.key_columns), "row": self.sheet_row(first)}
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

    def save_instance(self, instance, is_create, row, **kwargs):
        try:
            super().save_instance(instance, is_create, row, **kwargs)
        except DatabaseError as error:
            raise database_refusal(error) from error

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return not import_validation_errors and not self.row_changed

    def after_import_row(self, row, row_result, **kwargs):
        if row_result.import_type in (RowResult.IMPORT_TYPE_INVALID, RowResult.IMPORT_TYPE_ERROR):
            self.errors_seen = True
        elif self.keep_rows and row_result.row_values:
            # The preview's cells: the file's value, and the stored one where it changes.
            changes = self.changes if row_result.import_type == RowResult.IMPORT_TYPE_UPDATE else {}
            row_result.cells = [
                (value, changes.get(column)) for column, value in row_result.row_values.items()
            ]
        if self.changes_shown and row_result.import_type in (
            RowResult.IMPORT_TYPE_NEW,
            RowResult.IMPORT_TYPE_UPDATE,
        ):
            self.rows_changed += 1
            if len(self.row_changes) < self.changes_shown:
                self.row_changes.append(
                    self.row_change(row, row_result.import_type, kwargs.get("row_number"))
                )

    def row_change(self, row, import_type: str, row_number: int | None) -> dict:
        """A new or changed row as a job's check lists it: its sheet row and its cells, old -> new.

        Plain data (it is kept as JSON): a new row's non-empty cells, a changed row's changed cells.
        """
        if import_type == RowResult.IMPORT_TYPE_NEW:
            cells = [[column, None, text(value)] for column, value in row.items() if text(value)]
        else:
            cells = [[column, old, text(row.get(column))] for column, old in self.changes.items()]
        return {
            "row": self.sheet_row(row_number) if row_number is not None else None,
            "action": "new" if import_type == RowResult.IMPORT_TYPE_NEW else "update",
            "cells": cells,
        }

    def after_import(self, dataset, result, **kwargs):
        # Records are never given ids by the file: no sequence to reset (the parent would).
        pass

    def import_data(self, dataset, dry_run=False, raise_errors=False, use_transactions=None, **kwargs):
        # A resource may run twice (preview, then confirm): nothing carries over between runs.
        self.row_changed = False
        self.seen, self.existing, self.errors_seen = {}, {}, False
        self.years_held, self.years_refused = set(), {}
        self.row_changes, self.rows_changed = [], 0
        self.rows_read = len(dataset)
        self.row_numbers = getattr(dataset, "row_numbers", None)
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
    def remember_old(self, instance, attributes) -> None:
        """Keep the stored values of these attributes, as an export writes them, for the preview."""
        by_attribute = {field.attribute: field for _name, field in self.parse_fields}
        for attribute in attributes:
            field = by_attribute.get(FIELD_OF.get(attribute, attribute))
            if field is not None and field.column_name not in self.changes:
                self.changes[field.column_name] = str(self.export_field(field, instance))

    def column_years(self, dataset) -> set[int]:
        years = set()
        if "year" in (dataset.headers or []):
            for value in dataset["year"]:
                with contextlib.suppress(ValueError):
                    years.add(YearWidget().clean(value))
        return years

    def column_name_keys(self, dataset, column: str) -> set[str]:
        """The name keys of the names in a column (as the rows will read them), to look up only those."""
        keys = set()
        if column in (dataset.headers or []):
            for value in dataset[column]:
                if isinstance(value, str) and value.startswith("'"):
                    value = unescape_formula(value)
                if name := text(value):
                    keys.add(name_key(name))
        return keys

    @staticmethod
    def operations_named(keys: set[str], years: set[int], queryset=None) -> list:
        """The operations of these name keys in these years, a bounded number of keys per query."""
        queryset = Operation.objects.all() if queryset is None else queryset
        keys, found = sorted(keys), []
        for start in range(0, len(keys), NAMES_PER_QUERY):
            found.extend(queryset.filter(year__in=years, name_key__in=keys[start : start + NAMES_PER_QUERY]))
        return found

    def set_cache(self, name: str, cache: dict) -> None:
        self.fields[name].widget.cache = cache

    def out_of_scope(self, state_id, body_id) -> bool:
        """Whether a record of this state / body lies outside what this import may touch."""
        return not in_import_scope(self.scope, state_id, body_id)

    def load_states_and_bodies(self) -> tuple[dict, dict]:
        states = {state.code: state for state in MemberState.objects.all()}
        bodies = {body.code: body for body in Body.objects.all()}
        return states, bodies
