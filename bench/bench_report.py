"""Time to build a report's PDF per language, against WeasyPrint alone on the same HTML; and its Word file.

The ratio is the cost of gathering the data, composing and templating on top of rendering
(goal: at most 1.2), for the demo's 2024 report and for a heavy year the benchmark generates
(ten times 2024's operations, events and results, in 2025). The Word file's build time is
printed beside. It runs in a child process on a fresh temporary SQLite database, migrated and
loaded with the demo data, so it works from a fresh clone and never touches a real database.
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
HEAVY_YEAR = 2025
HEAVY_COPIES = 10
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


def _heavy_year() -> None:
    """HEAVY_COPIES copies of 2024's operations, events and verified results, moved to HEAVY_YEAR."""
    from measures.models import Event, Operation, Result

    operations = {}
    for copy in range(HEAVY_COPIES):
        for op in Operation.objects.filter(year=YEAR).prefetch_related("participating_states"):
            states = list(op.participating_states.all())
            old_pk = op.pk
            op.pk = None
            op.name, op.name_ru, op.year = f"{op.name} {copy}", f"{op.name_ru} {copy}", HEAVY_YEAR
            op.save()
            op.participating_states.set(states)
            operations[old_pk, copy] = op
        for event in Event.objects.filter(date__year=YEAR, combined_into__isnull=True).prefetch_related(
            "scope_organizations"
        ):
            organizations = list(event.scope_organizations.all())
            event.pk = None
            event.code = f"{event.code}-{copy}"
            event.date = event.date.replace(year=HEAVY_YEAR)
            event.save()
            event.scope_organizations.set(organizations)
    results = []
    for result in Result.objects.filter(year=YEAR, status=Result.Status.VERIFIED):
        for copy in range(HEAVY_COPIES if result.operation_id else 1):
            result.pk = None
            result.year = HEAVY_YEAR
            if result.operation_id:
                result.operation = operations.get((result.operation_id, copy), result.operation)
            results.append(
                Result(**{f.attname: getattr(result, f.attname) for f in Result._meta.concrete_fields})
            )
    Result.objects.bulk_create(results, ignore_conflicts=True)


def child() -> int:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    _heavy_year()

    from reports.docx import render_docx
    from reports.rendering import render_html, render_pdf, report_document
    from reports.selectors import report_data

    worst = 0.0
    for year in (YEAR, HEAVY_YEAR):

        def full_build(lang: str, year: int = year) -> bytes:
            return render_pdf(render_html(report_data(year=year), lang))

        def word(lang: str, year: int = year) -> bytes:
            return render_docx(report_document(report_data(year=year), lang))

        for lang in ("en", "ru"):
            full_build(lang)  # warm-up: fonts, templates, imports
            html = render_html(report_data(year=year), lang)
            full, alone = _interleaved_medians(
                lambda lang=lang: full_build(lang), lambda html=html: render_pdf(html)
            )
            docx_time = statistics.median(_seconds(lambda lang=lang: word(lang)) for _ in range(RUNS))
            ratio = full / alone
            worst = max(worst, ratio)
            verdict = "ok" if ratio <= GOAL else f"above the goal of {GOAL}"
            print(
                f"report {year} {lang}: full build {full * 1000:.0f} ms, "
                f"WeasyPrint alone {alone * 1000:.0f} ms, ratio {ratio:.3f} ({verdict}; median of {RUNS}); "
                f"Word file {docx_time * 1000:.0f} ms"
            )
    return 0 if worst <= GOAL else 1


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
