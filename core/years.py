"""The years the application records: from the CIS's founding to the end of the century."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The same bounds as the spreadsheet imports and `build_report`: they keep typos such as 9999
# or 0202 out of the reports.
FIRST_YEAR = 1991
LAST_YEAR = 2100


def validate_year(value: int | None) -> None:
    """Refuse a year outside FIRST_YEAR..LAST_YEAR, saying which years are accepted."""
    if value is not None and not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(
            _("%(value)s is not a year this application records: enter a year from %(first)s to %(last)s."),
            code="year_out_of_range",
            params={"value": value, "first": FIRST_YEAR, "last": LAST_YEAR},
        )
