"""Results: programme, year, indicator, operation, state, body, value, qualifier, notes."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.db.models.base import ModelState
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.fields import Field

from measures.history import history_copy
from measures.locks import check_result_versions
from measures.models import Indicator, Operation, Result
from measures.services import result_change_refusal
from programmes.models import Programme

from .base import ExistingLoader, SpreadsheetResource, locked_years_of
from .widgets import (
    ChoiceWidget,
    KeyWidget,
    OperationKeyWidget,
    StateKeyWidget,
    TextWidget,
    ValueWidget,
    YearWidget,
)

# The data contract's columns, in the order exports write them.
RESULT_COLUMNS = (
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
        self.set_cache(
            "operation",
            {(op.name_key, op.year): op for op in Operation.objects.filter(year__in=years)},
        )
        self.locked_years = locked_years_of(years)
        self.existing = {self.key_of(result): result for result in Result.objects.filter(year__in=years)}
        self.now = timezone.now()
        self.blank = {name: value for name, value in Result().__dict__.items() if name != "_state"}
        self.read_versions = {}

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
        if not new:
            # The version read with the file; the write is refused if the result changed since.
            self.read_versions[instance.pk] = instance.version
            instance.version += 1
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

    def row_label(self, result) -> str:
        return _("%(indicator)s %(year)s (row %(row)s)") % {
            "indicator": result.indicator.code,
            "year": result.year,
            "row": self.seen.get(self.key_of(result), "?"),
        }

    def get_bulk_update_fields(self):
        return ["value", "qualifier", "notes", "status", "entered_by", "updated_at", "version"]

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.create_instances and not self.errors_seen and (using_transactions or not dry_run):
            try:
                created = Result.objects.bulk_create(self.create_instances, batch_size=batch_size)
                history_copy(
                    Result,
                    [row.pk for row in created],
                    history_type="+",
                    user_id=self.user.pk if self.user else None,
                    date=self.now,
                )
            except Exception as error:  # reported as the import's error, then rolled back
                self.errors_seen = True
                self.handle_import_error(result, error, raise_errors)
        self.create_instances.clear()

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.update_instances and not self.errors_seen and (using_transactions or not dry_run):
            try:
                check_result_versions(
                    {row.pk: self.read_versions[row.pk] for row in self.update_instances},
                    labels={row.pk: self.row_label(row) for row in self.update_instances},
                )
                Result.objects.bulk_update(
                    self.update_instances, self.get_bulk_update_fields(), batch_size=batch_size
                )
                history_copy(
                    Result,
                    [row.pk for row in self.update_instances],
                    history_type="~",
                    user_id=self.user.pk if self.user else None,
                    date=self.now,
                )
            except Exception as error:
                self.errors_seen = True
                self.handle_import_error(result, error, raise_errors)
        self.update_instances.clear()
