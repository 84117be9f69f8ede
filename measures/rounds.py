"""Reads of a reporting round: who is expected to report which indicator, and how far each one is."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, Q

from core.i18n import pick_language
from programmes.models import MemberState, Programme

from .models import Indicator, ReportingRound, Result, RoundExpectation
from .selectors import TOTAL

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
    round: ReportingRound | None  # None: the default expectations, no deadline
    reporters: list[Reporter]
    indicators: list[Indicator]
    cells: dict[tuple[str, int], str] = field(default_factory=dict)
    # Indicators with a verified CIS-wide total: that total is the CIS's figure, final as it stands.
    cis_totals: frozenset[int] = frozenset()

    @property
    def deadline(self):
        return self.round.deadline if self.round is not None else None

    def indicator_final(self, indicator_id: int) -> bool:
        """The year's figure of the indicator is final: a verified CIS-wide total, or every
        expected reporter's result verified."""
        if indicator_id in self.cis_totals:
            return True
        return all(s == "verified" for (_, ind), s in self.cells.items() if ind == indicator_id)

    def provisional_indicators(self) -> list[Indicator]:
        return [ind for ind in self.indicators if not self.indicator_final(ind.pk)]

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
        """Every expected indicator's figure final (and something is expected)."""
        return bool(self.cells) and not self.provisional_indicators()

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
    return [p for p in _approved_programmes() if _in_force(p, year)]


def _approved_programmes() -> list[Programme]:
    return list(Programme.objects.filter(status=Programme.Status.APPROVED))


def _in_force(programme: Programme, year: int) -> bool:
    if programme.start_year is None:
        return programme.in_force_year == year
    return programme.end_year is not None and programme.start_year <= year <= programme.end_year


def _default_indicators(years: list[int]) -> dict[int, set[int]]:
    """{year: the indicators of the programmes in force in it}: two queries whatever the years."""
    programmes = _approved_programmes()
    by_year: dict[int, set[int]] = {}
    for year in years:
        in_force = [p for p in programmes if _in_force(p, year)]
        by_year[year] = {p.pk for p in in_force} | {p.predecessor_id for p in in_force if p.predecessor_id}
    ids = set().union(*by_year.values())
    if not ids:
        return {year: set() for year in years}
    counted: dict[int, set[int]] = {}
    rows = (
        Result.objects.filter(Q(programme_id__in=ids) | Q(operation__programme_id__in=ids))
        .order_by()
        .values_list("programme_id", "operation__programme_id", "indicator_id")
        .distinct()
    )
    for programme_id, operation_programme_id, indicator_id in rows:
        for pk in {programme_id, operation_programme_id} & ids:
            counted.setdefault(pk, set()).add(indicator_id)
    return {
        year: set().union(*(counted.get(pk, set()) for pk in programme_ids))
        for year, programme_ids in by_year.items()
    }


def default_indicator_ids(year: int) -> set[int]:
    """The indicators of the programmes in force in the year: those results under them (or their
    predecessors, for a programme just begun) have ever counted."""
    return _default_indicators([year])[year]


def _reporter_of_state(state) -> Reporter:
    return Reporter(code=state.code, name_en=state.name_en, name_ru=state.name_ru, state_id=state.pk)


def _reporter_of_body(body) -> Reporter:
    return Reporter(code=body.code, name_en=body.name_en, name_ru=body.name_ru, body_id=body.pk)


def round_for_year(year: int) -> ReportingRound | None:
    return ReportingRound.objects.filter(year=year).first()


def round_grid(year: int, *, reporting_round: ReportingRound | None = None) -> RoundGrid:
    """The grid of the year's round: seven queries whatever its size.

    Every year has a round: expected by default is every member state for each indicator of the
    programmes in force, with no deadline; the secretariat's round of the year (when opened)
    sets the deadline and its adjustments add a state or body for an indicator, or excuse one.
    """
    rounds = {year: reporting_round} if reporting_round is not None else None
    return round_grids([year], rounds=rounds)[year]


def round_grids(years, *, rounds: dict[int, ReportingRound] | None = None) -> dict[int, RoundGrid]:
    """{year: RoundGrid} of several years at once, in the same few queries as one year's grid."""
    years = sorted(set(years))
    if rounds is None:
        rounds = {r.year: r for r in ReportingRound.objects.filter(year__in=years)}
    defaults = _default_indicators(years)
    states = list(
        MemberState.objects.filter(status=MemberState.Status.MEMBER).only("code", "name_en", "name_ru")
    )
    adjustments: dict[int, list[RoundExpectation]] = {}
    if rounds:
        for adj in (
            RoundExpectation.objects.filter(round__in=[r.pk for r in rounds.values()])
            .select_related("state", "body", "round")
            .order_by("pk")
        ):
            adjustments.setdefault(adj.round.year, []).append(adj)
    expected: dict[int, set[tuple[str, int]]] = {}
    reporters: dict[int, dict[str, Reporter]] = {}
    for year in years:
        expected[year] = set()
        reporters[year] = {}
        for state in states:
            reporters[year][state.code] = _reporter_of_state(state)
            expected[year] |= {(state.code, ind) for ind in defaults[year]}
        for adj in adjustments.get(year, []):
            reporter = _reporter_of_state(adj.state) if adj.state_id else _reporter_of_body(adj.body)
            key = (reporter.code, adj.indicator_id)
            if adj.expected:
                reporters[year].setdefault(reporter.code, reporter)
                expected[year].add(key)
            else:
                expected[year].discard(key)
    used_indicators = {ind for keys in expected.values() for _, ind in keys}
    indicators = list(Indicator.objects.filter(pk__in=used_indicators))
    everyone = [r for by_code in reporters.values() for r in by_code.values()]
    state_codes = {r.state_id: r.code for r in everyone if r.state_id}
    body_codes = {r.body_id: r.code for r in everyone if r.body_id}
    # One query for every year: the reporters' rows, and the verified CIS-wide totals that are
    # the CIS's figure by themselves whatever the reporters have sent.
    rows = (
        Result.objects.filter(year__in=years, indicator_id__in=used_indicators)
        .filter(
            Q(state_id__in=state_codes)
            | Q(body_id__in=body_codes, state__isnull=True)
            | (TOTAL & Q(status=Result.Status.VERIFIED))
        )
        .order_by()
        .values_list("year", "indicator_id", "state_id", "body_id", "operation_id", "status")
        .distinct()
    )
    reached: dict[int, dict[tuple[str, int], str]] = {year: {} for year in years}
    totals: dict[int, set[int]] = {year: set() for year in years}
    for year, indicator_id, state_id, body_id, operation_id, status in rows:
        if not state_id and not body_id:
            if not operation_id:
                totals[year].add(indicator_id)
            continue
        code = state_codes.get(state_id) if state_id else body_codes.get(body_id)
        key = (code, indicator_id)
        seen = reached[year]
        if key in expected[year] and (key not in seen or _RANK[status] < _RANK[seen[key]]):
            seen[key] = status
    grids = {}
    for year in years:
        used_codes = {code for code, _ in expected[year]}
        ordered = sorted(
            (r for r in reporters[year].values() if r.code in used_codes),
            key=lambda r: (not r.is_state, r.code),
        )
        year_indicators = {ind for _, ind in expected[year]}
        grids[year] = RoundGrid(
            year=year,
            round=rounds.get(year),
            reporters=ordered,
            indicators=[ind for ind in indicators if ind.pk in year_indicators],
            cells={key: reached[year].get(key, MISSING) for key in expected[year]},
            cis_totals=frozenset(totals[year] & year_indicators),
        )
    return grids


@dataclass(frozen=True)
class YearCompleteness:
    """How complete a year's figures are: reporters done of reporters expected, per indicator too.

    Only the indicators still provisional count: one with a verified CIS-wide total, or with
    every expected result verified, is final whoever else has not reported it.
    """

    year: int
    done: int
    expected: int
    states: bool
    per_indicator: dict[int, tuple[int, int]]  # provisional indicators only
    missing: list[Reporter]

    @property
    def final(self) -> bool:
        return not self.per_indicator

    def indicator_final(self, indicator_id: int) -> bool:
        return indicator_id not in self.per_indicator


def _completeness(grid: RoundGrid) -> YearCompleteness:
    provisional = {ind.pk for ind in grid.provisional_indicators()}
    owing = {code for (code, ind) in grid.cells if ind in provisional}
    pending = {code for (code, ind), s in grid.cells.items() if ind in provisional and s != "verified"}
    done = [r for r in grid.reporters if r.code in owing and r.code not in pending]
    reporters = [r for r in grid.reporters if r.code in owing]
    return YearCompleteness(
        year=grid.year,
        done=len(done),
        expected=len(reporters),
        states=all(r.is_state for r in reporters),
        per_indicator={pk: grid.indicator_progress(pk) for pk in provisional},
        missing=[r for r in reporters if r not in done],
    )


def years_completeness(years) -> dict[int, YearCompleteness]:
    """{year: YearCompleteness} of several years, in the queries of one grid."""
    return {year: _completeness(grid) for year, grid in round_grids(years).items()}


def year_completeness(year: int) -> YearCompleteness:
    """The year's completeness against its round (the default expectations when none is opened)."""
    return _completeness(round_grid(year))


def year_is_final(year: int) -> bool:
    """A year's figures are final when every expected indicator's figure is."""
    return year_completeness(year).final


@dataclass(frozen=True)
class FigureYears:
    """Which year the figures open on: the latest complete one, and a later one in progress."""

    complete: int | None
    in_progress: int | None
    round_years: frozenset[int]
    completeness: dict[int, YearCompleteness] = field(default_factory=dict)


def figure_years() -> FigureYears:
    """The latest year with verified figures that are final, and the latest year with a round or
    any result after it: the same few queries whatever the number of years."""
    rows = list(
        Result.objects.order_by("-year")
        .values("year")
        .annotate(verified=Count("pk", filter=Q(status=Result.Status.VERIFIED)))
        .values_list("year", "verified")
    )
    rounds = {r.year: r for r in ReportingRound.objects.all()}
    years = {year for year, _ in rows} | set(rounds)
    grids = round_grids(years, rounds={y: r for y, r in rounds.items()})
    completeness = {year: _completeness(grid) for year, grid in grids.items()}
    complete = None
    for year, verified in rows:
        if verified and completeness[year].final:
            complete = year
            break
    latest = max([*rounds, *(year for year, _ in rows[:1])], default=None)
    in_progress = latest if latest is not None and (complete is None or latest > complete) else None
    return FigureYears(
        complete=complete, in_progress=in_progress, round_years=frozenset(rounds), completeness=completeness
    )


def latest_complete_year() -> int | None:
    """The latest year with verified figures that are final."""
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
