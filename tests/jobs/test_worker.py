"""Jobs run by real worker processes (`manage.py db_worker`) on the test database, SQLite or PostgreSQL."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from jobs.models import Job
from measures.models import ImportRecord, Result
from tests.factories import IndicatorFactory, ResultFactory
from tests.jobs.workers import run_worker, start_worker
from tests.measures.importing import csv_bytes, world

pytestmark = pytest.mark.django_db(transaction=True)

IMPORT_URL = reverse("admin:measures_result_import")
STATES = ("KAZ", "BLR", "RUS")
CODES = ("firearms_seized", "explosives_seized_kg", *(f"indicator_{n}" for n in range(8)))


@pytest.fixture(autouse=True)
def indicators(world):
    for code in CODES[2:]:
        IndicatorFactory(code=code)


def rows(count: int) -> list[list[str]]:
    """`count` distinct result rows (years x indicators x states, up to 3,000)."""
    keys = [(year, code, state) for year in range(1991, 2091) for code in CODES for state in STATES]
    return [["", str(year), code, "", state, "", "1", "", ""] for year, code, state in keys[:count]]


def upload(client, data: bytes, name: str = "results.csv"):
    response = client.post(
        IMPORT_URL,
        {"resource": "0", "format": "0", "import_file": SimpleUploadedFile(name, data)},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    return Job.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[-1])


def page(client, job: Job) -> str:
    return client.get(reverse("jobs:detail", args=[job.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_admin_import_of_thousands_of_rows_runs_as_a_job_with_its_progress(world, secretariat_client):
    """A 3,000-row file: the upload returns at once to a page that waits and refreshes itself; a
    worker checks the file (rows read and validated shown), then imports it on confirmation."""
    job = upload(secretariat_client, csv_bytes(rows(3000)))

    waiting = page(secretariat_client, job)
    assert "waiting for a worker" in waiting and 'http-equiv="refresh"' in waiting
    assert Result.objects.count() == 0

    run_worker()

    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED, job.error
    assert (job.rows_read, job.rows_validated, job.rows_written) == (3000, 3000, 0)
    checked = page(secretariat_client, job)
    assert 'http-equiv="refresh"' not in checked
    assert "Rows validated" in checked and "3000" in checked and "Import these rows" in checked
    assert Result.objects.count() == 0

    confirmed = secretariat_client.post(job.result["confirm_url"], HTTP_ACCEPT_LANGUAGE="en")
    importing = Job.objects.get(pk=confirmed["Location"].rstrip("/").rsplit("/", 1)[-1])
    run_worker()

    importing.refresh_from_db()
    assert importing.status == Job.Status.SUCCEEDED, importing.error
    assert (importing.rows_read, importing.rows_written) == (3000, 3000)
    assert "Rows written" in page(secretariat_client, importing)
    assert Result.objects.count() == 3000
    assert ImportRecord.objects.filter(dry_run=False, outcome="imported", rows_new=3000).exists()


def test_a_failing_job_says_why_and_writes_nothing(world, secretariat_client):
    """A checked file whose last row became invalid before confirmation (its figure verified
    meanwhile): the importing job fails, its page says why, and none of the rows before it stay."""
    existing = ResultFactory(
        indicator=world.firearms,
        programme=world.ct,
        state=world.kaz,
        year=2024,
        value=500,
        status="submitted",
    )
    last = ["ct-2023-2025", "2024", "firearms_seized", "", "KAZ", "", "590", "", "figure"]
    preview = upload(secretariat_client, csv_bytes([*rows(999), last]))
    run_worker()
    preview.refresh_from_db()
    assert preview.status == Job.Status.SUCCEEDED, preview.error
    Result.objects.filter(pk=existing.pk).update(status=Result.Status.VERIFIED)

    confirmed = secretariat_client.post(preview.result["confirm_url"], HTTP_ACCEPT_LANGUAGE="en")
    importing = Job.objects.get(pk=confirmed["Location"].rstrip("/").rsplit("/", 1)[-1])
    run_worker()

    importing.refresh_from_db()
    assert importing.status == Job.Status.FAILED
    assert importing.error == "1 problem(s) in the file; nothing was imported."
    shown = page(secretariat_client, importing)
    assert "The job failed; nothing of it was kept." in shown
    assert "row 1001, column “value”: this result is already verified" in shown, importing.result
    assert list(Result.objects.values_list("pk", "value")) == [(existing.pk, 500)]


def test_a_job_that_breaks_unexpectedly_fails_with_a_reason(world, secretariat_client):
    """A job whose uploaded file went missing fails with a reason on its page (not a page that waits
    for ever), and the worker goes on."""
    job = upload(secretariat_client, csv_bytes(rows(3)))
    job.upload.delete(save=False)

    run_worker()

    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert "unexpected error (FileNotFoundError)" in job.error
    assert DBTaskResult.objects.get().status == "FAILED"
    assert Result.objects.count() == 0


def test_two_workers_take_each_job_once(world, secretariat_client):
    """Eight exports queued, two worker processes at once: every job runs, each by one worker only."""
    ResultFactory(indicator=world.firearms, state=world.kaz, value=1)
    url = reverse("admin:measures_result_export")
    form = secretariat_client.get(url).context["form"]
    data = {name: "on" for name, field in form.fields.items() if field.__class__.__name__ == "BooleanField"}
    data.update({"format": "0", "resource": "0"})
    for _ in range(8):
        assert secretariat_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en").status_code == 302

    first, second = start_worker("worker-1"), start_worker("worker-2")
    for process in (first, second):
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err

    assert list(Job.objects.values_list("status", flat=True)) == [Job.Status.SUCCEEDED] * 8
    assert all(len(task.worker_ids) == 1 for task in DBTaskResult.objects.all())
    assert DBTaskResult.objects.count() == 8
