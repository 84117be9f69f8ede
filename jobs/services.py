"""Starting jobs and running them in a worker: progress written on the side, the outcome kept."""

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import DatabaseError, connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Job

logger = logging.getLogger(__name__)

PROGRESS_FIELDS = ("rows_read", "rows_validated", "rows_written", "pages_rendered", "message")


class JobFailed(Exception):
    """The work cannot be done, for a reason the user can act on (the message says which).

    `result` is what the page still shows of it (the rows that were wrong, say).
    """

    def __init__(self, message: str, result: dict | None = None):
        super().__init__(message)
        self.result = result or {}


@dataclass
class JobOutcome:
    """What a finished piece of work hands back: what the page shows, and a file to download."""

    result: dict[str, Any] = field(default_factory=dict)
    file_path: Path | None = None
    file_name: str = ""


def job_start(
    *,
    kind: str,
    title: str,
    user: User | None,
    task,
    params: dict | None = None,
    upload=None,
    upload_name: str = "",
) -> Job:
    """Record the job and queue its task in one transaction: a worker never sees one without the other.

    `upload` is an uploaded file to keep for the worker; `upload_name` reuses a file already kept.
    """
    with transaction.atomic():
        job = Job(
            kind=kind,
            title=title[:255],
            user=user,
            # The worker answers in the language the user asked in.
            params={**(params or {}), "lang": translation.get_language()},
        )
        if upload is not None:
            job.upload.save(Path(upload.name).name, upload, save=False)
        elif upload_name:
            job.upload.name = upload_name
        job.save()
        job.task_id = str(task.enqueue(job.pk).id)
        job.save(update_fields=["task_id"])
    # After the new job exists: a file it reuses (a confirmed check's upload) counts as in use.
    job_files_expire(limit=EXPIRE_BATCH)
    return job


# Files removed at most per job started: the start stays cheap; `jobs_cleanup` removes the rest.
EXPIRE_BATCH = 20


def job_files_expire(*, now: datetime | None = None, limit: int | None = None) -> tuple[int, int]:
    """Remove expired job files; how many result files and how many uploads were removed.

    A result file goes JOB_FILES_MAX_AGE seconds after its job finished; the upload of a finished
    job (an import check nobody confirmed) after IMPORT_PREVIEW_MAX_AGE, unless a job still waiting
    or running reads it. The job keeps its page; its file field is emptied, so the page says the
    file expired. `limit` bounds how many of each are removed in one call.
    """
    now = now or timezone.now()
    done = (Job.Status.SUCCEEDED, Job.Status.FAILED)
    results = (
        Job.objects.exclude(result_file="")
        .filter(finished_at__lt=now - timedelta(seconds=settings.JOB_FILES_MAX_AGE))
        .order_by("finished_at")
        .values_list("pk", "result_file")
    )
    in_use = Job.objects.exclude(status__in=done).exclude(upload="").values("upload")
    uploads = (
        Job.objects.exclude(upload="")
        .filter(status__in=done, finished_at__lt=now - timedelta(seconds=settings.IMPORT_PREVIEW_MAX_AGE))
        .exclude(upload__in=in_use)
        .order_by("finished_at")
        .values_list("pk", "upload")
    )
    removed = []
    for rows, field_name in ((results, "result_file"), (uploads, "upload")):
        rows = list(rows if limit is None else rows[:limit])
        storage = Job._meta.get_field(field_name).storage
        names = {name for _pk, name in rows}
        for name in names:
            try:
                storage.delete(name)
            except OSError as error:
                logger.warning("job file %s not removed: %s", name, error)
        # Every job naming a removed file (a check and the import that reused its upload).
        Job.objects.filter(**{f"{field_name}__in": names}).update(**{field_name: ""})
        removed.append(len(rows))
    return removed[0], removed[1]


def progress_file(job_id: int) -> Path:
    """Where the counts of a running job go on SQLite (one machine), beside the jobs' files."""
    return Path(settings.MEDIA_ROOT) / "jobs" / "progress" / f"{job_id}.json"


def live_progress(job: Job) -> Job:
    """The job with the latest counts of its work, if it is running on SQLite (see Progress)."""
    if job.status == Job.Status.RUNNING and connection.vendor == "sqlite":
        try:
            values = json.loads(progress_file(job.pk).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return job
        for name in PROGRESS_FIELDS:
            if name in values:
                setattr(job, name, values[name])
    return job


class Progress:
    """Counts of the work as it goes, written down at most once a second by a thread of its own.

    On PostgreSQL the thread writes them to the job's row on a connection of its own, so they show
    while the work's transaction is still open. SQLite lets one writer at a time, and the work is
    that writer: there the counts go to a small file the job's page reads (SQLite means one machine).
    """

    def __init__(self, job_id: int, interval: float = 1.0):
        self.job_id = job_id
        self.interval = interval
        self.values: dict[str, Any] = {}
        self._written: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def set(self, **values) -> None:
        unknown = set(values) - set(PROGRESS_FIELDS)
        if unknown:
            raise ValueError(f"unknown progress field(s): {', '.join(sorted(unknown))}")
        with self._lock:
            self.values.update(values)
        # Inside a transaction already (a worker run in a test's transaction), another connection
        # would wait for it: the counts are written at the end only.
        if self._thread is None and not connection.in_atomic_block:
            self._thread = threading.Thread(target=self._run, name=f"job-{self.job_id}-progress", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                self.flush()
        finally:
            connection.close()

    def flush(self) -> None:
        """Write down the counts that changed since last time (the thread does, once a second)."""
        with self._lock:
            changed = {k: v for k, v in self.values.items() if self._written.get(k) != v}
        if not changed:
            return
        if "message" in changed:
            changed["message"] = str(changed["message"])[:255]
        try:
            if connection.vendor == "sqlite":
                self._write_file({**self._written, **changed})
            else:
                Job.objects.filter(pk=self.job_id).update(**changed)
        except (DatabaseError, OSError) as error:
            logger.debug("progress of job %s not written yet: %s", self.job_id, error)
            return
        self._written.update(changed)

    def _write_file(self, values: dict) -> None:
        path = progress_file(self.job_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_text(json.dumps(values), encoding="utf-8")
        # Replaced whole: the page never reads half a file.
        os.replace(partial, path)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        progress_file(self.job_id).unlink(missing_ok=True)


# Failures the user is told of as such; anything else is also raised to the worker's log.
EXPECTED_FAILURES = (ValidationError, JobFailed, PermissionDenied)


def failure_reason(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, (JobFailed, PermissionDenied)):
        return str(error) or _("You may not do this.")
    return _("The work stopped on an unexpected error (%(error)s); nothing of it was kept.") % {
        "error": type(error).__name__
    }


def job_run(*, job_id: int, work: Callable[[Job, Progress], JobOutcome]) -> None:
    """Run `work` for the job once, keep its outcome or why it failed.

    The work writes in a transaction of its own: when it fails, nothing of it stays.
    """
    job = Job.objects.select_related("user").get(pk=job_id)
    if job.status != Job.Status.QUEUED:
        # Already taken: a job runs once, even if its task were queued again.
        return
    job.status, job.started_at = Job.Status.RUNNING, timezone.now()
    job.save(update_fields=["status", "started_at"])
    progress = Progress(job.pk)
    try:
        with translation.override(job.params.get("lang")):
            outcome = work(job, progress)
    except Exception as error:
        progress.stop()
        with translation.override(job.params.get("lang")):
            reason = failure_reason(error)
        Job.objects.filter(pk=job.pk).update(
            status=Job.Status.FAILED,
            error=reason,
            finished_at=timezone.now(),
            message="",
            result=error.result if isinstance(error, JobFailed) else {},
            **{k: v for k, v in progress.values.items() if k != "message"},
        )
        if not isinstance(error, EXPECTED_FAILURES):
            raise
        return
    progress.stop()
    for name, value in progress.values.items():
        setattr(job, name, value)
    job.message = ""
    job.result = outcome.result
    if outcome.file_path is not None:
        with open(outcome.file_path, "rb") as handle:
            job.result_file.save(outcome.file_name, File(handle), save=False)
        job.result_name = outcome.file_name
        Path(outcome.file_path).unlink(missing_ok=True)
    job.status, job.finished_at = Job.Status.SUCCEEDED, timezone.now()
    job.save()
