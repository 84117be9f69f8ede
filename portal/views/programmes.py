"""Site pages of the programmes: dashboard, timeline, programme list and programme page."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.charts import timeline_svg
from measures import selectors as measure_selectors
from programmes.models import Programme

from .. import selectors
from ..presenters import trend_chart

# The programme page lists the most recent operations; the operations list pages through all.
OPERATIONS_SHOWN = 50


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    year = measure_selectors.latest_verified_year()
    changes = measure_selectors.year_changes(year=year, user=request.user) if year else []
    return render(
        request,
        "portal/dashboard.html",
        {
            "year": year,
            "changes": changes,
            "in_force": selectors.programmes_in_force(today=today),
            "today": today,
            "latest_report": selectors.latest_issued_report(),
        },
    )


@login_required
def timeline(request: HttpRequest) -> HttpResponse:
    bars = selectors.timeline_bars()
    today = timezone.localdate()
    svg = timeline_svg(
        bars,
        title=_("Timeline of the cooperation programmes"),
        description=_(
            "%(count)s programmes, one row per theme, each a bar from its first to its last year;"
            " a programme whose period is unknown is a point in the year it is known in force."
        )
        % {"count": len(bars)},
        today=today,
        today_label=_("today"),
        statuses=[(choice.value, str(choice.label)) for choice in Programme.Status],
    )
    return render(
        request,
        "portal/timeline.html",
        {"svg": mark_safe(svg), "bars": bars},  # timeline_svg escapes its texts
    )


@login_required
def programme_list(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/programme_list.html", {"programmes": selectors.programmes()})


@login_required
def programme_detail(request: HttpRequest, slug: str) -> HttpResponse:
    programme = get_object_or_404(selectors.programme_for_page(slug))
    years, rows = measure_selectors.indicator_table(selectors.programme_figure_parts(programme, request.user))
    table = [
        {
            "indicator": row.indicator,
            "cells": row.cells,
            "chart": trend_chart(
                row.points,
                decimals=row.indicator.decimals,
                title=_("%(indicator)s by year") % {"indicator": row.indicator.localized("name")},
                chart_id=f"trend-{row.indicator.code}",
            ),
        }
        for row in rows
    ]
    # One row more than shown tells whether to point to the paginated list, in the same query.
    operations = list(selectors.programme_operations(programme)[: OPERATIONS_SHOWN + 1])
    return render(
        request,
        "portal/programme_detail.html",
        {
            "programme": programme,
            "successor": getattr(programme, "successor", None),
            "objectives": selectors.programme_objectives(programme),
            "measures": selectors.programme_measures(programme),
            "operations": operations[:OPERATIONS_SHOWN],
            "more_operations": len(operations) > OPERATIONS_SHOWN,
            "operations_shown": OPERATIONS_SHOWN,
            "years": years,
            "table": table,
        },
    )
