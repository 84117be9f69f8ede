"""State-changing requests need the CSRF token: a forged POST to any URL is refused and changes nothing."""

import pytest
from django.test import Client
from django.urls import reverse

from measures.models import Result
from tests.admin_forms import admin_form_data
from tests.factories import ResultFactory, UserFactory
from tests.urlwalk import walk_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def csrf_client(db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(username="csrf-sec", role="secretariat"))
    return client


def test_every_url_refuses_a_post_without_csrf_token(csrf_client):
    """A logged-in secretariat's POST to any URL without the token gets 403; no record changes."""
    result = ResultFactory(value=7, status=Result.Status.SUBMITTED)
    before = list(Result.objects.values_list("pk", "value", "status"))
    accepted = []
    for url in walk_urls():
        data = {"value": "999", "action": "verify_selected", "_selected_action": [result.pk]}
        response = csrf_client.post(url.path, data)
        if response.status_code != 403:
            accepted.append(f"{url}: {response.status_code}")
    assert accepted == []
    assert list(Result.objects.values_list("pk", "value", "status")) == before


def test_forged_change_of_a_result_is_refused_and_a_genuine_one_saved(csrf_client):
    """Without the token the admin refuses the change; with the page's token it is saved."""
    result = ResultFactory(value=7, status=Result.Status.DRAFT)
    url = reverse("admin:measures_result_change", args=[result.pk])
    page = csrf_client.get(url)
    data = admin_form_data(page, value="8")
    assert csrf_client.post(url, data).status_code == 403
    result.refresh_from_db()
    assert result.value == 7
    data["csrfmiddlewaretoken"] = page.context["csrf_token"]
    assert csrf_client.post(url, data).status_code == 302
    result.refresh_from_db()
    assert result.value == 8
