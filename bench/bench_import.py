"""Speed of `import_data results` on generated rows against bulk_create plus the same history writes.

The baseline writes what the import writes (the rows, by bulk_create, and their history
records, by the same INSERT ... SELECT) without reading or checking anything, so the ratio
is the cost of the import's parsing, validation and rights. Each measurement runs in its own
process on its own throwaway database, made the same way (migrate, the reference data, the
same rows): a temporary SQLite file and, when DATABASE_URL points at PostgreSQL (`bench/run.py`
starts a local server when it can), a temporary database created on that server and dropped
afterwards. The two modes alternate, and the median of BENCH_IMPORT_REPEAT runs is kept.
"""

import io
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import postgres  # noqa: E402  (the bench folder's own helper)

ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "20000"))
# On a shared machine one run can be slowed by others: repeat, alternating, and keep the median.
REPEAT = int(os.environ.get("BENCH_IMPORT_REPEAT", "3"))
INDICATORS = 50
YEAR = 2024
MODES = ("import", "bulk_create_history")
GOAL = 0.40


def main() -> None:
    runs = itertools.count()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        report("SQLite", lambda mode: _run_child(mode, f"sqlite:///{tmp}/{mode}-{next(runs)}.sqlite3", tmp))
        with postgres.server() as (url, how):
            if url is None:
                print(f"-- PostgreSQL: not measured ({how})")
                return
            try:
                report(f"PostgreSQL ({how})", lambda mode: _on_postgres(url, mode, tmp))
            except Exception as error:  # no right to create a database there, server down, ...
                reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
                print(f"-- PostgreSQL: not measured ({error.__class__.__name__}: {reason})")


def report(label: str, run) -> None:
    runs = {mode: [] for mode in MODES}
    for round_ in range(REPEAT):
        for mode in MODES if round_ % 2 == 0 else reversed(MODES):
            runs[mode].append(run(mode))
    figures = {mode: _median(runs[mode]) for mode in MODES}
    rate = {mode: ROWS / figures[mode]["seconds"] for mode in MODES}
    imported = figures["import"]
    ratio = rate["import"] / rate["bulk_create_history"]
    print(f"-- {label}: {ROWS:,} rows ({imported['file_mb']:.1f} MB of CSV), median of {REPEAT}, alternating")
    print(imported["output"])
    print(f"import_data results (parsing, validation, rights, history): {rate['import']:>9,.0f} rows/s")
    baseline = rate["bulk_create_history"]
    print(f"bulk_create of the same rows plus the same history writes:  {baseline:>9,.0f} rows/s")
    print(
        f"ratio import_data / (bulk_create + history): {ratio:.2f} (goal: at least {GOAL}) "
        f"{'ok' if ratio >= GOAL else 'BELOW'}"
    )
    print(f"queries of the import: {imported['queries']:,}; memory it added: {imported['memory_mb']:,.0f} MB")
    if label == "SQLite":
        # SQLite works inside this process: its CPU time is all the work, and unlike the wall
        # clock it does not count the time other programs on a busy machine took.
        cpu = {mode: ROWS / figures[mode]["cpu_seconds"] for mode in MODES}
        print(
            f"by CPU time: import_data {cpu['import']:,.0f}, bulk_create + history "
            f"{cpu['bulk_create_history']:,.0f} rows/s; "
            f"ratio {cpu['import'] / cpu['bulk_create_history']:.2f}"
        )


def _median(figures: list[dict]) -> dict:
    """The run of median time (the other figures of that same run)."""
    ordered = sorted(figures, key=lambda figure: figure["seconds"])
    return ordered[len(ordered) // 2]


def _run_child(mode: str, url: str, tmp: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cisreports.settings.base",
        # As in production: no query log kept in memory by a debug cursor.
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-not-a-secret",
        "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS") or "localhost",
    }
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, tmp],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _on_postgres(url: str, mode: str, tmp: str) -> dict:
    import dj_database_url
    import psycopg2

    config = dj_database_url.parse(url)
    name = f"bench_import_{os.getpid()}_{mode}"
    server = psycopg2.connect(
        dbname=config["NAME"] or "postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    server.autocommit = True
    try:
        with server.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        return _run_child(mode, f"{url.rsplit('/', 1)[0]}/{name}", tmp)
    finally:
        with server.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.close()


def child(mode: str, tmp: str) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from measures.history import history_copy
    from measures.models import Result

    call_command("migrate", verbosity=0)
    user, rows, keys = _reference_data()
    path = Path(tmp) / "results.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    values = [row[6] for row in rows]
    del rows
    figures = {"file_mb": path.stat().st_size / 1024 / 1024}

    if mode == "import":
        queries = []

        def count(execute, sql, params, many, context):
            queries.append(1)
            return execute(sql, params, many, context)

        out = io.StringIO()
        rss_before = _rss_mb()
        with connection.execute_wrapper(count):
            started, cpu = time.perf_counter(), time.process_time()
            call_command("import_data", "results", str(path), "--user", user.username, stdout=out)
            figures["seconds"] = time.perf_counter() - started
            figures["cpu_seconds"] = time.process_time() - cpu
        figures["memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss_before
        figures["queries"] = len(queries)
        figures["output"] = out.getvalue().strip()
        assert Result.history.count() == ROWS
    else:
        started, cpu = time.perf_counter(), time.process_time()
        with transaction.atomic():
            # The same rows as model instances (their keys already resolved), then one bulk write.
            objects = [
                Result(
                    indicator_id=indicator_id,
                    year=YEAR,
                    programme_id=programme_id,
                    operation_id=operation_id,
                    state_id=state_id,
                    value=value,
                    status=Result.Status.SUBMITTED,
                    entered_by=user,
                )
                for (indicator_id, programme_id, operation_id, state_id), value in zip(
                    keys, values, strict=True
                )
            ]
            created = Result.objects.bulk_create(objects, batch_size=2000)
            # The import's own history writes: one INSERT ... SELECT per batch of new rows.
            history_copy(
                Result, [row.pk for row in created], history_type="+", user_id=user.pk, date=timezone.now()
            )
        figures["seconds"] = time.perf_counter() - started
        figures["cpu_seconds"] = time.process_time() - cpu
    assert Result.objects.count() == ROWS
    assert Result.history.count() == ROWS
    print(json.dumps(figures))


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reference_data():
    """An analyst of KAZ with KAZ's figures per indicator and operation of the ct-2023-2025 programme."""
    from measures.models import Operation
    from tests.factories import IndicatorFactory, MemberStateFactory, ProgrammeFactory, UserFactory

    kaz = MemberStateFactory(code="KAZ")
    programme = ProgrammeFactory(start_year=2023, end_year=2025)
    indicators = [IndicatorFactory(code=f"bench_indicator_{i}") for i in range(INDICATORS)]
    Operation.objects.bulk_create(
        Operation(
            name=f"Bench operation {i}",
            name_key=f"bench-operation-{i}",
            year=YEAR,
            kind=Operation.Kind.PREVENTIVE,
            host_state=kaz,
            programme=programme,
        )
        for i in range(-(-ROWS // INDICATORS))
    )
    operations = list(Operation.objects.filter(year=YEAR).order_by("pk"))
    user = UserFactory(username="bench-analyst", role="analyst", role__state=kaz)
    rows, keys = [], []
    for n in range(ROWS):
        indicator = indicators[n % INDICATORS]
        operation = operations[n // INDICATORS]
        value = f"{n % 1000}.{n % 10}" if n % INDICATORS == 0 else str(n % 5000)
        rows.append([programme.slug, str(YEAR), indicator.code, operation.name, "KAZ", "", value, "", ""])
        keys.append((indicator.pk, programme.pk, operation.pk, kaz.pk))
    return user, rows, keys


def _csv(rows) -> str:
    import csv

    from measures.imports.template import RESULT_COLUMNS

    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(RESULT_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
