"""The workflow in the admin: bulk submit, verify, return with a comment; unlocking; read-only history."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from measures.models import Result, YearLock
from measures.services import year_lock
from tests.factories import ResultFactory

pytestmark = pytest.mark.django_db

RESULTS = reverse("admin:measures_result_changelist")
LOCKS = reverse("admin:measures_yearlock_changelist")


def _statuses(*results) -> list[str]:
    return [Result.objects.get(pk=r.pk).status for r in results]


def _messages(response) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def _act(client, url, action, objects, **extra):
    return client.post(url, {"action": action, "_selected_action": [o.pk for o in objects], **extra})


@pytest.fixture
def kaz_drafts(kaz):
    first = ResultFactory(state=kaz, status=Result.Status.DRAFT)
    second = ResultFactory(state=kaz, status=Result.Status.DRAFT)
    return first, second


def test_analyst_submits_a_selection(client, analyst_kaz, kaz_drafts):
    """The analyst selects two drafts and submits both at once."""
    client.force_login(analyst_kaz)
    response = _act(client, RESULTS, "submit_selected", kaz_drafts)
    assert response.status_code == 302
    assert _statuses(*kaz_drafts) == ["submitted", "submitted"]
    assert "2 results submitted" in _messages(response)


def test_bulk_submit_is_all_or_nothing(client, analyst_kaz, kaz_drafts, kaz):
    """If one selected result is refused (already verified), none is submitted and the message says why."""
    verified = ResultFactory(state=kaz, status=Result.Status.VERIFIED)
    client.force_login(analyst_kaz)
    response = _act(client, RESULTS, "submit_selected", [*kaz_drafts, verified])
    assert _statuses(*kaz_drafts, verified) == ["draft", "draft", "verified"]
    assert "Nothing was changed" in _messages(response)
    assert "verified" in _messages(response)


def test_analyst_selection_cannot_reach_another_states_draft(client, analyst_kaz, kaz_drafts, blr_draft):
    """A forged selection including Belarus's draft leaves it untouched."""
    client.force_login(analyst_kaz)
    _act(client, RESULTS, "submit_selected", [*kaz_drafts, blr_draft])
    assert _statuses(blr_draft) == ["draft"]


def test_analyst_has_no_verify_or_return_action(client, analyst_kaz, kaz_drafts):
    """Verifying and returning are the secretariat's actions; an analyst's POST of them does nothing."""
    for result in kaz_drafts:
        Result.objects.filter(pk=result.pk).update(status=Result.Status.SUBMITTED)
    client.force_login(analyst_kaz)
    actions = {name for name, _ in client.get(RESULTS).context["action_form"].fields["action"].choices}
    assert "submit_selected" in actions
    assert not {"verify_selected", "return_selected"} & actions
    _act(client, RESULTS, "verify_selected", kaz_drafts)
    assert _statuses(*kaz_drafts) == ["submitted", "submitted"]


def test_secretariat_verifies_a_selection(client, secretariat, kaz_drafts):
    """The secretariat verifies the selected submitted results."""
    for result in kaz_drafts:
        Result.objects.filter(pk=result.pk).update(status=Result.Status.SUBMITTED)
    client.force_login(secretariat)
    _act(client, RESULTS, "verify_selected", kaz_drafts)
    assert _statuses(*kaz_drafts) == ["verified", "verified"]


def test_return_asks_for_a_comment_first(client, secretariat, kaz_drafts):
    """Returning shows a page asking for the comment; without one nothing is returned."""
    for result in kaz_drafts:
        Result.objects.filter(pk=result.pk).update(status=Result.Status.SUBMITTED)
    client.force_login(secretariat)
    page = _act(client, RESULTS, "return_selected", kaz_drafts, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    assert "Comment for the analyst" in page.content.decode()
    empty = _act(client, RESULTS, "return_selected", kaz_drafts, apply="yes", text="  ")
    assert empty.status_code == 200
    assert empty.context["form"].errors
    assert _statuses(*kaz_drafts) == ["submitted", "submitted"]


def test_returned_results_carry_the_comment_shown_on_their_page(client, secretariat, kaz_drafts):
    """After a return, each result's page lists the comment, who returned it and when."""
    for result in kaz_drafts:
        Result.objects.filter(pk=result.pk).update(status=Result.Status.SUBMITTED)
    client.force_login(secretariat)
    response = _act(client, RESULTS, "return_selected", kaz_drafts, apply="yes", text="Q4 missing")
    assert response.status_code == 302
    assert _statuses(*kaz_drafts) == ["returned", "returned"]
    page = client.get(reverse("admin:measures_result_change", args=[kaz_drafts[0].pk])).content.decode()
    assert "Q4 missing" in page
    assert secretariat.username in page


def test_history_of_returns_keeps_every_comment(client, secretariat, analyst_kaz, kaz_drafts):
    """A result returned twice shows both comments, newest first."""
    from measures.services import result_return, result_submit

    result = kaz_drafts[0]
    for comment in ("first remark", "second remark"):
        result_submit(result=result, user=analyst_kaz)
        result_return(result=result, user=secretariat, comment=comment)
    client.force_login(analyst_kaz)
    page = client.get(reverse("admin:measures_result_change", args=[result.pk])).content.decode()
    assert page.index("second remark") < page.index("first remark")


def test_secretariat_unlocks_a_year_with_a_reason(client, secretariat):
    """Unlocking needs a reason: without one the year stays locked; with one it is unlocked and recorded."""
    lock = year_lock(year=2024, user=secretariat, reason="Report issued")
    client.force_login(secretariat)
    _act(client, LOCKS, "unlock_selected", [lock], apply="yes", text="")
    assert YearLock.is_locked(2024)
    _act(client, LOCKS, "unlock_selected", [lock], apply="yes", text="KAZ corrected a figure")
    lock.refresh_from_db()
    assert (lock.locked, lock.reason, lock.changed_by) == (False, "KAZ corrected a figure", secretariat)
    assert lock.history.latest().history_user == secretariat


def test_year_lock_cannot_be_edited_or_deleted(client, secretariat):
    """A year lock's page is read-only and cannot be deleted: the only way out is the reasoned unlock."""
    lock = year_lock(year=2024, user=secretariat, reason="Report issued")
    client.force_login(secretariat)
    url = reverse("admin:measures_yearlock_change", args=[lock.pk])
    assert client.post(url, {"year": "2024", "reason": "x"}).status_code == 403
    assert (
        client.post(reverse("admin:measures_yearlock_delete", args=[lock.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert YearLock.is_locked(2024)


def test_analyst_cannot_unlock_a_year(client, analyst_kaz, secretariat):
    """An analyst's forged unlock action leaves the year locked."""
    lock = year_lock(year=2024, user=secretariat, reason="Report issued")
    client.force_login(analyst_kaz)
    _act(client, LOCKS, "unlock_selected", [lock], apply="yes", text="please")
    assert YearLock.is_locked(2024)


def test_history_cannot_be_reverted_by_anyone(client, secretariat, kaz_draft):
    """A past version's page shows it but refuses a POST (no revert), even for the secretariat."""
    Result.objects.filter(pk=kaz_draft.pk).update(value=50)
    first = kaz_draft.history.earliest()
    url = reverse("admin:measures_result_simple_history", args=[kaz_draft.pk, first.history_id])
    client.force_login(secretariat)
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["revert_disabled"]
    assert client.post(url, {"value": "10", "indicator": kaz_draft.indicator.pk}).status_code == 403
    assert Result.objects.get(pk=kaz_draft.pk).value == 50


def test_history_of_another_states_draft_is_hidden(client, analyst_kaz, blr_draft):
    """An analyst cannot read the history of another state's draft: its list and versions are 404/403."""
    client.force_login(analyst_kaz)
    version = blr_draft.history.earliest()
    assert (
        client.get(
            reverse("admin:measures_result_simple_history", args=[blr_draft.pk, version.history_id])
        ).status_code
        == 404
    )
    assert client.get(reverse("admin:measures_result_history", args=[blr_draft.pk])).status_code in (403, 404)


def test_secretariat_locks_a_year_from_the_add_page(client, secretariat):
    """Adding a year lock records the year as locked, with the reason and who locked it."""
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:measures_yearlock_add"), {"year": "2023", "reason": "Report issued"}
    )
    assert response.status_code == 302
    lock = YearLock.objects.get(year=2023)
    assert (lock.locked, lock.reason, lock.changed_by) == (True, "Report issued", secretariat)
    assert lock.history.get().history_user == secretariat


@pytest.mark.parametrize("rows", [5, 40])
def test_results_list_costs_the_same_queries_whatever_the_rows(client, analyst_kaz, kaz, rows, settings):
    """The analyst's results list runs a fixed number of queries, for 5 rows as for 40."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(rows):
        ResultFactory(state=kaz, status=Result.Status.DRAFT if n % 2 else Result.Status.VERIFIED)
    client.force_login(analyst_kaz)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(RESULTS)
    assert len(response.context["cl"].result_list) == rows
    # No count of the whole table and no DISTINCT year over it (the years come from the stored figures).
    assert len(queries) == 12, [q["sql"][:150] for q in queries]


def _buttons(client, result) -> list[str]:
    page = client.get(reverse("admin:measures_result_change", args=[result.pk]))
    return [name for name, _label in page.context["workflow_actions"]]


def test_result_page_offers_the_next_steps_of_its_status(client, analyst_kaz, secretariat, kaz_draft):
    """A draft offers its analyst "Submit"; a submitted one offers the secretariat "Verify" and "Return"."""
    client.force_login(analyst_kaz)
    assert _buttons(client, kaz_draft) == ["submit_selected"]
    response = client.post(RESULTS, {"action": "submit_selected", "_selected_action": [kaz_draft.pk]})
    assert response.status_code == 302
    assert _buttons(client, kaz_draft) == []
    client.force_login(secretariat)
    assert _buttons(client, kaz_draft) == ["verify_selected", "return_selected"]
