"""Operations are addressed by id: no name, however written, takes a page down."""

import pytest
from django.urls import reverse

from measures.models import Operation, Result
from tests.factories import OperationFactory, ResultFactory

NAMES = [
    "Kanal/Mak 2025",
    "---",
    "/ ? # % &",
    "Operation " + "x" * 190,
    "Канал — 2025",
]


@pytest.fixture
def odd_operations(world):
    operations = []
    for name in NAMES:
        operation = OperationFactory(name=name, year=2024, programme=world.ct_2023)
        ResultFactory(operation=operation, indicator=world.firearms, year=2024, value=3)
        operations.append(operation)
    return operations


def test_every_page_showing_free_text_names_answers(secretariat_client, world, odd_operations):
    """Names with a slash, dashes only, `/ ? # % &`, 200 characters or Cyrillic: the operation list,
    each operation's page, the programme page, the dashboard and the report preview all answer."""
    pages = [
        reverse("portal:operation_list"),
        reverse("portal:operation_list") + "?year=2024",
        reverse("portal:programme_detail", args=[world.ct_2023.slug]),
        reverse("dashboard"),
        reverse("reports:preview", args=[2024]) + "?lang=en",
        reverse("admin:measures_operation_changelist"),
    ]
    for url in pages:
        response = secretariat_client.get(url)
        assert response.status_code == 200, url
    listing = secretariat_client.get(reverse("portal:operation_list") + "?year=2024").content.decode()
    for operation in odd_operations:
        url = reverse("portal:operation_detail", args=[operation.pk])
        assert f'href="{url}"' in listing, operation.name
        page = secretariat_client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert page.status_code == 200, operation.name
        assert page.context["operation"] == operation
        assert Result.objects.filter(operation=operation).count() == 1


@pytest.mark.django_db
def test_earlier_address_by_year_and_name_redirects_to_the_page(reviewer_client, world):
    """A bookmark of the earlier address (year and name key) leads to the operation's page."""
    response = reviewer_client.get(f"/measures/operations/2024/{world.barrier.name_key}/")
    assert response.status_code == 301
    assert response["Location"] == reverse("portal:operation_detail", args=[world.barrier.pk])
    assert Operation.objects.filter(pk=world.barrier.pk).exists()
