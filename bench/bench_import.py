"""Speed of `import_data results` on 100,000 generated rows against a plain bulk_create of the same rows.

Runs in a child process on a throwaway database: a temporary SQLite file, or, when DATABASE_URL
points at PostgreSQL, a temporary database created on that server and dropped afterwards.
"""

import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "100000"))
INDICATORS = 50
YEAR = 2024


def main() -> None:
    url = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        _run_child("sqlite", f"sqlite:///{tmp}/bench.sqlite3", tmp)
        if url.startswith(("postgres://", "postgresql://")):
            _run_on_postgres(url, tmp)


def _run_child(label: str, url: str, tmp: str) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cisreports.settings.base",
        # Not a development server: no query log kept in memory, as in production.
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-not-a-secret",
        "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS") or "localhost",
    }
    print(f"-- {label}", flush=True)
    subprocess.run([sys.executable, __file__, "--child", tmp], env=env, cwd=ROOT, check=True)


def _run_on_postgres(url: str, tmp: str) -> None:
    import dj_database_url
    import psycopg2

    config = dj_database_url.parse(url)
    name = f"bench_import_{os.getpid()}"
    admin = psycopg2.connect(
        dbname=config["NAME"] or "postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        base = url.rsplit("/", 1)[0]
        _run_child("postgresql", f"{base}/{name}", tmp)
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def child(tmp: str) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from simple_history.utils import bulk_create_with_history

    from measures.models import Result

    call_command("migrate", verbosity=0)
    user, rows, keys = _reference_data()
    path = Path(tmp) / "results.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    size_mb = path.stat().st_size / 1024 / 1024
    values = [row[6] for row in rows]
    del rows

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(1)
        return execute(sql, params, many, context)

    out = io.StringIO()
    rss_before = _rss_mb()
    with connection.execute_wrapper(count):
        started = time.perf_counter()
        call_command("import_data", "results", str(path), "--user", user.username, stdout=out)
        import_seconds = time.perf_counter() - started
    import_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss_before
    assert Result.objects.count() == ROWS, out.getvalue()
    assert Result.history.count() == ROWS

    def plain(objects):
        Result.objects.bulk_create(objects, batch_size=2000)

    def with_history(objects):
        bulk_create_with_history(objects, Result, batch_size=2000, default_user=user)

    seconds = {}
    for name, write in (("plain", plain), ("history", with_history)):
        Result.history.all()._raw_delete(connection.alias)
        Result.objects.all()._raw_delete(connection.alias)
        started = time.perf_counter()
        with transaction.atomic():
            # The same rows as model instances (their keys already resolved), then one bulk write.
            write(
                [
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
            )
        seconds[name] = time.perf_counter() - started

    import_rate = ROWS / import_seconds
    bulk_rate = ROWS / seconds["plain"]
    history_rate = ROWS / seconds["history"]
    print(f"rows: {ROWS:,} ({size_mb:.1f} MB of CSV); {out.getvalue().strip()}")
    print(f"import_data results, with validation, scope checks and history: {import_rate:,.0f} rows/s")
    print(f"plain bulk_create of the same rows:                             {bulk_rate:,.0f} rows/s")
    print(f"ratio import_data / bulk_create: {import_rate / bulk_rate:.2f} (goal: at least 0.40)")
    print(f"for reference, bulk_create_with_history alone: {history_rate:,.0f} rows/s", end=" ")
    print(f"(import_data reaches {import_rate / history_rate:.2f} of it)")
    print(f"queries of the import: {len(queries):,}; memory it added: {import_peak:,.0f} MB")


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reference_data():
    """An analyst of KAZ importing KAZ's figures per indicator and operation of the ct-2023-2025 programme."""
    from measures.models import Indicator, Operation
    from tests.factories import IndicatorFactory, MemberStateFactory, ProgrammeFactory, UserFactory

    kaz = MemberStateFactory(code="KAZ")
    programme = ProgrammeFactory(start_year=2023, end_year=2025)
    indicators = [IndicatorFactory(code=f"bench_indicator_{i}") for i in range(INDICATORS)]
    operations_needed = -(-ROWS // INDICATORS)
    Operation.objects.bulk_create(
        Operation(
            name=f"Bench operation {i}",
            name_key=f"bench-operation-{i}",
            year=YEAR,
            kind=Operation.Kind.PREVENTIVE,
            host_state=kaz,
            programme=programme,
        )
        for i in range(operations_needed)
    )
    operations = list(Operation.objects.filter(year=YEAR).order_by("pk"))
    user = UserFactory(username="bench-analyst", role="analyst", role__state=kaz)
    rows, keys = [], []
    for n in range(ROWS):
        indicator = indicators[n % INDICATORS]
        operation = operations[n // INDICATORS]
        value = f"{n % 1000}.{n % 10}" if indicator.code.endswith("0") else str(n % 5000)
        rows.append([programme.slug, str(YEAR), indicator.code, operation.name, "KAZ", "", value, "", ""])
        keys.append((indicator.pk, programme.pk, operation.pk, kaz.pk))
    assert Indicator.objects.count() == INDICATORS
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
        child(sys.argv[2])
    else:
        main()
