"""Which jobs a user sees: their own, or every one for those the policy lets see all."""

from django.contrib.auth.models import User
from django.db.models import QuerySet

from accounts.policy import can_see_all_jobs

from .models import Job


def jobs_visible_to(user: User) -> QuerySet[Job]:
    jobs = Job.objects.select_related("user").defer("params", "result")
    return jobs if can_see_all_jobs(user) else jobs.filter(user=user)
