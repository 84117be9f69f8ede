"""`manage.py jobs_cleanup`: remove every expired job file (meant for a daily schedule)."""

from django.core.management.base import BaseCommand

from jobs.services import job_files_expire


class Command(BaseCommand):
    help = (
        "Remove job result files older than JOB_FILES_MAX_AGE seconds and the uploads of import "
        "checks nobody confirmed within IMPORT_PREVIEW_MAX_AGE; the jobs' pages say the file expired."
    )

    def handle(self, *args, **options):
        results, uploads = job_files_expire()
        self.stdout.write(f"Removed {results} result file(s) and {uploads} uploaded file(s).")
