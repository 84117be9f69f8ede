"""The admin site: list filters never pass through records the user may not see."""

import pytest

from tests.factories import OperationFactory

pytestmark = pytest.mark.django_db

HIDDEN_LOOKUPS = [
    "/admin/measures/indicator/?results__in={id}",
    "/admin/programmes/memberstate/?results={id}",
    "/admin/measures/operation/?results={id}",
]


@pytest.mark.parametrize("template", HIDDEN_LOOKUPS)
def test_filter_through_hidden_results_is_refused_with_a_message(client, analyst_kaz, blr_draft, template):
    """Another state's analyst cannot learn from a list filter that a Belarus draft exists or what it
    concerns: the list answers 400 naming the refused filter, the same for a result that does not exist."""
    client.force_login(analyst_kaz)
    hidden = client.get(template.format(id=blr_draft.pk))
    missing = client.get(template.format(id=blr_draft.pk + 1000))
    assert hidden.status_code == missing.status_code == 400
    for response in (hidden, missing):
        assert "passes through records you may not see" in response.content.decode()


@pytest.mark.parametrize("template", HIDDEN_LOOKUPS)
def test_secretariat_filters_through_any_relation(client, secretariat, blr_draft, template):
    """The secretariat sees every record, so every filter stays open to it."""
    client.force_login(secretariat)
    assert client.get(template.format(id=blr_draft.pk)).status_code == 200


def test_analyst_keeps_the_lists_own_filters(client, analyst_kaz, kaz, kaz_draft):
    """The filters offered beside the lists (state, programme, indicator) still work for an analyst."""
    operation = OperationFactory(host_state=kaz)
    client.force_login(analyst_kaz)
    for url in (
        f"/admin/measures/result/?state__id__exact={kaz.pk}",
        f"/admin/measures/result/?indicator__id__exact={kaz_draft.indicator_id}",
        f"/admin/measures/operation/?programme__id__exact={operation.programme_id}",
        f"/admin/measures/operation/?host_state={kaz.pk}",
    ):
        assert client.get(url).status_code == 200, url
