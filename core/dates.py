"""Dates known to the day, the month or the year, and how each language writes them."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Genitive forms, as a date is written in Russian ("14 октября 2022 г.").
MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
# Nominative forms, for a date known to the month ("октябрь 2024 г.").
MONTHS_RU_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


def truncate(value: datetime.date, precision: str) -> datetime.date:
    """The canonical stored form: the first day of the month or year that is known."""
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value


def format_date(value: datetime.date | None, precision: str, lang: str) -> str:
    """Write a date as precisely as it is known, in English or Russian."""
    if value is None:
        return ""
    if lang == "ru":
        if precision == DatePrecision.YEAR:
            return f"{value.year}\u00a0г."
        if precision == DatePrecision.MONTH:
            return f"{MONTHS_RU_NOMINATIVE[value.month - 1]} {value.year}\u00a0г."
        return f"{value.day} {MONTHS_RU_GENITIVE[value.month - 1]} {value.year}\u00a0г."
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return f"{MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
