"""Job pages: each user follows their own jobs (the secretariat everyone's); the pages' queries are fixed."""

import pytest
from django.urls import reverse

from jobs.models import Job
from jobs.services import Progress, progress_file
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst():
    return UserFactory(username="ana", role="analyst")


def job_of(user, **fields) -> Job:
    return Job.objects.create(kind="export", title=f"Export by {user.username}", user=user, **fields)


def test_a_user_sees_only_their_own_jobs(client, analyst, reviewer):
    """The list shows one's own jobs; another user's job page is not found, nor its file."""
    mine, theirs = job_of(analyst), job_of(reviewer)
    client.force_login(analyst)

    listing = client.get(reverse("jobs:list")).content.decode()

    assert mine.title in listing and theirs.title not in listing
    assert client.get(reverse("jobs:detail", args=[mine.pk])).status_code == 200
    assert client.get(reverse("jobs:detail", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("jobs:download", args=[theirs.pk])).status_code == 404


def test_the_secretariat_sees_everyones_jobs(secretariat_client, analyst, reviewer):
    """The secretariat's list has every job with who started it, and opens any of them."""
    jobs = [job_of(analyst), job_of(reviewer)]

    listing = secretariat_client.get(reverse("jobs:list")).content.decode()

    assert all(job.title in listing for job in jobs) and "ana" in listing
    assert secretariat_client.get(reverse("jobs:detail", args=[jobs[0].pk])).status_code == 200


def test_job_pages_need_a_login(client, analyst):
    """Anonymous visitors are sent to the login page."""
    job = job_of(analyst)
    for url in (reverse("jobs:list"), reverse("jobs:detail", args=[job.pk])):
        response = client.get(url)
        assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_running_job_page_refreshes_itself_and_a_finished_one_does_not(client, analyst):
    """While the job waits or runs its page reloads itself (no script needed); once done it stops."""
    job = job_of(analyst, status=Job.Status.RUNNING, rows_read=10)
    client.force_login(analyst)
    url = reverse("jobs:detail", args=[job.pk])

    assert 'http-equiv="refresh"' in client.get(url).content.decode()
    Job.objects.filter(pk=job.pk).update(status=Job.Status.SUCCEEDED)
    assert 'http-equiv="refresh"' not in client.get(url).content.decode()


def test_an_unfinished_job_has_no_file_to_download(client, analyst):
    """Downloading before the job is done is not found, rather than an empty file."""
    job = job_of(analyst, status=Job.Status.RUNNING)
    client.force_login(analyst)
    assert client.get(reverse("jobs:download", args=[job.pk])).status_code == 404


def test_job_pages_queries_do_not_grow_with_the_jobs(client, analyst, django_assert_num_queries):
    """The list and a job's page take a fixed number of queries, however many jobs there are."""
    for _ in range(30):
        job = job_of(analyst)
    client.force_login(analyst)
    client.get(reverse("jobs:list"))  # the session and the role, once

    # session, user, role, the page's jobs, their count
    with django_assert_num_queries(5):
        client.get(reverse("jobs:list"))
    with django_assert_num_queries(4):
        client.get(reverse("jobs:detail", args=[job.pk]))


def test_the_counts_of_a_running_job_show_on_its_page_while_it_works(client, analyst):
    """The counts a job reports as it goes reach its page before the job ends (on SQLite through the
    job's progress file, on PostgreSQL through its row), and the file is gone once it stops."""
    job = job_of(analyst, status=Job.Status.RUNNING)
    client.force_login(analyst)
    progress = Progress(job.pk)
    progress.set(rows_read=3000, rows_validated=1200, message="Checking the rows")

    progress.flush()

    content = client.get(reverse("jobs:detail", args=[job.pk]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<dt>Rows validated</dt><dd>1200</dd>" in content
    assert "<dd>Checking the rows</dd>" in content
    progress.stop()
    assert not progress_file(job.pk).exists()
