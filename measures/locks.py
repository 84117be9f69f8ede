"""Checks where a write commits: row locks on the years' lock records, and the versions of results.

Every write of results or operations (admin saves and deletes, workflow actions, imports)
calls `lock_years_for_write` inside its transaction before it writes. That holds the lock
record of each year written (created, unlocked, if the year has none yet) until the
transaction ends, and refuses the write if the year is locked. Issuing a report holds the
same record (`lock_year_record`) while it reads, renders and locks: a write waits for the
issue and is then refused; an issue waits for the writes that started before it, then reads
what they wrote.
"""

from collections.abc import Iterable

from django.db import connection
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from .errors import WorkflowError
from .models import Result, YearLock


class YearLockedError(WorkflowError):
    """A write into a year whose figures are locked."""


class StaleWriteError(WorkflowError):
    """A write based on a result that changed since it was read."""


def _require_transaction() -> None:
    if not connection.in_atomic_block:
        raise RuntimeError(
            "Year locks are held until a transaction ends: call this inside transaction.atomic()."
        )


def _lock_records(years: Iterable[int | None]) -> list[YearLock]:
    """The lock records of `years`, row-locked until the transaction ends, in year order."""
    _require_transaction()
    wanted = sorted({year for year in years if year is not None})
    if not wanted:
        return []
    # Always in year order, so that two writers of several years never wait for each other in a circle.
    records = list(YearLock.objects.select_for_update().filter(year__in=wanted).order_by("year"))
    missing = set(wanted) - {record.year for record in records}
    if missing:
        # A record to lock for a year that has none yet; a concurrent creator's row is kept.
        YearLock.objects.bulk_create(
            [YearLock(year=year, locked=False) for year in sorted(missing)], ignore_conflicts=True
        )
        records = list(YearLock.objects.select_for_update().filter(year__in=wanted).order_by("year"))
    return records


def locked_message(record: YearLock) -> str:
    """Why nothing can be written into the year of `record`: since when, why, who may unlock."""
    return _(
        "The figures of %(year)s are locked since %(when)s (%(reason)s). "
        "Only the secretariat can unlock the year, giving a reason."
    ) % {
        "year": record.year,
        "when": date_format(localtime(record.changed_at), "DATETIME_FORMAT"),
        "reason": record.reason or _("no reason recorded"),
    }


def lock_years_for_write(years: Iterable[int | None]) -> None:
    """Hold the lock records of `years` until the transaction ends; refuse if one of them is locked.

    Call inside the transaction that writes, before writing.
    """
    for record in _lock_records(years):
        if record.locked:
            raise YearLockedError(locked_message(record))


def lock_year_record(year: int) -> YearLock:
    """Hold the year's lock record until the transaction ends, locked or not (issuing reads under it)."""
    return _lock_records([year])[0]


def year_lock_record(year: int | None) -> YearLock | None:
    """The year's lock record if the year is locked, for saying so on a page (no row lock)."""
    if year is None:
        return None
    return YearLock.objects.select_related("changed_by").filter(year=year, locked=True).first()


def _last_change(pk: int):
    return (
        Result.history.filter(id=pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
        .first()
    )


def stale_message(*, result: Result | None, pk: int, label: str = "") -> str:
    """What changed in a result since it was read, by whom and when; nothing was written."""
    if result is None:
        return _("Result %(result)s was deleted by someone else since you read it; nothing was written.") % {
            "result": label or pk
        }
    change = _last_change(pk)
    who = (change.history_user.get_username() if change and change.history_user else None) or _("someone")
    when = date_format(localtime(change.history_date), "DATETIME_FORMAT") if change else "?"
    return _(
        "Result %(result)s was changed by %(user)s at %(when)s since you read it (now %(status)s, "
        "value %(value)s); nothing was written. Read it again and redo your change if it still applies."
    ) % {
        "result": label or result,
        "user": who,
        "when": when,
        "status": result.get_status_display(),
        "value": format(result.value.normalize(), "f") if result.value is not None else "—",
    }


def check_result_versions(read: dict[int, int], labels: dict[int, str] | None = None) -> None:
    """Refuse if a result changed since it was read: `read` maps result ids to the versions read.

    Row-locks the results until the transaction ends, so nothing changes them between this
    check and the write that follows it.
    """
    _require_transaction()
    if not read:
        return
    versions = dict(Result.objects.select_for_update().filter(pk__in=read).values_list("pk", "version"))
    stale = [pk for pk, version in read.items() if versions.get(pk) != version]
    if stale:
        current = {result.pk: result for result in Result.objects.filter(pk__in=stale)}
        messages = [
            stale_message(result=current.get(pk), pk=pk, label=(labels or {}).get(pk, "")) for pk in stale[:5]
        ]
        if len(stale) > 5:
            messages.append(_("and %(count)d more.") % {"count": len(stale) - 5})
        raise StaleWriteError(" ".join(messages))
