"""`build_report YEAR --lang {ru,en} [--format {pdf,html,docx}] --output PATH [--include-unverified]`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from measures.models import Result
from reports.docx import render_docx
from reports.rendering import render_html, render_pdf, report_document
from reports.selectors import report_data, result_counts_by_status

MIN_YEAR, MAX_YEAR = 1991, 2100


class Command(BaseCommand):
    help = (
        "Write the annual report on YEAR as PDF, HTML or Word (DOCX), from verified results only. A year "
        "without an annual report record gets a draft with the mandate recorded for that year (a visible "
        "placeholder when none is) and no narrative passages; nothing is created in the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="Reporting year, e.g. 2024.")
        parser.add_argument("--lang", required=True, choices=["ru", "en"], help="Language of the report.")
        parser.add_argument(
            "--format", default="pdf", choices=["pdf", "html", "docx"], help="Output format (default pdf)."
        )
        parser.add_argument(
            "--output", required=True, help="File to write; its folder is created if missing."
        )
        parser.add_argument(
            "--include-unverified",
            action="store_true",
            help="Also count submitted results: a draft preview, marked as such in the document.",
        )

    def handle(
        self, *args, year: int, lang: str, format: str, output: str, include_unverified: bool, **options
    ):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise CommandError(f"YEAR must be between {MIN_YEAR} and {MAX_YEAR}, not {year}.")
        path = Path(output)
        if path.exists() and path.is_dir():
            raise CommandError(
                f"--output {output} is a folder; give a file name, e.g. {path / 'report.pdf'}."
            )
        by_status = result_counts_by_status(year)
        total, verified = sum(by_status.values()), by_status.get(Result.Status.VERIFIED, 0)
        if not total:
            raise CommandError(f"No results are recorded for {year}: there is nothing to report.")
        if not verified and not include_unverified:
            raise CommandError(
                f"All {total} results for {year} await verification; verify them, or pass "
                "--include-unverified for a draft that counts submitted results."
            )
        if not verified and not by_status.get(Result.Status.SUBMITTED, 0):
            raise CommandError(
                f"None of the {total} results for {year} is verified or submitted (they are drafts "
                "or returned): a draft would count nothing."
            )
        data = report_data(year=year, include_unverified=include_unverified)
        if format == "docx":
            content = render_docx(report_document(data, lang))
        else:
            html = render_html(data, lang)
            content = render_pdf(html) if format == "pdf" else html.encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from error
        # Only submitted results join a draft; drafts and returned ones are never counted.
        counted = by_status.get(Result.Status.SUBMITTED, 0) if include_unverified else 0
        left_out = total - verified - counted
        note = ""
        if counted:
            note += f"; {counted} submitted (unverified) result(s) counted"
        if left_out:
            kind = "draft or returned" if include_unverified else "unverified"
            note += f"; {left_out} {kind} result(s) left out"
        self.stdout.write(
            f"Wrote {path} ({len(content):,} bytes, {'draft' if data.draft else 'final'}{note})."
        )
