"""Who sees what on the site: reviewers verified figures only; analysts and the secretariat
also unverified ones within their scope, clearly marked."""

from decimal import Decimal

import pytest

from programmes.models import MemberState
from tests.factories import UserFactory


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


def page(client, url) -> str:
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_reviewer_sees_no_unverified_figure_anywhere(as_user, world, reviewer):
    """The draft 2025 total and Kazakhstan's draft operation figure never reach a reviewer."""
    client = as_user(reviewer)
    programme = client.get("/programmes/ct-2023-2025/", HTTP_ACCEPT_LANGUAGE="en")
    assert programme.context["years"] == [2023, 2024]
    assert "999" not in programme.content.decode()
    assert "unverified" not in programme.content.decode()
    operation = client.get(f"/measures/operations/{world.barrier.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert [(r.state.code, r.value) for r in operation.context["results"]] == [("BLR", 7)]
    indicator = client.get("/measures/indicators/explosives_seized_kg/", HTTP_ACCEPT_LANGUAGE="en")
    assert [row["figure"].year for row in indicator.context["rows"]] == [2024]


def test_analyst_sees_own_states_drafts_marked_and_no_one_elses(as_user, world, analyst_kaz):
    """An analyst of Kazakhstan sees Kazakhstan's draft, marked as such, but not a CIS-wide draft."""
    client = as_user(analyst_kaz)
    operation = client.get(f"/measures/operations/{world.barrier.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert sorted((r.state.code, r.value, r.status) for r in operation.context["results"]) == [
        ("BLR", 7, "verified"),
        ("KAZ", 11, "draft"),
    ]
    html = operation.content.decode()
    assert '<span class="badge badge-draft">draft</span>' in html
    assert "999" not in page(client, "/programmes/ct-2023-2025/")


def test_analyst_of_another_state_does_not_see_kazakhstans_draft(as_user, world):
    """An analyst of Belarus sees Belarus's verified figure only."""
    blr = MemberState.objects.get(code="BLR")
    blr_analyst = UserFactory(username="analyst-blr", role="analyst", role__state=blr)
    operation = as_user(blr_analyst).get(f"/measures/operations/{world.barrier.pk}/")
    assert [r.state.code for r in operation.context["results"]] == ["BLR"]


def test_secretariat_sees_every_draft_clearly_marked(as_user, world, secretariat):
    """The secretariat sees the draft 2025 total as a provisional figure, labelled unverified."""
    client = as_user(secretariat)
    response = client.get("/programmes/ct-2023-2025/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.context["years"] == [2023, 2024, 2025]
    rows = {row["indicator"].code: row for row in response.context["table"]}
    draft = rows["explosives_seized_kg"]["cells"][2]
    assert (draft.value, draft.provisional) == (Decimal("999.9"), True)
    html = response.content.decode()
    assert '<span class="figure provisional">999.9 <span class="badge badge-draft">unverified</span>' in html
    assert 'data-provisional="true"' in str(rows["explosives_seized_kg"]["chart"])
    # A verified total outweighs the unverified parts: 2024 firearms stay 590, not provisional.
    firearms_2024 = rows["firearms_seized"]["cells"][1]
    assert (firearms_2024.value, firearms_2024.provisional) == (590, False)


def test_dashboard_year_is_the_latest_with_verified_figures_even_for_the_secretariat(
    as_user, world, secretariat
):
    """A year holding only drafts (2025) does not become the dashboard's year."""
    assert as_user(secretariat).get("/").context["year"] == 2024


def test_user_without_a_role_sees_no_figures(as_user, world):
    """A logged-in account with no role reads pages but no figures at all."""
    nobody = UserFactory(username="nobody")
    nobody.save()  # the factory sets the password after saving; keep the session hash valid
    response = as_user(nobody).get("/programmes/ct-2023-2025/")
    assert response.status_code == 200
    assert response.context["table"] == []
