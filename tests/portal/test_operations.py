"""The operations list: filters by year, kind, participating state and programme; pagination."""

import pytest

from measures.models import Operation
from measures.names import name_key
from portal.views.operations import PAGE_SIZE
from programmes.models import MemberState


def names(response) -> list[str]:
    return [operation.name for operation in response.context["page"].object_list]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Barrier", "West 2024", "Shield 2023"]),
        ("?year=2023", ["Shield 2023"]),
        ("?kind=border", ["West 2024"]),
        ("?state=KAZ", ["Barrier"]),  # takes part
        ("?state=BLR", ["Barrier", "West 2024"]),  # takes part; hosts
        ("?state=UZB&year=2023", ["Shield 2023"]),
        ("?programme=ct-2023-2025&kind=international", ["Barrier"]),
        ("?programme=ct-2020-2022", []),
    ],
)
def test_filters_narrow_the_list(reviewer_client, world, query, expected):
    """Each filter, alone or combined, lists exactly the matching operations, newest first."""
    response = reviewer_client.get("/measures/operations/" + query)
    assert names(response) == expected


def test_a_filter_that_is_not_understood_is_reported_and_not_applied(reviewer_client, world):
    """An unknown state code or a year that is not a number is named in a message; the other
    filters still apply."""
    url = "/measures/operations/?state=XXX&year=abc&kind=border"
    response = reviewer_client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert names(response) == ["West 2024"]
    html = response.content.decode()
    assert "Some filters were not understood and are not applied:" in html
    assert "Year" in html.split("not applied:")[1].split("</p>")[0]
    assert "Participating state" in html.split("not applied:")[1].split("</p>")[0]


@pytest.fixture
def thousands(world):
    """3,000 more operations over 30 years, each with participating states."""
    kaz = MemberState.objects.get(code="KAZ")
    operations = [
        # bulk_create skips save(), which fills name_key: fill it here.
        Operation(name=f"Op {n}", name_key=name_key(f"Op {n}"), year=1995 + n % 30, kind="preventive")
        for n in range(3000)
    ]
    Operation.objects.bulk_create(operations, batch_size=500)
    through = Operation.participating_states.through
    through.objects.bulk_create(
        [
            through(operation_id=pk, memberstate_id=kaz.pk)
            for pk in Operation.objects.filter(kind="preventive").values_list("pk", flat=True)
        ],
        batch_size=500,
    )
    return Operation.objects.count()


def test_thousands_of_operations_paginate_with_a_bounded_number_of_queries(
    reviewer_client, thousands, django_assert_num_queries
):
    """3,003 operations come 50 to a page; the first and the last page cost the same 8 queries."""
    with django_assert_num_queries(8):
        first = reviewer_client.get("/measures/operations/", HTTP_ACCEPT_LANGUAGE="en")
    page = first.context["page"]
    assert page.paginator.count == thousands == 3003
    assert len(page.object_list) == PAGE_SIZE
    assert page.paginator.num_pages == 61
    assert "3,003 operations" in first.content.decode()
    assert 'href="?page=2"' in first.content.decode()
    with django_assert_num_queries(8):
        last = reviewer_client.get("/measures/operations/?page=61")
    assert len(last.context["page"].object_list) == 3003 - 60 * PAGE_SIZE


def test_filtered_pages_keep_their_filters_in_the_page_links(
    reviewer_client, thousands, django_assert_num_queries
):
    """Paging through a filtered list keeps the filter; the query count stays bounded."""
    with django_assert_num_queries(9):
        response = reviewer_client.get("/measures/operations/?state=KAZ&kind=preventive&page=2")
    assert response.context["page"].paginator.count == 3000
    assert 'href="?state=KAZ&amp;kind=preventive&amp;page=3"' in response.content.decode()


def test_a_page_number_out_of_range_shows_the_last_page(reviewer_client, thousands):
    """Asking for page 999 or page 'x' gives a page of the list, not an error."""
    assert reviewer_client.get("/measures/operations/?page=999").context["page"].number == 61
    assert reviewer_client.get("/measures/operations/?page=x").context["page"].number == 1
