"""Job files expire: result files after JOB_FILES_MAX_AGE, unconfirmed uploads after
IMPORT_PREVIEW_MAX_AGE; the job's page says so; starting a job and `jobs_cleanup` remove them."""

import io
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from jobs.models import Job
from jobs.services import job_files_expire, job_start
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = 24 * 60 * 60


@pytest.fixture
def analyst():
    return UserFactory(username="ana", role="analyst")


def finished_job(user, *, age: timedelta, result_file: bool = False, upload: bool = False, **fields) -> Job:
    """A finished job `age` ago, with a result file and/or an upload kept on disk."""
    fields = {"kind": "export", "title": f"Job of {user.username}", "status": Job.Status.SUCCEEDED, **fields}
    job = Job(user=user, finished_at=timezone.now() - age, **fields)
    if result_file:
        job.result_file.save("results.csv", ContentFile(b"year,value\n2024,1\n"), save=False)
        job.result_name = "results.csv"
    if upload:
        job.upload.save("upload.csv", ContentFile(b"year,value\n"), save=False)
    job.save()
    return job


def on_disk(field) -> bool:
    return bool(field.name) and field.storage.exists(field.name)


def test_an_old_result_file_expires_and_its_page_says_so(client, analyst, settings):
    """A week after the job, its file is removed; the page names the file as no longer kept and
    offers no download; a recent job's file stays."""
    settings.JOB_FILES_MAX_AGE = 7 * DAY
    old = finished_job(analyst, age=timedelta(days=8), result_file=True)
    recent = finished_job(analyst, age=timedelta(days=1), result_file=True)
    old_path = old.result_file.name

    assert job_files_expire() == (1, 0)

    old.refresh_from_db()
    recent.refresh_from_db()
    assert not old.result_file and not old.result_file.storage.exists(old_path)
    assert on_disk(recent.result_file)
    client.force_login(analyst)
    content = client.get(reverse("jobs:detail", args=[old.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "The file results.csv is no longer kept: files are removed 7 days after the job." in content
    assert reverse("jobs:download", args=[old.pk]) not in content
    russian = client.get(reverse("jobs:detail", args=[old.pk]), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Файл results.csv больше не хранится: файлы удаляются через 7 дней после задания." in russian


def test_a_download_of_a_file_gone_from_disk_says_it_expired(client, analyst):
    """A link to a file removed meanwhile answers with the job's page saying so, not an error."""
    job = finished_job(analyst, age=timedelta(hours=1), result_file=True)
    job.result_file.storage.delete(job.result_file.name)
    client.force_login(analyst)

    response = client.get(reverse("jobs:download", args=[job.pk]), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 410
    assert "The file results.csv is no longer kept" in response.content.decode()


def test_an_old_upload_expires_unless_a_waiting_job_reads_it(analyst, settings):
    """A finished check's upload goes after IMPORT_PREVIEW_MAX_AGE; one an import still waiting to
    run reads is kept, as is a younger one."""
    settings.IMPORT_PREVIEW_MAX_AGE = 2 * 60 * 60
    forgotten = finished_job(analyst, age=timedelta(hours=3), upload=True, kind="import")
    confirmed = finished_job(analyst, age=timedelta(hours=3), upload=True, kind="import")
    Job.objects.create(kind="import", title="Import", user=analyst, upload=confirmed.upload.name)
    young = finished_job(analyst, age=timedelta(hours=1), upload=True, kind="import")

    assert job_files_expire() == (0, 1)

    for job in (forgotten, confirmed, young):
        job.refresh_from_db()
    assert not forgotten.upload
    assert on_disk(confirmed.upload) and on_disk(young.upload)


def test_starting_a_job_removes_a_bounded_number_of_expired_files(analyst, settings, monkeypatch):
    """Each job started removes a few expired files (the start stays cheap); the rest wait for the next."""
    from measures.tasks import export_spreadsheet

    monkeypatch.setattr("jobs.services.EXPIRE_BATCH", 2)
    settings.JOB_FILES_MAX_AGE = DAY
    old = [finished_job(analyst, age=timedelta(days=2 + n), result_file=True) for n in range(3)]

    job_start(kind="export", title="Export", user=analyst, task=export_spreadsheet, params={})

    kept = [job for job in Job.objects.filter(pk__in=[j.pk for j in old]) if job.result_file]
    assert [job.pk for job in kept] == [old[0].pk]  # the most recent of the three, removed next time


def test_jobs_cleanup_removes_every_expired_file(analyst, settings):
    """The daily command removes all expired files at once and says how many."""
    settings.JOB_FILES_MAX_AGE = DAY
    settings.IMPORT_PREVIEW_MAX_AGE = 60 * 60
    jobs = [finished_job(analyst, age=timedelta(days=2), result_file=True) for _ in range(30)]
    finished_job(analyst, age=timedelta(days=2), upload=True, kind="import")
    out = io.StringIO()

    call_command("jobs_cleanup", stdout=out)

    assert out.getvalue().strip() == "Removed 30 result file(s) and 1 uploaded file(s)."
    assert not Job.objects.filter(pk__in=[j.pk for j in jobs]).exclude(result_file="").exists()
    assert not Job.objects.exclude(upload="").exists()
