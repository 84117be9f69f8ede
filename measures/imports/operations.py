"""Operations: name, year, kind, programme, bodies and states by code, dates as precise as known."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.fields import Field

from accounts.policy import may_import_records
from accounts.scope import operation_scope_q
from measures.models import Operation
from measures.names import name_key
from measures.services import operation_change_refusal
from programmes.models import Programme

from .base import ExistingLoader, SpreadsheetResource, locked_years_of
from .widgets import (
    ChoiceWidget,
    DateWidget,
    KeyWidget,
    RequiredTextWidget,
    StateKeyWidget,
    StateListWidget,
    TextWidget,
    YearWidget,
    render_date,
)


class OperationResource(SpreadsheetResource):
    """operations: name, year, kind, programme, coordinating_body, host_state, participating_states, ..."""

    kind = "operations"
    required_columns = ("name", "year", "kind")
    key_columns = ("name", "year")
    importable_by = staticmethod(may_import_records)
    scope_filter = staticmethod(operation_scope_q)

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
        # Only the operations the file names, not every operation of its years.
        named = self.operations_named(
            self.column_name_keys(dataset, "name"),
            years,
            Operation.objects.prefetch_related("participating_states"),
        )
        self.existing = {(op.name_key, op.year): op for op in named}
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
            self.remember_old(instance, changed)
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
        # Moving another state's operation into one's own scope is changing it too.
        if not new and self.out_of_scope(self.was["host_state_id"], self.was["coordinating_body_id"]):
            return {column: [_("this operation belongs to another state or body than yours")]}
        return {}

    def save_instance(self, instance, is_create, row, **kwargs):
        instance._history_user = self.user
        super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        instance.participating_states.set(self.states)
