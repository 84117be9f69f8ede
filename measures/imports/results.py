"""Results: programme, year, indicator, operation, state, body, value, qualifier, notes."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.db import DatabaseError, connection
from django.db.models.base import ModelState
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.fields import Field

from accounts.policy import may_import_records
from accounts.scope import result_scope_q
from measures.history import history_copy
from measures.models import Indicator, Result
from measures.services import result_change_refusal
from programmes.models import Programme

from .base import ExistingLoader, SpreadsheetResource, database_refusal, locked_years_of
from .columns import RESULT_COLUMNS
from .template import results_template_xlsx
from .widgets import (
    ChoiceWidget,
    KeyWidget,
    OperationKeyWidget,
    StateKeyWidget,
    TextWidget,
    ValueWidget,
    YearWidget,
    unescape_formula,
)

# Rows whose existing results are looked up together: one query each, and only this many
# existing results held in memory at once, whatever the size of the table.
LOOKUP_BATCH = 2000
# Keys per query of a batch (each key is six bound parameters; SQLite allows 32,766).
KEYS_PER_QUERY = 500
KEY_FIELDS = ("programme", "year", "indicator", "operation", "state", "body")
# The key's columns after indicator and year, in the order of the unique index and of `key_of`.
NULLABLE_KEY_COLUMNS = ("programme_id", "operation_id", "state_id", "body_id")
# The status a new result starts in, by an import as by the admin's form: the analyst submits it.
NEW_RESULT_STATUS = Result.Status.DRAFT


class ResultResource(SpreadsheetResource):
    """results: programme, year, indicator, operation, state, body, value, qualifier, notes."""

    kind = "results"
    required_columns = ("year", "indicator", "value")
    key_columns = KEY_FIELDS
    importable_by = staticmethod(may_import_records)
    scope_filter = staticmethod(result_scope_q)
    template = staticmethod(results_template_xlsx)

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
        fields = RESULT_COLUMNS
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
        # Only the operations the file names, not every operation of its years.
        named = self.operations_named(self.column_name_keys(dataset, "operation"), years)
        self.set_cache("operation", {(op.name_key, op.year): op for op in named})
        self.locked_years = locked_years_of(years)
        # Filled batch by batch (`look_up_batch`), with the results of the file's keys only.
        self.dataset = dataset
        self.existing = {}
        self.now = timezone.now()
        self.blank = {name: value for name, value in Result().__dict__.items() if name != "_state"}

    def init_instance(self, row=None):
        # Result() sets each of its fields through descriptors, a fifth of the import's time on
        # 100,000 rows; a copy of one blank instance's attributes is the same new, unsaved result.
        instance = Result.__new__(Result)
        instance.__dict__.update(self.blank)
        instance._state = ModelState()
        return instance

    def before_import_row(self, row, row_number=None, **kwargs):
        if row_number is not None and (row_number - 1) % LOOKUP_BATCH == 0:
            self.look_up_batch(row_number - 1)
        super().before_import_row(row, row_number=row_number, **kwargs)

    def look_up_batch(self, start: int) -> None:
        """Load the existing results of the keys of rows start..start+LOOKUP_BATCH, and only those."""
        headers = self.dataset.headers
        keys = set()
        for cells in self.dataset[start : start + LOOKUP_BATCH]:
            row = dict(zip(headers, cells, strict=False))
            values = {}
            try:
                for name in KEY_FIELDS:
                    field = self.fields[name]
                    raw = row.get(field.column_name)
                    if isinstance(raw, str) and raw.startswith("'"):
                        raw = unescape_formula(raw)
                    values[name] = field.widget.clean(raw, row=row, values=values)
                if values["indicator"] is None:
                    continue
                keys.add(self.key(values))
            except (ValueError, KeyError, AttributeError):
                continue  # the row's own errors are reported when it is read
        self.existing = self.existing_results(keys)

    @classmethod
    def existing_results(cls, keys: set[tuple]) -> dict[tuple, Result]:
        """The stored results of these keys, each found through the unique index on the key.

        Plain SQL: building the same OR of conditions through the ORM costs more than the query.
        COALESCE(x, 0) is written as the index has it (a bound 0 would not match it on SQLite).
        """
        found = {}
        keys = sorted(keys)
        quote = connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in Result._meta.concrete_fields)
        one = (
            f"({quote('indicator_id')} = %s AND {quote('year')} = %s"
            + "".join(f" AND COALESCE({quote(column)}, 0) = %s" for column in NULLABLE_KEY_COLUMNS)
            + ")"
        )
        for start in range(0, len(keys), KEYS_PER_QUERY):
            chunk = keys[start : start + KEYS_PER_QUERY]
            sql = f"SELECT {columns} FROM {quote(Result._meta.db_table)} WHERE " + " OR ".join(
                [one] * len(chunk)
            )
            params = [value for key in chunk for value in key]
            found.update((cls.key_of(result), result) for result in Result.objects.raw(sql, params))
        return found

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
            # What the preview shows as "old -> new" for each changed cell.
            self.remember_old(instance, changed)
        instance.value = values["value"]
        instance.qualifier = values["qualifier"]
        instance.notes = values["notes"]
        if new:
            # As a result entered in the admin's form; a changed result keeps its status, as there.
            instance.status = NEW_RESULT_STATUS
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
            self.write_results(
                new=self.create_instances, changed=[], result=result, raise_errors=raise_errors
            )
        self.create_instances.clear()

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.update_instances and not self.errors_seen and (using_transactions or not dry_run):
            self.write_results(
                new=[], changed=self.update_instances, result=result, raise_errors=raise_errors
            )
        self.update_instances.clear()

    def write_results(self, *, new: list[Result], changed: list[Result], result, raise_errors: bool) -> None:
        """The import's one write of a batch: new and changed results, and their history records.

        Runs inside the import's transaction (rolled back as a whole on any error); every check
        that must hold when the rows are written belongs here.
        """
        user_id = self.user.pk if self.user else None
        try:
            if new:
                created = Result.objects.bulk_create(new, batch_size=self._meta.batch_size)
                history_copy(
                    Result, [row.pk for row in created], history_type="+", user_id=user_id, date=self.now
                )
            if changed:
                Result.objects.bulk_update(
                    changed, self.get_bulk_update_fields(), batch_size=self._meta.batch_size
                )
                history_copy(
                    Result, [row.pk for row in changed], history_type="~", user_id=user_id, date=self.now
                )
        except DatabaseError as error:
            # Said in words, never as the database's own text; rolled back with the import.
            self.errors_seen = True
            self.handle_import_error(result, database_refusal(error), raise_errors)
