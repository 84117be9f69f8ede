"""Cell converters: stable codes to records through caches loaded once, numbers, years, lists."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from import_export import widgets

from core.dates import DatePrecision
from measures.names import name_key

LIST_SEPARATOR = "|"
# Cells a spreadsheet would run as a formula; the export prefixes them with an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@")
_ESCAPED = "=+-@'"
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# The years an import accepts: the first year of the organisation's figures (the models'
# YEAR_VALIDATORS) to a bound that keeps typos such as 9999 or 0000 out of the reports.
FIRST_YEAR = 1991
LAST_YEAR = 2100


def escape_formula(value):
    """'=1+2 for =1+2, so that opening an export runs nothing.

    A cell that already begins with an apostrophe before one of those characters (or before
    another apostrophe) gets one more, so that unescape_formula gives back exactly the original.
    """
    if isinstance(value, str) and (
        value.startswith(FORMULA_STARTS) or (value.startswith("'") and value[1:2] in _ESCAPED)
    ):
        return "'" + value
    return value


def unescape_formula(value):
    """Undo escape_formula: '=1+2 back to =1+2; every other cell unchanged."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1:2] in _ESCAPED:
        return value[1:]
    return value


def text(value) -> str:
    """A cell as a trimmed string; empty cells (None in XLSX) as ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class KeyWidget(widgets.Widget):
    """A record named by its stable code, looked up in a dict the resource fills once per import."""

    def __init__(self, noun: str, key: str = "code", **kwargs):
        self.noun = noun
        self.key = key
        self.cache: dict[str, object] | None = None
        super().__init__(**kwargs)

    def normalize(self, code: str) -> str:
        return code

    def clean(self, value, row=None, **kwargs):
        code = text(value)
        if not code:
            return None
        found = self.cache.get(self.normalize(code))
        if found is None:
            raise ValueError(_("unknown %(noun)s “%(code)s”") % {"noun": self.noun, "code": code})
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else getattr(value, self.key)


class StateKeyWidget(KeyWidget):
    def normalize(self, code: str) -> str:
        return code.upper()


class ListKeyWidget(KeyWidget):
    """Several codes in one cell, separated by "|"."""

    def clean(self, value, row=None, **kwargs):
        found, unknown = [], []
        for code in (part.strip() for part in text(value).split(LIST_SEPARATOR)):
            if not code:
                continue
            record = self.cache.get(self.normalize(code))
            if record is None:
                unknown.append(code)
            elif record not in found:
                found.append(record)
        if unknown:
            raise ValueError(
                _("unknown %(noun)s %(codes)s")
                % {"noun": self.noun, "codes": ", ".join(f"“{code}”" for code in unknown)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return LIST_SEPARATOR.join(sorted(getattr(record, self.key) for record in value.all()))


class StateListWidget(ListKeyWidget, StateKeyWidget):
    pass


def checked_year(raw: str) -> int:
    """The year of four digits `raw`, if it lies between FIRST_YEAR and LAST_YEAR."""
    year = int(raw)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(
            _("“%(value)s” is not a year between %(first)d and %(last)d")
            % {"value": raw, "first": FIRST_YEAR, "last": LAST_YEAR}
        )
    return year


class YearWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        raw = text(value)
        if not raw:
            raise ValueError(_("a year is required"))
        if not re.fullmatch(r"\d{4}", raw):
            raise ValueError(_("“%(value)s” is not a year") % {"value": raw})
        return checked_year(raw)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class ValueWidget(widgets.Widget):
    """A non-negative number with at most 3 decimals; spaces between thousands are allowed."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            raise ValueError(_("“%(value)s” is not a number") % {"value": value})
        if isinstance(value, int | float | Decimal):
            number = Decimal(str(value))
        else:
            raw = _SPACES.sub("", text(value))
            if not raw:
                raise ValueError(_("a value is required"))
            try:
                number = Decimal(raw)
            except InvalidOperation:
                raise ValueError(_("“%(value)s” is not a number") % {"value": text(value)}) from None
        if not number.is_finite():
            raise ValueError(_("“%(value)s” is not a number") % {"value": text(value)})
        if number < 0:
            raise ValueError(_("the value cannot be negative (%(value)s)") % {"value": text(value)})
        if number.adjusted() >= 11 or number != number.quantize(Decimal("0.001")):
            raise ValueError(
                _("“%(value)s” has more than 3 decimals or more than 11 digits") % {"value": text(value)}
            )
        return number

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        if kwargs.get("force_native_type"):
            # A spreadsheet's number cell (the library asks for native types in XLSX).
            return int(value) if value == value.to_integral_value() else value.normalize()
        return format_number(value)


def format_number(value: Decimal) -> str:
    """382.8 rather than 382.800, 62364 rather than 6.2364E+4."""
    text_value = f"{value:f}"
    if "." in text_value:
        text_value = text_value.rstrip("0").rstrip(".")
    return text_value


class ChoiceWidget(widgets.Widget):
    """One of a model field's choices, by its code; an empty cell gives the default."""

    def __init__(self, choices, noun: str, default: str | None = None, **kwargs):
        self.values = {str(value) for value, _label in choices}
        self.noun = noun
        self.default = default
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        code = text(value)
        if not code:
            if self.default is None:
                raise ValueError(_("a %(noun)s is required") % {"noun": self.noun})
            return self.default
        if code not in self.values:
            raise ValueError(
                _("unknown %(noun)s “%(code)s” (one of: %(choices)s)")
                % {"noun": self.noun, "code": code, "choices": ", ".join(sorted(self.values))}
            )
        return code

    def render(self, value, obj=None, **kwargs):
        return value or ""


class TextWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return text(value)

    def render(self, value, obj=None, **kwargs):
        return value or ""


class RequiredTextWidget(TextWidget):
    def __init__(self, noun: str, **kwargs):
        self.noun = noun
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        cleaned = text(value)
        if not cleaned:
            raise ValueError(_("a %(noun)s is required") % {"noun": self.noun})
        return cleaned


class DateWidget(widgets.Widget):
    """A day (2024-10-14); with `precision`, also a month (2024-10) or a year (2024)."""

    def __init__(self, with_precision: bool = False, **kwargs):
        self.with_precision = with_precision
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        """(date, precision) or (None, None)."""
        if isinstance(value, datetime.datetime):
            return value.date(), DatePrecision.DAY
        if isinstance(value, datetime.date):
            return value, DatePrecision.DAY
        raw = text(value)
        if not raw:
            return None, None
        patterns = [(r"(\d{4})-(\d{2})-(\d{2})", DatePrecision.DAY)]
        if self.with_precision:
            patterns += [(r"(\d{4})-(\d{2})", DatePrecision.MONTH), (r"(\d{4})", DatePrecision.YEAR)]
        for pattern, precision in patterns:
            match = re.fullmatch(pattern, raw)
            if match:
                parts = [int(part) for part in match.groups()] + [1, 1]
                try:
                    return datetime.date(*parts[:3]), precision
                except ValueError:
                    break
        expected = "YYYY-MM-DD, YYYY-MM, YYYY" if self.with_precision else "YYYY-MM-DD"
        raise ValueError(_("“%(value)s” is not a date (%(expected)s)") % {"value": raw, "expected": expected})

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value.isoformat()


def render_date(value: datetime.date | None, precision: str) -> str:
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


class DueYearWidget(widgets.Widget):
    """ "2024" or "2024-2025" as (due_from, due_to); "2024" is (None, 2024)."""

    def clean(self, value, row=None, **kwargs):
        raw = _SPACES.sub("", text(value)).replace("–", "-")
        if not raw:
            return None, None
        match = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", raw)
        if not match:
            raise ValueError(_("“%(value)s” is not a year or a range of years (2024-2025)") % {"value": raw})
        first = checked_year(match.group(1))
        if match.group(2) is None:
            return None, first
        last = checked_year(match.group(2))
        if last < first:
            raise ValueError(_("the last due year comes before the first (%(value)s)") % {"value": raw})
        return first, last

    def render(self, value, obj=None, **kwargs):
        if obj is None:
            return ""
        if obj.due_from and obj.due_to:
            return f"{obj.due_from}-{obj.due_to}"
        return str(obj.due_to or obj.due_from or "")


class OperationKeyWidget(KeyWidget):
    """An operation named in a result row: its name in that row's year, dashes and case aside."""

    def clean(self, value, row=None, values=None, **kwargs):
        name = text(value)
        if not name:
            return None
        year = (values or {}).get("year")
        if year is None:
            return None  # the year's own error is reported
        found = self.cache.get((name_key(name), year))
        if found is None:
            raise ValueError(_("unknown operation “%(name)s” in %(year)s") % {"name": name, "year": year})
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value.name


class ObjectiveNumberWidget(KeyWidget):
    """An objective by its number within the row's programme."""

    def clean(self, value, row=None, values=None, **kwargs):
        raw = text(value)
        if not raw:
            return None
        programme = (values or {}).get("programme")
        if programme is None:
            return None
        found = self.cache.get((programme.pk, raw))
        if found is None:
            raise ValueError(
                _("programme %(programme)s has no objective number “%(number)s”")
                % {"programme": programme.slug, "number": raw}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value.number)
