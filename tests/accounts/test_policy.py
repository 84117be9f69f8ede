"""Who may do what: each named question of accounts.policy, for each role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts import policy
from measures.models import Result
from tests.factories import OperationFactory, ResultFactory, UserFactory

pytestmark = pytest.mark.django_db

# The questions about the user alone, and the roles that get "yes" (others, and no role, get "no").
ROLE_QUESTIONS = {
    "has_role": {"secretariat", "analyst", "reviewer"},
    "sees_drafts": {"secretariat", "analyst"},
    "sees_all_results": {"secretariat"},
    "sees_everything": {"secretariat"},
    "can_see_deleted_history": {"secretariat"},
    "can_use_admin": {"secretariat", "analyst"},
    "can_read_reports": {"secretariat", "analyst", "reviewer"},
    "can_preview_reports": {"secretariat", "analyst"},
    "can_issue_reports": {"secretariat"},
    "can_lock_years": {"secretariat"},
    "can_unlock_years": {"secretariat"},
    "can_change_results": {"secretariat", "analyst"},
    "can_change_operations": {"secretariat", "analyst"},
    "can_submit_results": {"secretariat", "analyst"},
    "can_verify_results": {"secretariat"},
    "can_return_results": {"secretariat"},
    "can_change_verified_results": {"secretariat"},
    "can_choose_state_and_body": {"secretariat"},
}


@pytest.fixture
def users(kaz):
    return {
        "secretariat": UserFactory(username="p-sec", role="secretariat"),
        "analyst": UserFactory(username="p-ana", role="analyst", role__state=kaz),
        "reviewer": UserFactory(username="p-rev", role="reviewer"),
        "none": UserFactory(username="p-none"),
        "anonymous": AnonymousUser(),
    }


@pytest.mark.parametrize("question", sorted(ROLE_QUESTIONS))
def test_role_questions(users, question):
    """Each role gets exactly the permissions the README gives it; a user without a role, none."""
    answers = {name: getattr(policy, question)(user) for name, user in users.items()}
    assert {name for name, yes in answers.items() if yes} == ROLE_QUESTIONS[question]


def test_staff_flag_alone_opens_no_admin(users):
    """An analyst whose account is not marked as staff does not get the admin either."""
    users["analyst"].is_staff = False
    assert not policy.can_use_admin(users["analyst"])


def test_role_label(users):
    """The role in words for the header; nothing for a user without a role."""
    assert str(policy.role_label(users["analyst"])) == "analyst"
    assert policy.role_label(users["none"]) == ""


def test_visible_results_and_result_visible_agree(users, kaz_draft, blr_draft, blr_verified):
    """Verified results for every role; drafts to the secretariat and to their own analyst only;
    the one-row question answers as the list does."""
    expected = {
        "secretariat": {kaz_draft, blr_draft, blr_verified},
        "analyst": {kaz_draft, blr_verified},
        "reviewer": {blr_verified},
        "none": set(),
        "anonymous": set(),
    }
    for name, user in users.items():
        listed = set(policy.visible_results(user, Result.objects.all()))
        assert listed == expected[name], name
        assert {r for r in (kaz_draft, blr_draft, blr_verified) if policy.result_visible(user, r)} == listed


def test_history_of_a_result_is_its_analysts_and_the_secretariats(
    users, analyst_blr, blr_verified, kaz_draft
):
    """Earlier versions of a verified Belarus result: Belarus's analyst and the secretariat, not
    Kazakhstan's analyst nor a reviewer, although they all see the result itself."""
    assert policy.can_see_result_history(users["secretariat"], blr_verified)
    assert policy.can_see_result_history(analyst_blr, blr_verified)
    assert not policy.can_see_result_history(users["analyst"], blr_verified)
    assert not policy.can_see_result_history(users["reviewer"], blr_verified)
    assert policy.can_see_result_history(users["analyst"], kaz_draft)


def test_change_result_by_role_scope_and_status(users, kaz_draft, blr_draft, kaz):
    """The analyst changes their own state's results until verified; the secretariat any; others none."""
    verified_own = ResultFactory(state=kaz, status=Result.Status.VERIFIED)
    analyst = users["analyst"]
    assert policy.can_change_result(analyst, kaz_draft)
    assert not policy.can_change_result(analyst, blr_draft)
    assert not policy.can_change_result(analyst, verified_own)
    assert policy.can_change_result(users["secretariat"], verified_own)
    assert not policy.can_change_result(users["reviewer"], kaz_draft)
    assert not policy.can_change_result(UserFactory(username="p-noscope", role="analyst"), kaz_draft)
    assert policy.lacks_scope(UserFactory(username="p-noscope2", role="analyst"))
    assert not policy.lacks_scope(users["secretariat"])


def test_change_operation_by_scope(users, kaz, blr):
    """An analyst changes the operations their state hosts; the secretariat any; reviewers none."""
    own, foreign = OperationFactory(host_state=kaz), OperationFactory(host_state=blr)
    assert policy.can_change_operation(users["analyst"], own)
    assert not policy.can_change_operation(users["analyst"], foreign)
    assert policy.can_change_operation(users["secretariat"], foreign)
    assert not policy.can_change_operation(users["reviewer"], own)
