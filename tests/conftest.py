"""Fixtures shared by the whole suite."""

import pytest
from django.core.management import call_command
from django.utils import translation

from tests.factories import UserFactory


@pytest.fixture
def demo(db):
    """The demonstration data of the source documents, as `load_demo` writes it."""
    call_command("load_demo", verbosity=0)


@pytest.fixture
def secretariat(db):
    return UserFactory(username="sec", role="secretariat")


@pytest.fixture
def reviewer(db):
    return UserFactory(username="rev", role="reviewer")


@pytest.fixture
def secretariat_client(client, secretariat):
    client.force_login(secretariat)
    return client


@pytest.fixture
def english():
    """Messages in English: the catalogue's Russian is the default language of the product."""
    with translation.override("en"):
        yield
