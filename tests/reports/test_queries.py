"""Gathering a report's data costs a fixed number of queries, whatever the number of results."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from measures.models import Result
from reports.rendering import render_html
from reports.selectors import report_data
from tests.factories import (
    EventFactory,
    IndicatorFactory,
    MemberStateFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
)

pytestmark = pytest.mark.django_db


def _queries_for_2024(viewer=None) -> tuple[int, object]:
    """Queries of gathering, composing and templating both languages (rendering the PDF needs none)."""
    with CaptureQueriesContext(connection) as queries:
        data = report_data(year=2024, viewer=viewer)
        for lang in ("en", "ru"):
            render_html(data, lang)
    return len(queries), data


def test_report_data_runs_the_same_few_queries_for_a_few_and_for_thousands_of_results():
    """A few results or a few thousand (per state, per operation): the query count does not change."""
    programme = ProgrammeFactory()
    ResultFactory(indicator=IndicatorFactory(code="a"), value=3, programme=programme)
    ResultFactory(indicator=IndicatorFactory(code="b"), value=4, programme=programme)
    OperationFactory(name="Barrier")
    EventFactory()
    few, _ = _queries_for_2024()
    assert few <= 20

    states = MemberStateFactory.create_batch(40)
    indicators = IndicatorFactory.create_batch(50)
    operations = OperationFactory.create_batch(5, year=2023)
    rows = [
        Result(indicator=indicator, year=2024, state=state, value=Decimal(1), status=Result.Status.VERIFIED)
        for indicator in indicators
        for state in states
    ]
    rows += [
        Result(indicator=indicator, year=2023, operation=operation, value=Decimal(2), status="submitted")
        for indicator in indicators
        for operation in operations
    ]
    Result.objects.bulk_create(rows)
    EventFactory.create_batch(5)
    many, large = _queries_for_2024()

    assert Result.objects.count() > 2000
    assert many == few
    figures = {f.code: f.value for f in large.figures}
    assert figures[indicators[0].code] == 40  # summed per state in the database
    assert len(large.annex.rows) == 52


def test_the_preview_s_unverified_results_cost_the_same_queries_for_a_few_and_for_thousands(secretariat):
    """The warnings of the secretariat's or an analyst's preview: one query, whatever the results."""
    from tests.factories import UserFactory

    kaz = MemberStateFactory(code="KAZ")
    analyst = UserFactory(username="ana", role="analyst", role__state=kaz)
    ResultFactory(indicator=IndicatorFactory(code="a"), value=3, state=kaz, status="submitted")
    for user in (secretariat, analyst):
        _queries_for_2024(user)  # the page has already asked for the user's role and profile
    few = [_queries_for_2024(user)[0] for user in (secretariat, analyst)]

    states = [kaz, *MemberStateFactory.create_batch(30)]
    indicators = IndicatorFactory.create_batch(40)
    Result.objects.bulk_create(
        Result(indicator=i, year=2024, state=s, value=Decimal(1), status="submitted")
        for i in indicators
        for s in states
    )
    (sec_count, sec_data), (ana_count, ana_data) = (_queries_for_2024(u) for u in (secretariat, analyst))
    assert [sec_count, ana_count] == few
    assert sum(p.count for p in sec_data.warnings.pending) == 1 + 40 * 31
    assert sum(p.count for p in ana_data.warnings.pending) == 1 + 40


def test_the_report_preview_page_has_a_pinned_number_of_queries(
    client, secretariat, django_assert_num_queries
):
    """The secretariat's preview of a year costs the same queries with few and many results."""
    indicator = IndicatorFactory(code="seized")
    ResultFactory(indicator=indicator, value=3)
    ResultFactory(indicator=indicator, value=1, state=MemberStateFactory(code="KAZ"), status="submitted")
    client.force_login(secretariat)
    url = reverse("reports:preview", args=[2024])
    client.get(url)
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).status_code == 200
    Result.objects.bulk_create(
        Result(indicator=indicator, year=2024, state=MemberStateFactory(), value=1, status="submitted")
        for _ in range(30)
    )
    # session, user, role, report, mandate, programmes, operations, indicators, figures, events, ...,
    # the passages, and the issued texts the changes are shown against (this year's, last year's)
    assert len(first) == 18
    with django_assert_num_queries(18):
        assert client.get(url).status_code == 200
    assert report_data(year=2024).figures
