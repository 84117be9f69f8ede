"""manage.py figures_rebuild [--check]: recompute the stored figures from the results, or compare them."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from measures.figure_store import differences, install_triggers, rebuild, triggers_installed
from measures.models import Indicator


class Command(BaseCommand):
    help = (
        "Recompute the stored yearly figures from the results (after a bulk load, a restore or a "
        "migration). With --check, only compare: exit status 1 and one line per difference when "
        "they disagree."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="compare only, change nothing")

    def handle(self, *args, check, **options):
        if check:
            self._check()
            return
        with transaction.atomic():
            # Missing triggers (a restore without them) would let the figures drift again.
            install_triggers()
            rows = rebuild()
        self.stdout.write(_("Stored figures rebuilt from the results: %(rows)s rows.") % {"rows": rows})

    def _check(self) -> None:
        problems = []
        if not triggers_installed():
            problems.append(_("The triggers that keep the stored figures are missing; run figures_rebuild."))
        found = differences()
        codes = dict(Indicator.objects.values_list("pk", "code"))
        problems += [_("differs: %(row)s") % {"row": d.describe(codes)} for d in found]
        if problems:
            for line in problems:
                self.stderr.write(line)
            raise CommandError(
                _("The stored figures disagree with the results in %(count)s places.") % {"count": len(found)}
                if found
                else problems[0]
            )
        self.stdout.write(_("The stored figures agree with the results."))
