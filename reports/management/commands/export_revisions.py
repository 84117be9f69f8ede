"""`manage.py export_revisions DIR`: write every issued report PDF to a folder, checking its SHA-256."""

import hashlib
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.models import ReportRevision


class Command(BaseCommand):
    help = (
        "Write the PDFs of every issued report revision into DIR (report-YEAR-revN-LANG.pdf), "
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
                content = revision.pdf(lang)
                recorded = getattr(revision, f"sha256_{lang}")
                if hashlib.sha256(content).hexdigest() != recorded:
                    raise CommandError(
                        f"{revision.filename(lang)}: the stored file does not match the SHA-256 "
                        f"recorded when it was issued ({recorded}); nothing more was written."
                    )
                (target / revision.filename(lang)).write_bytes(content)
                written += 1
        self.stdout.write(f"{written} file(s) written to {target}.")
