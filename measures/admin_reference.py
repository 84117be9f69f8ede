"""Admin of the reference data: states, bodies, programmes with their objectives and measures, instruments."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.admin_history import AuditedAdmin
from core.formsets import SharedChoicesInlineFormSet
from measures.admin_import import ReferenceExportMixin
from measures.imports.reference import BodyResource, MemberStateResource, ProgrammeResource
from measures.models import Measure
from programmes.models import Body, LegalInstrument, MemberState, Objective, Programme


@admin.register(MemberState)
class MemberStateAdmin(ReferenceExportMixin, AuditedAdmin):
    resource_classes = [MemberStateResource]
    list_display = ["code", "name_en", "name_ru", "status"]
    list_filter = ["status"]
    search_fields = ["code", "name_en", "name_ru", "short_name_en"]


@admin.register(Body)
class BodyAdmin(ReferenceExportMixin, AuditedAdmin):
    resource_classes = [BodyResource]
    list_display = ["code", "name_en", "abbr_ru", "kind", "state"]
    list_filter = ["kind"]
    list_select_related = ["state"]
    search_fields = ["code", "name_en", "name_ru", "abbr_en", "abbr_ru"]
    autocomplete_fields = ["state"]


class ObjectiveInline(admin.StackedInline):
    model = Objective
    extra = 0


class MeasureInline(admin.TabularInline):
    model = Measure
    extra = 0
    formset = SharedChoicesInlineFormSet
    fields = ["code", "objective", "text_en", "text_ru", "due_from", "due_to", "status"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("programme")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "objective":
            kwargs["queryset"] = Objective.objects.select_related("programme")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Programme)
class ProgrammeAdmin(ReferenceExportMixin, AuditedAdmin):
    resource_classes = [ProgrammeResource]
    list_display = [
        "slug",
        "title_en",
        "theme",
        "start_year",
        "end_year",
        "in_force_year",
        "status",
        "objective_count",
    ]
    list_filter = ["theme", "status"]
    search_fields = ["slug", "title_en", "title_ru"]
    autocomplete_fields = ["approved_by", "predecessor"]
    inlines = [ObjectiveInline, MeasureInline]
    fieldsets = [
        (None, {"fields": ["slug", "theme", "status", "title_en", "title_ru"]}),
        (_("Period"), {"fields": ["start_year", "end_year", "in_force_year", "predecessor"]}),
        (_("Approval"), {"fields": ["approved_by", "approved_on", "approved_on_precision"]}),
        (_("Purpose"), {"fields": ["description_en", "description_ru"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(objective_total=Count("objectives"))

    @admin.display(description=_("objectives"), ordering="objective_total")
    def objective_count(self, obj) -> int:
        return obj.objective_total


@admin.register(Objective)
class ObjectiveAdmin(AuditedAdmin):
    list_display = ["__str__", "programme", "number", "text_en"]
    list_filter = ["programme"]
    list_select_related = ["programme"]
    search_fields = ["text_en", "text_ru", "programme__slug"]
    autocomplete_fields = ["programme"]


@admin.register(LegalInstrument)
class LegalInstrumentAdmin(AuditedAdmin):
    list_display = ["title_en", "kind", "status", "status_date", "body", "amends"]
    list_filter = ["kind", "status"]
    list_select_related = ["body", "amends"]
    search_fields = ["code", "title_en", "title_ru"]
    autocomplete_fields = ["body", "drafting_bodies", "amends", "programme"]
    date_hierarchy = "status_date"
