"""Site pages of operations and indicators: operations (list and page), indicators (list and page)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from measures import selectors
from measures.models import Indicator, Operation

from ..forms import OperationFilterForm
from ..presenters import trend_chart

PAGE_SIZE = 50


@login_required
def operation_list(request: HttpRequest) -> HttpResponse:
    form = OperationFilterForm(request.GET or None)
    filters = form.filters() if request.GET else {}
    page = Paginator(selectors.operations(**filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "portal/operation_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@login_required
def operation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # By id: a name is free text ("Kanal/Mak 2025", dashes only) and makes no reliable address.
    operation = get_object_or_404(
        Operation.objects.select_related("programme", "host_state", "coordinating_body").prefetch_related(
            "participating_states", "participating_bodies", "observer_states", "objectives"
        ),
        pk=pk,
    )
    return render(
        request,
        "portal/operation_detail.html",
        {"operation": operation, "results": selectors.operation_detail_results(operation, request.user)},
    )


@login_required
def operation_by_name(request: HttpRequest, year: int, key: str) -> HttpResponse:
    """The earlier address of an operation (year and name key): a permanent redirect to its page."""
    operation = get_object_or_404(Operation.objects.only("pk"), year=year, name_key=key)
    return redirect("portal:operation_detail", pk=operation.pk, permanent=True)


@login_required
def indicator_list(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/indicator_list.html", {"indicators": selectors.indicators_with_years()})


@login_required
def indicator_detail(request: HttpRequest, code: str) -> HttpResponse:
    indicator = get_object_or_404(Indicator, code=code)
    points = selectors.indicator_figures(indicator, request.user)
    rows = [
        {
            "figure": point,
            "change": point.value - previous.value if previous and previous.year == point.year - 1 else None,
        }
        for previous, point in zip([None, *points[:-1]], points, strict=True)
    ]
    chart = trend_chart(
        points,
        decimals=indicator.decimals,
        title=_("%(indicator)s by year") % {"indicator": indicator.localized("name")},
        chart_id=f"indicator-{indicator.code}",
        large=True,
    )
    return render(
        request, "portal/indicator_detail.html", {"indicator": indicator, "rows": rows, "chart": chart}
    )
