"""Reads for the site: programmes for the timeline, a programme's page, what is in force."""

import datetime

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.policy import visible_results
from core.charts import TimelineBar
from measures.models import FigurePart, Measure, MeasureProgress, Operation, Result
from programmes.models import Programme
from reports.models import ReportRevision

# Rows of the timeline in this order: the series a reader looks for first comes first.
THEME_ORDER = [choice.value for choice in Programme.Theme]


def programmes() -> QuerySet:
    """Every programme, by theme and period, with the counts a list shows."""
    return Programme.objects.select_related("approved_by").annotate(
        measure_count=Count("measures", distinct=True),
        operation_count=Count("operations", distinct=True),
    )


def timeline_bars(*, with_links: bool = True) -> list[TimelineBar]:
    """Every programme as a bar (or a point, when its period is unknown), rows by theme.

    `with_links=False` leaves out the links to the site's pages (for a printed annex).
    """
    rows = sorted(
        Programme.objects.only(
            "slug", "theme", "title_en", "title_ru", "status", "start_year", "end_year", "in_force_year"
        ),
        key=lambda p: (THEME_ORDER.index(p.theme), p.start_year or p.in_force_year, p.slug),
    )
    bars = []
    for programme in rows:
        if programme.start_year is None:
            label = _("%(slug)s (in force in %(year)s)") % {
                "slug": programme.slug,
                "year": programme.in_force_year,
            }
        else:
            label = programme.slug
        bars.append(
            TimelineBar(
                slug=programme.slug,
                label=label,
                title=programme.localized("title"),
                row=programme.theme,
                row_label=str(programme.get_theme_display()),
                status=programme.status,
                status_label=str(programme.get_status_display()),
                start_year=programme.start_year,
                end_year=programme.end_year,
                in_force_year=programme.in_force_year,
                url=reverse("portal:programme_detail", args=[programme.slug]) if with_links else "",
            )
        )
    return bars


def programme_for_page(slug: str) -> QuerySet:
    """The programme of a page, with its approving body, predecessor and successor in one query."""
    return Programme.objects.select_related("approved_by", "predecessor", "successor").filter(slug=slug)


def programme_objectives(programme: Programme) -> QuerySet:
    return programme.objectives.order_by("number")


def programme_measures(programme: Programme) -> QuerySet:
    """The programme's measures with their objective, bodies and yearly progress notes."""
    return (
        Measure.objects.filter(programme=programme)
        .select_related("objective")
        .prefetch_related(
            "responsible_bodies",
            Prefetch("progress", queryset=MeasureProgress.objects.order_by("year")),
        )
        .order_by("code")
    )


def programme_results(programme: Programme, user: User | AnonymousUser) -> QuerySet:
    """Results the user may see of the programme: its own and those of its operations.

    The operations are a subquery, not a join, so that each side can use its own index.
    """
    operations = Operation.objects.filter(programme=programme).values("pk")
    return visible_results(user, Result.objects.filter(Q(programme=programme) | Q(operation__in=operations)))


def programme_figure_parts(programme: Programme, user: User | AnonymousUser) -> QuerySet:
    """The stored figures the user may see of the programme's results (`programme_results`, summed)."""
    return visible_results(
        user,
        FigurePart.objects.filter(Q(programme_key=programme.pk) | Q(operation_programme_key=programme.pk)),
    )


def programme_operations(programme: Programme) -> QuerySet:
    """The programme's operations, latest year first, for a page that groups them by year."""
    return (
        Operation.objects.filter(programme=programme)
        .select_related("host_state", "coordinating_body")
        .annotate(state_count=Count("participating_states"))
        .order_by("-year", "kind", "name_key")
    )


def programmes_in_force(*, today: datetime.date) -> QuerySet:
    """Approved programmes whose period covers this year (or known in force this year)."""
    year = today.year
    return Programme.objects.filter(
        Q(start_year__lte=year, end_year__gte=year) | Q(start_year__isnull=True, in_force_year=year),
        status=Programme.Status.APPROVED,
    ).order_by("theme", "start_year")


def latest_issued_report():
    """The most recently issued report revision, or None when none has been issued."""

    return ReportRevision.objects.select_related("report").order_by("-issued_at").first()
