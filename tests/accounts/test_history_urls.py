"""History pages answer "not found" for malformed ids and for records the user may not see."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/admin/programmes/programme/abc/history/",
        "/admin/measures/result/abc/history/1/",
        "/admin/programmes/programme/1/history/abc/",
    ],
)
def test_malformed_ids_are_not_found(secretariat_client, path):
    """A mistyped history address is a 404 page, never a server error."""
    assert secretariat_client.get(path).status_code == 404


def test_history_of_another_states_draft_is_not_found_like_a_missing_record(client, analyst_kaz, blr_draft):
    """An analyst cannot tell a Belarus draft from a record that does not exist."""
    client.force_login(analyst_kaz)
    hidden = client.get(reverse("admin:measures_result_history", args=[blr_draft.pk]))
    missing = client.get(reverse("admin:measures_result_history", args=[blr_draft.pk + 1000]))
    assert hidden.status_code == missing.status_code == 404


def test_own_history_opens(client, analyst_kaz, kaz_draft):
    """The analyst still reads the history of their own state's result."""
    client.force_login(analyst_kaz)
    assert client.get(reverse("admin:measures_result_history", args=[kaz_draft.pk])).status_code == 200


def test_reviewer_sees_history_of_verified_results(client, blr_verified):
    """A reviewer may read what changed in a verified figure."""
    client.force_login(UserFactory(username="rev2", role="reviewer"))
    assert client.get(reverse("admin:measures_result_history", args=[blr_verified.pk])).status_code == 200
