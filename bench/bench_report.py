"""Time to build the 2024 report's PDF per language, against WeasyPrint alone on the same HTML.

The ratio is the cost of gathering the data, composing and templating on top of rendering
(goal: at most 1.2). It runs in a child process on a fresh temporary SQLite database, migrated
and loaded with the demo data, so it works from a fresh clone and never touches a real database.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2024
RUNS = 7
GOAL = 1.2


def _seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _interleaved_medians(first, second, runs: int = RUNS) -> tuple[float, float]:
    """Median times of two actions run alternately, so that load from other processes hits both alike."""
    a, b = [], []
    for _ in range(runs):
        a.append(_seconds(first))
        b.append(_seconds(second))
    return statistics.median(a), statistics.median(b)


def child() -> int:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)

    from reports.rendering import render_html, render_pdf
    from reports.selectors import report_data

    def full_build(lang: str) -> bytes:
        return render_pdf(render_html(report_data(year=YEAR), lang))

    for lang in ("en", "ru"):
        full_build(lang)  # warm-up: fonts, templates, imports
        html = render_html(report_data(year=YEAR), lang)
        full, alone = _interleaved_medians(
            lambda lang=lang: full_build(lang), lambda html=html: render_pdf(html)
        )
        ratio = full / alone
        verdict = "ok" if ratio <= GOAL else f"above the goal of {GOAL}"
        print(
            f"report {YEAR} {lang}: full build {full * 1000:.0f} ms, WeasyPrint alone {alone * 1000:.0f} ms, "
            f"ratio {ratio:.3f} ({verdict}; median of {RUNS})"
        )
    return 0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cisreports-bench-") as folder:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.sqlite3'}",
            "DJANGO_SETTINGS_MODULE": "cisreports.settings.base",
        }
        completed = subprocess.run([sys.executable, __file__, "--child"], env=env, cwd=ROOT, check=False)
    return completed.returncode


if __name__ == "__main__":
    sys.exit(child() if "--child" in sys.argv else main())
