"""Reads of a reporting round: who is expected to report which indicator, and how far each one is."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, Q

from core.i18n import pick_language
from programmes.models import MemberState, Programme

from .models import Indicator, ReportingRound, Result

MISSING = "missing"
STATUSES = (MISSING, "draft", "submitted", "returned", "verified")
# A reporter's cell shows the step still furthest from done when it has several rows.
_RANK = {"returned": 0, "draft": 1, "submitted": 2, "verified": 3}
NOT_SUBMITTED = (MISSING, "draft", "returned")


@dataclass(frozen=True)
class Reporter:
    """A state or body expected to report; `code` is its ISO alpha-3 or body code."""

    code: str
    name_en: str
    name_ru: str
    state_id: int | None = None
    body_id: int | None = None

    @property
    def is_state(self) -> bool:
        return self.state_id is not None

    def localized(self, field: str = "name", lang: str | None = None) -> str:
        return self.name_ru if pick_language(lang) == "ru" else self.name_en

    def __str__(self) -> str:
        return self.localized()


@dataclass(frozen=True)
class GridRow:
    reporter: Reporter
    cells: list[str | None]  # one per indicator of the grid; None where not expected


@dataclass(frozen=True)
class RoundGrid:
    """The completeness grid of a year: reporter x indicator -> status (only expected cells)."""

    year: int
    round: ReportingRound
    reporters: list[Reporter]
    indicators: list[Indicator]
    cells: dict[tuple[str, int], str] = field(default_factory=dict)

    @property
    def deadline(self):
        return self.round.deadline

    def rows(self) -> list[GridRow]:
        return [
            GridRow(reporter, [self.cells.get((reporter.code, ind.pk)) for ind in self.indicators])
            for reporter in self.reporters
        ]

    def triples(self) -> Iterator[tuple[Reporter, Indicator, str]]:
        """(reporter, indicator, status) of every expected cell, reporters then indicators in order."""
        for reporter in self.reporters:
            for indicator in self.indicators:
                status = self.cells.get((reporter.code, indicator.pk))
                if status is not None:
                    yield reporter, indicator, status

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for status in self.cells.values():
            out[status] += 1
        return out

    @property
    def complete(self) -> bool:
        """Every expected result verified (and something is expected)."""
        return bool(self.cells) and all(status == "verified" for status in self.cells.values())

    def reporter_statuses(self, reporter: Reporter) -> list[str]:
        return [s for (code, _), s in self.cells.items() if code == reporter.code]

    def done_reporters(self) -> list[Reporter]:
        """Reporters whose every expected result is verified."""
        return [r for r in self.reporters if all(s == "verified" for s in self.reporter_statuses(r))]

    def missing_reporters(self) -> list[Reporter]:
        """Reporters with at least one expected result not yet submitted (missing, draft or returned)."""
        return [r for r in self.reporters if any(s in NOT_SUBMITTED for s in self.reporter_statuses(r))]

    def indicator_progress(self, indicator_id: int) -> tuple[int, int]:
        """(reporters verified, reporters expected) for one indicator."""
        statuses = [s for (_, ind), s in self.cells.items() if ind == indicator_id]
        return sum(1 for s in statuses if s == "verified"), len(statuses)

    def missing_for(self, *, state_id: int | None, body_id: int | None) -> list[tuple[Indicator, str]]:
        """The indicators a reporter still has to submit, with their status."""
        reporter = next(
            (
                r
                for r in self.reporters
                if (r.state_id, r.body_id) == (state_id, body_id) and (state_id or body_id)
            ),
            None,
        )
        if reporter is None:
            return []
        return [
            (ind, self.cells[(reporter.code, ind.pk)])
            for ind in self.indicators
            if self.cells.get((reporter.code, ind.pk)) in NOT_SUBMITTED
        ]

    @property
    def reporters_are_states(self) -> bool:
        return all(r.is_state for r in self.reporters)


def programmes_in_force(year: int) -> list[Programme]:
    """Approved programmes whose period covers the year (or known in force in it)."""
    return list(
        Programme.objects.filter(
            Q(start_year__lte=year, end_year__gte=year) | Q(start_year__isnull=True, in_force_year=year),
            status=Programme.Status.APPROVED,
        )
    )


def default_indicator_ids(year: int) -> set[int]:
    """The indicators of the programmes in force in the year: those results under them (or their
    predecessors, for a programme just begun) have ever counted."""
    programmes = programmes_in_force(year)
    ids = {p.pk for p in programmes} | {p.predecessor_id for p in programmes if p.predecessor_id}
    if not ids:
        return set()
    return set(
        Result.objects.filter(Q(programme_id__in=ids) | Q(operation__programme_id__in=ids))
        .order_by()
        .values_list("indicator_id", flat=True)
        .distinct()
    )


def _reporter_of_state(state) -> Reporter:
    return Reporter(code=state.code, name_en=state.name_en, name_ru=state.name_ru, state_id=state.pk)


def _reporter_of_body(body) -> Reporter:
    return Reporter(code=body.code, name_en=body.name_en, name_ru=body.name_ru, body_id=body.pk)


def round_for_year(year: int) -> ReportingRound | None:
    return ReportingRound.objects.filter(year=year).first()


def round_grid(year: int, *, reporting_round: ReportingRound | None = None) -> RoundGrid | None:
    """The grid of the year's round, or None when the year has no round: seven queries whatever its size.

    Expected by default: every member state for each indicator of the programmes in force;
    the round's adjustments add a state or body for an indicator, or excuse one from it.
    """
    reporting_round = reporting_round or round_for_year(year)
    if reporting_round is None:
        return None
    expected: set[tuple[str, int]] = set()
    reporters: dict[str, Reporter] = {}
    indicator_ids = default_indicator_ids(year)
    for state in MemberState.objects.filter(status=MemberState.Status.MEMBER).only(
        "code", "name_en", "name_ru"
    ):
        reporters[state.code] = _reporter_of_state(state)
        expected |= {(state.code, ind) for ind in indicator_ids}
    for adj in reporting_round.expectations.select_related("state", "body").order_by("pk"):
        reporter = _reporter_of_state(adj.state) if adj.state_id else _reporter_of_body(adj.body)
        key = (reporter.code, adj.indicator_id)
        if adj.expected:
            reporters.setdefault(reporter.code, reporter)
            expected.add(key)
        else:
            expected.discard(key)
    used_codes = {code for code, _ in expected}
    ordered = sorted(
        (r for r in reporters.values() if r.code in used_codes), key=lambda r: (not r.is_state, r.code)
    )
    used_indicators = {ind for _, ind in expected}
    indicators = list(Indicator.objects.filter(pk__in=used_indicators))
    state_ids = {r.state_id: r.code for r in ordered if r.state_id}
    body_ids = {r.body_id: r.code for r in ordered if r.body_id}
    reached: dict[tuple[str, int], str] = {}
    rows = (
        Result.objects.filter(year=year, indicator_id__in=used_indicators)
        .filter(Q(state_id__in=state_ids) | Q(body_id__in=body_ids, state__isnull=True))
        .order_by()
        .values_list("indicator_id", "state_id", "body_id", "status")
    )
    for indicator_id, state_id, body_id, status in rows:
        code = state_ids.get(state_id) if state_id else body_ids.get(body_id)
        key = (code, indicator_id)
        if key in expected and (key not in reached or _RANK[status] < _RANK[reached[key]]):
            reached[key] = status
    cells = {key: reached.get(key, MISSING) for key in expected}
    return RoundGrid(year=year, round=reporting_round, reporters=ordered, indicators=indicators, cells=cells)


@dataclass(frozen=True)
class YearCompleteness:
    """How complete a year's figures are: reporters done of reporters expected, per indicator too."""

    year: int
    done: int
    expected: int
    states: bool
    per_indicator: dict[int, tuple[int, int]]
    missing: list[Reporter]

    @property
    def final(self) -> bool:
        return self.expected > 0 and self.done == self.expected


def year_completeness(year: int) -> YearCompleteness | None:
    """The year's completeness, or None when the year has no round (its figures stand as recorded)."""
    grid = round_grid(year)
    if grid is None:
        return None
    return YearCompleteness(
        year=year,
        done=len(grid.done_reporters()),
        expected=len(grid.reporters),
        states=grid.reporters_are_states,
        per_indicator={ind.pk: grid.indicator_progress(ind.pk) for ind in grid.indicators},
        missing=[r for r in grid.reporters if r not in grid.done_reporters()],
    )


def year_is_final(year: int) -> bool:
    """A year's figures are final when its round is all verified, or when it has no round."""
    completeness = year_completeness(year)
    return completeness is None or completeness.final


@dataclass(frozen=True)
class FigureYears:
    """Which year the figures open on: the latest complete one, and a later one in progress."""

    complete: int | None
    in_progress: int | None
    round_years: frozenset[int]


def figure_years() -> FigureYears:
    """The latest year with verified figures whose round (if it has one) is all verified, and the
    latest year with a round or any result after it: two queries, plus a grid per open round year."""
    rows = (
        Result.objects.order_by("-year")
        .values("year")
        .annotate(verified=Count("pk", filter=Q(status=Result.Status.VERIFIED)))
        .values_list("year", "verified")
    )
    rows = list(rows)
    round_years = frozenset(ReportingRound.objects.values_list("year", flat=True))
    complete = None
    for year, verified in rows:
        if verified and (year not in round_years or year_is_final(year)):
            complete = year
            break
    latest = max([*round_years, *(year for year, _ in rows[:1])], default=None)
    in_progress = latest if latest is not None and (complete is None or latest > complete) else None
    return FigureYears(complete=complete, in_progress=in_progress, round_years=round_years)


def latest_complete_year() -> int | None:
    """The latest year with verified figures whose round (if it has one) is all verified."""
    return figure_years().complete


def year_in_progress(after: int | None) -> int | None:
    """The latest year with a round or any result, when it comes after `after` (the complete year)."""
    years = figure_years()
    latest = years.in_progress or years.complete
    if latest is None or (after is not None and latest <= after):
        return None
    return latest


def current_round() -> ReportingRound | None:
    """The round of the latest year that has one."""
    return ReportingRound.objects.order_by("-year").first()
