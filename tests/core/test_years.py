"""Years are accepted from 1991 to 2100 everywhere, the admin included, with a message saying so."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.years import validate_year
from measures.models import Result
from tests.admin_forms import admin_form_data
from tests.factories import ProgrammeFactory, ResultFactory


@pytest.mark.parametrize("year", [1991, 2024, 2100, None])
def test_years_in_range_pass(year):
    """The CIS's years, and an empty optional year, are accepted."""
    validate_year(year)


@pytest.mark.parametrize("year", [0, 1990, 2101, 9999, 32767])
def test_years_out_of_range_are_refused_with_the_range(year):
    """A typo such as 9999 is refused, and the message names the accepted years."""
    with pytest.raises(ValidationError) as error:
        validate_year(year)
    assert "1991" in error.value.messages[0] and "2100" in error.value.messages[0]


@pytest.mark.django_db
def test_admin_refuses_a_result_of_year_32767(secretariat_client, english):
    """The admin's result form refuses the year 32767 with the message, and nothing is saved."""
    result = ResultFactory(status=Result.Status.DRAFT)
    url = reverse("admin:measures_result_change", args=[result.pk])
    page = secretariat_client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    response = secretariat_client.post(url, admin_form_data(page, year="32767"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "enter a year from 1991 to 2100" in str(response.context["adminform"].form.errors["year"])
    assert Result.objects.get(pk=result.pk).year == 2024


@pytest.mark.django_db
def test_admin_refuses_a_programme_ending_in_9999(secretariat_client):
    """A programme's years are held to the same range."""
    programme = ProgrammeFactory(start_year=2023, end_year=2025)
    url = reverse("admin:programmes_programme_change", args=[programme.pk])
    page = secretariat_client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    response = secretariat_client.post(url, admin_form_data(page, end_year="9999"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "end_year" in response.context["adminform"].form.errors
