"""The admin's Results list: opens on the reporting year, never counts the whole table, searches keys."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from measures.admin_results import default_year
from measures.models import Result
from tests.factories import (
    BodyFactory,
    IndicatorFactory,
    MemberStateFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
)

RESULTS = reverse("admin:measures_result_changelist")
pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(db):
    """Results in 2021 to 2024, of an indicator, a state, a body, an operation and a programme."""
    kaz = MemberStateFactory(code="KAZ", name_en="Kazakhstan")
    atc = BodyFactory(code="atc")
    seized = IndicatorFactory(code="firearms_seized", name_en="Firearms seized")
    other = IndicatorFactory(code="detained")
    programme = ProgrammeFactory(slug="ct-2020-2025", start_year=2020, end_year=2025)
    barrier = OperationFactory(name="Barrier 2024", year=2024)
    return {
        2022: ResultFactory(indicator=other, year=2022, value=1),
        2023: ResultFactory(indicator=seized, year=2023, state=kaz, value=2),
        2024: ResultFactory(indicator=other, year=2024, body=atc, operation=barrier, value=3),
        "programme": ResultFactory(indicator=other, year=2021, programme=programme, value=4),
    }


def _shown(response) -> set[int]:
    return {result.pk for result in response.context["cl"].result_list}


def test_the_list_opens_on_the_last_full_year_with_results(rows, secretariat_client):
    """Without a year in the address, the list shows the reporting year only, marked as chosen."""
    today = timezone.localdate()
    expected = default_year([2024, 2023, 2022, 2021])
    assert expected == min(2024, today.year - 1)
    response = secretariat_client.get(RESULTS)
    assert _shown(response) == {r.pk for r in Result.objects.filter(year=expected)}
    html = response.content.decode()
    assert 'class="selected"' in html and "?year=all" in html


def test_all_years_and_a_chosen_year(rows, secretariat_client):
    """ "All years" lists every result; a chosen year lists that year's."""
    assert _shown(secretariat_client.get(RESULTS + "?year=all")) == {r.pk for r in rows.values()}
    assert _shown(secretariat_client.get(RESULTS + "?year=2022")) == {rows[2022].pk}


def test_the_year_choices_come_from_the_stored_figures_and_nothing_counts_the_whole_table(
    rows, secretariat_client
):
    """The list never runs DISTINCT year nor an unfiltered COUNT over the results."""
    with CaptureQueriesContext(connection) as queries:
        response = secretariat_client.get(RESULTS)
    choices = [
        c["display"]
        for spec in response.context["cl"].filter_specs[:1]
        for c in spec.choices(response.context["cl"])
    ]
    assert choices == ["All years", "2024", "2023", "2022", "2021"]
    on_results = [q["sql"] for q in queries if 'FROM "measures_result"' in q["sql"]]
    assert not [sql for sql in on_results if "DISTINCT" in sql]
    assert all('"measures_result"."year" =' in sql for sql in on_results), on_results


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("firearms_seized", [2023]),
        ("Firearms Seized", [2023]),
        ("KAZ", [2023]),
        ("kazakhstan", [2023]),
        ("atc", [2024]),
        ("barrier 2024", [2024]),
        ("Barrier–2024", [2024]),
        ("ct-2020-2025", ["programme"]),
        ("2022", [2022]),
        ("firearms", []),
        ("Barrier", []),
    ],
)
def test_search_finds_codes_and_exact_names_only(rows, secretariat_client, term, expected):
    """A code, slug, exact name or year finds its results (in every year); a fragment finds none."""
    response = secretariat_client.get(RESULTS, {"year": "all", "q": term})
    assert _shown(response) == {rows[key].pk for key in expected}


@pytest.mark.parametrize("url", [RESULTS, RESULTS + "?year=all", RESULTS + "?year=all&q=KAZ"])
def test_the_secretariat_s_list_costs_the_same_queries_whatever_the_rows(secretariat_client, rows, url):
    """Default view, all years and a search: a fixed number of queries for few rows and for many."""

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert secretariat_client.get(url).status_code == 200
        return len(queries)

    few = count()
    Result.objects.bulk_create(
        Result(indicator=rows[2023].indicator, year=year, state=MemberStateFactory(), value=1)
        for year in (2021, 2022, 2023, 2024)
        for _ in range(10)
    )
    assert count() == few
    # session, user, permissions, stored years, count of the year, page, filters' choices, search.
    assert few == {RESULTS: 11, RESULTS + "?year=all": 11}.get(url, 16)


def test_select_all_acts_on_the_year_shown_and_picked_rows_on_themselves(rows, secretariat_client):
    """ "Select all" on the opening list verifies the year shown; rows picked one by one, those rows."""
    Result.objects.update(status=Result.Status.SUBMITTED)
    shown = default_year([2024, 2023, 2022, 2021])
    data = {"action": "verify_selected", "index": "0", "select_across": "1"}
    secretariat_client.post(RESULTS, {**data, "_selected_action": [rows[2024].pk]})
    verified = set(Result.objects.filter(status=Result.Status.VERIFIED).values_list("year", flat=True))
    assert verified == {shown}
    secretariat_client.post(RESULTS, {**data, "select_across": "0", "_selected_action": [rows[2022].pk]})
    assert Result.objects.get(pk=rows[2022].pk).status == Result.Status.VERIFIED
    assert Result.objects.get(pk=rows[2023].pk).status == Result.Status.SUBMITTED
