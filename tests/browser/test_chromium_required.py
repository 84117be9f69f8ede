"""Browser tests never pass silently in CI: without Chromium they skip locally and fail with CI=true."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def run_browser_tests(ci: str, tmp_path: Path) -> subprocess.CompletedProcess:
    # A database of its own: the inner run must never touch the outer run's test database.
    env = {
        **os.environ,
        "CHROMIUM_PATH": "/nonexistent/chromium",
        "CI": ci,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'inner.sqlite3'}",
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "browser", "tests/browser"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(("ci", "outcome"), [("", "skipped"), ("true", "error")])
def test_missing_chromium_skips_locally_and_fails_in_ci(ci, outcome, tmp_path):
    """With no Chromium, a developer's run skips the browser tests; a CI run fails, naming why."""
    result = run_browser_tests(ci, tmp_path)
    summary = result.stdout.strip().splitlines()[-1]
    assert outcome in summary, result.stdout[-2000:]
    assert "passed" not in summary
    if ci == "true":
        assert result.returncode != 0
        assert "Chromium not found at /nonexistent/chromium" in result.stdout
    else:
        assert result.returncode == 0
