"""manage.py send_reminders: remind reporters of results still missing before a round's deadline."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from measures.notifications import send_round_reminders


class Command(BaseCommand):
    help = (
        "Mail the analysts of every state or body with results still to submit in a round whose "
        "deadline is within ROUND_REMINDER_DAYS days. Meant for a daily schedule: a second run on "
        "the same day sends nothing more."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="days before the deadline to start (default: ROUND_REMINDER_DAYS)",
        )

    def handle(self, *args, days, **options):
        days = settings.ROUND_REMINDER_DAYS if days is None else days
        sent = send_round_reminders(today=timezone.localdate(), days_before=days)
        self.stdout.write(f"{sent} reminder(s) sent.")
