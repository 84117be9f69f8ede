"""Member states, bodies, programmes and their objectives, legal instruments."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, truncate
from core.i18n import Bilingual, pick_language
from core.years import validate_year


class MemberState(Bilingual, models.Model):
    class Status(models.TextChoices):
        MEMBER = "member", _("member State")
        ASSOCIATE = "associate", _("associate member")
        FORMER = "former", _("former participant")
        OUTSIDE = "outside", _("State outside the CIS")

    code = models.CharField(
        _("ISO code"),
        max_length=3,
        unique=True,
        help_text=_("ISO 3166 alpha-3 code in capitals, e.g. KAZ. Spreadsheets name states by it."),
    )
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    short_name_en = models.CharField(
        _("short name (English)"), max_length=100, blank=True, help_text=_("UN short name.")
    )
    short_name_ru = models.CharField(_("short name (Russian)"), max_length=100, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.MEMBER)

    class Meta:
        ordering = ["code"]
        verbose_name = _("state")
        verbose_name_plural = _("states")
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{3}$"),
                name="state_code_alpha3",
                violation_error_message=_("The ISO code must be three capital Latin letters."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.localized('name')}"


class Body(Bilingual, models.Model):
    class Kind(models.TextChoices):
        CIS_BODY = "cis_body", _("CIS body")
        PARTNER = "partner", _("partner organization")
        INTERNATIONAL = "international", _("international organization")
        NATIONAL = "national", _("national competent authority")

    code = models.SlugField(
        _("code"), max_length=50, unique=True, help_text=_("Stable code, e.g. atc, exec-committee.")
    )
    name_en = models.CharField(_("name (English)"), max_length=300)
    name_ru = models.CharField(_("name (Russian)"), max_length=300)
    abbr_en = models.CharField(_("abbreviation (English)"), max_length=30, blank=True)
    abbr_ru = models.CharField(_("abbreviation (Russian)"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=15, choices=Kind, default=Kind.CIS_BODY)
    state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="authorities",
        verbose_name=_("state"),
        help_text=_("For a national competent authority: its state."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        # An abbreviation of the other language would be unreadable: fall back to the name.
        return getattr(self, f"abbr_{pick_language()}") or self.localized("name")


class Programme(Bilingual, models.Model):
    class Theme(models.TextChoices):
        TERRORISM = "terrorism", _("terrorism and extremism")
        DERADICALIZATION = "deradicalization", _("deradicalization")
        BORDER = "border", _("border security")
        MIGRATION = "migration", _("illegal migration")
        TRAFFICKING = "trafficking", _("trafficking in human beings")
        DRUGS = "drugs", _("drugs")
        CRIME = "crime", _("crime")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        BEING_AGREED = "being_agreed", _("being agreed")
        FOR_SIGNING = "for_signing", _("prepared for signing")
        APPROVED = "approved", _("approved")
        COMPLETED = "completed", _("completed")

    slug = models.SlugField(
        _("slug"),
        max_length=50,
        unique=True,
        help_text=_("Theme and period, e.g. ct-2023-2025. Spreadsheets and URLs name it."),
    )
    theme = models.CharField(_("theme"), max_length=20, choices=Theme)
    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500)
    description_en = models.TextField(_("purpose (English)"), blank=True)
    description_ru = models.TextField(_("purpose (Russian)"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[validate_year],
        help_text=_("Empty when the sources give no period."),
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=[validate_year]
    )
    in_force_year = models.PositiveSmallIntegerField(
        _("known in force in"),
        null=True,
        blank=True,
        validators=[validate_year],
        help_text=_("For a programme whose period is unknown: a year it is known to be in force."),
    )
    status = models.CharField(_("status"), max_length=15, choices=Status, default=Status.DRAFT)
    approved_by = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="approved_programmes",
        verbose_name=_("approved by"),
        help_text=_("The body whose decision approved it, e.g. the Council of Heads of State."),
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    approved_on_precision = models.CharField(
        _("precision of the approval date"),
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
    )
    predecessor = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="successor",
        verbose_name=_("predecessor"),
        help_text=_("The previous programme of the same series."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["theme", "start_year", "in_force_year", "slug"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(start_year__isnull=True, end_year__isnull=True)
                    | Q(start_year__isnull=False, end_year__isnull=False, end_year__gte=F("start_year"))
                ),
                name="programme_period_valid",
                violation_error_message=_(
                    "Give both the start and the end year, the end not before the start, or neither."
                ),
            ),
            models.CheckConstraint(
                condition=Q(start_year__isnull=False) | Q(in_force_year__isnull=False),
                name="programme_period_or_in_force_year",
                violation_error_message=_(
                    "A programme without a period needs the year it is known to be in force."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(predecessor=F("pk")),
                name="programme_not_own_predecessor",
                violation_error_message=_("A programme cannot be its own predecessor."),
            ),
        ]

    def __str__(self) -> str:
        return self.slug

    @property
    def period(self) -> str:
        if self.start_year is None:
            return ""
        return f"{self.start_year}–{self.end_year}"

    def contains_year(self, year: int) -> bool:
        return self.start_year is None or self.start_year <= year <= self.end_year

    def clean(self) -> None:
        if self.approved_on:
            self.approved_on = truncate(self.approved_on, self.approved_on_precision)
        if self.pk and self.start_year is not None and self.end_year is not None:
            outside = (
                self.results.filter(models.Q(year__lt=self.start_year) | models.Q(year__gt=self.end_year))
                .values_list("year", flat=True)
                .distinct()
            )
            years = sorted(outside)
            if years:
                raise ValidationError(
                    _("The programme has results of %(years)s, outside the new period.")
                    % {"years": ", ".join(map(str, years))}
                )


class Objective(Bilingual, models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="objectives", verbose_name=_("programme")
    )
    number = models.PositiveSmallIntegerField(_("number"), help_text=_("Order within the programme."))
    text_en = models.TextField(_("text (English)"))
    text_ru = models.TextField(_("text (Russian)"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["programme", "number"]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="objective_number_unique",
                violation_error_message=_("This programme already has an objective with this number."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme.slug} #{self.number}"


class LegalInstrument(Bilingual, models.Model):
    class Kind(models.TextChoices):
        AGREEMENT = "agreement", _("agreement")
        PROTOCOL = "protocol", _("protocol")
        MODEL_LAW = "model_law", _("model law")
        MODEL_LAW_AMENDMENT = "model_law_amendment", _("amendments to a model law")
        RECOMMENDATION = "recommendation", _("recommendations")
        CONCEPT = "concept", _("concept")
        PLAN = "plan", _("plan")
        DECISION = "decision", _("decision")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        BEING_AGREED = "being_agreed", _("being agreed")
        SIGNED = "signed", _("signed")
        ADOPTED = "adopted", _("adopted")
        IN_FORCE = "in_force", _("in force")

    code = models.SlugField(_("code"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500)
    description_en = models.TextField(_("purpose (English)"), blank=True)
    description_ru = models.TextField(_("purpose (Russian)"), blank=True)
    status = models.CharField(_("status"), max_length=15, choices=Status, default=Status.DRAFT)
    status_date = models.DateField(
        _("status date"),
        null=True,
        blank=True,
        help_text=_("When it reached its status (drafted, signed, adopted, entered into force)."),
    )
    status_date_precision = models.CharField(
        _("precision of the status date"),
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
    )
    signed_on = models.DateField(
        _("dated"),
        null=True,
        blank=True,
        help_text=_('The date in its title ("of 10 December 2010"), where it has one.'),
    )
    body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="instruments",
        verbose_name=_("signed or adopted by"),
    )
    drafting_bodies = models.ManyToManyField(
        Body, blank=True, related_name="drafted_instruments", verbose_name=_("drafted by")
    )
    amends = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="amendments",
        verbose_name=_("amends"),
    )
    programme = models.ForeignKey(
        Programme,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="instruments",
        verbose_name=_("under programme"),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["status_date", "code"]
        verbose_name = _("legal instrument")
        verbose_name_plural = _("legal instruments")
        constraints = [
            models.CheckConstraint(
                condition=~Q(amends=F("pk")),
                name="instrument_not_amending_itself",
                violation_error_message=_("An instrument cannot amend itself."),
            ),
        ]

    def __str__(self) -> str:
        return self.localized("title")

    @property
    def year(self) -> int | None:
        return self.status_date.year if self.status_date else None

    def clean(self) -> None:
        if self.status_date:
            self.status_date = truncate(self.status_date, self.status_date_precision)
        if self.amends_id and self.pk and self.amends_id == self.pk:
            raise ValidationError({"amends": _("An instrument cannot amend itself.")})
