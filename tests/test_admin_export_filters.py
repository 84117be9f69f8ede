"""An export link with filters that cannot be read leads back to the list with a message."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["measures_result", "programmes_memberstate"])
def test_unreadable_filter_returns_to_the_list(secretariat_client, model):
    """?year=abc is not a year: the user is sent back to the list and told, not shown a server error."""
    url = reverse(f"admin:{model}_export") + "?year=abc&status__exact=nonsense&code=x"
    response = secretariat_client.get(url, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == reverse(f"admin:{model}_changelist")
    assert "could not be read" in response.content.decode()
