"""The admin forms show each constraint's message instead of failing with a database error."""

import pytest
from django.urls import reverse

from measures.models import Result
from programmes.models import Programme

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def post_add(client, model: str, data: dict):
    return client.post(reverse(f"admin:{model}_add"), data, HTTP_ACCEPT_LANGUAGE="en")


PROGRAMME_FORM = {
    "slug": "ct-2099-2101",
    "theme": "terrorism",
    "status": "draft",
    "title_en": "Programme",
    "title_ru": "Программа",
    "start_year": "2100",
    "end_year": "2099",
    "approved_on_precision": "day",
    "objectives-TOTAL_FORMS": "0",
    "objectives-INITIAL_FORMS": "0",
    "measures-TOTAL_FORMS": "0",
    "measures-INITIAL_FORMS": "0",
}


def test_programme_period_error_is_shown_on_the_form(secretariat_client):
    """A period ending before it starts is reported on the form and nothing is saved."""
    response = post_add(secretariat_client, "programmes_programme", PROGRAMME_FORM)
    assert response.status_code == 200
    assert "the end not before the start" in response.content.decode()
    assert not Programme.objects.filter(slug="ct-2099-2101").exists()


def result_form(demo_programme_id, indicator_id, **changes) -> dict:
    data = {
        "indicator": indicator_id,
        "year": "2024",
        "programme": demo_programme_id,
        "value": "5",
        "qualifier": "exact",
        "status": "draft",
    }
    data.update(changes)
    return data


@pytest.fixture
def keys(demo):
    programme = Programme.objects.get(slug="ct-2023-2025")
    indicator_id = Result.objects.get(year=2024, indicator__code="firearms_seized").indicator_id
    return programme.pk, indicator_id


def test_duplicate_total_is_reported_on_the_form(secretariat_client, keys):
    """A second CIS-wide total for firearms in 2024 under the programme is refused with a message."""
    before = Result.objects.count()
    response = post_add(secretariat_client, "measures_result", result_form(*keys))
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert Result.objects.count() == before


def test_negative_value_is_reported_on_the_form(secretariat_client, keys):
    """A negative value is refused on the form."""
    before = Result.objects.count()
    response = post_add(secretariat_client, "measures_result", result_form(*keys, value="-3", year="2025"))
    assert response.status_code == 200
    assert "greater than or equal to 0" in response.content.decode()
    assert Result.objects.count() == before


def test_year_outside_programme_is_reported_on_the_form(secretariat_client, keys):
    """A 2019 result under the 2023-2025 programme is refused, naming the period."""
    before = Result.objects.count()
    response = post_add(secretariat_client, "measures_result", result_form(*keys, year="2019"))
    assert response.status_code == 200
    assert "2023–2025" in response.content.decode()
    assert Result.objects.count() == before


def test_valid_result_is_saved(secretariat_client, keys):
    """The same form with a free key is accepted: the checks above refuse only what is wrong."""
    response = post_add(secretariat_client, "measures_result", result_form(*keys, year="2025"))
    assert response.status_code == 302
    assert Result.objects.filter(year=2025, indicator_id=keys[1]).exists()


def test_analysts_duplicate_is_reported_on_the_form(client, keys):
    """An analyst's state is filled in by the form, and a duplicate of their own row is still explained."""
    from programmes.models import MemberState
    from tests.factories import UserFactory

    kaz = MemberState.objects.get(code="KAZ")
    Result.objects.create(indicator_id=keys[1], year=2025, programme_id=keys[0], state=kaz, value=1)
    client.force_login(UserFactory(username="analyst-k", role="analyst", role__state=kaz))
    before = Result.objects.count()
    response = post_add(client, "measures_result", result_form(*keys, year="2025"))
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert Result.objects.count() == before


def test_operation_with_the_same_name_in_the_year_is_reported_on_the_form(secretariat_client, demo):
    """ "BARRIER" in 2024 is the existing "Barrier": refused with a message, not a server error."""
    from measures.models import Operation

    before = Operation.objects.count()
    response = post_add(
        secretariat_client,
        "measures_operation",
        {
            "name": "BARRIER",
            "year": "2024",
            "kind": "international",
            "start_precision": "day",
            "results-TOTAL_FORMS": "0",
            "results-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "An operation of this name already exists in this year." in response.content.decode()
    assert Operation.objects.count() == before
