"""History pages answer "not found" for malformed ids and for records the user may not see."""

import pytest
from django.urls import reverse

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


def test_history_of_a_verified_result_is_its_analysts_and_the_secretariats(
    client, analyst_kaz, analyst_blr, secretariat, blr_verified
):
    """Another state's analyst sees a verified Belarus figure but not its earlier drafts, notes and
    return comments (403); Belarus's analyst and the secretariat read them."""
    url = reverse("admin:measures_result_history", args=[blr_verified.pk])
    version = blr_verified.history.first().history_id
    version_url = reverse("admin:measures_result_simple_history", args=[blr_verified.pk, version])
    client.force_login(analyst_kaz)
    assert client.get(url).status_code == 403
    assert client.get(version_url).status_code == 403
    for user in (analyst_blr, secretariat):
        client.force_login(user)
        assert client.get(url).status_code == 200
        assert client.get(version_url).status_code == 200


def test_another_states_analyst_reads_no_return_comment(client, analyst_kaz, analyst_blr, blr_verified):
    """The change page of a verified Belarus figure shows its value to Kazakhstan's analyst, but not
    the comment it was once returned with."""
    Result = type(blr_verified)
    Result.objects.filter(pk=blr_verified.pk).update(review_comment="Draft note: 17 seized in Brest")
    url = reverse("admin:measures_result_change", args=[blr_verified.pk])
    client.force_login(analyst_kaz)
    page = client.get(url)
    assert page.status_code == 200
    assert "17 seized in Brest" not in page.content.decode()
    client.force_login(analyst_blr)
    assert "17 seized in Brest" in client.get(url).content.decode()


@pytest.mark.parametrize("model", ["memberstate", "body"])
def test_history_of_models_without_history_is_the_admins_log(secretariat_client, model):
    """States and bodies keep no version history: their history page shows the admin's log instead
    of a server error."""
    from tests.factories import BodyFactory, MemberStateFactory

    obj = (MemberStateFactory if model == "memberstate" else BodyFactory)()
    response = secretariat_client.get(reverse(f"admin:programmes_{model}_history", args=[obj.pk]))
    assert response.status_code == 200
    assert secretariat_client.get(f"/admin/programmes/{model}/{obj.pk}/history/1/").status_code == 404
