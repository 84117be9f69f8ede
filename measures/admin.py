"""Admin: measures, operations with their results, events, indicators and results."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.admin_history import AuditedAdmin
from core.formsets import SharedChoicesInlineFormSet

# States, bodies, programmes and instruments: registered here, beside the measures they hold.
from . import admin_reference  # noqa: F401
from .admin_import import (
    MeasureImportExportMixin,
    OperationImportExportMixin,
    ReferenceExportMixin,
    ResultImportExportMixin,
)
from .admin_locks import YearLockAdminMixin
from .admin_results import ResultListMixin, ResultYearFilter
from .admin_scope import OperationScopeMixin, ReadOnlyResultInlineMixin, ResultScopeMixin
from .imports.reference import IndicatorResource
from .models import Event, Indicator, Measure, MeasureProgress, Operation, Result, YearLock


class MeasureProgressInline(admin.TabularInline):
    model = MeasureProgress
    extra = 0


@admin.register(Measure)
class MeasureAdmin(MeasureImportExportMixin, AuditedAdmin):
    list_display = ["__str__", "text_en", "objective", "due_from", "due_to", "status"]
    list_filter = ["status", "programme"]
    list_select_related = ["programme", "objective__programme"]
    search_fields = ["code", "text_en", "text_ru", "programme__slug"]
    autocomplete_fields = ["programme", "objective", "responsible_bodies"]
    inlines = [MeasureProgressInline]


class ResultInline(ReadOnlyResultInlineMixin, admin.TabularInline):
    model = Result
    extra = 0
    formset = SharedChoicesInlineFormSet
    fields = ["indicator", "year", "state", "body", "value", "qualifier", "status"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("indicator", "state", "body", "operation")


@admin.register(Operation)
class OperationAdmin(OperationImportExportMixin, OperationScopeMixin, AuditedAdmin):
    list_display = ["name", "year", "kind", "programme", "coordinating_body", "host_state"]
    list_filter = ["year", "kind", "programme"]
    list_select_related = ["programme", "coordinating_body", "host_state"]
    search_fields = ["name", "name_ru", "description_en"]
    autocomplete_fields = [
        "programme",
        "objectives",
        "coordinating_body",
        "host_state",
        "participating_states",
        "participating_bodies",
        "observer_states",
    ]
    inlines = [ResultInline]


@admin.register(Event)
class EventAdmin(AuditedAdmin):
    list_display = ["title_en", "kind", "ordinal_en", "date", "place_en"]
    list_filter = ["kind"]
    search_fields = ["code", "title_en", "title_ru", "place_en"]
    date_hierarchy = "date"
    autocomplete_fields = [
        "host_state",
        "organizers",
        "programme",
        "combines",
        "participating_states",
        "participating_bodies",
        "scope_organizations",
    ]
    fieldsets = [
        (None, {"fields": ["code", "kind", "ordinal_en", "ordinal_ru", "title_en", "title_ru"]}),
        (_("When and where"), {"fields": ["date", "date_precision", "place_en", "place_ru", "host_state"]}),
        (_("Organization"), {"fields": ["organizers", "programme", "combines"]}),
        (
            _("Participation as the source states it"),
            {
                "fields": [
                    "scope_organizations",
                    "states_count",
                    "bodies_count",
                    "intl_org_bodies_count",
                    "intl_orgs_count",
                    "research_count",
                    "basic_orgs_count",
                ]
            },
        ),
        (_("Participants named"), {"fields": ["participating_states", "participating_bodies"]}),
        (_("Agenda and outcome"), {"fields": ["description_en", "description_ru"]}),
    ]


@admin.register(Indicator)
class IndicatorAdmin(ReferenceExportMixin, AuditedAdmin):
    resource_classes = [IndicatorResource]
    list_display = ["code", "name_en", "unit", "decimals", "sentence_group", "order"]
    list_filter = ["unit"]
    search_fields = ["code", "name_en", "name_ru"]


@admin.register(Result)
class ResultAdmin(ResultListMixin, ResultImportExportMixin, ResultScopeMixin, AuditedAdmin):
    list_display = [
        "indicator",
        "year",
        "programme",
        "operation",
        "state",
        "body",
        "value",
        "qualifier",
        "status",
    ]
    list_filter = [ResultYearFilter, "status", "indicator", "programme", "state"]
    list_select_related = ["indicator", "programme", "operation", "state", "body"]
    autocomplete_fields = ["indicator", "programme", "operation", "state", "body"]
    readonly_fields = ["entered_by", "created_at", "updated_at"]


@admin.register(YearLock)
class YearLockAdmin(YearLockAdminMixin, AuditedAdmin):
    list_display = ["year", "locked", "reason", "changed_by", "changed_at"]
    list_select_related = ["changed_by"]
    readonly_fields = ["changed_by", "changed_at"]
