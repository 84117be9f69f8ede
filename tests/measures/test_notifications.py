"""Mail of the round: a returned result, a state's results all verified, reminders before the deadline."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command

from accounts.models import Profile
from measures.models import Result
from measures.notifications import send_round_reminders
from measures.services import result_return, result_verify
from tests.factories import ResultFactory
from tests.rounds import build_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def rw():
    return build_round(deadline=datetime.date(2026, 3, 1))


def test_a_returned_result_mails_the_analyst_who_entered_it(
    rw, secretariat, django_capture_on_commit_callbacks
):
    """Belarus's analyst gets a mail naming the indicator and carrying the secretariat's comment."""
    result = Result.objects.get(year=2025, state=rw.blr, indicator=rw.firearms)
    with django_capture_on_commit_callbacks(execute=True):
        result_return(result=result, user=secretariat, comment="The count is of 2024.")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["blr@example.org"]
    assert "The count is of 2024." in message.body
    assert str(rw.firearms.name_ru) in message.subject or str(rw.firearms.name_en) in message.subject


def test_no_mail_leaves_when_the_return_is_refused(rw, secretariat, django_capture_on_commit_callbacks):
    """A refused return (a draft cannot be returned) sends nothing."""
    from measures.services import WorkflowError

    draft = Result.objects.get(year=2025, state=rw.blr, indicator=rw.wanted)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(WorkflowError):
        result_return(result=draft, user=secretariat, comment="x")
    assert mail.outbox == []


def test_a_state_hears_once_when_all_its_results_are_verified(
    rw, secretariat, django_capture_on_commit_callbacks
):
    """Verifying Belarus's last results mails its analyst once; verifying only some mails no one."""
    submitted = Result.objects.get(year=2025, state=rw.blr, indicator=rw.firearms)
    with django_capture_on_commit_callbacks(execute=True):
        result_verify(result=submitted, user=secretariat)
    assert mail.outbox == []  # its draft of wanted_detained is still open
    Result.objects.filter(year=2025, state=rw.blr).update(status=Result.Status.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        for result in Result.objects.filter(year=2025, state=rw.blr, status=Result.Status.SUBMITTED):
            result_verify(result=result, user=secretariat)
    assert [m.to for m in mail.outbox] == [["blr@example.org"]]
    assert "2025" in mail.outbox[0].subject


def test_reminders_go_to_reporters_with_results_to_submit_once_a_day(rw):
    """Belarus (a draft) and Russia (returned, missing) are reminded; Kazakhstan, all verified, is not;
    a second run the same day sends nothing."""
    sent = send_round_reminders(today=datetime.date(2026, 2, 20), days_before=14)
    assert sent == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["blr@example.org", "rus@example.org"]
    rus = next(m for m in mail.outbox if m.to == ["rus@example.org"])
    assert rw.wanted.name_ru in rus.body or rw.wanted.name_en in rus.body
    assert send_round_reminders(today=datetime.date(2026, 2, 20), days_before=14) == 0
    assert send_round_reminders(today=datetime.date(2026, 2, 21), days_before=14) == 2


def test_no_reminder_long_before_or_after_the_deadline(rw):
    """Reminders start days_before the deadline and stop after it."""
    assert send_round_reminders(today=datetime.date(2026, 1, 1), days_before=14) == 0
    assert send_round_reminders(today=datetime.date(2026, 3, 2), days_before=14) == 0
    assert mail.outbox == []


def test_an_analyst_who_turned_reminders_off_gets_none(rw):
    """Russia's analyst unticked reminders: only Belarus is reminded."""
    Profile.objects.filter(user=rw.analyst_rus).update(reminders=False)
    send_round_reminders(today=datetime.date(2026, 3, 1), days_before=14)
    assert [m.to for m in mail.outbox] == [["blr@example.org"]]


def test_send_reminders_command_says_how_many_it_sent(rw, settings, monkeypatch):
    """`send_reminders` is the daily job: it reports the mails sent, and zero on the second run."""
    import measures.management.commands.send_reminders as command

    monkeypatch.setattr(command.timezone, "localdate", lambda: datetime.date(2026, 2, 27))
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().startswith("2 ")
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().startswith("0 ")


def test_a_verified_body_total_mails_nobody(rw, secretariat, django_capture_on_commit_callbacks):
    """A CIS-wide total has no state or body: verifying it mails no analyst."""
    total = ResultFactory(indicator=rw.firearms, year=2025, status=Result.Status.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        result_verify(result=total, user=secretariat)
    assert mail.outbox == []
