"""Admin import and export of spreadsheets: preview (dry run) then confirm, export, results template."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from import_export.admin import ExportMixin, ImportExportMixin
from import_export.formats import base_formats

from accounts.policy import import_scope, may_export_reference_data, may_view_import_records
from jobs.models import Job
from jobs.services import job_start

from .imports.files import CsvFormat, FileRejected, XlsxFormat
from .imports.limits import max_upload_bytes, megabytes
from .imports.previews import PreviewExpired, PreviewStorage, previews_expire
from .imports.resources import resource_for
from .imports.uploads import upload_refusal
from .models import ImportRecord
from .services_import import new_result_form_note, new_results_status_note, outcome_from_result
from .tasks import export_query, export_spreadsheet, import_spreadsheet

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class FilteredExportMixin:
    """An export whose filters in the address cannot be read goes back to the list with a message."""

    def export_action(self, request, *args, **kwargs):
        try:
            return super().export_action(request, *args, **kwargs)
        except IncorrectLookupParameters:
            messages.error(
                request, _("The export's filters could not be read; choose them again in the list.")
            )
            return HttpResponseRedirect(
                reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")
            )


class SpreadsheetImportExportMixin(FilteredExportMixin, ImportExportMixin):
    """Import (dry run first, confirm second) and export of the filtered changelist, by role and scope.

    Set `import_kind` to "results", "operations" or "measures".
    """

    import_kind = ""
    import_formats = [CsvFormat, XlsxFormat]
    export_formats = [base_formats.CSV, base_formats.XLSX]
    # Excel opens a CSV with a BOM as UTF-8: Cyrillic notes stay readable.
    to_encoding = "utf-8-sig"
    import_error_display = ("message",)
    # Each import is an ImportRecord and every changed row has its history records: no admin
    # log entry per row as well (a preview keeps only its first rows anyway).
    skip_admin_log = True
    import_export_change_list_template = "admin/measures/import_export_change_list.html"
    import_template_name = "admin/measures/import.html"
    # A previewed file waits in a folder of its own until confirmed, refused or expired.
    tmp_storage_class = PreviewStorage

    @property
    def import_resource(self):
        """The resource of this list's kind, with what it declares (rights, scope, template)."""
        return resource_for(self.import_kind)

    def get_import_resource_classes(self, request):
        return [self.import_resource]

    def get_export_resource_classes(self, request):
        return [self.import_resource]

    def get_import_resource_kwargs(self, request, **kwargs):
        return {"user": request.user, "source": ImportRecord.Source.ADMIN}

    def get_export_resource_kwargs(self, request, **kwargs):
        return {"user": request.user}

    def has_import_permission(self, request):
        return self.import_resource.import_refusal(request.user) is None

    def has_export_permission(self, request):
        return self.import_resource.importable_by(request.user)

    def get_export_queryset(self, request):
        # The changelist's rows as filtered; an analyst exports only their own state's or body's.
        queryset = super().get_export_queryset(request)
        scope_filter = self.import_resource.scope_filter
        if scope_filter is not None and import_scope(request.user) is not None:
            queryset = queryset.filter(scope_filter(request.user))
        return queryset

    def create_import_form(self, request):
        form = super().create_import_form(request)
        refusal = upload_refusal(request)
        if refusal and form.is_bound:
            # The upload was cut off while it was received: this message, not "field required".
            form.errors["import_file"] = form.error_class([refusal])
        return form

    def write_to_tmp_storage(self, import_file, input_format):
        # Chunk by chunk to the file, never the whole upload joined in memory first.
        storage = PreviewStorage(read_mode=input_format.get_read_mode())
        storage.save_chunks(import_file.chunks())
        return storage

    def process_import(self, request, **kwargs):
        try:
            return super().process_import(request, **kwargs)
        except PreviewExpired:
            messages.error(
                request,
                _(
                    "This preview has expired or was already imported; nothing was imported. "
                    "Upload the file again."
                ),
            )
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import"))

    def add_success_message(self, result, request):
        super().add_success_message(result, request)
        if self.import_kind == "results" and result.totals["new"]:
            messages.info(request, new_results_status_note())

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, FileRejected):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def process_result(self, result, request):
        # Rows checked in the preview can fail on confirmation if the data changed meanwhile:
        # everything was rolled back, so say so instead of "Import finished".
        if result.has_errors() or result.has_validation_errors():
            outcome = outcome_from_result(kind=self.import_kind, file_name="", dry_run=False, result=result)
            for error in outcome.errors[:20]:
                messages.error(request, str(error))
            messages.error(request, _("Nothing was imported."))
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import"))
        return super().process_result(result, request)

    def import_action(self, request, **kwargs):
        # The upload is kept and checked by a job (a large file takes longer than a request may);
        # the job's page shows its progress, then the rows' errors or the button to import them.
        if request.method == "POST":
            # Previews of the former request-bound flow left unconfirmed expire here.
            previews_expire()
        if request.method == "POST" and self.has_import_permission(request):
            form = self.create_import_form(request)
            if form.is_valid():
                import_file = form.cleaned_data["import_file"]
                job = job_start(
                    kind="import",
                    title=_("Import of %(file)s (%(kind)s): check")
                    % {"file": import_file.name, "kind": self.import_kind},
                    user=request.user,
                    task=import_spreadsheet,
                    params={
                        "kind": self.import_kind,
                        "file_name": import_file.name,
                        "dry_run": True,
                        "confirm_view": self._url_name("import_job_confirm"),
                        "list_view": self._url_name("changelist"),
                    },
                    upload=import_file,
                )
                return redirect("jobs:detail", job.pk)
        return super().import_action(request, **kwargs)

    def _url_name(self, suffix: str) -> str:
        return f"admin:{self.opts.app_label}_{self.opts.model_name}_{suffix}"

    def import_job_confirm_view(self, request, pk: int):
        """Import the rows of a checked file: a job of its own, on the file the check read."""
        if request.method != "POST" or not self.has_import_permission(request):
            raise PermissionDenied
        preview = get_object_or_404(
            Job, pk=pk, user=request.user, kind="import", status=Job.Status.SUCCEEDED, params__dry_run=True
        )
        if preview.params.get("kind") != self.import_kind:
            raise PermissionDenied
        if not preview.upload or not preview.upload.storage.exists(preview.upload.name):
            messages.error(
                request, _("This file was already imported, or is no longer kept; upload it again.")
            )
            return HttpResponseRedirect(reverse(self._url_name("import")))
        job = job_start(
            kind="import",
            title=_("Import of %(file)s (%(kind)s)")
            % {"file": preview.params["file_name"], "kind": self.import_kind},
            user=request.user,
            task=import_spreadsheet,
            params={**preview.params, "dry_run": False},
            upload_name=preview.upload.name,
        )
        return redirect("jobs:detail", job.pk)

    def _do_file_export(self, file_format, request, queryset, **kwargs):
        # Written to a file by a job, row by row; the job's page offers the file when it is done.
        job = job_start(
            kind="export",
            title=_("Export of %(kind)s (%(format)s)")
            % {"kind": self.import_kind, "format": file_format.get_extension().upper()},
            user=request.user,
            task=export_spreadsheet,
            params={
                "kind": self.import_kind,
                "model": self.opts.label_lower,
                "format": file_format.get_extension(),
                "fields": self.get_export_resource_fields_from_form(kwargs.get("export_form")),
                "query": export_query(queryset),
            },
        )
        return redirect("jobs:detail", job.pk)

    def get_import_context_data(self, **kwargs):
        return {
            **super().get_import_context_data(**kwargs),
            "import_kind": self.import_kind,
            "has_template_download": self.import_resource.template is not None,
            "max_upload_mb": megabytes(max_upload_bytes()),
            "results_status_note": new_results_status_note() if self.import_kind == "results" else "",
        }

    def get_export_filename(self, request, queryset, file_format):
        return f"{self.import_kind}.{file_format.get_extension()}"

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        extra_context["has_template_download"] = (
            self.import_resource.template is not None and self.has_import_permission(request)
        )
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        urls = [
            path(
                "import/job/<int:pk>/confirm/",
                self.admin_site.admin_view(self.import_job_confirm_view),
                name="{}_{}_import_job_confirm".format(*info),
            ),
            *super().get_urls(),
        ]
        if self.import_resource.template is None:
            return urls
        return [
            path(
                "template/",
                self.admin_site.admin_view(self.template_view),
                name="{}_{}_import_template".format(*info),
            ),
            *urls,
        ]

    def template_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        response = HttpResponse(self.import_resource.template(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.import_kind}-template.xlsx"'
        return response


class ResultImportExportMixin(SpreadsheetImportExportMixin):
    import_kind = "results"

    def get_fieldsets(self, request, obj=None):
        # The form says in which status a result starts, the same as an imported one.
        (name, options), *rest = super().get_fieldsets(request, obj)
        note = new_result_form_note()
        return [(name, {**options, "description": note}), *rest]


class OperationImportExportMixin(SpreadsheetImportExportMixin):
    import_kind = "operations"


class MeasureImportExportMixin(SpreadsheetImportExportMixin):
    import_kind = "measures"


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    """Who imported which file, when, and what came of it; read-only for everyone."""

    list_display = [
        "created_at",
        "user",
        "kind",
        "file_name",
        "source",
        "dry_run",
        "outcome",
        "rows_total",
        "rows_new",
        "rows_updated",
        "rows_unchanged",
        "rows_invalid",
    ]
    list_filter = ["kind", "outcome", "source", "dry_run"]
    list_select_related = ["user"]
    search_fields = ["file_name", "user__username"]
    date_hierarchy = "created_at"

    def has_view_permission(self, request, obj=None):
        # Who imported what, with the files' error messages: the secretariat's to read.
        return may_view_import_records(request.user) and super().has_view_permission(request, obj)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReferenceExportMixin(FilteredExportMixin, ExportMixin):
    """Export of reference data (states, bodies, programmes, indicators) keyed by their codes.

    Set `resource_classes`. These lists are edited in the admin, not imported: the codes are
    what the spreadsheets of results, operations and measures refer to.
    """

    export_formats = [base_formats.CSV, base_formats.XLSX]
    to_encoding = "utf-8-sig"

    def has_export_permission(self, request):
        return may_export_reference_data(request.user)
