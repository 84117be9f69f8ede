"""Reference data (states, bodies, programmes, indicators) export keyed by codes, for those allowed."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def export_rows(client, model: str) -> list[list[str]]:
    url = reverse(f"admin:{model}_export")
    form = client.get(url).context["form"]
    data = {name: "on" for name, field in form.fields.items() if field.__class__.__name__ == "BooleanField"}
    data.update({"format": "0", "resource": "0"})
    response = client.post(url, data)
    assert response.status_code == 200
    return [line.split(",") for line in response.content.decode("utf-8-sig").strip().splitlines()]


@pytest.mark.parametrize(
    ("model", "key_column", "key"),
    [
        ("programmes_memberstate", "code", "KAZ"),
        ("programmes_body", "code", "atc"),
        ("programmes_programme", "slug", "ct-2023-2025"),
        ("measures_indicator", "code", "firearms_seized"),
    ],
)
def test_secretariat_exports_reference_data_by_code(demo, secretariat_client, model, key_column, key):
    """The export names each record by its stable code, the key spreadsheets use, never an id."""
    rows = export_rows(secretariat_client, model)
    header = rows[0]
    assert "id" not in header
    assert key in [row[header.index(key_column)] for row in rows[1:]]


def test_reviewer_cannot_export(demo, client):
    """A reviewer has no admin and takes nothing out through it: the export sends them to its login."""
    client.force_login(UserFactory(username="rev", role="reviewer"))
    response = client.get(reverse("admin:programmes_memberstate_export"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
