"""Constraints of programmes, objectives and instruments: bad data is refused with a clear message."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from programmes.models import LegalInstrument, MemberState, Objective, Programme
from tests.factories import LegalInstrumentFactory, ObjectiveFactory, ProgrammeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def messages(error: ValidationError) -> str:
    return " ".join(error.messages)


def test_programme_end_before_start_is_refused_by_model_and_database():
    """A period that ends before it starts is refused by validation and by the database itself."""
    programme = Programme(
        slug="ct-x", theme="terrorism", title_en="x", title_ru="x", start_year=2025, end_year=2023
    )
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "the end not before the start" in messages(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        programme.save()
    assert not Programme.objects.filter(slug="ct-x").exists()


def test_programme_without_period_needs_a_year_in_force():
    """A programme whose period is unknown must record the year it is known to be in force."""
    programme = Programme(slug="ct-y", theme="terrorism", title_en="y", title_ru="y")
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "year it is known to be in force" in messages(error.value)
    programme.in_force_year = 2008
    programme.full_clean()


def test_half_a_period_is_refused():
    """A start year without an end year is refused."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Programme.objects.create(slug="ct-z", theme="terrorism", title_en="z", title_ru="z", start_year=2020)


def test_programme_slug_is_unique():
    """Two programmes cannot share a slug: spreadsheets and URLs name programmes by it."""
    ProgrammeFactory(slug="ct-2023-2025")
    duplicate = Programme(
        slug="ct-2023-2025", theme="terrorism", title_en="a", title_ru="a", start_year=2023, end_year=2025
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "slug" in error.value.message_dict


def test_state_code_must_be_alpha3():
    """A member state's code must be an ISO 3166 alpha-3 code in capitals."""
    with pytest.raises(ValidationError) as error:
        MemberState(code="kz", name_en="Kazakhstan", name_ru="Казахстан").full_clean()
    assert "three capital Latin letters" in messages(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        MemberState.objects.create(code="k1z", name_en="x", name_ru="x")


def test_objective_numbers_are_unique_within_a_programme():
    """Two objectives of one programme cannot share a number."""
    objective = ObjectiveFactory(number=1)
    duplicate = Objective(programme=objective.programme, number=1, text_en="a", text_ru="a")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already has an objective with this number" in messages(error.value)


def test_instrument_cannot_amend_itself():
    """An instrument that names itself as the one it amends is refused."""
    instrument = LegalInstrumentFactory()
    instrument.amends = instrument
    with pytest.raises(ValidationError) as error:
        instrument.full_clean()
    assert "cannot amend itself" in messages(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        instrument.save()


def test_deleting_an_amended_instrument_is_protected():
    """The instrument an amendment refers to cannot be deleted from under it."""
    agreement = LegalInstrumentFactory()
    LegalInstrumentFactory(amends=agreement, kind=LegalInstrument.Kind.PROTOCOL)
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        agreement.delete()


def test_approval_date_is_stored_as_precisely_as_known():
    """A date known to the month is stored as the first of that month."""
    import datetime

    programme = ProgrammeFactory(approved_on=datetime.date(2024, 10, 17), approved_on_precision="month")
    programme.full_clean()
    assert programme.approved_on == datetime.date(2024, 10, 1)


def test_body_is_named_by_an_abbreviation_of_the_readers_language_only():
    """A body without an English abbreviation is named in full in English, abbreviated in Russian."""
    from django.utils import translation

    from tests.factories import BodyFactory

    body = BodyFactory(name_en="Council of Border Troops Commanders", abbr_ru="СКПВ", abbr_en="")
    with translation.override("en"):
        assert str(body) == "Council of Border Troops Commanders"
    with translation.override("ru"):
        assert str(body) == "СКПВ"
