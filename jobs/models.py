"""A job: one piece of long work a user started, its progress, its result or why it failed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting for a worker")
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("finished")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("kind"), max_length=40)
    title = models.CharField(_("title"), max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    # What the work needs to run (the task reads them); JSON, so the worker needs nothing else.
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    upload = models.FileField(_("uploaded file"), upload_to="jobs/uploads/%Y/%m/", blank=True)
    rows_read = models.PositiveIntegerField(_("rows read"), default=0)
    rows_validated = models.PositiveIntegerField(_("rows validated"), default=0)
    rows_written = models.PositiveIntegerField(_("rows written"), default=0)
    pages_rendered = models.PositiveIntegerField(_("pages rendered"), default=0)
    message = models.CharField(_("current step"), max_length=255, blank=True)
    # The outcome as the job page shows it: summary lines, row errors, links.
    result = models.JSONField(_("result"), default=dict, blank=True)
    result_file = models.FileField(_("result file"), upload_to="jobs/results/%Y/%m/", blank=True)
    result_name = models.CharField(_("file name"), max_length=255, blank=True)
    error = models.TextField(_("why it failed"), blank=True)
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    started_at = models.DateTimeField(_("picked up"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="job_user_created")]

    def __str__(self) -> str:
        return self.title

    @property
    def done(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)
