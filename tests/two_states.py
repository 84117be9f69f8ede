"""Fixtures of two states, their analysts and results of each (who may see and change what)."""

import pytest

from measures.models import Result
from tests.factories import MemberStateFactory, ResultFactory, UserFactory

__all__ = ["analyst_blr", "analyst_kaz", "blr", "blr_draft", "blr_verified", "kaz", "kaz_draft"]


@pytest.fixture
def kaz(db):
    return MemberStateFactory(code="KAZ", name_en="Kazakhstan", name_ru="Казахстан")


@pytest.fixture
def blr(db):
    return MemberStateFactory(code="BLR", name_en="Belarus", name_ru="Беларусь")


@pytest.fixture
def analyst_kaz(kaz):
    return UserFactory(username="analyst-kaz", role="analyst", role__state=kaz)


@pytest.fixture
def analyst_blr(blr):
    return UserFactory(username="analyst-blr", role="analyst", role__state=blr)


@pytest.fixture
def kaz_draft(kaz):
    return ResultFactory(state=kaz, value=10, status=Result.Status.DRAFT)


@pytest.fixture
def blr_draft(blr):
    return ResultFactory(state=blr, value=20, status=Result.Status.DRAFT)


@pytest.fixture
def blr_verified(blr):
    return ResultFactory(state=blr, value=30, status=Result.Status.VERIFIED)
