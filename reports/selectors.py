"""Reads for the report: a fixed handful of aggregate queries, returned as plain dataclasses."""

from decimal import Decimal

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Exists, OuterRef, Prefetch, Q, Sum, Value
from django.db.models.functions import Coalesce

from accounts.policy import visible_results
from measures.models import Event, FigurePart, Indicator, Operation, Result
from measures.selectors import figures as year_figures
from programmes.models import Body, LegalInstrument, Programme

from .models import AnnualReport, Mandate, Passage
from .types import (
    Annex,
    AnnexRow,
    EventData,
    Figure,
    InstrumentData,
    LetterData,
    MandateData,
    OperationData,
    PassageData,
    PendingResults,
    ProgrammeData,
    ReportData,
    Text,
    Warnings,
    Words,
)

VERIFIED = Result.Status.VERIFIED
DRAFT_PROGRAMME_STATUSES = ("for_signing", "being_agreed", "draft")
CURRENT_PROGRAMME_STATUSES = ("approved", "completed")
# Drafts of programmes starting within this many years are "being prepared" in a year's report.
DRAFT_HORIZON = 5
# A CIS-wide total reports for no state, no body and no operation.


def _text(obj, field: str) -> Text:
    return Text(en=getattr(obj, f"{field}_en", "") or "", ru=getattr(obj, f"{field}_ru", "") or "")


def _name(body: Body | None) -> Text | None:
    return _text(body, "name") if body else None


def _short(body: Body) -> Text:
    """An organization as a list names it: "CIS", "СНГ"; the full name where there is no abbreviation."""
    return Text(en=body.abbr_en or body.name_en, ru=body.abbr_ru or body.name_ru)


def result_counts_by_status(year: int) -> dict[str, int]:
    """How many results of the year are in each status (statuses without any left out): one query."""
    rows = FigurePart.objects.filter(year=year).values("status").annotate(count=Sum("row_count")).order_by()
    return {r["status"]: r["count"] for r in rows}


def result_counts(year: int) -> tuple[int, int]:
    """(all results of the year, verified ones): one query."""
    counts = FigurePart.objects.filter(year=year).aggregate(
        total=Coalesce(Sum("row_count"), 0), verified=Coalesce(Sum("row_count", filter=Q(status=VERIFIED)), 0)
    )
    return counts["total"], counts["verified"]


def report_for_year(year: int) -> AnnualReport | None:
    return (
        AnnualReport.objects.select_related("mandate")
        .prefetch_related(Prefetch("programmes", queryset=Programme.objects.order_by("start_year", "slug")))
        .filter(year=year)
        .first()
    )


def mandate_for_year(year: int) -> Mandate | None:
    """The latest mandate whose reporting years include `year`; never one recorded for other years."""
    return (
        Mandate.objects.filter(first_year__lte=year)
        .filter(Q(last_year__isnull=True) | Q(last_year__gte=year))
        .order_by("-adopted_on", "-pk")
        .first()
    )


def _mandate(report: AnnualReport | None, year: int) -> MandateData | None:
    """The report's own mandate, else the one recorded for its year; None shows a placeholder."""
    mandate = report.mandate if report and report.mandate_id else mandate_for_year(year)
    if mandate is None:
        return None
    return MandateData(
        resolution=mandate.resolution,
        adopted_on=mandate.adopted_on,
        paragraph=mandate.paragraph,
        subject=_text(mandate, "subject"),
    )


def _letter(report: AnnualReport | None) -> LetterData:
    if report is None:
        return LetterData()
    return LetterData(
        letter_date=report.letter_date,
        job_number=report.job_number,
        signatory=_text(report, "signatory"),
        signatory_name=_text(report, "signatory_name"),
        include_annex=report.include_annex,
    )


def passage_data(passage: Passage) -> PassageData:
    return PassageData(
        key=passage.key,
        text=Text(en=passage.text_en, ru=passage.text_ru),
        edited=passage.edited,
        ru_edited_at=passage.ru_edited_at,
        en_edited_at=passage.en_edited_at,
    )


def _passages(year: int) -> tuple[tuple[PassageData, ...] | None, tuple[PassageData, ...]]:
    """The year's passages (None when it has none) and the previous year's: one query."""
    rows = (
        Passage.objects.filter(report__year__in=(year, year - 1))
        .select_related("report")
        .order_by("position", "pk")
    )
    own = [passage_data(p) for p in rows if p.report.year == year]
    previous = tuple(passage_data(p) for p in rows if p.report.year == year - 1)
    return (tuple(own) if own else None), previous


def _instruments(year: int) -> tuple[InstrumentData, ...]:
    rows = (
        LegalInstrument.objects.filter(status_date__year=year)
        .select_related("body", "amends")
        .order_by("status_date", "pk")
    )
    return tuple(
        InstrumentData(
            code=i.code,
            kind=i.kind,
            status=i.status,
            title=_text(i, "title"),
            description=_text(i, "description"),
            status_date=i.status_date,
            status_date_precision=i.status_date_precision,
            body=_name(i.body),
            amends_title=_text(i.amends, "title") if i.amends else None,
            amends_signed_on=i.amends.signed_on if i.amends else None,
        )
        for i in rows
    )


def _programme(p: Programme, with_objectives: bool = False) -> ProgrammeData:
    return ProgrammeData(
        slug=p.slug,
        title=_text(p, "title"),
        description=_text(p, "description"),
        start_year=p.start_year,
        end_year=p.end_year,
        status=p.status,
        approved_on=p.approved_on,
        approved_on_precision=p.approved_on_precision,
        approved_by=_name(p.approved_by),
        objectives=tuple(_text(o, "text") for o in p.objectives.all()) if with_objectives else (),
    )


def _programmes(year: int, report: AnnualReport | None):
    """Approved in the year, drafts of later ones, and those whose implementation is reported."""
    covered = [p.pk for p in report.programmes.all()] if report else []
    current_q = (
        Q(pk__in=covered)
        if covered
        else Q(
            theme=Programme.Theme.TERRORISM,
            status__in=CURRENT_PROGRAMME_STATUSES,
            start_year__lte=year,
            end_year__gte=year,
        )
    )
    rows = list(
        Programme.objects.filter(
            Q(approved_on__year=year)
            | Q(
                status__in=DRAFT_PROGRAMME_STATUSES, start_year__gt=year, start_year__lte=year + DRAFT_HORIZON
            )
            | current_q
        )
        .select_related("approved_by", "predecessor")
        .prefetch_related("objectives")
        .order_by("start_year", "slug")
    )
    current_ids = {p.pk for p in rows if _matches(p, year, covered)}
    approved = [p for p in rows if p.approved_on and p.approved_on.year == year and p.pk not in current_ids]
    drafted = sorted(
        (
            p
            for p in rows
            if p.status in DRAFT_PROGRAMME_STATUSES and year < (p.start_year or 0) <= year + DRAFT_HORIZON
        ),
        key=lambda p: (DRAFT_PROGRAMME_STATUSES.index(p.status), p.start_year or 0, p.slug),
    )
    current = [p for p in rows if p.pk in current_ids]
    return (
        tuple(_programme(p) for p in approved),
        tuple(_programme(p) for p in drafted),
        tuple(_programme(p, with_objectives=True) for p in current),
        current,
    )


def _matches(p: Programme, year: int, covered: list[int]) -> bool:
    if covered:
        return p.pk in covered
    return (
        p.theme == Programme.Theme.TERRORISM
        and p.status in CURRENT_PROGRAMME_STATUSES
        and p.start_year is not None
        and p.start_year <= year <= p.end_year
    )


def _operations(year: int, counted_statuses: tuple[str, ...]):
    has_results = Exists(Result.objects.filter(operation=OuterRef("pk"), status__in=counted_statuses))
    rows = (
        Operation.objects.filter(year=year)
        .select_related("coordinating_body", "host_state")
        .prefetch_related("participating_states")
        .annotate(has_results=has_results)
        .order_by("pk")
    )
    operations, exercises = [], []
    for op in rows:
        item = OperationData(
            name=Text(en=op.name, ru=op.name_ru or op.name),
            kind=op.kind,
            description=_text(op, "description"),
            coordinating_body=_name(op.coordinating_body),
            host_state=_text(op.host_state, "name") if op.host_state else None,
            participating_states=tuple(_text(s, "name") for s in op.participating_states.all()),
            has_results=op.has_results,
        )
        (exercises if op.kind == Operation.Kind.EXERCISE else operations).append(item)
    return tuple(operations), tuple(exercises)


def _events(year: int) -> tuple[EventData, ...]:
    """The year's events, except those held as part of another event of the year."""
    rows = (
        Event.objects.filter(date__year=year)
        .exclude(combined_into__date__year=year)
        .prefetch_related(
            Prefetch("combines", queryset=Event.objects.order_by("pk")),
            "scope_organizations",
            "participating_bodies",
        )
        .order_by("date", "pk")
    )
    return tuple(
        EventData(
            code=e.code,
            kind=e.kind,
            ordinal=_text(e, "ordinal"),
            title=_text(e, "title"),
            date=e.date,
            date_precision=e.date_precision,
            description=_text(e, "description"),
            combines=tuple((_text(c, "ordinal"), _text(c, "title")) for c in e.combines.all()),
            scope_organizations=tuple(_short(b) for b in e.scope_organizations.all()),
            international_bodies=tuple(
                Text(en=b.name_en, ru=b.abbr_ru or b.name_ru)
                for b in e.participating_bodies.all()
                if b.kind == Body.Kind.INTERNATIONAL
            ),
            states_count=e.states_count,
            bodies_count=e.bodies_count,
            intl_org_bodies_count=e.intl_org_bodies_count,
            intl_orgs_count=e.intl_orgs_count,
            research_count=e.research_count,
        )
        for e in rows
    )


def _words(indicator: Indicator, kind: str) -> Words:
    return Words(
        *(
            getattr(indicator, f"{kind}_{form}")
            for form in ("en_one", "en_other", "ru_one", "ru_few", "ru_many")
        )
    )


def _annex_years(year: int, current: list[Programme]) -> list[int]:
    """The years of the reported programme and of its predecessor, up to the report's year."""
    programme = next((p for p in current if p.start_year), None)
    if programme is None:
        return list(range(year - 4, year + 1))
    first = (
        programme.predecessor.start_year
        if programme.predecessor and programme.predecessor.start_year
        else None
    )
    first = first or programme.start_year
    return list(range(first, min(programme.end_year, year) + 1)) or [year]


def _pending(
    year: int, indicators: dict[int, Indicator], viewer: User | AnonymousUser | None
) -> tuple[PendingResults, ...]:
    """The year's unverified results `viewer` may see (accounts.scope), by indicator and status.

    The secretariat sees all; an analyst those of their own state or body; anyone else, or
    no viewer at all (a command, an issue), none.
    """
    if viewer is None:
        return ()
    rows = (
        visible_results(viewer, FigurePart.objects.filter(year=year).exclude(status=VERIFIED))
        .values("indicator_id", "status")
        .annotate(count=Sum("row_count"), value_sum=Coalesce(Sum("value_sum"), Value(Decimal(0))))
        .order_by("indicator_id", "status")
    )
    return tuple(
        PendingResults(
            indicator=_text(indicators[r["indicator_id"]], "name"),
            status=r["status"],
            count=r["count"],
            value_sum=r["value_sum"],
            decimals=indicators[r["indicator_id"]].decimals,
        )
        for r in rows
    )


def report_data(
    *,
    year: int,
    include_unverified: bool = False,
    draft: bool | None = None,
    viewer: User | AnonymousUser | None = None,
) -> ReportData:
    """Everything the report on `year` says, from the database, in a fixed number of queries.

    Only verified results count, unless `include_unverified` (a visibly marked draft)
    also counts submitted ones. A year without an AnnualReport gets a draft with the mandate
    recorded for its year (none: a placeholder) and passages drafted from the data (and the
    previous year's); nothing is created. The warnings list the unverified results `viewer` may
    see, and none without a viewer.
    """
    report = report_for_year(year)
    counted = (VERIFIED, Result.Status.SUBMITTED) if include_unverified else (VERIFIED,)
    approved, drafted, current_data, current = _programmes(year, report)
    operations, exercises = _operations(year, counted)
    indicators = {i.pk: i for i in Indicator.objects.all()}
    years = _annex_years(year, current)
    if year not in years:
        years.append(year)
    # The figure rule (the CIS-wide total, else the sum of the parts) is the site's, in one query.
    rows = year_figures(FigurePart.objects.filter(year__in=years, status__in=counted))
    figures = []
    for pk, indicator in indicators.items():
        row = rows.get((pk, year))
        figures.append(
            Figure(
                code=indicator.code,
                name=_text(indicator, "name"),
                sentence_group=indicator.sentence_group,
                order=indicator.order,
                decimals=indicator.decimals,
                noun=_words(indicator, "noun"),
                verb=_words(indicator, "verb"),
                value=row.value if row else None,
                qualifier=row.qualifier if row else Result.Qualifier.EXACT,
                total=row.total if row else None,
                parts_sum=row.parts_sum if row else None,
            )
        )
    annex_rows = tuple(
        AnnexRow(
            code=indicator.code,
            name=_text(indicator, "name"),
            decimals=indicator.decimals,
            values=tuple(rows[pk, y].value if (pk, y) in rows else None for y in years),
            qualifiers=tuple(rows[pk, y].qualifier if (pk, y) in rows else "exact" for y in years),
        )
        for pk, indicator in indicators.items()
        if any((pk, y) in rows for y in years)
    )
    previously = {pk for (pk, y) in rows if y != year}
    warnings = Warnings(
        pending=_pending(year, indicators, viewer),
        indicators_without_value=tuple(
            f.name for pk, f in zip(indicators, figures, strict=True) if f.value is None and pk in previously
        ),
        operations_without_results=tuple(op.name for op in operations if not op.has_results),
        disagreements=tuple(
            f for f in figures if f.total is not None and f.parts_sum is not None and f.total != f.parts_sum
        ),
    )
    passages, previous_passages = _passages(year)
    return ReportData(
        year=year,
        draft=(report is None or include_unverified) if draft is None else draft,
        mandate=_mandate(report, year),
        letter=_letter(report),
        includes_unverified=include_unverified,
        instruments=_instruments(year),
        programmes_approved=approved,
        programmes_drafted=drafted,
        programmes_current=current_data,
        operations=operations,
        exercises=exercises,
        events=_events(year),
        figures=tuple(figures),
        annex=Annex(years=tuple(years), rows=annex_rows),
        warnings=warnings,
        passages=passages,
        previous_passages=previous_passages,
    )
