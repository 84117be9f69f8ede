"""Mandates, annual reports and their issued, immutable revisions."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.i18n import Bilingual
from core.years import validate_year
from programmes.models import Programme


class Mandate(Bilingual, models.Model):
    """The General Assembly request a report answers (resolution 78/115, paragraph 23)."""

    resolution = models.CharField(_("resolution"), max_length=20, unique=True, help_text=_("e.g. 78/115"))
    adopted_on = models.DateField(_("adopted on"))
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    subject_en = models.TextField(
        _("subject (English)"),
        help_text=_('What is reported on, as the letter words it after "information on".'),
    )
    subject_ru = models.TextField(_("subject (Russian)"))
    first_year = models.PositiveSmallIntegerField(
        _("first reporting year"), null=True, blank=True, help_text=_("The first year it asks to report on.")
    )
    last_year = models.PositiveSmallIntegerField(
        _("last reporting year"),
        null=True,
        blank=True,
        help_text=_("The last year it asks to report on; empty: until a later resolution."),
    )

    class Meta:
        ordering = ["-adopted_on"]
        verbose_name = _("mandate")
        verbose_name_plural = _("mandates")

    def __str__(self) -> str:
        return f"{self.resolution}, § {self.paragraph}"

    def clean(self) -> None:
        if self.first_year and self.last_year and self.last_year < self.first_year:
            raise ValidationError({"last_year": _("The last reporting year cannot come before the first.")})


class AnnualReport(models.Model):
    """The submission on one year: its letter's details; its text is its passages."""

    year = models.PositiveSmallIntegerField(_("reporting year"), unique=True, validators=[validate_year])
    mandate = models.ForeignKey(
        Mandate,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("mandate"),
        null=True,
        blank=True,
        help_text=_("Empty: the mandate whose reporting years include this year, if one is recorded."),
    )
    programmes = models.ManyToManyField(
        Programme,
        blank=True,
        related_name="annual_reports",
        verbose_name=_("programmes covered"),
        help_text=_("The programmes whose implementation the report describes; empty: those in force."),
    )
    letter_date = models.DateField(_("letter date"), null=True, blank=True)
    job_number = models.CharField(
        _("job number"), max_length=20, blank=True, help_text=_("Printed in the footer, e.g. 25-07557.")
    )
    signatory_name_en = models.CharField(_("signatory's name (English)"), max_length=200, blank=True)
    signatory_name_ru = models.CharField(_("signatory's name (Russian)"), max_length=200, blank=True)
    signatory_en = models.CharField(_("signatory's title (English)"), max_length=300, blank=True)
    signatory_ru = models.CharField(_("signatory's title (Russian)"), max_length=300, blank=True)
    include_annex = models.BooleanField(
        _("include the annex"), default=True, help_text=_("Indicator table and chart after the letter.")
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")

    def __str__(self) -> str:
        return str(self.year)

    def get_absolute_url(self) -> str:
        # The admin's "View on site" opens the secretariat's preview.
        return reverse("reports:preview", args=[self.year])


class Passage(models.Model):
    """One passage of a report's text, in Russian (the original) and English (the translation).

    Figures are references (`{{ wanted_detained }}`) written out at render time from the data;
    `key` names the part of the data a composed passage was drawn from ("operations",
    "event:forum-2024"), empty for a passage the secretariat wrote.
    """

    report = models.ForeignKey(
        AnnualReport, on_delete=models.CASCADE, related_name="passages", verbose_name=_("report")
    )
    position = models.PositiveSmallIntegerField(_("position"))
    key = models.CharField(
        _("composed from"),
        max_length=100,
        blank=True,
        help_text=_("The part of the data the passage is composed from; empty for a written passage."),
    )
    text_ru = models.TextField(_("text (Russian)"), blank=True)
    text_en = models.TextField(_("text (English)"), blank=True)
    edited = models.BooleanField(
        _("edited by hand"), default=False, help_text=_("Composing it again from the data asks first.")
    )
    ru_edited_at = models.DateTimeField(_("Russian last edited"), null=True, blank=True)
    en_edited_at = models.DateTimeField(_("English last edited"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("passage")
        verbose_name_plural = _("passages")

    def __str__(self) -> str:
        return f"{self.report_id} § {self.position}"


class RevisionQuerySet(models.QuerySet):
    """Bulk updates and deletes would bypass the model's refusal: refuse them too."""

    def update(self, **kwargs):
        raise PermissionDenied(_("An issued revision cannot be changed."))

    def delete(self):
        raise PermissionDenied(_("An issued revision cannot be deleted."))


class RevisionManager(models.Manager.from_queryset(RevisionQuerySet)):
    """Lists and lookups leave the stored PDFs and snapshot in the database until asked for."""

    def get_queryset(self):
        return super().get_queryset().defer("pdf_en", "pdf_ru", "docx_en", "docx_ru", "snapshot")


class ReportRevision(models.Model):
    """One issue of a report: both PDFs and both Word files, their SHA-256, the data they were built from."""

    report = models.ForeignKey(
        AnnualReport, on_delete=models.PROTECT, related_name="revisions", verbose_name=_("report")
    )
    number = models.PositiveSmallIntegerField(_("revision"))
    pdf_en = models.BinaryField(_("PDF (English)"), editable=False)
    pdf_ru = models.BinaryField(_("PDF (Russian)"), editable=False)
    sha256_en = models.CharField(_("SHA-256 (English)"), max_length=64, editable=False)
    sha256_ru = models.CharField(_("SHA-256 (Russian)"), max_length=64, editable=False)
    # Empty in revisions issued before the reports were also written as Word files.
    docx_en = models.BinaryField(_("Word file (English)"), editable=False, default=b"")
    docx_ru = models.BinaryField(_("Word file (Russian)"), editable=False, default=b"")
    docx_sha256_en = models.CharField(_("Word SHA-256 (English)"), max_length=64, editable=False, blank=True)
    docx_sha256_ru = models.CharField(_("Word SHA-256 (Russian)"), max_length=64, editable=False, blank=True)
    snapshot = models.JSONField(_("data snapshot"), editable=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("issued by"),
        editable=False,
    )
    issued_at = models.DateTimeField(_("issued at"), editable=False)

    objects = RevisionManager()

    class Meta:
        ordering = ["report", "-number"]
        verbose_name = _("issued revision")
        verbose_name_plural = _("issued revisions")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "number"],
                name="revision_number_unique",
                violation_error_message=_("This report already has a revision with this number."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.report.year} rev. {self.number}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionDenied(_("An issued revision cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied(_("An issued revision cannot be deleted."))

    def pdf(self, lang: str) -> bytes:
        return bytes(self.pdf_ru if lang == "ru" else self.pdf_en)

    def docx(self, lang: str) -> bytes:
        return bytes(self.docx_ru if lang == "ru" else self.docx_en)

    def filename(self, lang: str, extension: str = "pdf") -> str:
        return f"report-{self.report.year}-rev{self.number}-{lang}.{extension}"
