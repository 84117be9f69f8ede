"""How a year's figure is counted: the CIS-wide total when recorded, else the sum of the parts."""

from decimal import Decimal

from measures.models import Result
from measures.selectors import figures
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory


def test_total_wins_over_the_sum_of_parts(db):
    """Where a CIS-wide total exists it is the figure, even if the states' rows add up differently."""
    indicator = IndicatorFactory()
    ResultFactory(indicator=indicator, year=2024, value=100)
    ResultFactory(indicator=indicator, year=2024, state=MemberStateFactory(code="KAZ"), value=30)
    ResultFactory(indicator=indicator, year=2024, state=MemberStateFactory(code="BLR"), value=40)
    (figure,) = figures(Result.objects.all()).values()
    assert (figure.year, figure.value, figure.provisional) == (2024, 100, False)


def test_without_a_total_the_parts_are_summed(db):
    """Without a total, the figure is the sum of the year's rows per state, body or operation."""
    indicator = IndicatorFactory()
    ResultFactory(indicator=indicator, year=2024, state=MemberStateFactory(code="KAZ"), value="30.5")
    ResultFactory(indicator=indicator, year=2024, state=MemberStateFactory(code="BLR"), value=40)
    ResultFactory(indicator=indicator, year=2023, state=MemberStateFactory(code="BLR"), value=1)
    found = figures(Result.objects.all())
    assert found[(indicator.pk, 2024)].value == Decimal("70.5")
    assert found[(indicator.pk, 2023)].value == 1


def test_unverified_rows_make_a_figure_provisional_only_when_they_count(db):
    """A draft part does not mark a figure given by a verified total; a draft part summed does."""
    indicator = IndicatorFactory()
    kaz = MemberStateFactory(code="KAZ")
    ResultFactory(indicator=indicator, year=2024, value=100)
    ResultFactory(indicator=indicator, year=2024, state=kaz, value=30, status=Result.Status.DRAFT)
    ResultFactory(indicator=indicator, year=2023, state=kaz, value=30, status=Result.Status.SUBMITTED)
    found = figures(Result.objects.all())
    assert found[(indicator.pk, 2024)].provisional is False
    assert found[(indicator.pk, 2023)].provisional is True


def test_qualifier_of_the_counted_rows_is_kept(db):
    """ "More than 8,300" stays "more than"; an "about" part makes the sum "about"."""
    more, about = IndicatorFactory(), IndicatorFactory()
    ResultFactory(indicator=more, year=2008, value=8300, qualifier=Result.Qualifier.MORE_THAN)
    ResultFactory(indicator=about, year=2008, state=MemberStateFactory(code="KAZ"), value=5)
    blr = MemberStateFactory(code="BLR")
    ResultFactory(indicator=about, year=2008, state=blr, value=5, qualifier=Result.Qualifier.ABOUT)
    found = figures(Result.objects.all())
    assert found[(more.pk, 2008)].qualifier == Result.Qualifier.MORE_THAN
    assert found[(about.pk, 2008)].qualifier == Result.Qualifier.ABOUT
    assert found[(about.pk, 2008)].value == 10


def test_more_than_is_printed_before_the_figure(reviewer_client, db):
    """The indicator page writes "more than 8,300" for a figure given as more than."""
    indicator = IndicatorFactory(code="narcotics")
    ResultFactory(indicator=indicator, year=2008, value=8300, qualifier=Result.Qualifier.MORE_THAN)
    html = reviewer_client.get("/measures/indicators/narcotics/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<span class="figure">more than 8,300</span>' in html


def test_figures_are_one_query(db, django_assert_num_queries):
    """However many rows, the figures of every indicator and year come from one query."""
    for n in range(20):
        ResultFactory(indicator=IndicatorFactory(code=f"i{n % 4}"), year=2000 + n, value=n)
    with django_assert_num_queries(1):
        assert len(figures(Result.objects.all())) == 20


def test_a_figure_keeps_both_sides_for_the_agreement_check(db):
    """Beside the value it reports, a figure keeps the CIS-wide total and the sum of the parts."""
    from measures.models import Result
    from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory

    indicator = IndicatorFactory()
    ResultFactory(indicator=indicator, value=10)
    ResultFactory(indicator=indicator, value=4, state=MemberStateFactory(code="KAZ"))
    ResultFactory(indicator=indicator, value=5, state=MemberStateFactory(code="BLR"))
    figure = figures(Result.objects.all())[indicator.pk, 2024]
    assert (figure.value, figure.total, figure.parts_sum) == (10, 10, 9)
