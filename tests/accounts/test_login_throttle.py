"""Login protection: repeated failed logins from one address lock that user name there, with a message."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")


def _user(username):
    return User.objects.create_user(username, password="pw", is_staff=True)


def _login(client, username, password, ip="10.0.0.1"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip, HTTP_ACCEPT_LANGUAGE="en"
    )


def _fail_until_limit(client, username, ip="10.0.0.1"):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, username, "wrong", ip=ip)


def test_account_is_locked_after_repeated_failures(client):
    """After the limit of failures even the right password is refused, with a page saying why."""
    _user("analyst")
    first = _login(client, "analyst", "wrong")
    assert first.status_code == 200  # an ordinary "wrong password" form
    _fail_until_limit(client, "analyst")
    response = _login(client, "analyst", "pw")
    assert response.status_code == 429
    text = response.content.decode()
    assert "locked after 5 failed login attempts" in text
    assert "Try again in an hour" in text
    assert "_auth_user_id" not in client.session


def test_lockout_page_follows_the_users_language(client):
    """The lockout page is the project's own, in the user's language (Russian here), not axes' plain text."""
    _user("analyst")
    _fail_until_limit(client, "analyst")
    response = client.post(
        LOGIN, {"username": "analyst", "password": "pw"}, REMOTE_ADDR="10.0.0.1", HTTP_ACCEPT_LANGUAGE="ru"
    )
    assert response.status_code == 429
    assert "accounts/locked_out.html" in {t.name for t in response.templates}
    assert '<html lang="ru">' in response.content.decode()


def test_failures_elsewhere_do_not_lock_the_real_user_out(client):
    """An attacker failing with the real user's name, and with made-up names, from one address does
    not keep the real user, at another address, from logging in."""
    _user("analyst")
    _fail_until_limit(client, "analyst", ip="10.0.0.66")
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(client, f"guess{n}", "wrong", ip="10.0.0.66")
    assert _login(client, "analyst", "pw", ip="10.0.0.66").status_code == 429
    assert _login(client, "analyst", "pw", ip="10.9.9.9").status_code == 302


PROXY = {
    "AXES_IPWARE_PROXY_COUNT": 0,
    "AXES_IPWARE_META_PRECEDENCE_ORDER": ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"],
}


def test_behind_the_proxy_the_attackers_address_is_locked_not_everyones(client, settings):
    """Behind one proxy (as PROXY_COUNT=1 configures it, every request coming from the proxy's
    address), failed logins from one client with made-up and real user names leave the real user
    able to log in from another client."""
    for name, value in PROXY.items():
        setattr(settings, name, value)
    _user("analyst")

    def through_proxy(username, password, client_ip):
        return client.post(
            LOGIN,
            {"username": username, "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=client_ip,
            HTTP_ACCEPT_LANGUAGE="en",
        )

    for n in range(settings.AXES_FAILURE_LIMIT):
        through_proxy(f"guess{n}", "wrong", "203.0.113.66")
        through_proxy("analyst", "wrong", "203.0.113.66")
    assert through_proxy("analyst", "pw", "203.0.113.66").status_code == 429
    assert through_proxy("analyst", "pw", "198.51.100.7").status_code == 302


def test_success_before_the_limit_resets_the_count(client):
    """A user who mistypes a few times and then logs in is not locked later."""
    _user("analyst")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, "analyst", "wrong")
    assert _login(client, "analyst", "pw").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, "analyst", "wrong")
    assert _login(client, "analyst", "pw").status_code == 302


def test_test_client_login_still_works(client):
    """Logging in without a request (the test client, management code) is not blocked by the throttle."""
    _user("analyst")
    assert client.login(username="analyst", password="pw")


def test_password_validators_are_on(settings):
    """Django's password validators (length, common, numeric, similarity) apply to every password."""
    names = {v["NAME"].rsplit(".", 1)[1] for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert names == {
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    }
