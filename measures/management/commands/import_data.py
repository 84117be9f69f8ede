"""manage.py import_data {results,operations,measures} FILE [--dry-run] [--user USERNAME]."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from measures.imports.limits import max_upload_bytes
from measures.imports.resources import RESOURCES
from measures.models import ImportRecord
from measures.services_import import data_import, new_results_status_note


class Command(BaseCommand):
    help = (
        "Import a CSV or XLSX spreadsheet of results, operations or measures: every row or none. "
        "Exit status 0 when every row is (with --dry-run: would be) imported. "
        "Rows are numbered as the spreadsheet shows them: the header is row 1. "
        "New results are entered as drafts, to be submitted for verification."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(RESOURCES))
        parser.add_argument("file", help="a .csv (UTF-8, ',' or ';') or .xlsx file")
        parser.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="import with this user's rights and scope (default: the secretariat's)",
        )

    def handle(self, *args, kind, file, dry_run, user, **options):
        account = None
        if user:
            try:
                account = get_user_model().objects.get(username=user)
            except get_user_model().DoesNotExist:
                raise CommandError(_("There is no user “%(user)s”.") % {"user": user}) from None
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("There is no file “%(file)s”.") % {"file": file})
        size = path.stat().st_size
        # An oversized file is refused by its size, without reading it into memory.
        data = path.read_bytes() if size <= max_upload_bytes() else b""
        outcome = data_import(
            kind=kind,
            data=data,
            size=size,
            file_name=path.name,
            user=account,
            dry_run=dry_run,
            source=ImportRecord.Source.COMMAND,
        )
        counts = _("%(new)d new, %(updated)d updated, %(unchanged)d unchanged") % {
            "new": outcome.new,
            "updated": outcome.updated,
            "unchanged": outcome.unchanged,
        }
        if outcome.ok:
            if dry_run:
                message = ngettext(
                    "%(file)s: %(rows)d row would be imported (%(counts)s); nothing written (dry run).",
                    "%(file)s: %(rows)d rows would be imported (%(counts)s); nothing written (dry run).",
                    outcome.rows,
                )
            else:
                message = ngettext(
                    "%(file)s: %(rows)d row imported (%(counts)s).",
                    "%(file)s: %(rows)d rows imported (%(counts)s).",
                    outcome.rows,
                )
            self.stdout.write(message % {"file": path.name, "rows": outcome.rows, "counts": counts})
            if kind == "results" and outcome.new:
                self.stdout.write(new_results_status_note())
            return
        for error in outcome.errors:
            self.stderr.write(str(error))
        if not outcome.rows:
            # Refused as a whole before any row was read: a count of rows would say "0 rows".
            raise CommandError(_("%(file)s: nothing imported; the file was refused.") % {"file": path.name})
        raise CommandError(
            ngettext(
                "%(file)s: nothing imported; %(errors)d error(s) in %(rows)d row.",
                "%(file)s: nothing imported; %(errors)d error(s) in %(rows)d rows.",
                outcome.rows,
            )
            % {"file": path.name, "errors": len(outcome.errors), "rows": outcome.rows}
        )
