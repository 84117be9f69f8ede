"""Small uploads that expand enormously: how long each takes to be refused, and the peak memory.

Each file is generated here (the same builders as the tests), then imported by `import_data`
in a process of its own on a throwaway SQLite database, so that its peak memory is its own.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOMBS = {
    "CSV, 100,000 header columns": ("wide.csv", "wide_csv()"),
    "XLSX, 3 million rows without <dimension>": ("rows.xlsx", "xlsx_bomb(rows=3_000_000)"),
    "XLSX, 4 million shared strings": ("strings.xlsx", "xlsx_bomb(shared_strings=4_000_000)"),
    "XLSX, entries unpacking to 250 MB": ("zip.xlsx", "xlsx_zip_bomb(unpacked_mb=250)"),
    "CSV over the upload limit (11 MB)": (
        "big.csv",
        "b'year,indicator,value\\r\\n' + b'2024,x,1\\r\\n' * 1_300_000",
    ),
}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-bombs-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            "DJANGO_SETTINGS_MODULE": "cisreports.settings.base",
            "DEBUG": "false",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-not-a-secret",
            "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS") or "localhost",
        }
        print(f"{'file':<44} {'size':>8} {'refused in':>11} {'peak memory':>12}  message")
        for label in BOMBS:
            # Built in one process, imported in another: the peak memory is the import's alone.
            for step in ("build", "import"):
                done = subprocess.run(
                    [sys.executable, __file__, "--child", step, label, tmp],
                    env=env,
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                )
                if done.returncode:
                    break
            if done.returncode:
                print(f"{label:<44} failed: {done.stderr.strip()[-500:]}")
                continue
            figure = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{label:<44} {figure['mb']:>6.2f} MB {figure['seconds']:>9.2f} s "
                f"{figure['peak_mb']:>9.0f} MB  {figure['message']}"
            )


def child(step: str, label: str, tmp: str) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import translation

    from measures.models import ImportRecord

    name, builder = BOMBS[label]
    path = Path(tmp) / name
    if step == "build":
        from tests.measures.importing import wide_csv, xlsx_bomb, xlsx_zip_bomb  # noqa: F401 - for eval

        call_command("migrate", verbosity=0)
        path.write_bytes(eval(builder))  # the builders above, written out as expressions
        return
    size = path.stat().st_size
    started = time.perf_counter()
    try:
        with open(os.devnull, "w") as quiet, translation.override("en"):
            call_command("import_data", "results", str(path), stdout=quiet, stderr=quiet)
    except Exception as error:  # CommandError: refused, as expected
        if error.__class__.__name__ != "CommandError":
            raise
    seconds = time.perf_counter() - started
    record = ImportRecord.objects.order_by("-pk").first()
    path.unlink()
    print(
        json.dumps(
            {
                "mb": size / 1024 / 1024,
                "seconds": seconds,
                # Peak resident memory of the importing process, Django included.
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "message": (record.messages.splitlines() or ["(nothing refused)"])[0][:90],
            }
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main()
