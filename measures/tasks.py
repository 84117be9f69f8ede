"""Background work of the measures app: the admin's spreadsheet imports and exports, run as jobs."""

import base64
import csv
import os
import pickle
import tempfile
from pathlib import Path

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from jobs.models import Job
from jobs.services import JobFailed, JobOutcome, Progress, job_run

from .imports.resources import RESOURCES
from .models import ImportRecord
from .services_import import data_import

# The row errors a job page lists; the rest are counted.
ERRORS_SHOWN = 200
# The new or changed rows a check lists cell by cell (old -> new); the rest are counted.
CHANGES_SHOWN = 500
EXPORT_CHUNK = 2000


@task()
def import_spreadsheet(job_id: int) -> None:
    """Check (preview) or import (confirm) the job's uploaded file, all rows or none."""
    job_run(job_id=job_id, work=import_work)


def import_work(job: Job, progress: Progress) -> JobOutcome:
    params = job.params
    dry_run = bool(params.get("dry_run"))
    counted = "rows_validated" if dry_run else "rows_written"
    rows_done = 0

    def on_row() -> None:
        nonlocal rows_done
        rows_done += 1
        progress.set(**{counted: rows_done})

    progress.set(message=_("Reading the file"))
    with job.upload.open("rb") as handle:
        data = handle.read()
    progress.set(message=_("Checking the rows") if dry_run else _("Writing the rows"))
    outcome = data_import(
        kind=params["kind"],
        data=data,
        file_name=params["file_name"],
        user=job.user,
        dry_run=dry_run,
        source=ImportRecord.Source.ADMIN,
        on_read=lambda rows: progress.set(rows_read=rows),
        on_row=on_row,
        changes_shown=CHANGES_SHOWN if dry_run else 0,
    )
    errors = [str(error) for error in outcome.errors]
    result = {
        "summary": [
            [_("File"), outcome.file_name],
            [_("Rows"), outcome.rows],
            [_("New"), outcome.new],
            [_("Updated"), outcome.updated],
            [_("Unchanged"), outcome.unchanged],
        ],
        "errors": errors[:ERRORS_SHOWN],
        "errors_more": max(0, len(errors) - ERRORS_SHOWN),
    }
    if not outcome.ok or not dry_run:
        # Refused, or imported: nothing more will read the kept upload.
        job.upload.delete(save=False)
    if not outcome.ok:
        raise JobFailed(
            _("%(count)d problem(s) in the file; nothing was imported.") % {"count": len(errors)},
            result=result,
        )
    if dry_run:
        result["summary"].append([_("Checked"), _("every row can be imported; nothing is written yet.")])
        result["confirm_url"] = reverse(params["confirm_view"], args=[job.pk])
        result["changes"] = outcome.changes
        result["changes_total"] = outcome.changes_total
    else:
        result["summary"].append([_("Imported"), _("every row was written.")])
        result["links"] = [[_("Back to the list"), reverse(params["list_view"])]]
    return JobOutcome(result=result)


def export_query(queryset) -> str:
    """The export's query (the changelist's filters and scope) as text a job can carry."""
    return base64.b64encode(pickle.dumps(queryset.query)).decode()


@task()
def export_spreadsheet(job_id: int) -> None:
    """Write the job's export to a file, row by row, in constant memory."""
    job_run(job_id=job_id, work=export_work)


def export_work(job: Job, progress: Progress) -> JobOutcome:
    params = job.params
    model = apps.get_model(params["model"])
    queryset = model._default_manager.all()
    # Built by the admin from the changelist this very user filtered: never from a request's input.
    queryset.query = pickle.loads(base64.b64decode(params["query"]))
    resource = RESOURCES[params["kind"]](user=job.user)
    fields = params.get("fields") or None
    rows = resource.iter_queryset(resource.filter_export(queryset))
    headers = resource.get_export_headers(selected_fields=fields)
    fmt = params["format"]
    handle, name = tempfile.mkstemp(suffix=f".{fmt}")
    path = Path(name)
    written = 0
    progress.set(message=_("Writing the file"))
    try:
        if fmt == "xlsx":
            import openpyxl

            os.close(handle)
            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet(params["kind"])
            sheet.append(headers)
            for instance in rows:
                sheet.append(
                    resource.export_resource(instance, selected_fields=fields, force_native_type=True)
                )
                written += 1
                if written % EXPORT_CHUNK == 0:
                    progress.set(rows_written=written)
            book.save(path)
        else:
            # Excel opens a CSV with a BOM as UTF-8: Cyrillic notes stay readable.
            with open(handle, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                for instance in rows:
                    writer.writerow(resource.export_resource(instance, selected_fields=fields))
                    written += 1
                    if written % EXPORT_CHUNK == 0:
                        progress.set(rows_written=written)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    progress.set(rows_written=written)
    return JobOutcome(
        result={"summary": [[_("Rows"), written]]},
        file_path=path,
        file_name=f"{params['kind']}.{fmt}",
    )
