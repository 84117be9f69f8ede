"""Settings for the test suite: the environment's database, fast hashing, isolated media."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="cisreports-test-media-")

# On SQLite the test database is a file, not memory: the job tests' worker processes open it too.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.mkdtemp(prefix="cisreports-test-db-")) / "test.sqlite3")
    }
