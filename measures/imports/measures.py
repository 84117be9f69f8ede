"""Measures of a programme: code, objective number, texts, responsible bodies, due years, status."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.fields import Field

from accounts.policy import may_import_programme_texts
from measures.models import Measure
from programmes.models import Objective, Programme

from .base import ExistingLoader, SpreadsheetResource
from .widgets import (
    ChoiceWidget,
    DueYearWidget,
    KeyWidget,
    ListKeyWidget,
    ObjectiveNumberWidget,
    RequiredTextWidget,
    TextWidget,
    text,
)


class MeasureResource(SpreadsheetResource):
    """measures: programme, code, objective, text_en, text_ru, responsible_bodies, due_year, status."""

    kind = "measures"
    required_columns = ("programme", "code", "text_en", "text_ru")
    key_columns = ("programme", "code")
    importable_by = staticmethod(may_import_programme_texts)

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

    def check(self, values: dict, errors: dict) -> None:
        programme = values.get("programme")
        due_from, due_to = values.get("due_year") or (None, None)
        if programme is None:
            return
        for year in dict.fromkeys(year for year in (due_from, due_to) if year is not None):
            if not programme.contains_year(year):
                errors.setdefault("due_year", []).append(
                    _("%(year)s is outside the period %(period)s of programme %(programme)s")
                    % {"year": year, "period": programme.period, "programme": programme.slug}
                )

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
            self.remember_old(instance, changed)
        for name, value in wanted.items():
            setattr(instance, name, value)
        self.bodies = values["responsible_bodies"]
        return changed

    def save_instance(self, instance, is_create, row, **kwargs):
        instance._history_user = self.user
        super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        instance.responsible_bodies.set(self.bodies)
