"""Audit trail: an edit in the admin is recorded with who made it and the old and new values, and shown."""

import re

import pytest
from django.urls import reverse

from measures.models import Result
from tests.admin_forms import admin_form_data
from tests.factories import OperationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def _edit(client, obj, **changes):
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    response = client.post(url, admin_form_data(client.get(url), **changes))
    assert response.status_code == 302


def _last_change(obj) -> tuple:
    new, old = obj.history.order_by("-history_date", "-history_id")[:2]
    delta = new.diff_against(old)
    return new.history_user, new.history_type, {(c.field, c.old, c.new) for c in delta.changes}


def test_analyst_edit_of_a_result_is_recorded(client, analyst_kaz, kaz_draft):
    """Changing a value records the analyst, and the value before and after."""
    client.force_login(analyst_kaz)
    _edit(client, kaz_draft, value="12.5", notes="corrected")
    user, kind, changes = _last_change(kaz_draft)
    assert (user, kind) == (analyst_kaz, "~")
    assert {(field, str(old), str(new)) for field, old, new in changes} >= {
        ("value", "10.000", "12.500"),
        ("notes", "", "corrected"),
    }


def test_secretariat_edit_of_a_programme_is_recorded_and_shown(client, secretariat):
    """A title change records the secretariat user and both titles; the history page shows them."""
    programme = ProgrammeFactory(title_en="Old title")
    client.force_login(secretariat)
    _edit(client, programme, title_en="New title")
    user, _, changes = _last_change(programme)
    assert user == secretariat
    assert ("title_en", "Old title", "New title") in changes
    page = client.get(reverse("admin:programmes_programme_history", args=[programme.pk])).content.decode()
    assert re.search(r"Old title\s*(&nbsp;)*&rarr;(&nbsp;)*New title", page)


def test_operation_edit_is_recorded_and_shown_in_its_history_page(client, analyst_kaz, kaz):
    """The operation's history page lists the change with the analyst's name."""
    operation = OperationFactory(host_state=kaz, description_en="")
    client.force_login(analyst_kaz)
    _edit(client, operation, description_en="Joint exercise held")
    user, _, changes = _last_change(operation)
    assert user == analyst_kaz
    assert ("description_en", "", "Joint exercise held") in changes
    page = client.get(
        reverse("admin:measures_operation_history", args=[operation.pk]), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert page.status_code == 200
    assert analyst_kaz.username in page.content.decode()


def test_workflow_steps_are_recorded_with_their_names(secretariat, analyst_kaz, kaz_draft):
    """Submission, return and verification each leave a record naming the step and its user."""
    from measures.services import result_return, result_submit, result_verify

    result_submit(result=kaz_draft, user=analyst_kaz)
    result_return(result=kaz_draft, user=secretariat, comment="check")
    result_submit(result=kaz_draft, user=analyst_kaz)
    result_verify(result=kaz_draft, user=secretariat)
    steps = [
        (r.history_change_reason, r.history_user.username, r.status)
        for r in Result.objects.get(pk=kaz_draft.pk).history.order_by("history_date", "history_id")[1:]
    ]
    assert steps == [
        ("submitted", "analyst-kaz", "submitted"),
        ("returned", "sec", "returned"),
        ("submitted", "analyst-kaz", "submitted"),
        ("verified", "sec", "verified"),
    ]
