"""Fixtures of the site's tests: the factory-built world and users of each role."""

import pytest

from programmes.models import MemberState
from tests.factories import UserFactory

from .world import World, build_world


@pytest.fixture
def world(db) -> World:
    """Programmes over the years, two indicators with figures in 2023 and 2024, three operations."""
    return build_world()


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def analyst_kaz(world):
    kaz = MemberState.objects.get(code="KAZ")
    return UserFactory(username="analyst-kaz", role="analyst", role__state=kaz)
