"""Run every benchmark module in this folder (bench_*.py) and print its figures.

Each module measures SQLite and PostgreSQL: DATABASE_URL when it names a PostgreSQL server,
else one local server started here for all of them (as the CI script starts its own) when
the PostgreSQL binaries are installed.
"""

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cisreports.settings.base")

import postgres  # noqa: E402  (the bench folder's own helper)


def main() -> int:
    modules = sorted(HERE.glob("bench_*.py"))
    if not modules:
        print("no benchmarks found")
        return 1
    with postgres.server() as (url, how):
        if url is not None:
            os.environ["DATABASE_URL"] = url
        print(f"PostgreSQL: {how}")
        for path in modules:
            spec = importlib.util.spec_from_file_location(path.stem, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            print(f"== {path.stem}", flush=True)
            module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
