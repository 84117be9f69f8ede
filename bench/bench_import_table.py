"""Import cost against the size of the table: the same file imported into a table already holding
BENCH_TABLE_ROWS results (default 100,000; set 1000000 for the full case) and into an empty one.

Both databases are built once (migrate, the same reference data; the big one also gets its
existing results, in the file's years and others) and copied for every run, so that each import
starts from the same state. Runs alternate empty / big, each in its own process; the median of
BENCH_TABLE_REPEAT runs (default 3) is printed, with each side's peak memory. SQLite always;
PostgreSQL too when DATABASE_URL points at a server where databases may be created.
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXISTING = int(os.environ.get("BENCH_TABLE_ROWS", "100000"))
FILE_ROWS = int(os.environ.get("BENCH_TABLE_IMPORT_ROWS", "10000"))
REPEAT = int(os.environ.get("BENCH_TABLE_REPEAT", "3"))
STATES, INDICATORS = 60, 100
FILE_YEARS = (2024, 2025, 2026, 2027)
ALL_YEARS = range(2000, 2031)


def main() -> None:
    url = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory(prefix="bench-table-") as tmp:
        report("SQLite", SqliteSides(tmp))
        if url.startswith(("postgres://", "postgresql://")):
            try:
                report("PostgreSQL", PostgresSides(url, tmp))
            except Exception as error:  # no right to create databases there, server down, ...
                print(f"-- PostgreSQL: not measured ({error.__class__.__name__}: {str(error).strip()[:120]})")


def report(label: str, sides) -> None:
    try:
        sides.build()
        runs = {"empty": [], "big": []}
        for _round in range(REPEAT):
            for side in ("empty", "big"):  # alternating, so that a busy moment hits both sides
                runs[side].append(sides.run(side))
    finally:
        sides.close()
    seconds = {side: statistics.median(run["seconds"] for run in runs[side]) for side in runs}
    cpu = {side: statistics.median(run["cpu_seconds"] for run in runs[side]) for side in runs}
    memory = {side: max(run["peak_mb"] for run in runs[side]) for side in runs}
    print(
        f"-- {label}: {FILE_ROWS:,} rows imported into {EXISTING:,} existing results "
        f"vs into none; median of {REPEAT}"
    )
    print(f"into an empty table: {seconds['empty']:.2f} s, peak memory {memory['empty']:.0f} MB")
    print(f"into {EXISTING:,} results: {seconds['big']:.2f} s, peak memory {memory['big']:.0f} MB")
    print(
        f"speed into the big table / into the empty one: {seconds['empty'] / seconds['big']:.2f} "
        f"(goal: at least 0.70); memory ratio {memory['big'] / memory['empty']:.2f}"
    )
    # On a shared machine the wall clock counts other programs' time; the CPU time of the
    # importing process (all of SQLite's work, the client side of PostgreSQL's) does not.
    print(f"by CPU time: {cpu['empty']:.2f} s vs {cpu['big']:.2f} s, ratio {cpu['empty'] / cpu['big']:.2f}")


def _env(url: str) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cisreports.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-not-a-secret",
        "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS") or "localhost",
        "IMPORT_MAX_UPLOAD_BYTES": str(1024 * 1024 * 1024),
        "IMPORT_MAX_ROWS": str(max(FILE_ROWS, 200_000)),
    }


def _child(url: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        env=_env(url),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(done.stderr.strip()[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


class SqliteSides:
    def __init__(self, tmp: str):
        self.tmp = Path(tmp)
        self.csv = self.tmp / "results.csv"

    def url(self, name: str) -> str:
        return f"sqlite:///{self.tmp / name}.sqlite3"

    def build(self) -> None:
        for side, existing in (("empty", 0), ("big", EXISTING)):
            _child(self.url(f"template-{side}"), "build", str(existing), str(self.csv))

    def run(self, side: str) -> dict:
        shutil.copy(self.tmp / f"template-{side}.sqlite3", self.tmp / "run.sqlite3")
        return _child(self.url("run"), "import", str(self.csv))

    def close(self) -> None:
        pass


class PostgresSides:
    def __init__(self, url: str, tmp: str):
        import dj_database_url
        import psycopg2

        self.base = url.rsplit("/", 1)[0]
        config = dj_database_url.parse(url)
        self.server = psycopg2.connect(
            dbname=config["NAME"] or "postgres",
            user=config.get("USER") or None,
            password=config.get("PASSWORD") or None,
            host=config.get("HOST") or None,
            port=config.get("PORT") or None,
        )
        self.server.autocommit = True
        self.prefix = f"bench_table_{os.getpid()}"
        self.csv = Path(tmp) / "results-pg.csv"
        self.names = []

    def sql(self, statement: str) -> None:
        with self.server.cursor() as cursor:
            cursor.execute(statement)

    def build(self) -> None:
        for side, existing in (("empty", 0), ("big", EXISTING)):
            name = f"{self.prefix}_{side}"
            self.sql(f'CREATE DATABASE "{name}"')
            self.names.append(name)
            _child(f"{self.base}/{name}", "build", str(existing), str(self.csv))

    def run(self, side: str) -> dict:
        name = f"{self.prefix}_run"
        self.sql(f'DROP DATABASE IF EXISTS "{name}"')
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.prefix}_{side}"')
        self.names.append(name)
        return _child(f"{self.base}/{name}", "import", str(self.csv))

    def close(self) -> None:
        for name in dict.fromkeys(self.names):
            self.sql(f'DROP DATABASE IF EXISTS "{name}"')
        self.server.close()


def build(existing: int, csv_path: str) -> None:
    """Migrate, add the reference data and `existing` results, write the file to import."""
    import csv

    from django.core.management import call_command
    from django.db import connection

    from measures.imports.columns import RESULT_COLUMNS
    from measures.models import Result
    from tests.factories import BodyFactory, IndicatorFactory, MemberStateFactory

    call_command("migrate", verbosity=0)
    # Three-letter codes: SAA, SAB, ...
    states = [MemberStateFactory(code=f"S{chr(65 + i // 26)}{chr(65 + i % 26)}") for i in range(STATES)]
    indicators = [IndicatorFactory(code=f"bench_indicator_{i}") for i in range(INDICATORS)]
    # Existing results: by body, in every year (the file's years among them), as many as asked.
    per_body = len(ALL_YEARS) * INDICATORS
    bodies = [BodyFactory(code=f"bench-body-{i}") for i in range(-(-existing // per_body))]
    years = sorted(ALL_YEARS, key=lambda year: (year not in FILE_YEARS, year))
    batch = []
    written = 0
    for body in bodies:
        for year in years:
            for indicator in indicators:
                if written + len(batch) >= existing:
                    break
                batch.append(
                    Result(indicator=indicator, year=year, body=body, value=1, status=Result.Status.VERIFIED)
                )
            if len(batch) >= 5000:
                Result.objects.bulk_create(batch)
                written += len(batch)
                batch = []
    Result.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    assert Result.objects.count() == existing
    # The file: by state, in the file's years; none of its keys exists yet.
    with open(csv_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(RESULT_COLUMNS)
        count = 0
        for year in FILE_YEARS:
            for state in states:
                for indicator in indicators:
                    if count < FILE_ROWS:
                        writer.writerow(["", year, indicator.code, "", state.code, "", count % 997, "", ""])
                        count += 1
    print(json.dumps({"existing": existing}))


def run_import(csv_path: str) -> None:
    from django.core.management import call_command

    with open(os.devnull, "w") as quiet:
        started, cpu = time.perf_counter(), time.process_time()
        call_command("import_data", "results", csv_path, stdout=quiet)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mb": peak}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        if sys.argv[2] == "build":
            build(int(sys.argv[3]), sys.argv[4])
        else:
            run_import(sys.argv[3])
    else:
        main()
