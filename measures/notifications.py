"""Mail of the reporting round: a result returned, a reporter's results all verified, deadline reminders."""

import datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.policy import analysts_of

from .models import ReportingRound, Result, RoundReminder
from .rounds import round_grid


def _link(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _send(subject: str, body: str, recipients: list[str]) -> int:
    recipients = [address for address in recipients if address]
    if not recipients:
        return 0
    return send_mail(subject, body, None, recipients)


def mail_result_returned(result_id: int) -> int:
    """Tell the analyst who entered a result that the secretariat returned it, with the comment."""
    result = Result.objects.select_related("indicator", "state", "body", "entered_by").get(pk=result_id)
    user = result.entered_by
    if user is None or not user.is_active:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        reporter = result.state or result.body or _("the CIS as a whole")
        subject = _("Result returned: %(indicator)s, %(year)s") % {
            "indicator": result.indicator.localized("name"),
            "year": result.year,
        }
        body = _(
            "The secretariat returned the result %(indicator)s of %(year)s for %(reporter)s.\n\n"
            "Comment: %(comment)s\n\nCorrect it and submit it again: %(link)s\n"
        ) % {
            "indicator": result.indicator.localized("name"),
            "year": result.year,
            "reporter": reporter,
            "comment": result.review_comment,
            "link": _link(reverse("admin:measures_result_change", args=[result.pk])),
        }
    return _send(subject, body, [user.email])


def mail_if_reporter_verified(*, year: int, state_id: int | None, body_id: int | None) -> int:
    """When every result of a state (or body) in a year is verified, tell its analysts."""
    if not state_id and not body_id:
        return 0
    scope = {"state_id": state_id} if state_id else {"body_id": body_id, "state__isnull": True}
    results = Result.objects.filter(year=year, **scope)
    if not results.exists() or results.exclude(status=Result.Status.VERIFIED).exists():
        return 0
    grid = round_grid(year)
    if grid is not None and grid.missing_for(state_id=state_id, body_id=body_id):
        return 0  # results are still expected of it: not "all" verified yet
    recipients = list(analysts_of(state_id=state_id, body_id=body_id).values_list("email", flat=True))
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("All your results of %(year)s are verified") % {"year": year}
        body = _(
            "The secretariat has verified every result of %(year)s that you submitted. "
            "Thank you.\n\n%(link)s\n"
        ) % {"year": year, "link": _link(reverse("dashboard"))}
    return _send(subject, body, recipients)


def send_round_reminders(*, today: datetime.date, days_before: int) -> int:
    """Remind analysts of reporters with results still to submit, from `days_before` days before
    a round's deadline until the deadline; once per user and day. Returns the mails sent."""
    sent = 0
    rounds = ReportingRound.objects.filter(
        deadline__gte=today, deadline__lte=today + datetime.timedelta(days=days_before)
    )
    for reporting_round in rounds:
        grid = round_grid(reporting_round.year, reporting_round=reporting_round)
        for reporter in grid.missing_reporters():
            owed = grid.missing_for(state_id=reporter.state_id, body_id=reporter.body_id)
            users = analysts_of(state_id=reporter.state_id, body_id=reporter.body_id).filter(
                profile__reminders=True
            )
            for user in users:
                sent += _remind(user, reporting_round, owed, today)
    return sent


def _remind(user: User, reporting_round: ReportingRound, owed, today: datetime.date) -> int:
    try:
        with transaction.atomic():
            RoundReminder.objects.create(round=reporting_round, user=user, sent_on=today)
            with translation.override(settings.LANGUAGE_CODE):
                subject = _("Reminder: results of %(year)s due by %(deadline)s") % {
                    "year": reporting_round.year,
                    "deadline": reporting_round.deadline.isoformat(),
                }
                lines = "\n".join(
                    f"- {ind.localized('name')} ({status_label(status)})" for ind, status in owed
                )
                body = _(
                    "These results of %(year)s are still to be submitted by %(deadline)s:\n\n%(lines)s\n\n"
                    "Enter them: %(link)s\nTo stop these reminders: %(settings)s\n"
                ) % {
                    "year": reporting_round.year,
                    "deadline": reporting_round.deadline.isoformat(),
                    "lines": lines,
                    "link": _link(reverse("admin:measures_result_changelist")),
                    "settings": _link(reverse("portal:account_settings")),
                }
            return _send(subject, body, [user.email])
    except IntegrityError:
        return 0  # already reminded today


def status_label(status: str) -> str:
    if status == "missing":
        return _("missing")
    return str(Result.Status(status).label)
