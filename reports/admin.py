"""Admin of mandates and annual reports; issued revisions are shown read-only."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.policy import can_preview_reports

from .models import AnnualReport, Mandate, ReportRevision

REVISION_FIELDS = (
    "report",
    "number",
    "issued_by",
    "issued_at",
    "sha256_en",
    "sha256_ru",
    "docx_sha256_en",
    "docx_sha256_ru",
)


class ReadOnlyRevisionMixin:
    """An issued revision is immutable: nobody adds, changes or deletes one here."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Mandate)
class MandateAdmin(admin.ModelAdmin):
    list_display = ("resolution", "adopted_on", "paragraph", "first_year", "last_year")
    search_fields = ("resolution", "subject_en", "subject_ru")


class RevisionInline(ReadOnlyRevisionMixin, admin.TabularInline):
    model = ReportRevision
    fields = ("number", "issued_by", "issued_at", "sha256_en", "sha256_ru")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(AnnualReport)
class AnnualReportAdmin(admin.ModelAdmin):
    list_display = ("year", "mandate", "letter_date", "job_number")
    # Reviewers see issued reports only (their revisions), never a report in preparation.

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and can_preview_reports(request.user)

    def has_module_permission(self, request):
        return super().has_module_permission(request) and can_preview_reports(request.user)

    filter_horizontal = ("programmes",)
    inlines = [RevisionInline]
    fieldsets = (
        (None, {"fields": ("year", "mandate", "programmes", "letter_date", "job_number", "include_annex")}),
        (
            _("Signature"),
            {"fields": ("signatory_name_en", "signatory_name_ru", "signatory_en", "signatory_ru")},
        ),
    )


@admin.register(ReportRevision)
class ReportRevisionAdmin(ReadOnlyRevisionMixin, admin.ModelAdmin):
    list_display = ("report", "number", "issued_by", "issued_at")
    list_filter = ("report",)
    fields = REVISION_FIELDS
    readonly_fields = REVISION_FIELDS
