#!/usr/bin/env bash
# Smoke test of the production setup: gunicorn with DEBUG off on 127.0.0.1, the login page and a
# static file fetched as the TLS-terminating proxy would forward them (X-Forwarded-Proto: https).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
PORT=${SMOKE_PORT:-58001}
WORK=$(mktemp -d)
GUNICORN_PID=""

stop() {
    if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
        kill "$GUNICORN_PID"
        wait "$GUNICORN_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap stop EXIT

# Only the variables a deployment must set, plus where to put this run's files.
export DEBUG=false
export ALLOWED_HOSTS=127.0.0.1
SECRET_KEY=$("$PY" -c 'from django.core.management.utils import get_random_secret_key as k; print(k())')
export SECRET_KEY
export DATABASE_URL=${SMOKE_DATABASE_URL:-sqlite:///$WORK/db.sqlite3}
export STATIC_ROOT=$WORK/static
export MEDIA_ROOT=$WORK/media

"$PY" manage.py migrate --no-input -v 0
"$PY" manage.py collectstatic --no-input -v 0
LOGIN_PATH=$("$PY" manage.py shell -v 0 -c \
    'from django.conf import settings; from django.shortcuts import resolve_url; print(resolve_url(settings.LOGIN_URL))')

"$PY" -m gunicorn cisreports.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 \
    --access-logfile - --error-logfile "$WORK/gunicorn.log" &
GUNICORN_PID=$!

"$PY" - "$PORT" "$LOGIN_PATH" <<'PYTHON'
"""Fetch the login page and the first stylesheet it links, as the proxy would; fail loudly."""
import re
import sys
import time
import urllib.error
import urllib.request

port, login_path = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def fetch(path, https=True):
    headers = {"X-Forwarded-Proto": "https"} if https else {}
    try:
        with opener.open(urllib.request.Request(base + path, headers=headers), timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


deadline = time.monotonic() + 60
while True:  # wait for gunicorn to listen
    try:
        fetch(login_path)
        break
    except (ConnectionError, urllib.error.URLError):
        if time.monotonic() > deadline:
            sys.exit("gunicorn did not start within 60 s")
        time.sleep(0.2)

status, headers, body = fetch(login_path)
page = body.decode()
assert status == 200, f"login page {login_path}: HTTP {status}"
assert "csrfmiddlewaretoken" in page, "login page has no login form"
for header in ("Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options"):
    assert header in headers, f"login page lacks {header}"
assert "Secure" in headers.get("Set-Cookie", ""), "the CSRF cookie is not marked Secure"
print(f"login page {login_path}: 200, hardened headers present")

status, headers, _ = fetch(login_path, https=False)
assert status == 301 and headers["Location"].startswith("https://"), f"plain http not redirected: {status}"
print("plain http: 301 to https")

stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page)
assert stylesheet, "login page links no stylesheet"
status, headers, body = fetch(stylesheet.group(1))
assert status == 200 and headers["Content-Type"].startswith("text/css") and body, f"static: HTTP {status}"
assert "max-age=315360000" in headers.get("Cache-Control", ""), "hashed static file not cached for ever"
print(f"static file {stylesheet.group(1)}: 200, served by WhiteNoise")
PYTHON
echo "gunicorn smoke test passed"
