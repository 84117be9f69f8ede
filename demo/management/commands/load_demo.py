"""`manage.py load_demo [--with-users]`: the source documents' facts as data, idempotently."""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import loader


class Command(BaseCommand):
    help = (
        "Load every fact of the source documents (states, bodies, programmes, instruments, "
        "operations, events, indicators, results, the 2024 report). A second run writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="Also create the demo accounts analyst-kaz, secretariat and reviewer "
            "(password from DEMO_PASSWORD, default 'demo'). For demonstrations only.",
        )

    def handle(self, *args, with_users: bool = False, **options):
        with transaction.atomic():
            counts = loader.load_all(with_users=with_users)
        if options["verbosity"] >= 1:
            for name, count in counts.items():
                self.stdout.write(f"{name}: {count}")
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
