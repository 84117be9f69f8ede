"""Page times at a big results table against a small one, on SQLite and PostgreSQL (goal: ratio <= 1.5).

Two child processes, each with its own database holding the same reference data (60 states,
100 indicators, programmes and operations of 2000-2030) and a different number of results
(BENCH_SMALL_RESULTS, default 10,000; BENCH_RESULTS, default 200,000; the goal is stated for
1,000,000), written by one INSERT ... SELECT. The parent asks them for the same page in
turn, alternating which goes first, and prints the median time of each side and their ratio.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import postgres  # noqa: E402  (the bench folder's own helper)

SMALL = int(os.environ.get("BENCH_SMALL_RESULTS", "10000"))
BIG = int(os.environ.get("BENCH_RESULTS", "200000"))
RUNS = int(os.environ.get("BENCH_PAGES_RUNS", "7"))
GOAL = 1.5
FIRST_YEAR, YEARS, STATES, INDICATORS, OPERATIONS_PER_YEAR = 2000, 31, 60, 100, 10
PAGES = {
    "dashboard": "/",
    "programme page": "/programmes/ct-2024-2026/",
    "indicator page": "/measures/indicators/bench_7/",
    "report preview": "/reports/2024/?lang=en",
    "admin Results list": "/admin/measures/result/",
}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        compare("SQLite", f"sqlite:///{tmp}/small.sqlite3", f"sqlite:///{tmp}/big.sqlite3")
    with postgres.server() as (url, how):
        if url is None:
            print(f"-- PostgreSQL: not measured ({how})")
            return
        with (
            postgres.database(url, f"bench_pages_small_{os.getpid()}") as small,
            postgres.database(url, f"bench_pages_big_{os.getpid()}") as big,
        ):
            compare(f"PostgreSQL ({how})", small, big)


class Child:
    """A Django process on one database, serving page requests from the parent, one per line."""

    def __init__(self, url: str, results: int) -> None:
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "cisreports.settings.base"}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(results)],
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.ready = self._answer()

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark's child process stopped; see its error above")
        return json.loads(line)

    def get(self, page: str) -> dict:
        self.process.stdin.write(page + "\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def compare(label: str, small_url: str, big_url: str) -> None:
    small, big = Child(small_url, SMALL), Child(big_url, BIG)
    try:
        print(
            f"-- {label}: pages at {BIG:,} results against {SMALL:,} (loaded in "
            f"{big.ready['load_seconds']:.1f} s and {small.ready['load_seconds']:.1f} s); "
            f"median of {RUNS}, the two sides alternating"
        )
        print(f"   {'page':<22}{'small ms':>10}{'big ms':>10}{'ratio':>8}  goal  queries")
        for name in PAGES:
            times = {"small": [], "big": []}
            queries = {}
            for run in range(RUNS):
                order = (("small", small), ("big", big)) if run % 2 == 0 else (("big", big), ("small", small))
                for side, child in order:
                    answer = child.get(name)
                    if answer["status"] != 200:
                        raise RuntimeError(f"{name} answered {answer['status']} on the {side} database")
                    times[side].append(answer["seconds"])
                    queries[side] = answer["queries"]
            a, b = statistics.median(times["small"]), statistics.median(times["big"])
            ratio = b / a
            verdict = "ok" if ratio <= GOAL else "ABOVE"
            print(
                f"   {name:<22}{a * 1000:>10.1f}{b * 1000:>10.1f}{ratio:>8.2f}  <= {GOAL} {verdict:<5}"
                f"  {queries['small']}/{queries['big']}"
            )
    finally:
        small.close()
        big.close()


def _load(results: int) -> None:
    """The reference data by the ORM, then every result in one INSERT ... SELECT (triggers off meanwhile)."""
    from django.db import connection, transaction

    from measures import figure_store
    from measures.models import Operation
    from programmes.models import Programme
    from tests.factories import IndicatorFactory, MemberStateFactory, ProgrammeFactory, UserFactory

    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    with transaction.atomic():
        states = [MemberStateFactory(code=f"Q{letters[n // 26]}{letters[n % 26]}") for n in range(STATES)]
        indicators = [IndicatorFactory(code=f"bench_{n}") for n in range(INDICATORS)]
        programmes = [
            ProgrammeFactory(slug=f"ct-{start}-{start + 2}", start_year=start, end_year=start + 2)
            for start in range(FIRST_YEAR, FIRST_YEAR + YEARS, 3)
        ]
        Operation.objects.bulk_create(
            Operation(
                name=f"Operation {year}-{k}",
                name_key=f"operation {year}-{k}",
                year=year,
                kind=Operation.Kind.PREVENTIVE,
                programme=programmes[(year - FIRST_YEAR) // 3],
            )
            for year in range(FIRST_YEAR, FIRST_YEAR + YEARS)
            for k in range(OPERATIONS_PER_YEAR)
        )
        UserFactory(username="bench-secretariat", role="secretariat")
    ind0, st0 = indicators[0].pk, states[0].pk
    prog0 = Programme.objects.order_by("pk").first().pk
    op0 = Operation.objects.order_by("pk").first().pk
    assert [p.pk for p in programmes] == list(range(prog0, prog0 + len(programmes)))
    if connection.vendor == "sqlite":
        numbers = (
            f"WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {results - 1})"
        )
        source = "seq"
    else:
        numbers, source = "", f"generate_series(0, {results - 1}) AS seq(n)"
    # n -> indicator n % 100, year by hundreds, operation (or none) by 3,100s, state by 34,100s;
    # years before the reporting year verified, the later ones in every status.
    y = f"({FIRST_YEAR} + (n / {INDICATORS}) % {YEARS})"
    k = f"((n / {INDICATORS * YEARS}) % {OPERATIONS_PER_YEAR + 1})"
    s = f"((n / {INDICATORS * YEARS * (OPERATIONS_PER_YEAR + 1)}) % {STATES})"
    sql = f"""
        {numbers}
        INSERT INTO measures_result (indicator_id, year, programme_id, operation_id, state_id, body_id, value,
            qualifier, notes, status, review_comment, entered_by_id, created_at, updated_at)
        SELECT {ind0} + n % {INDICATORS}, {y},
            CASE WHEN {k} = 0 THEN {prog0} + ({y} - {FIRST_YEAR}) / 3 END,
            CASE WHEN {k} > 0 THEN {op0} + ({y} - {FIRST_YEAR}) * {OPERATIONS_PER_YEAR} + {k} - 1 END,
            CASE WHEN {s} > 0 OR {k} > 0 THEN {st0} + {s} END, NULL, n % 1000,
            CASE WHEN n % 97 = 0 THEN 'about' ELSE 'exact' END, '',
            CASE WHEN {y} < 2025 THEN 'verified'
                 ELSE (CASE n % 4 WHEN 0 THEN 'draft' WHEN 1 THEN 'submitted' WHEN 2 THEN 'returned'
                       ELSE 'verified' END) END,
            '', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
        FROM {source}
    """
    with transaction.atomic():
        figure_store.drop_triggers()
        with connection.cursor() as cursor:
            cursor.execute(sql)
        figure_store.rebuild()
        figure_store.install_triggers()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def child(results: int) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    _load(results)
    load_seconds = time.perf_counter() - started
    # As in production: no query log kept by a debug cursor; the test client's host accepted.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    client.force_login(User.objects.get(username="bench-secretariat"))
    for url in PAGES.values():  # warm-up: templates, translations, the database's caches
        assert client.get(url).status_code == 200, url
    print(json.dumps({"load_seconds": load_seconds}), flush=True)
    for line in sys.stdin:
        url = PAGES[line.strip()]
        with CaptureQueriesContext(connection) as queries:
            begun = time.perf_counter()
            response = client.get(url)
            seconds = time.perf_counter() - begun
        print(
            json.dumps({"seconds": seconds, "status": response.status_code, "queries": len(queries)}),
            flush=True,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
    else:
        main()
