"""Secure by default: with DEBUG off the hardened settings apply given only the required variables."""

import json
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management.utils import get_random_secret_key
from django.urls import reverse

BASE_DIR = settings.BASE_DIR
PRODUCTION_HOST = "reports.example.org"

# What a request through the production configuration looks like, from inside a fresh process.
PROBE = """
import json
from django.conf import settings
from django.test import Client

client = Client(HTTP_HOST="reports.example.org")
plain = client.get("/admin/")
secure = client.get("/admin/", headers={"X-Forwarded-Proto": "https"})
print(json.dumps({
    "settings": {name: getattr(settings, name) for name in [
        "DEBUG", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_SECURE", "SECURE_SSL_REDIRECT",
        "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS", "X_FRAME_OPTIONS",
        "SESSION_EXPIRE_AT_BROWSER_CLOSE", "SESSION_COOKIE_AGE",
    ]} | {"STATICFILES_STORAGE": settings.STORAGES["staticfiles"]["BACKEND"]},
    "plain": [plain.status_code, plain.get("Location")],
    "secure": [secure.status_code, secure.get("Location"), dict(secure.headers)],
}))
"""


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    # A clean environment: nothing of the developer's or the test run's settings leaks in.
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def _production_env(**extra) -> dict[str, str]:
    return {
        "SECRET_KEY": get_random_secret_key(),
        "DEBUG": "False",
        "ALLOWED_HOSTS": PRODUCTION_HOST,
        **extra,
    }


def test_deploy_check_passes_with_only_the_required_variables():
    """`check --deploy --fail-level WARNING` passes with just SECRET_KEY, DEBUG=False and ALLOWED_HOSTS."""
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], _production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_app_refuses_to_start_without_required_variable(missing):
    """With DEBUG off and no SECRET_KEY (or no ALLOWED_HOSTS) the app stops with a message naming it."""
    env = _production_env()
    del env[missing]
    result = _run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert f"{missing} must be set when DEBUG is off" in result.stderr
    wsgi = _run(["-c", "import cisreports.wsgi"], env)
    assert wsgi.returncode != 0
    assert missing in wsgi.stderr


def test_debug_must_be_true_or_false():
    """A misspelt DEBUG value is refused rather than guessed."""
    result = _run(["manage.py", "check"], _production_env(DEBUG="flase"))
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_production_requests_are_hardened():
    """Without DEBUG: http is redirected to https; behind the proxy's https header the answer carries
    HSTS, CSP, X-Frame-Options DENY and the referrer policy; cookies are secure and HttpOnly."""
    result = _run(["manage.py", "shell", "-c", PROBE], _production_env())
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["settings"] == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "LANGUAGE_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SECURE_HSTS_SECONDS": 31536000,
        "X_FRAME_OPTIONS": "DENY",
        "SESSION_EXPIRE_AT_BROWSER_CLOSE": True,
        "SESSION_COOKIE_AGE": 8 * 60 * 60,
        "STATICFILES_STORAGE": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    }
    assert probe["plain"] == [301, f"https://{PRODUCTION_HOST}/admin/"]
    status, location, headers = probe["secure"]
    assert (status, location) == (302, "/admin/login/?next=/admin/")
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_pages_carry_the_content_security_policy(client, db):
    """Every answer, in development too, forbids foreign and inline scripts and framing."""
    response = client.get(reverse("admin:login"))
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";") if part.strip()
    )
    # Its own files, and one inline handler of django-import-export pinned by its hash: no 'unsafe-inline'.
    assert policy["script-src"].split()[0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert all(
        source in ("'self'", "'unsafe-hashes'") or source.startswith("'sha256-")
        for source in policy["script-src"].split()
    )
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_login_session_is_http_only_and_ends_with_the_browser(client, db):
    """A login through the login page gives an HttpOnly session cookie that ends with the browser session."""
    from django.contrib.auth.models import User

    User.objects.create_user("analyst", password="pw", is_staff=True)
    response = client.post(reverse("admin:login"), {"username": "analyst", "password": "pw"})
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert not cookie["expires"]  # a browser-session cookie
    assert client.session.get_expire_at_browser_close()
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60


def test_production_reads_client_addresses_behind_the_proxy():
    """Behind the deployment's proxy, clients are told apart by X-Forwarded-For, not the proxy's address.

    Otherwise five failed logins by anyone would lock every user out for an hour.
    """
    script = (
        "import django; django.setup(); from django.test import RequestFactory; "
        "from axes.helpers import get_client_ip_address as ip; f = RequestFactory(); "
        "print(ip(f.get('/', REMOTE_ADDR='127.0.0.1', HTTP_X_FORWARDED_FOR='203.0.113.5')), "
        "ip(f.get('/', REMOTE_ADDR='127.0.0.1', HTTP_X_FORWARDED_FOR='198.51.100.9')), "
        "ip(f.get('/', REMOTE_ADDR='127.0.0.1', HTTP_X_FORWARDED_FOR='10.6.6.6, 203.0.113.5')))"
    )
    env = _production_env(DJANGO_SETTINGS_MODULE="cisreports.settings.base")
    result = _run(["-c", script], env)
    assert result.returncode == 0, result.stderr
    # Two clients behind the one proxy are told apart; an address forged in front of the one the
    # proxy wrote is not believed (the attempt counts under the proxy's address).
    assert result.stdout.split() == ["203.0.113.5", "198.51.100.9", "127.0.0.1"]
