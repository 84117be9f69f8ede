"""django-import-export resources: the spreadsheet columns of the data contracts, keyed by stable codes.

One mechanism behind the admin buttons and `manage.py import_data`. Every lookup is loaded once
per import (a dict of code -> record per table, the existing records of the file's years in one
query), each row is parsed and checked in memory, and results are written in bulk together with
their history records, so the number of queries does not grow with the number of rows.
"""

import contextlib

from django.contrib.auth.models import User
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models.base import ModelState
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import resources
from import_export.fields import Field
from import_export.instance_loaders import BaseInstanceLoader
from import_export.results import Result as ImportResult
from import_export.results import RowResult
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from accounts.roles import ANALYST, SECRETARIAT
from accounts.scope import analyst_scope, user_role
from measures.models import Indicator, Measure, Operation, Result, YearLock
from measures.names import name_key
from measures.services import operation_change_refusal, result_change_refusal
from programmes.models import Body, MemberState, Objective, Programme

from .widgets import (
    ChoiceWidget,
    DateWidget,
    DueYearWidget,
    KeyWidget,
    ListKeyWidget,
    RequiredTextWidget,
    StateKeyWidget,
    StateListWidget,
    TextWidget,
    ValueWidget,
    YearWidget,
    escape_formula,
    render_date,
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


class OperationKeyWidget(KeyWidget):
    """An operation named in a result row: its name in that row's year, dashes and case aside."""

    def clean(self, value, row=None, values=None, **kwargs):
        name = text(value)
        if not name:
            return None
        year = (values or {}).get("year")
        if year is None:
            return None  # the year's own error is reported
        found = self.cache.get((name_key(name), year))
        if found is None:
            raise ValueError(_("unknown operation “%(name)s” in %(year)s") % {"name": name, "year": year})
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value.name


class ObjectiveNumberWidget(KeyWidget):
    """An objective by its number within the row's programme."""

    def clean(self, value, row=None, values=None, **kwargs):
        raw = text(value)
        if not raw:
            return None
        programme = (values or {}).get("programme")
        if programme is None:
            return None
        found = self.cache.get((programme.pk, raw))
        if found is None:
            raise ValueError(
                _("programme %(programme)s has no objective number “%(number)s”")
                % {"programme": programme.slug, "number": raw}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value.number)


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


class ResultResource(SpreadsheetResource):
    """results: programme, year, indicator, operation, state, body, value, qualifier, notes."""

    kind = "results"
    required_columns = ("year", "indicator", "value")
    key_columns = ("programme", "year", "indicator", "operation", "state", "body")

    programme = Field(
        attribute="programme", column_name="programme", widget=KeyWidget(gettext_lazy("programme"), "slug")
    )
    year = Field(attribute="year", column_name="year", widget=YearWidget())
    indicator = Field(
        attribute="indicator", column_name="indicator", widget=KeyWidget(gettext_lazy("indicator"))
    )
    operation = Field(
        attribute="operation", column_name="operation", widget=OperationKeyWidget(gettext_lazy("operation"))
    )
    state = Field(attribute="state", column_name="state", widget=StateKeyWidget(gettext_lazy("state")))
    body = Field(attribute="body", column_name="body", widget=KeyWidget(gettext_lazy("body")))
    value = Field(attribute="value", column_name="value", widget=ValueWidget())
    qualifier = Field(
        attribute="qualifier",
        column_name="qualifier",
        widget=ChoiceWidget(
            Result.Qualifier.choices, gettext_lazy("qualifier"), default=Result.Qualifier.EXACT
        ),
    )
    notes = Field(attribute="notes", column_name="notes", widget=TextWidget())

    class Meta:
        model = Result
        fields = (
            "programme",
            "year",
            "indicator",
            "operation",
            "state",
            "body",
            "value",
            "qualifier",
            "notes",
        )
        instance_loader_class = ExistingLoader
        use_bulk = True
        batch_size = 2000
        skip_diff = True
        store_row_values = True
        clean_model_instances = False
        use_transactions = True

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("programme", "indicator", "operation", "state", "body")

    def load(self, dataset) -> None:
        years = self.column_years(dataset)
        states, bodies = self.load_states_and_bodies()
        self.set_cache("programme", {p.slug: p for p in Programme.objects.all()})
        self.set_cache("indicator", {i.code: i for i in Indicator.objects.all()})
        self.set_cache("state", states)
        self.set_cache("body", bodies)
        self.set_cache(
            "operation",
            {(op.name_key, op.year): op for op in Operation.objects.filter(year__in=years)},
        )
        self.locked_years = locked_years_of(years)
        self.existing = {self.key_of(result): result for result in Result.objects.filter(year__in=years)}
        self.now = timezone.now()
        self.blank = {name: value for name, value in Result().__dict__.items() if name != "_state"}

    def init_instance(self, row=None):
        # Result() sets each of its fields through descriptors, a fifth of the import's time on
        # 100,000 rows; a copy of one blank instance's attributes is the same new, unsaved result.
        instance = Result.__new__(Result)
        instance.__dict__.update(self.blank)
        instance._state = ModelState()
        return instance

    @staticmethod
    def key_of(result) -> tuple:
        return (
            result.indicator_id,
            result.year,
            result.programme_id or 0,
            result.operation_id or 0,
            result.state_id or 0,
            result.body_id or 0,
        )

    def key(self, values: dict) -> tuple:
        return (
            values["indicator"].pk,
            values["year"],
            values["programme"].pk if values["programme"] else 0,
            values["operation"].pk if values["operation"] else 0,
            values["state"].pk if values["state"] else 0,
            values["body"].pk if values["body"] else 0,
        )

    def check(self, values: dict, errors: dict) -> None:
        programme, year = values.get("programme"), values.get("year")
        if programme is not None and year is not None and not programme.contains_year(year):
            errors.setdefault("year", []).append(
                _("%(year)s is outside the period %(period)s of programme %(programme)s")
                % {"year": year, "period": programme.period, "programme": programme.slug}
            )

    def apply(self, instance, values: dict, new: bool) -> list[str]:
        self.stored_status = instance.status if not new else None
        if new:
            # Ids rather than records (cheaper for 100,000 rows); the indicator for str(result).
            instance.indicator = values["indicator"]
            instance.year = values["year"]
            instance.programme_id = values["programme"].pk if values["programme"] else None
            instance.operation_id = values["operation"].pk if values["operation"] else None
            instance.state_id = values["state"].pk if values["state"] else None
            instance.body_id = values["body"].pk if values["body"] else None
            changed = ["value"]
        else:
            # The looked-up record, so that str(result) costs no query.
            instance.indicator = values["indicator"]
            changed = [
                column
                for column in ("value", "qualifier", "notes")
                if getattr(instance, column) != values[column]
            ]
            if not changed:
                return []
        instance.value = values["value"]
        instance.qualifier = values["qualifier"]
        instance.notes = values["notes"]
        instance.status = Result.Status.SUBMITTED
        instance.entered_by_id = self.user.pk if self.user else None
        instance.updated_at = self.now
        return changed

    def refusal(self, instance, values: dict, new: bool, changed: list[str]) -> dict:
        errors = {}
        # The rules of every change to a result (role, year lock, scope), as the admin applies them.
        reason = result_change_refusal(user=self.rights, result=instance, locked_years=self.locked_years)
        if reason:
            if instance.year in self.locked_years:
                column = "year"
            elif self.out_of_scope(instance.state_id, instance.body_id):
                column = "body" if self.scope_body_id else "state"
            else:
                column = NON_FIELD_ERRORS
            errors[column] = [reason]
        if self.stored_status == Result.Status.VERIFIED:
            # Even the secretariat's import would silently turn a verified figure back to submitted.
            errors.setdefault(changed[0], []).append(
                _("this result is already verified; it cannot be changed by an import")
            )
        return errors

    def get_bulk_update_fields(self):
        return ["value", "qualifier", "notes", "status", "entered_by", "updated_at"]

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.create_instances and not self.errors_seen and (using_transactions or not dry_run):
            try:
                bulk_create_with_history(
                    self.create_instances,
                    Result,
                    batch_size=batch_size,
                    default_user=self.user,
                    default_date=self.now,
                )
            except Exception as error:  # reported as the import's error, then rolled back
                self.errors_seen = True
                self.handle_import_error(result, error, raise_errors)
        self.create_instances.clear()

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.update_instances and not self.errors_seen and (using_transactions or not dry_run):
            try:
                bulk_update_with_history(
                    self.update_instances,
                    Result,
                    self.get_bulk_update_fields(),
                    batch_size=batch_size,
                    default_user=self.user,
                    default_date=self.now,
                )
            except Exception as error:
                self.errors_seen = True
                self.handle_import_error(result, error, raise_errors)
        self.update_instances.clear()


class OperationResource(SpreadsheetResource):
    """operations: name, year, kind, programme, coordinating_body, host_state, participating_states, ..."""

    kind = "operations"
    required_columns = ("name", "year", "kind")
    key_columns = ("name", "year")

    name = Field(attribute="name", column_name="name", widget=RequiredTextWidget(gettext_lazy("name")))
    year = Field(attribute="year", column_name="year", widget=YearWidget())
    kind_ = Field(
        attribute="kind",
        column_name="kind",
        widget=ChoiceWidget(Operation.Kind.choices, gettext_lazy("kind")),
    )
    programme = Field(
        attribute="programme", column_name="programme", widget=KeyWidget(gettext_lazy("programme"), "slug")
    )
    coordinating_body = Field(
        attribute="coordinating_body", column_name="coordinating_body", widget=KeyWidget(gettext_lazy("body"))
    )
    host_state = Field(
        attribute="host_state", column_name="host_state", widget=StateKeyWidget(gettext_lazy("state"))
    )
    participating_states = Field(
        attribute="participating_states",
        column_name="participating_states",
        widget=StateListWidget(gettext_lazy("state")),
    )
    start_date = Field(
        attribute="start_date", column_name="start_date", widget=DateWidget(with_precision=True)
    )
    end_date = Field(attribute="end_date", column_name="end_date", widget=DateWidget())
    description_en = Field(attribute="description_en", column_name="description_en", widget=TextWidget())
    description_ru = Field(attribute="description_ru", column_name="description_ru", widget=TextWidget())

    class Meta:
        model = Operation
        fields = (
            "name",
            "year",
            "kind_",
            "programme",
            "coordinating_body",
            "host_state",
            "participating_states",
            "start_date",
            "end_date",
            "description_en",
            "description_ru",
        )
        instance_loader_class = ExistingLoader
        skip_diff = True
        store_row_values = True
        clean_model_instances = False
        use_transactions = True

    def dehydrate_start_date(self, operation) -> str:
        return render_date(operation.start_date, operation.start_precision)

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("programme", "coordinating_body", "host_state").prefetch_related(
            "participating_states"
        )

    def load(self, dataset) -> None:
        years = self.column_years(dataset)
        states, bodies = self.load_states_and_bodies()
        self.set_cache("programme", {p.slug: p for p in Programme.objects.all()})
        self.set_cache("coordinating_body", bodies)
        self.set_cache("host_state", states)
        self.set_cache("participating_states", states)
        self.existing = {
            (op.name_key, op.year): op
            for op in Operation.objects.filter(year__in=years).prefetch_related("participating_states")
        }
        self.locked_years = locked_years_of(years)

    def key(self, values: dict) -> tuple:
        return (name_key(values["name"]), values["year"])

    def check(self, values: dict, errors: dict) -> None:
        programme, year = values.get("programme"), values.get("year")
        if programme is not None and year is not None and not programme.contains_year(year):
            errors.setdefault("year", []).append(
                _("%(year)s is outside the period %(period)s of programme %(programme)s")
                % {"year": year, "period": programme.period, "programme": programme.slug}
            )
        start, _precision = values.get("start_date") or (None, None)
        end, _precision = values.get("end_date") or (None, None)
        if start and year and start.year != year:
            errors.setdefault("start_date", []).append(_("the start date must fall in the operation's year"))
        if start and end and end < start:
            errors.setdefault("end_date", []).append(_("the end date comes before the start date"))

    def apply(self, instance, values: dict, new: bool) -> list[str]:
        start, precision = values["start_date"]
        end, _precision = values["end_date"]
        wanted = {
            "kind": values["kind_"],
            "programme_id": values["programme"].pk if values["programme"] else None,
            "coordinating_body_id": values["coordinating_body"].pk if values["coordinating_body"] else None,
            "host_state_id": values["host_state"].pk if values["host_state"] else None,
            "start_date": start,
            "start_precision": precision or instance.start_precision,
            "end_date": end,
            "description_en": values["description_en"],
            "description_ru": values["description_ru"],
        }
        states = sorted(state.pk for state in values["participating_states"])
        if new:
            instance.name = values["name"]
            instance.year = values["year"]
            changed = ["name"]
            self.was = {"host_state_id": None, "coordinating_body_id": None}
        else:
            changed = [name for name, value in wanted.items() if getattr(instance, name) != value]
            if sorted(state.pk for state in instance.participating_states.all()) != states:
                changed.append("participating_states")
            self.was = {
                "host_state_id": instance.host_state_id,
                "coordinating_body_id": instance.coordinating_body_id,
            }
        for name, value in wanted.items():
            setattr(instance, name, value)
        self.states = values["participating_states"]
        return [column.removesuffix("_id") for column in changed]

    def refusal(self, instance, values: dict, new: bool, changed: list[str]) -> dict:
        column = "coordinating_body" if self.scope_body_id else "host_state"
        reason = operation_change_refusal(
            user=self.rights, operation=instance, locked_years=self.locked_years
        )
        if reason:
            return {"year" if instance.year in self.locked_years else column: [reason]}
        if self.role == ANALYST and not new:
            # Moving another state's operation into one's own scope is changing it too.
            was_theirs = (
                self.was["coordinating_body_id"] == self.scope_body_id
                if self.scope_body_id
                else self.was["host_state_id"] == self.scope_state_id
            )
            if not was_theirs:
                return {column: [_("this operation belongs to another state or body than yours")]}
        return {}

    def save_instance(self, instance, is_create, row, **kwargs):
        instance._history_user = self.user
        super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        instance.participating_states.set(self.states)


class MeasureResource(SpreadsheetResource):
    """measures: programme, code, objective, text_en, text_ru, responsible_bodies, due_year, status."""

    kind = "measures"
    required_columns = ("programme", "code", "text_en", "text_ru")
    key_columns = ("programme", "code")

    programme = Field(
        attribute="programme", column_name="programme", widget=KeyWidget(gettext_lazy("programme"), "slug")
    )
    code = Field(attribute="code", column_name="code", widget=RequiredTextWidget(gettext_lazy("code")))
    objective = Field(
        attribute="objective",
        column_name="objective",
        widget=ObjectiveNumberWidget(gettext_lazy("objective")),
    )
    text_en = Field(attribute="text_en", column_name="text_en", widget=TextWidget())
    text_ru = Field(attribute="text_ru", column_name="text_ru", widget=TextWidget())
    responsible_bodies = Field(
        attribute="responsible_bodies",
        column_name="responsible_bodies",
        widget=ListKeyWidget(gettext_lazy("body")),
    )
    due_year = Field(column_name="due_year", attribute="due_to", widget=DueYearWidget())
    status = Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(Measure.Status.choices, gettext_lazy("status"), default=Measure.Status.PLANNED),
    )

    class Meta:
        model = Measure
        fields = (
            "programme",
            "code",
            "objective",
            "text_en",
            "text_ru",
            "responsible_bodies",
            "due_year",
            "status",
        )
        instance_loader_class = ExistingLoader
        skip_diff = True
        store_row_values = True
        clean_model_instances = False
        use_transactions = True

    def dehydrate_due_year(self, measure) -> str:
        return DueYearWidget().render(None, obj=measure)

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("programme", "objective").prefetch_related("responsible_bodies")

    def load(self, dataset) -> None:
        _states, bodies = self.load_states_and_bodies()
        programmes = {p.slug: p for p in Programme.objects.all()}
        self.set_cache("programme", programmes)
        self.set_cache("responsible_bodies", bodies)
        self.set_cache(
            "objective",
            {(obj.programme_id, str(obj.number)): obj for obj in Objective.objects.all()},
        )
        slugs = {text(value) for value in dataset["programme"]} if "programme" in dataset.headers else set()
        self.existing = {
            (measure.programme_id, measure.code): measure
            for measure in Measure.objects.filter(programme__slug__in=slugs).prefetch_related(
                "responsible_bodies"
            )
        }

    def key(self, values: dict) -> tuple:
        return (values["programme"].pk, values["code"])

    def apply(self, instance, values: dict, new: bool) -> list[str]:
        due_from, due_to = values["due_year"]
        wanted = {
            "objective_id": values["objective"].pk if values["objective"] else None,
            "text_en": values["text_en"],
            "text_ru": values["text_ru"],
            "due_from": due_from,
            "due_to": due_to,
            "status": values["status"],
        }
        bodies = sorted(body.pk for body in values["responsible_bodies"])
        if new:
            instance.programme = values["programme"]
            instance.code = values["code"]
            changed = ["code"]
        else:
            changed = [name for name, value in wanted.items() if getattr(instance, name) != value]
            if sorted(body.pk for body in instance.responsible_bodies.all()) != bodies:
                changed.append("responsible_bodies")
        for name, value in wanted.items():
            setattr(instance, name, value)
        self.bodies = values["responsible_bodies"]
        return changed

    def save_instance(self, instance, is_create, row, **kwargs):
        instance._history_user = self.user
        super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        instance.responsible_bodies.set(self.bodies)


# -- reference data, keyed by their codes -----------------------------------------------------


class MemberStateResource(EscapingResource):
    class Meta:
        model = MemberState
        import_id_fields = ("code",)
        fields = ("code", "name_en", "name_ru", "short_name_en", "short_name_ru", "status")


class BodyResource(EscapingResource):
    state = Field(attribute="state", column_name="state", widget=StateKeyWidget(gettext_lazy("state")))

    class Meta:
        model = Body
        import_id_fields = ("code",)
        fields = ("code", "name_en", "name_ru", "abbr_en", "abbr_ru", "kind", "state")

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("state")


class IndicatorResource(EscapingResource):
    class Meta:
        model = Indicator
        import_id_fields = ("code",)
        exclude = ("id",)


class ProgrammeResource(EscapingResource):
    approved_by = Field(
        attribute="approved_by", column_name="approved_by", widget=KeyWidget(gettext_lazy("body"))
    )
    predecessor = Field(
        attribute="predecessor",
        column_name="predecessor",
        widget=KeyWidget(gettext_lazy("programme"), "slug"),
    )

    class Meta:
        model = Programme
        import_id_fields = ("slug",)
        exclude = ("id",)

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("approved_by", "predecessor")


RESOURCES = {
    "results": ResultResource,
    "operations": OperationResource,
    "measures": MeasureResource,
}
REFERENCE_RESOURCES = {
    "states": MemberStateResource,
    "bodies": BodyResource,
    "indicators": IndicatorResource,
    "programmes": ProgrammeResource,
}
