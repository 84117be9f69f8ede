"""Spreadsheet imports: run a file through its resource, all or nothing, and record the run."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext as _
from import_export.results import Result as ImportResult
from import_export.results import RowResult

from .imports.files import FileRejected, read_dataset
from .imports.resources import RESOURCES
from .models import ImportRecord


@dataclass(frozen=True)
class RowError:
    """What is wrong, where: rows numbered as the spreadsheet shows them (the header is row 1).

    No row for the file as a whole.
    """

    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if self.column is None:
            return _("row %(row)d: %(message)s") % {"row": self.row, "message": self.message}
        return _("row %(row)d, column “%(column)s”: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportOutcome:
    kind: str
    file_name: str
    dry_run: bool
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    # The first new or changed rows (when asked for), cells as [column, old or None, new].
    changes: list[dict] = field(default_factory=list)
    changes_total: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def import_errors(result: ImportResult) -> list[RowError]:
    """Every error of an import result, the file's own first, then row by row."""
    errors = [RowError(message=str(error.error)) for error in result.base_errors]
    for error_row in result.error_rows:
        errors.extend(RowError(message=str(error.error), row=error_row.number) for error in error_row.errors)
    for invalid in result.invalid_rows:
        for column, messages in invalid.error_dict.items():
            for message in messages:
                errors.append(
                    RowError(
                        message=str(message),
                        row=invalid.number,
                        column=None if column == NON_FIELD_ERRORS else column,
                    )
                )
    errors.sort(key=lambda error: error.row or 0)
    return errors


def outcome_from_result(*, kind: str, file_name: str, dry_run: bool, result: ImportResult) -> ImportOutcome:
    totals = result.totals
    return ImportOutcome(
        kind=kind,
        file_name=file_name,
        dry_run=dry_run,
        rows=result.total_rows,
        new=totals[RowResult.IMPORT_TYPE_NEW],
        updated=totals[RowResult.IMPORT_TYPE_UPDATE],
        unchanged=totals[RowResult.IMPORT_TYPE_SKIP],
        errors=import_errors(result),
    )


def import_record_create(
    *,
    kind: str,
    user: User | None,
    file_name: str,
    source: str,
    dry_run: bool,
    result: ImportResult | None = None,
    outcome: ImportOutcome | None = None,
) -> ImportRecord:
    """Write down one import run, whatever became of it (called after its transaction ended)."""
    if outcome is None:
        outcome = outcome_from_result(kind=kind, file_name=file_name, dry_run=dry_run, result=result)
    if not outcome.ok:
        verdict = ImportRecord.Outcome.REFUSED
    elif dry_run:
        verdict = ImportRecord.Outcome.CHECKED
    else:
        verdict = ImportRecord.Outcome.IMPORTED
    invalid_rows = {error.row for error in outcome.errors if error.row is not None}
    return ImportRecord.objects.create(
        user=user,
        file_name=(file_name or "")[:255],
        kind=kind,
        source=source,
        dry_run=dry_run,
        outcome=verdict,
        rows_total=outcome.rows,
        rows_new=0 if outcome.errors else outcome.new,
        rows_updated=0 if outcome.errors else outcome.updated,
        rows_unchanged=0 if outcome.errors else outcome.unchanged,
        rows_invalid=len(invalid_rows),
        # The first hundred messages: enough to see what went wrong, bounded in size.
        messages="\n".join(str(error) for error in outcome.errors[:100]),
    )


def new_results_status_note() -> str:
    """What the summary of a results import says about the status of the results it added."""
    return _(
        "New results are entered as drafts, as in the admin's form: submit them for verification in the "
        "admin (Results, action “Submit selected results for verification”). Changed results keep "
        "their status."
    )


def new_result_form_note() -> str:
    """What the admin's result form says about the status a result starts in (as an import's)."""
    return _(
        "A new result is saved as a draft, as an imported one is; submit it for verification with "
        "the Submit button once its figure is final."
    )


def data_import(
    *,
    kind: str,
    data: bytes,
    file_name: str,
    user: User | None = None,
    dry_run: bool = False,
    source: str = ImportRecord.Source.COMMAND,
    size: int | None = None,
    on_read: Callable[[int], None] | None = None,
    on_row: Callable[[], None] | None = None,
    changes_shown: int = 0,
) -> ImportOutcome:
    """Import a CSV or XLSX file of `kind`: every row or none; `user` None means the secretariat.

    `on_read(rows)` is told how many rows the file has, `on_row()` of each row gone through (a job's
    progress). `changes_shown` keeps that many new or changed rows, old -> new, in the outcome.
    """
    resource_class = RESOURCES[kind]
    refusal = resource_class.import_refusal(user)
    try:
        if refusal:
            raise FileRejected(refusal)
        dataset = read_dataset(data=data, file_name=file_name, size=size)
    except FileRejected as error:
        outcome = ImportOutcome(
            kind=kind, file_name=file_name, dry_run=dry_run, errors=[RowError(message=str(error))]
        )
        import_record_create(
            kind=kind, user=user, file_name=file_name, source=source, dry_run=dry_run, outcome=outcome
        )
        return outcome
    # No preview to show: keep only the rows that failed, not a result object per row.
    resource = resource_class(user=user, source=source, keep_rows=False)
    resource.changes_shown = changes_shown
    if on_read is not None:
        on_read(len(dataset))
    if on_row is not None:
        after_import_row = resource.after_import_row

        def counted_after_import_row(row, row_result, **kwargs):
            after_import_row(row, row_result, **kwargs)
            on_row()

        resource.after_import_row = counted_after_import_row
    result = resource.import_data(dataset, dry_run=dry_run, file_name=file_name, user=user)
    outcome = outcome_from_result(kind=kind, file_name=file_name, dry_run=dry_run, result=result)
    outcome.changes, outcome.changes_total = resource.row_changes, resource.rows_changed
    return outcome
