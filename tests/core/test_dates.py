"""Dates are written as precisely as they are known, in English and Russian."""

import datetime

import pytest

from core.dates import format_date


@pytest.mark.parametrize(
    ("precision", "lang", "expected"),
    [
        ("day", "en", "14 October 2022"),
        ("day", "ru", "14 октября 2022\u00a0г."),
        ("month", "en", "October 2022"),
        ("month", "ru", "октябрь 2022\u00a0г."),
        ("year", "en", "2022"),
        ("year", "ru", "2022\u00a0г."),
    ],
)
def test_format_date(precision, lang, expected):
    """14 October 2022 is written to the day, the month or the year, as known."""
    assert format_date(datetime.date(2022, 10, 14), precision, lang) == expected


def test_unknown_date_is_empty():
    """A missing date writes nothing rather than 'None'."""
    assert format_date(None, "day", "en") == ""
