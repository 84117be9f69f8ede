"""Constraints on results: one value per key (empty parts too), non-negative, in the programme period."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from measures.models import Measure, Operation, Result
from tests.factories import (
    IndicatorFactory,
    MeasureFactory,
    MemberStateFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_second_cis_wide_total_for_same_key_is_refused_by_validation():
    """Two totals with no state and no body for one indicator, year and programme are a duplicate."""
    first = ResultFactory(programme=ProgrammeFactory())
    second = Result(indicator=first.indicator, year=first.year, programme=first.programme, value=5)
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "already exists" in " ".join(error.value.messages)


def test_second_cis_wide_total_for_same_key_is_refused_by_the_database():
    """The database refuses the duplicate too, although its empty parts are NULL."""
    first = ResultFactory(programme=ProgrammeFactory())
    with pytest.raises(IntegrityError), transaction.atomic():
        Result.objects.create(indicator=first.indicator, year=first.year, programme=first.programme, value=5)
    assert Result.objects.count() == 1


def test_totals_without_programme_collide_too():
    """Two 2008-style totals (no programme, state, body or operation) collide."""
    first = ResultFactory(year=2008)
    with pytest.raises(IntegrityError), transaction.atomic():
        Result.objects.create(indicator=first.indicator, year=2008, value=1)


def test_rows_differing_in_one_part_coexist():
    """A total and a per-state row of the same indicator and year are different keys."""
    total = ResultFactory()
    Result.objects.create(
        indicator=total.indicator, year=total.year, state=MemberStateFactory(code="KAZ"), value=3
    )
    assert Result.objects.count() == 2


def test_negative_value_is_refused():
    """A negative value is refused by validation and by a check constraint."""
    result = Result(indicator=IndicatorFactory(), year=2024, value=Decimal("-1"))
    with pytest.raises(ValidationError) as error:
        result.full_clean()
    assert "value" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        result.save()


def test_year_outside_programme_period_is_refused_by_validation():
    """A result of 2019 cannot belong to the 2023-2025 programme; the message names the period."""
    result = Result(indicator=IndicatorFactory(), year=2019, programme=ProgrammeFactory(), value=1)
    with pytest.raises(ValidationError) as error:
        result.full_clean()
    assert "2023–2025" in error.value.message_dict["year"][0]


def test_year_outside_programme_period_is_refused_by_the_database():
    """The database trigger refuses the same result when validation is bypassed."""
    programme = ProgrammeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Result.objects.create(indicator=IndicatorFactory(), year=2019, programme=programme, value=1)
    result = ResultFactory(programme=programme, year=2024)
    with pytest.raises(IntegrityError), transaction.atomic():
        Result.objects.filter(pk=result.pk).update(year=2026)
    result.refresh_from_db()
    assert result.year == 2024


def test_programme_period_cannot_shrink_away_from_its_results():
    """Shortening a programme's period so that a result falls outside it is refused."""
    programme = ProgrammeFactory()
    ResultFactory(programme=programme, year=2025)
    with pytest.raises(IntegrityError), transaction.atomic():
        Programme = type(programme)
        Programme.objects.filter(pk=programme.pk).update(end_year=2024)


def test_programme_without_period_accepts_any_year():
    """A programme whose period is unknown does not restrict its results' years."""
    programme = ProgrammeFactory(slug="ct-2008", start_year=None, end_year=None, in_force_year=2008)
    ResultFactory(programme=programme, year=2008).full_clean()


def test_result_of_an_operation_must_share_its_year():
    """A result attributed to an operation of 2024 cannot be for 2023."""
    operation = OperationFactory(year=2024)
    result = Result(indicator=IndicatorFactory(), year=2023, operation=operation, value=1)
    with pytest.raises(ValidationError) as error:
        result.full_clean()
    assert "2024" in error.value.message_dict["operation"][0]


def test_indicator_with_results_cannot_be_deleted():
    """Deleting an indicator would lose figures: it is protected."""
    from django.db.models import ProtectedError

    result = ResultFactory()
    with pytest.raises(ProtectedError):
        result.indicator.delete()


def test_operation_names_match_ignoring_case_and_dashes():
    """ "Tral – anti-terror" and "TRAL-anti terror" are the same operation in one year."""
    OperationFactory(name="Tral – anti-terror", year=2024)
    duplicate = Operation(name="TRAL-anti terror", year=2024, kind="investigative")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already exists" in " ".join(error.value.messages)


def test_operation_end_before_start_is_refused():
    """An operation cannot end before it starts."""
    import datetime

    operation = Operation(
        name="X",
        year=2024,
        kind="border",
        start_date=datetime.date(2024, 5, 2),
        end_date=datetime.date(2024, 5, 1),
    )
    with pytest.raises(ValidationError) as error:
        operation.full_clean()
    assert "end date cannot come before" in " ".join(error.value.messages)


def test_measure_due_years_must_be_ordered():
    """A measure due from 2025 to 2024 is refused."""
    measure = MeasureFactory.build(programme=ProgrammeFactory(), due_from=2025, due_to=2024)
    with pytest.raises(ValidationError) as error:
        measure.full_clean()
    assert "last due year" in " ".join(error.value.messages)
    with pytest.raises(IntegrityError), transaction.atomic():
        measure.save()
    assert not Measure.objects.exists()


def test_programme_form_explains_why_its_period_cannot_shrink():
    """Shortening the period under existing results is explained, naming the years concerned."""
    programme = ProgrammeFactory()
    ResultFactory(programme=programme, year=2025)
    programme.end_year = 2024
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "results of 2025" in " ".join(error.value.messages)
