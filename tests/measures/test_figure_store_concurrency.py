"""Writers at the same moment: the stored figures lose no update (PostgreSQL, real connections)."""

import threading

import pytest
from django.db import connection, connections, transaction

from measures import figure_store
from measures.models import FigurePart, Result
from tests.factories import IndicatorFactory, MemberStateFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers: there is no concurrent write to test",
)

WRITERS = 4
ROWS = 25


@pytest.mark.django_db(transaction=True)
def test_concurrent_imports_into_the_same_figure_add_up():
    """Four transactions adding rows of the same indicator and year at once: every row is counted."""
    indicator = IndicatorFactory(code="seized")
    states = MemberStateFactory.create_batch(WRITERS * ROWS)
    start = threading.Barrier(WRITERS)
    errors = []

    def write(part: int) -> None:
        try:
            with transaction.atomic():
                start.wait(timeout=30)
                Result.objects.bulk_create(
                    Result(
                        indicator=indicator, year=2024, state=state, value=1, status=Result.Status.SUBMITTED
                    )
                    for state in states[part * ROWS : (part + 1) * ROWS]
                )
                Result.objects.filter(state__in=states[part * ROWS : (part + 1) * ROWS]).update(
                    status=Result.Status.VERIFIED
                )
        except Exception as error:  # reported by the main thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert figure_store.differences() == []
    (part,) = FigurePart.objects.filter(indicator=indicator)
    assert (part.status, part.row_count, part.value_sum) == ("verified", WRITERS * ROWS, WRITERS * ROWS)
