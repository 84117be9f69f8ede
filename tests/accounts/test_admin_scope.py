"""Through the admin: analysts see and change only their own state's results and operations."""

import pytest
from django.urls import reverse

from measures.models import Operation, Result
from measures.services import year_lock
from tests.admin_forms import admin_form_data
from tests.factories import IndicatorFactory, OperationFactory, ResultFactory

pytestmark = pytest.mark.django_db


def _change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def _value(result):
    return Result.objects.values_list("value", flat=True).get(pk=result.pk)


def test_analyst_cannot_open_or_post_another_states_draft(client, analyst_kaz, blr_draft, kaz_draft):
    """An analyst of Kazakhstan gets 404 for Belarus's draft, by GET or POST; its value stays."""
    client.force_login(analyst_kaz)
    data = admin_form_data(client.get(_change_url(kaz_draft)), value="999")
    assert client.get(_change_url(blr_draft)).status_code == 404
    assert client.post(_change_url(blr_draft), data).status_code == 404
    assert _value(blr_draft) == 20


def test_analyst_sees_another_states_verified_result_read_only(client, analyst_kaz, blr_verified, kaz_draft):
    """A verified Belarus figure is readable by the Kazakhstan analyst, but a POST is refused (403)."""
    client.force_login(analyst_kaz)
    page = client.get(_change_url(blr_verified))
    assert page.status_code == 200
    assert not page.context["has_change_permission"]
    data = admin_form_data(client.get(_change_url(kaz_draft)), value="999")
    assert client.post(_change_url(blr_verified), data).status_code == 403
    assert _value(blr_verified) == 30


def test_analyst_changelist_hides_other_states_drafts(
    client, analyst_kaz, kaz_draft, blr_draft, blr_verified
):
    """The results list shows the analyst's own drafts and everyone's verified figures, not others' drafts."""
    client.force_login(analyst_kaz)
    response = client.get(reverse("admin:measures_result_changelist"))
    shown = {result.pk for result in response.context["cl"].result_list}
    assert shown == {kaz_draft.pk, blr_verified.pk}


def test_analyst_changes_own_draft(client, analyst_kaz, kaz_draft):
    """The analyst's change to their own draft is saved."""
    client.force_login(analyst_kaz)
    data = admin_form_data(client.get(_change_url(kaz_draft)), value="11")
    assert client.post(_change_url(kaz_draft), data).status_code == 302
    assert _value(kaz_draft) == 11


def test_analyst_adds_results_only_for_own_state(client, analyst_kaz, kaz, blr):
    """A result the analyst adds belongs to their state, even when the form is forged to say Belarus."""
    client.force_login(analyst_kaz)
    indicator = IndicatorFactory()
    add = reverse("admin:measures_result_add")
    data = admin_form_data(client.get(add), indicator=indicator.pk, year="2024", value="5", state=blr.pk)
    assert client.post(add, data).status_code == 302
    added = Result.objects.get()
    assert (added.state, added.body, added.entered_by, added.status) == (kaz, None, analyst_kaz, "draft")


def test_analyst_cannot_change_own_result_once_verified(client, analyst_kaz, kaz):
    """A verified result of their own state is read-only for the analyst."""
    verified = ResultFactory(state=kaz, value=10, status=Result.Status.VERIFIED)
    client.force_login(analyst_kaz)
    page = client.get(_change_url(verified))
    assert not page.context["has_change_permission"]
    assert client.post(_change_url(verified), admin_form_data(page, value="12")).status_code == 403
    assert _value(verified) == 10


def test_locked_year_refuses_analyst_and_secretariat_through_admin(
    client, analyst_kaz, secretariat, kaz_draft
):
    """In a locked year neither the analyst nor the secretariat can change or add results."""
    page_data = {}
    for user in (analyst_kaz, secretariat):
        client.force_login(user)
        page_data[user] = admin_form_data(client.get(_change_url(kaz_draft)), value="99")
    year_lock(year=kaz_draft.year, user=secretariat, reason="Report issued")
    for user in (analyst_kaz, secretariat):
        client.force_login(user)
        assert client.post(_change_url(kaz_draft), page_data[user]).status_code == 403
    assert _value(kaz_draft) == 10

    client.force_login(analyst_kaz)
    add = reverse("admin:measures_result_add")
    data = admin_form_data(client.get(add), indicator=kaz_draft.indicator.pk, year="2024", value="5")
    response = client.post(add, data)
    assert response.status_code == 200
    assert "locked" in str(response.context["adminform"].form.non_field_errors())
    assert Result.objects.count() == 1


def test_secretariat_cannot_move_a_result_into_a_locked_year(client, secretariat, kaz_draft):
    """Changing a result's year to a locked one is refused with a message; nothing is saved."""
    year_lock(year=2023, user=secretariat, reason="Report issued")
    client.force_login(secretariat)
    response = client.post(
        _change_url(kaz_draft), admin_form_data(client.get(_change_url(kaz_draft)), year="2023")
    )
    assert response.status_code == 200
    assert "2023" in str(response.context["adminform"].form.non_field_errors())
    assert Result.objects.get(pk=kaz_draft.pk).year == 2024


def test_reviewer_has_no_admin_page_of_results(client, reviewer, kaz_draft):
    """A reviewer reads figures on the site's pages; the admin sends them to its login, and a POST
    changes nothing."""
    verified = ResultFactory(value=5, status=Result.Status.VERIFIED)
    client.force_login(reviewer)
    assert client.get(_change_url(verified)).status_code == 302
    assert client.post(_change_url(verified), {"value": "6"}).status_code == 302
    assert client.get(_change_url(kaz_draft)).status_code == 302
    assert _value(verified) == 5


def test_analyst_changes_operations_hosted_by_own_state_only(client, analyst_kaz, kaz, blr):
    """An operation hosted by Kazakhstan is the KAZ analyst's; one hosted by Belarus is read-only."""
    own = OperationFactory(host_state=kaz, name="Own 2024")
    foreign = OperationFactory(host_state=blr, name="Foreign 2024")
    client.force_login(analyst_kaz)
    own_data = admin_form_data(client.get(_change_url(own)), description_en="Updated")
    foreign_page = client.get(_change_url(foreign))
    assert foreign_page.status_code == 200
    assert not foreign_page.context["has_change_permission"]
    assert client.post(_change_url(own), own_data).status_code == 302
    foreign_data = admin_form_data(foreign_page, description_en="Hijacked")
    assert client.post(_change_url(foreign), foreign_data).status_code == 403
    assert dict(Operation.objects.values_list("name", "description_en")) == {
        "Own 2024": "Updated",
        "Foreign 2024": "",
    }


def test_operation_page_lists_results_read_only_without_others_drafts(
    client, analyst_kaz, kaz, blr, secretariat
):
    """The results inside an operation's page are read-only and hide other states' drafts."""
    operation = OperationFactory(host_state=kaz)
    own = ResultFactory(operation=operation, state=kaz, status=Result.Status.DRAFT)
    ResultFactory(operation=operation, state=blr, indicator=own.indicator, status=Result.Status.DRAFT)
    client.force_login(analyst_kaz)
    page = client.get(_change_url(operation))
    (inline,) = page.context["inline_admin_formsets"]
    assert [form.instance.pk for form in inline.formset.forms] == [own.pk]
    assert not inline.has_change_permission and not inline.has_add_permission


def test_operations_of_a_locked_year_are_read_only_for_everyone(client, analyst_kaz, secretariat, kaz):
    """Once a year is locked, its operations cannot be changed, even by the secretariat."""
    operation = OperationFactory(host_state=kaz, year=2024, description_en="")
    forms = {}
    for user in (analyst_kaz, secretariat):
        client.force_login(user)
        forms[user] = admin_form_data(client.get(_change_url(operation)), description_en="Late edit")
    year_lock(year=2024, user=secretariat, reason="Report issued")
    for user in (analyst_kaz, secretariat):
        client.force_login(user)
        assert client.post(_change_url(operation), forms[user]).status_code == 403
    assert Operation.objects.get(pk=operation.pk).description_en == ""
