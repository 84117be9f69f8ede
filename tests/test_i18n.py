"""The interface speaks Russian and English: compiled catalogues, both languages' admin, switching."""

import pytest
from django.urls import reverse

from tests.test_admin_validation import PROGRAMME_FORM

pytestmark = pytest.mark.django_db


def test_admin_in_russian_and_english(secretariat_client):
    """The admin index names the apps in the language the browser asks for."""
    russian = secretariat_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Программы и правовая база" in russian
    assert "Доклады СНГ о противодействии терроризму" in russian
    english = secretariat_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Programmes and legal framework" in english


def test_constraint_message_in_russian(secretariat_client, demo):
    """A refused form explains itself in Russian to a Russian-speaking user."""
    response = secretariat_client.post(
        reverse("admin:programmes_programme_add"),
        PROGRAMME_FORM,
        HTTP_ACCEPT_LANGUAGE="ru",
    )
    assert "окончание не раньше начала" in response.content.decode()


def test_language_switch_is_remembered(secretariat_client):
    """Choosing English with the switch keeps the admin in English on the next page."""
    secretariat_client.post(reverse("set_language"), {"language": "en", "next": "/admin/"})
    assert "Programmes and legal framework" in secretariat_client.get(reverse("admin:index")).content.decode()


def test_every_russian_message_is_translated():
    """No interface text falls back to English for a Russian reader: no empty or fuzzy entry."""
    from pathlib import Path

    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parent.parent
    catalogues = [p for p in root.glob("**/locale/ru/LC_MESSAGES/django.po") if ".venv" not in p.parts]
    assert len(catalogues) >= 6
    untranslated = []
    for path in catalogues:
        with path.open("rb") as po_file:
            for message in read_po(po_file):
                strings = [message.string] if isinstance(message.string, str) else list(message.string)
                if message.id and (message.fuzzy or not all(strings)):
                    untranslated.append(f"{path.relative_to(root)}: {message.id!r}")
    assert untranslated == []
