"""Fixtures for the access tests: two states, their analysts, and results of each."""

import pytest

from tests.two_states import *  # noqa: F403  (the fixtures of two states)


@pytest.fixture(autouse=True)
def english_messages(english, client):
    """Services' messages and the admin's pages in English (the catalogue's source language)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
