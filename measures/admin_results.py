"""The admin's Results list at any size: a year at a time, no full counts, search by keys and exact names."""

from django.contrib import admin
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from programmes.models import Body, MemberState, Programme

from .models import Indicator, Operation
from .names import name_key
from .selectors import result_years

ALL_YEARS = "all"


def default_year(years: list[int]) -> int:
    """The year the list opens on: the last full year, or the latest year with results before it."""
    last_full = timezone.localdate().year - 1
    return next((year for year in years if year <= last_full), last_full)


class ResultYearFilter(admin.SimpleListFilter):
    """The years that have results (from the stored figures), opening on the current reporting year.

    Without a year in the address the list shows the default year, so a table of a million
    results is read a year at a time; "All years" is one click away.
    """

    title = _("year")
    parameter_name = "year"

    def __init__(self, request, params, model, model_admin):
        self.years = result_years()
        self.default = default_year(self.years)
        self.request = request
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return [(ALL_YEARS, _("All years")), *((str(year), str(year)) for year in self.years)]

    def choices(self, changelist):
        current = self.value() or str(self.default)
        for lookup, title in self.lookup_choices:
            yield {
                "selected": current == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value()
        if value == ALL_YEARS:
            return queryset
        if value is None:
            # An action on rows picked one by one names their ids; "select all" (and an export)
            # means all that the list showed: the default year.
            picked = request.method == "POST" and "_selected_action" in request.POST
            if picked and request.POST.get("select_across") != "1":
                return queryset
            return queryset.filter(year=self.default)
        try:
            return queryset.filter(year=int(value))
        except ValueError:
            return queryset.none()


def _ids(queryset) -> list[int]:
    return list(queryset.values_list("pk", flat=True)[:1000])


def result_search(queryset, term: str):
    """Results of the indicator, programme, state, body or operation the term names exactly, or of the year.

    Each name is looked up in its own small table first; the results are then filtered on
    indexed keys, never by pattern over the whole table.
    """
    term = term.strip()
    if not term:
        return queryset
    named = Q(code__iexact=term) | Q(name_en__iexact=term) | Q(name_ru__iexact=term)
    matches = Q(indicator_id__in=_ids(Indicator.objects.filter(named)))
    matches |= Q(state_id__in=_ids(MemberState.objects.filter(named)))
    matches |= Q(body_id__in=_ids(Body.objects.filter(named)))
    matches |= Q(programme_id__in=_ids(Programme.objects.filter(slug__iexact=term)))
    matches |= Q(operation_id__in=_ids(Operation.objects.filter(name_key=name_key(term))))
    if term.isdigit() and len(term) == 4:
        matches |= Q(year=int(term))
    return queryset.filter(matches)


class ResultListMixin:
    """Results list settings that keep its cost independent of the number of results."""

    # The filtered count only (a year's rows), never a second count of the whole table.
    show_full_result_count = False
    # The order of the index on (year, indicator, id): the first page is read off the index.
    ordering = ["-year", "indicator_id", "pk"]
    search_fields = ["indicator__code"]  # shows the search box; the search itself is result_search
    search_help_text = _(
        "An indicator, state or body code, a programme slug, an exact name (of an indicator, state, body "
        "or operation) or a year."
    )

    def get_search_results(self, request, queryset, search_term):
        return result_search(queryset, search_term), False
