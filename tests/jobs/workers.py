"""Running the queued jobs in tests: the worker command as a process of its own, or its loop in-process."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

ROOT = Path(__file__).resolve().parent.parent.parent


def run_queued_jobs_here() -> None:
    """The worker's own claim and run of each queued task, in this process and the test's transaction.

    (Its loop would close the connection between tasks, and with it the test's transaction.)
    """
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="in-process",
        excluded_queue_names=[],
    )
    while (task_result := DBTaskResult.objects.ready().get_locked()) is not None:
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)


def database_url_of_tests() -> str:
    """The test database, as DATABASE_URL for a process of its own (a file on SQLite)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(worker_id: str = "test-worker") -> subprocess.Popen:
    """`manage.py db_worker --batch` against the test database: runs every queued job, then exits."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cisreports.settings.base",
        "DATABASE_URL": database_url_of_tests(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "DEBUG": "true",
    }
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            "--interval=0",
            f"--worker-id={worker_id}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_worker(worker_id: str = "test-worker") -> str:
    """Run a worker process to the end of the queue; its output (it fails the test if the process did)."""
    process = start_worker(worker_id)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return out + err
