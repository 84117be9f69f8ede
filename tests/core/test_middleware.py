"""Nothing a logged-in user sees is cached: pages with figures and draft PDFs send no-store."""

import pytest
from django.urls import reverse

from jobs.models import Job
from tests.factories import ResultFactory
from tests.jobs.workers import run_queued_jobs_here

pytestmark = pytest.mark.django_db


def test_pages_and_draft_pdf_of_a_logged_in_user_are_not_stored(secretariat_client):
    """The dashboard, the report preview, the draft PDF's job page and its file, all showing figures,
    forbid caching."""
    ResultFactory(year=2024)
    job_page = secretariat_client.post(reverse("reports:draft_pdf", args=[2024, "en"]))["Location"]
    run_queued_jobs_here()
    job = Job.objects.get(kind="report_draft")
    for url in (
        reverse("dashboard"),
        reverse("reports:preview", args=[2024]),
        job_page,
        reverse("jobs:download", args=[job.pk]),
    ):
        response = secretariat_client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_language_cookie_is_same_site_lax(client):
    """The language choice is a SameSite=Lax cookie, not sent with other sites' requests."""
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.cookies["django_language"]["samesite"] == "Lax"
