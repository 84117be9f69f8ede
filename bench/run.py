"""Run every benchmark module in this folder (bench_*.py) and print its figures."""

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cisreports.settings.base")


def main() -> int:
    modules = sorted(HERE.glob("bench_*.py"))
    if not modules:
        print("no benchmarks found")
        return 1
    for path in modules:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}")
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
