"""Job pages: my jobs, one job's progress (refreshing itself until done) and its file."""

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


@login_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = live_progress(_visible_job(request, pk))
    return render(request, "jobs/job_detail.html", {"job": job, "refresh": REFRESH_SECONDS})


@login_required
def job_download(request: HttpRequest, pk: int) -> FileResponse:
    job = _visible_job(request, pk)
    if job.status != Job.Status.SUCCEEDED or not job.result_file:
        raise Http404
    return FileResponse(job.result_file.open("rb"), as_attachment=True, filename=job.result_name)
