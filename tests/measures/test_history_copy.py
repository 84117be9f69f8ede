"""History written in bulk by the database holds the same record simple-history would write."""

import datetime

import pytest
from django.utils import timezone

from measures.history import history_copy
from measures.models import Result
from tests.factories import IndicatorFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_copied_history_has_every_field_the_date_the_type_and_the_user():
    """Each copied record repeats the row's values and says when, how and by whom it changed."""
    user = UserFactory(username="importer")
    indicator = IndicatorFactory()
    rows = Result.objects.bulk_create(
        [Result(indicator=indicator, year=2000 + n, value=n, notes=f"row {n}") for n in range(1000)]
    )
    when = datetime.datetime(2025, 5, 13, 9, 30, tzinfo=datetime.UTC)

    history_copy(Result, [row.pk for row in rows], history_type="+", user_id=user.pk, date=when)

    assert Result.history.count() == 1000
    record = Result.history.get(id=rows[7].pk)
    assert (record.year, record.value, record.notes, record.indicator_id) == (2007, 7, "row 7", indicator.pk)
    assert (record.history_type, record.history_user, record.history_date) == ("+", user, when)


def test_changes_are_recorded_after_the_earlier_state():
    """A second copy after an update is the latest record; the earlier one keeps the old value."""
    row = Result.objects.create(indicator=IndicatorFactory(), year=2024, value=5)
    Result.objects.filter(pk=row.pk).update(value=9)
    history_copy(Result, [row.pk], history_type="~", user_id=None, date=timezone.now())
    latest = row.history.first()
    assert (latest.history_type, latest.value, latest.prev_record.value) == ("~", 9, 5)
