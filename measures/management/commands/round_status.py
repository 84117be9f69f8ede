"""manage.py round_status YEAR [--format {text,csv}]: the completeness grid of a year's round."""

from django.core.management.base import BaseCommand, CommandError

from measures.rounds import round_grid
from measures.rounds_export import grid_csv, grid_text


class Command(BaseCommand):
    help = (
        "Print the completeness grid of a year's reporting round: each expected reporter and "
        "indicator with its status (missing, draft, submitted, returned, verified)."
    )

    def add_arguments(self, parser):
        parser.add_argument("year", help="the reporting year, e.g. 2025")
        parser.add_argument("--format", choices=["text", "csv"], default="text")

    def handle(self, *args, year, format, **options):
        try:
            number = int(year)
        except ValueError:
            raise CommandError(f"YEAR must be a year such as 2025, not {year!r}.") from None
        if not 1991 <= number <= 9999:
            raise CommandError(f"YEAR must be a year from 1991 on, not {year!r}.")
        # A year whose round is not opened prints its default expectations, with no deadline.
        grid = round_grid(number)
        self.stdout.write(grid_csv(grid) if format == "csv" else grid_text(grid), ending="")
