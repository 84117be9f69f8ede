"""Settings read from the environment; with nothing set, a local development instance."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a true/false environment variable, refusing anything ambiguous."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # A development key only: a deployment sets DEBUG=false and must bring its own.
    SECRET_KEY = "django-insecure-local-development-key-not-for-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]

INSTALLED_APPS = [
    # Django's admin with the project's site: analysts and the secretariat only, scoped filters.
    "accounts.apps.ProjectAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "import_export",
    "simple_history",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "core",
    "programmes",
    "accounts",
    "jobs",
    "measures",
    "reports",
    "portal",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, so static files get the security headers too.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: a logged-in user's pages and PDFs are never cached (no-store).
    "core.middleware.NoStoreForLoggedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cisreports.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cisreports.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead log: while a job's long transaction writes, the pages (and the job's own page)
    # still read the last committed data instead of waiting for the lock.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # Refuses logins of a locked-out account or address before the password is checked.
    "accounts.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"

# Russian is the language of the original documents; English is the translation.
LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", _("Russian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Moscow"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
# Only when present: a missing directory would be a system-check warning on a bare checkout.
STATICFILES_DIRS = [path for path in [BASE_DIR / "static"] if path.is_dir()]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "media/"

# django-import-export: one transaction per import, so a bad row leaves nothing behind.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Spreadsheet uploads: refused while they are received once over this size (bytes); the caps on
# rows (and the columns, cells and unpacked size derived from them) keep a small file that
# expands enormously from taking a worker down.
# The admin's import runs in a job, not in the web request: 100 MB by default.
IMPORT_MAX_UPLOAD_BYTES = int(os.environ.get("IMPORT_MAX_UPLOAD_BYTES") or 100 * 1024 * 1024)
IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS") or 200_000)
# Previews never confirmed are removed after this many seconds, at the next import.
IMPORT_PREVIEW_MAX_AGE = int(os.environ.get("IMPORT_PREVIEW_MAX_AGE") or 2 * 60 * 60)
FILE_UPLOAD_HANDLERS = [
    "measures.imports.uploads.BoundedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD") or "demo"

# --- Mail: the round's notices and reminders -------------------------------------------------

# Links in mail point here (the address users open the site at).
SITE_URL = os.environ.get("SITE_URL") or "http://127.0.0.1:8000"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or "cisreports@localhost"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# With EMAIL_HOST set, mail goes out by SMTP; without it, it is printed on the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT") or 30)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Reminders start this many days before a round's deadline (one a day, `send_reminders`).
ROUND_REMINDER_DAYS = int(os.environ.get("ROUND_REMINDER_DAYS") or 14)

# Background jobs (imports, exports, report rendering and issuing): queued in the database,
# run by `manage.py db_worker` (as many workers as wanted; each job is taken by one).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A job's result file (an export, a draft) is removed this many seconds after the job finished;
# the uploaded file of an import check nobody confirmed, after IMPORT_PREVIEW_MAX_AGE. Removed a
# few at a time whenever a job starts, and all at once by `manage.py jobs_cleanup` (daily).
JOB_FILES_MAX_AGE = int(os.environ.get("JOB_FILES_MAX_AGE") or 7 * 24 * 60 * 60)

# --- Security: on in every mode ---------------------------------------------------------------

# Figures of a year whose report was issued stay as they were: history is read, never reverted.
SIMPLE_HISTORY_REVERT_DISABLED = True

# Sessions end after a working day, and when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE") or 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
# No page script reads the CSRF cookie: the admin and the site's forms carry the token.
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The language choice is sent with the site's own requests and top-level links only.
LANGUAGE_COOKIE_SAMESITE = "Lax"

# django-axes: after 5 failed logins from one address for one user name, that pair waits an hour.
# Locking the pair, not the name alone nor the address alone, means that an attacker elsewhere
# cannot lock the real user out, and that one address cannot lock out everyone behind it.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT") or 5)
AXES_COOLOFF_TIME = 1  # hour; the lockout page says so
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Lockouts are logged by axes as they happen; its start-up banner would clutter every command.
AXES_VERBOSE = False
# The client's address (django-ipware): behind PROXY_COUNT proxies it is read from
# X-Forwarded-For, in which the proxy next to the app has written the address it was reached
# from; ipware counts only the proxies listed in that header, one fewer. A header holding more
# addresses than the proxies add (a forged one) is not believed: the attempt counts under the
# proxy's address. With PROXY_COUNT=0 the header is ignored, since anyone could write it. A
# deployment (DEBUG off) runs behind one TLS-terminating proxy.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT") or (0 if DEBUG else 1))
if PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT - 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Content Security Policy (django-csp): only this site's own scripts, styles, images and fonts.
# Inline styles stay allowed: the report HTML embeds its print stylesheet and the charts are
# inline SVG with style attributes; inline and foreign scripts are refused.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # Plus one inline handler by its hash: django-import-export's "select all" on the export page.
        "script-src": ["'self'", "'unsafe-hashes'", "'sha256-wid4zL8fR53ZYy1ljOepzR77Dn6vWUUxuNnnWWBP3I8='"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# In development WhiteNoise serves straight from the apps' static folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Security: production (DEBUG off) -------------------------------------------------------

if not DEBUG:
    # TLS ends at the proxy, which says so in this header; everything else is redirected to https.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    LANGUAGE_COOKIE_HTTPONLY = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS") or 365 * 24 * 60 * 60)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
    # Hashed, compressed file names: browsers may cache static files for ever.
    STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"
    LOGGING = {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL") or "INFO"},
    }
