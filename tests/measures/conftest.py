"""Messages of the measures tests are asserted in English, the catalogues' source language."""

import pytest


@pytest.fixture(autouse=True)
def english_messages(english, client):
    """Import, constraint and admin messages in English for every test of this folder."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
