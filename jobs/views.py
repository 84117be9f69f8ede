"""Job pages: my jobs, one job's progress (refreshing itself until done) and its file."""

import math

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from accounts.policy import can_see_all_jobs, can_see_job

from .models import Job
from .selectors import jobs_visible_to
from .services import live_progress

# Seconds between two reloads of a running job's page (a meta refresh: no script needed).
REFRESH_SECONDS = 2


def _visible_job(request: HttpRequest, pk: int) -> Job:
    job = get_object_or_404(Job.objects.select_related("user"), pk=pk)
    if not can_see_job(request.user, job):
        # Someone else's job: as if it did not exist.
        raise Http404
    return job


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(jobs_visible_to(request.user), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "jobs/job_list.html",
        {"page": page, "everyone": can_see_all_jobs(request.user), "refresh": REFRESH_SECONDS},
    )


def _detail(request: HttpRequest, job: Job, status: int = 200) -> HttpResponse:
    context = {
        "job": job,
        "refresh": REFRESH_SECONDS,
        # How long files are kept, as the page of an expired one says it.
        "files_max_days": math.ceil(settings.JOB_FILES_MAX_AGE / 86400),
        "upload_max_hours": math.ceil(settings.IMPORT_PREVIEW_MAX_AGE / 3600),
    }
    return render(request, "jobs/job_detail.html", context, status=status)


@login_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, live_progress(_visible_job(request, pk)))


@login_required
def job_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = _visible_job(request, pk)
    if job.status != Job.Status.SUCCEEDED or not job.result_name:
        raise Http404
    if not job.result_file or not job.result_file.storage.exists(job.result_file.name):
        # Expired (or removed by hand): the job's page says so, not an error.
        job.result_file = ""
        return _detail(request, job, status=410)
    return FileResponse(job.result_file.open("rb"), as_attachment=True, filename=job.result_name)
