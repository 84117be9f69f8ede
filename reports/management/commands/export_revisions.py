"""`manage.py export_revisions DIR`: every issued PDF and Word file to a folder, checked by SHA-256."""

import hashlib
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.models import ReportRevision


class Command(BaseCommand):
    help = (
        "Write the PDFs and Word files of every issued report revision into DIR "
        "(report-YEAR-revN-LANG.pdf and .docx), "
        "after checking each against the SHA-256 recorded when it was issued. For archives "
        "kept outside the application; the database backup already holds these files."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Folder to write into; created if missing.")

    def handle(self, *args, directory: str, **options):
        target = Path(directory)
        if target.exists() and not target.is_dir():
            raise CommandError(f"{target} exists and is not a folder.")
        target.mkdir(parents=True, exist_ok=True)
        revisions = (
            ReportRevision.objects.defer(None).select_related("report").order_by("report__year", "number")
        )
        written = 0
        for revision in revisions:
            for lang in ("ru", "en"):
                files = [("pdf", revision.pdf(lang), getattr(revision, f"sha256_{lang}"))]
                # Revisions issued before Word files were stored have none to write.
                if getattr(revision, f"docx_sha256_{lang}"):
                    files.append(("docx", revision.docx(lang), getattr(revision, f"docx_sha256_{lang}")))
                for extension, content, recorded in files:
                    name = revision.filename(lang, extension)
                    if hashlib.sha256(content).hexdigest() != recorded:
                        raise CommandError(
                            f"{name}: the stored file does not match the SHA-256 "
                            f"recorded when it was issued ({recorded}); nothing more was written."
                        )
                    (target / name).write_bytes(content)
                    written += 1
        self.stdout.write(f"{written} file(s) written to {target}.")
