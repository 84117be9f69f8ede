"""Reads for the site: yearly figures of indicators, operations with their filters and participants."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet, Sum

from accounts.policy import visible_results
from programmes.models import MemberState, Programme

from .models import FigurePart, Indicator, Operation, Result

# A CIS-wide total: reported for no state, no body and no operation.
TOTAL = Q(state__isnull=True, body__isnull=True, operation__isnull=True)
UNVERIFIED = ~Q(status=Result.Status.VERIFIED)


@dataclass(frozen=True)
class YearFigure:
    """The figure of an indicator for a year, as the report would count it.

    The CIS-wide total when one is recorded, otherwise the sum of the year's other rows.
    `provisional` says that unverified results went into it (only analysts and the
    secretariat ever see such figures).
    """

    indicator_id: int
    year: int
    value: Decimal
    qualifier: str
    provisional: bool
    # Both sides, for a check that the total agrees with its parts (None where there is none).
    total: Decimal | None = None
    parts_sum: Decimal | None = None


def _result_sums(results: QuerySet) -> QuerySet:
    return results.annotate(
        total=Sum("value", filter=TOTAL),
        parts=Sum("value", filter=~TOTAL),
        total_unverified=Count("pk", filter=TOTAL & UNVERIFIED),
        parts_unverified=Count("pk", filter=~TOTAL & UNVERIFIED),
        total_more=Count("pk", filter=TOTAL & Q(qualifier=Result.Qualifier.MORE_THAN)),
        total_about=Count("pk", filter=TOTAL & Q(qualifier=Result.Qualifier.ABOUT)),
        parts_more=Count("pk", filter=~TOTAL & Q(qualifier=Result.Qualifier.MORE_THAN)),
        parts_about=Count("pk", filter=~TOTAL & Q(qualifier=Result.Qualifier.ABOUT)),
    )


def _stored_sums(parts: QuerySet) -> QuerySet:
    # The same sums as _result_sums, added up from the stored rows instead of the results.
    total, side = Q(is_total=True), Q(is_total=False)
    return parts.annotate(
        total=Sum("value_sum", filter=total),
        parts=Sum("value_sum", filter=side),
        total_unverified=Sum("row_count", filter=total & UNVERIFIED),
        parts_unverified=Sum("row_count", filter=side & UNVERIFIED),
        total_more=Sum("more_count", filter=total),
        total_about=Sum("about_count", filter=total),
        parts_more=Sum("more_count", filter=side),
        parts_about=Sum("about_count", filter=side),
    )


def figures(results: QuerySet) -> dict[tuple[int, int], YearFigure]:
    """Figures per (indicator id, year) of the given results, aggregated in one query.

    `results` is a queryset of results, or of stored figures (`FigurePart`, filtered the
    same way: by year, indicator, status, `visible_results`): the same figures, read from a
    few hundred stored sums instead of every result.
    """
    grouped = results.order_by().values("indicator_id", "year")
    rows = _stored_sums(grouped) if results.model is FigurePart else _result_sums(grouped)
    out = {}
    for row in rows:
        side = "total" if row["total"] is not None else "parts"
        if row[f"{side}_more"]:
            qualifier = Result.Qualifier.MORE_THAN
        elif row[f"{side}_about"]:
            qualifier = Result.Qualifier.ABOUT
        else:
            qualifier = Result.Qualifier.EXACT
        key = (row["indicator_id"], row["year"])
        out[key] = YearFigure(
            indicator_id=row["indicator_id"],
            year=row["year"],
            value=row[side],
            qualifier=qualifier,
            provisional=bool(row[f"{side}_unverified"]),
            total=row["total"],
            parts_sum=row["parts"],
        )
    return out


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator's figures over a list of years, for a table and its trend chart."""

    indicator: Indicator
    cells: list[YearFigure | None]

    @property
    def points(self) -> list[YearFigure]:
        return [cell for cell in self.cells if cell is not None]


def indicator_table(results: QuerySet) -> tuple[list[int], list[IndicatorRow]]:
    """Years and one row per indicator that has a figure: two queries whatever the rows."""
    by_key = figures(results)
    years = sorted({year for _, year in by_key})
    indicators = Indicator.objects.filter(pk__in={ind for ind, _ in by_key})
    rows = [
        IndicatorRow(indicator=indicator, cells=[by_key.get((indicator.pk, year)) for year in years])
        for indicator in indicators
    ]
    return years, rows


def latest_verified_year() -> int | None:
    """The latest year with at least one verified result."""
    return FigurePart.objects.filter(status=Result.Status.VERIFIED).aggregate(year=Max("year"))["year"]


def result_years() -> list[int]:
    """Every year that has results, newest first, from the stored figures (not a scan of the results)."""
    return list(FigurePart.objects.order_by("-year").values_list("year", flat=True).distinct())


def reporting_year(*, today: datetime.date) -> int:
    """The year whose results are being gathered: the last full year, or the latest with results before it.

    A report covers a finished year (the 2024 report is written in 2025); where nothing is
    recorded for that year yet, the latest year that has results.
    """
    last_full = today.year - 1
    recorded = FigurePart.objects.filter(year__lte=last_full).aggregate(year=Max("year"))["year"]
    return recorded or last_full


@dataclass(frozen=True)
class YearChange:
    """An indicator's figure in a year and the figure of the year before, if any."""

    indicator: Indicator
    current: YearFigure
    previous: YearFigure | None

    @property
    def change(self) -> Decimal | None:
        if self.previous is None:
            return None
        return self.current.value - self.previous.value


def year_changes(*, year: int, user: User | AnonymousUser) -> list[YearChange]:
    """Each indicator with a figure in `year`, beside its figure of the year before."""
    by_key = figures(visible_results(user, FigurePart.objects.filter(year__in=[year - 1, year])))
    indicators = Indicator.objects.filter(pk__in={ind for ind, y in by_key if y == year})
    return [
        YearChange(
            indicator=indicator,
            current=by_key[(indicator.pk, year)],
            previous=by_key.get((indicator.pk, year - 1)),
        )
        for indicator in indicators
    ]


def indicators_with_years() -> QuerySet:
    """Indicators with the first and last year of their verified results."""
    verified = Q(figure_parts__status=Result.Status.VERIFIED)
    return Indicator.objects.annotate(
        first_year=Min("figure_parts__year", filter=verified),
        last_year=Max("figure_parts__year", filter=verified),
    )


def operations(
    *,
    year: int | None = None,
    kind: str | None = None,
    state: MemberState | None = None,
    programme: Programme | None = None,
) -> QuerySet:
    """Operations, newest first, filtered; with what a list row shows, fetched in bulk."""
    qs = Operation.objects.select_related("programme", "host_state", "coordinating_body")
    if year is not None:
        qs = qs.filter(year=year)
    if kind:
        qs = qs.filter(kind=kind)
    if programme is not None:
        qs = qs.filter(programme=programme)
    if state is not None:
        takes_part = Operation.participating_states.through.objects.filter(
            operation=OuterRef("pk"), memberstate=state
        )
        qs = qs.filter(Q(host_state=state) | Exists(takes_part))
    return qs.order_by("-year", "name_key")


def operation_years() -> list[int]:
    return list(Operation.objects.order_by("-year").values_list("year", flat=True).distinct())


def operation_detail_results(operation: Operation, user: User | AnonymousUser) -> QuerySet:
    """The operation's results the user may see, with what the table prints."""
    return (
        visible_results(user, operation.results.all())
        .select_related("indicator", "state", "body")
        .order_by("indicator__sentence_group", "indicator__order", "indicator__code", "state__code")
    )


def indicator_figures(indicator: Indicator, user: User | AnonymousUser) -> list[YearFigure]:
    """The indicator's figure in every year that has one, oldest first."""
    by_key = figures(visible_results(user, FigurePart.objects.filter(indicator=indicator)))
    return [by_key[key] for key in sorted(by_key, key=lambda k: k[1])]
