"""Measures of a programme, operations and events, indicators and their yearly results."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, truncate
from core.i18n import Bilingual
from core.years import validate_year
from programmes.models import Body, MemberState, Objective, Programme

from .names import name_key

YEAR_VALIDATORS = [validate_year]


class Measure(Bilingual, models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("done")
        POSTPONED = "postponed", _("postponed")
        CANCELLED = "cancelled", _("cancelled")

    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="measures", verbose_name=_("programme")
    )
    code = models.CharField(
        _("code"), max_length=20, help_text=_("The measure's number in the programme, e.g. 1.4.")
    )
    objective = models.ForeignKey(
        Objective,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="measures",
        verbose_name=_("objective"),
    )
    text_en = models.TextField(_("text (English)"))
    text_ru = models.TextField(_("text (Russian)"))
    responsible_bodies = models.ManyToManyField(
        Body, blank=True, related_name="measures", verbose_name=_("responsible bodies")
    )
    due_from = models.PositiveSmallIntegerField(
        _("due from"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    due_to = models.PositiveSmallIntegerField(
        _("due by"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year it is due; with 'due from', the last year of a multi-year measure."),
    )
    status = models.CharField(_("status"), max_length=15, choices=Status, default=Status.PLANNED)

    history = HistoricalRecords()

    class Meta:
        ordering = ["programme", "code"]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code"],
                name="measure_code_unique",
                violation_error_message=_("This programme already has a measure with this code."),
            ),
            models.CheckConstraint(
                condition=Q(due_from__isnull=True) | Q(due_to__isnull=True) | Q(due_to__gte=F("due_from")),
                name="measure_due_years_ordered",
                violation_error_message=_("The last due year cannot come before the first."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme.slug} {self.code}"

    def clean(self) -> None:
        if self.objective_id and self.programme_id and self.objective.programme_id != self.programme_id:
            raise ValidationError({"objective": _("The objective belongs to another programme.")})


class MeasureProgress(Bilingual, models.Model):
    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="progress", verbose_name=_("measure")
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    note_en = models.TextField(_("progress (English)"))
    note_ru = models.TextField(_("progress (Russian)"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["measure", "year"]
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "year"],
                name="progress_one_per_year",
                violation_error_message=_("This measure already has a progress note for this year."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.measure} {self.year}"


class Operation(Bilingual, models.Model):
    class Kind(models.TextChoices):
        INVESTIGATIVE = "investigative", _("coordinated investigative activities")
        PREVENTIVE = "preventive", _("preventive operations")
        INTERNATIONAL = "international", _("international operation")
        BORDER = "border", _("joint special border operation")
        EXERCISE = "exercise", _("joint exercise")
        INTERVENTION = "intervention", _("comprehensive intervention")

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("Canonical (English) name, as the source writes it, e.g. West 2024."),
    )
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    kind = models.CharField(_("kind"), max_length=15, choices=Kind)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    start_precision = models.CharField(
        _("precision of the start date"), max_length=5, choices=DatePrecision, default=DatePrecision.DAY
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="operations",
        verbose_name=_("programme"),
    )
    objectives = models.ManyToManyField(
        Objective, blank=True, related_name="operations", verbose_name=_("objectives served")
    )
    coordinating_body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="coordinated_operations",
        verbose_name=_("coordinating body"),
    )
    host_state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_operations",
        verbose_name=_("host state"),
    )
    participating_states = models.ManyToManyField(
        MemberState, blank=True, related_name="operations", verbose_name=_("participating states")
    )
    participating_bodies = models.ManyToManyField(
        Body, blank=True, related_name="operations", verbose_name=_("participating bodies")
    )
    observer_states = models.ManyToManyField(
        MemberState, blank=True, related_name="observed_operations", verbose_name=_("observer states")
    )
    description_en = models.TextField(_("aim and outcome (English)"), blank=True)
    description_ru = models.TextField(_("aim and outcome (Russian)"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "kind", "name"]
        verbose_name = _("operation or exercise")
        verbose_name_plural = _("operations and exercises")
        constraints = [
            models.UniqueConstraint(
                fields=["name_key", "year"],
                name="operation_name_year_unique",
                violation_error_message=_("An operation of this name already exists in this year."),
            ),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="operation_dates_ordered",
                violation_error_message=_("The end date cannot come before the start date."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.localized('name')} ({self.year})"

    def save(self, *args, **kwargs) -> None:
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)

    @property
    def name_en(self) -> str:
        # The canonical name is the English one, so `localized("name")` works as elsewhere.
        return self.name

    def clean(self) -> None:
        self.name_key = name_key(self.name or "")
        if self.start_date:
            self.start_date = truncate(self.start_date, self.start_precision)
        errors = {}
        if self.start_date and self.year and self.start_date.year != self.year:
            errors["start_date"] = _("The start date must fall in the operation's year.")
        if self.programme_id and self.year and not self.programme.contains_year(self.year):
            errors["year"] = _("The year is outside the programme's period (%(period)s).") % {
                "period": self.programme.period
            }
        if errors:
            raise ValidationError(errors)


class Event(Bilingual, models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("meeting")
        CONFERENCE = "conference", _("conference")
        FORUM = "forum", _("forum")
        SESSION = "session", _("session")

    code = models.SlugField(_("code"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=15, choices=Kind)
    ordinal_en = models.CharField(
        _("ordinal (English)"),
        max_length=20,
        blank=True,
        help_text=_('As the source gives it: "XVIII", "second".'),
    )
    ordinal_ru = models.CharField(_("ordinal (Russian)"), max_length=20, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=500)
    title_ru = models.CharField(_("title (Russian)"), max_length=500)
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("precision of the date"), max_length=5, choices=DatePrecision, default=DatePrecision.DAY
    )
    place_en = models.CharField(_("place (English)"), max_length=200, blank=True)
    place_ru = models.CharField(_("place (Russian)"), max_length=200, blank=True)
    host_state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_events",
        verbose_name=_("host state"),
    )
    organizers = models.ManyToManyField(
        Body, blank=True, related_name="organized_events", verbose_name=_("organizers")
    )
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("programme"),
    )
    combines = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="combined_into",
        verbose_name=_("combines"),
        help_text=_("Events held as part of this one (the 2024 forum joined two conferences)."),
    )
    participating_states = models.ManyToManyField(
        MemberState, blank=True, related_name="events", verbose_name=_("states named as participants")
    )
    participating_bodies = models.ManyToManyField(
        Body, blank=True, related_name="events", verbose_name=_("bodies named as participants")
    )
    scope_organizations = models.ManyToManyField(
        Body,
        blank=True,
        related_name="scoped_events",
        verbose_name=_("organizations of the participants"),
        help_text=_('Whose member States and bodies took part ("States members of CIS and SCO").'),
    )
    # Participation as the source states it, independent of the participants it names.
    states_count = models.PositiveSmallIntegerField(
        _("states taking part"), null=True, blank=True, help_text=_("Of the organizations named above.")
    )
    other_states_count = models.PositiveSmallIntegerField(
        _("other states taking part"),
        null=True,
        blank=True,
        help_text=_("States counted apart by the source (e.g. SCO States outside the CIS, observers)."),
    )
    bodies_count = models.PositiveSmallIntegerField(_("bodies taking part"), null=True, blank=True)
    intl_org_bodies_count = models.PositiveSmallIntegerField(
        _("bodies of international organizations"), null=True, blank=True
    )
    intl_orgs_count = models.PositiveSmallIntegerField(
        _("international organizations"), null=True, blank=True
    )
    research_count = models.PositiveSmallIntegerField(
        _("research and educational organizations"), null=True, blank=True
    )
    basic_orgs_count = models.PositiveSmallIntegerField(
        _("basic organizations of the CIS"), null=True, blank=True
    )
    description_en = models.TextField(_("agenda and outcome (English)"), blank=True)
    description_ru = models.TextField(_("agenda and outcome (Russian)"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "code"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return self.localized("title")

    @property
    def year(self) -> int:
        return self.date.year

    def clean(self) -> None:
        if self.date:
            self.date = truncate(self.date, self.date_precision)


class Indicator(Bilingual, models.Model):
    """A counted outcome, and the words the report uses for it in each plural form."""

    class Unit(models.TextChoices):
        PERSONS = "persons", _("persons")
        ITEMS = "items", _("items")
        ROUNDS = "rounds", _("rounds")
        KILOGRAMS = "kg", _("kilograms")
        TONNES = "t", _("tonnes")
        CRIMES = "crimes", _("crimes")
        CASES = "cases", _("cases")
        GROUPS = "groups", _("groups")
        ACTIONS = "actions", _("actions")

    code = models.SlugField(
        _("code"), max_length=50, unique=True, help_text=_("snake_case, e.g. firearms_seized.")
    )
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit)
    decimals = models.PositiveSmallIntegerField(
        _("decimal places"), default=0, help_text=_("0 for counts; 1 for 382.8 kilograms.")
    )
    sentence_group = models.PositiveSmallIntegerField(
        _("sentence"),
        default=1,
        help_text=_("Indicators with the same number are written in one sentence of the report."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    noun_en_one = models.CharField(_("noun, English, one"), max_length=200, help_text=_('"firearm"'))
    noun_en_other = models.CharField(_("noun, English, other"), max_length=200, help_text=_('"firearms"'))
    noun_ru_one = models.CharField(_("noun, Russian, one (1, 21)"), max_length=200)
    noun_ru_few = models.CharField(_("noun, Russian, few (2-4, 22)"), max_length=200)
    noun_ru_many = models.CharField(_("noun, Russian, many (5-20, 25)"), max_length=200)
    verb_en_one = models.CharField(_("verb, English, one"), max_length=200, help_text=_('"was seized"'))
    verb_en_other = models.CharField(_("verb, English, other"), max_length=200, help_text=_('"were seized"'))
    verb_ru_one = models.CharField(_("verb, Russian, one"), max_length=200)
    verb_ru_few = models.CharField(_("verb, Russian, few"), max_length=200)
    verb_ru_many = models.CharField(_("verb, Russian, many"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        ordering = ["sentence_group", "order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.code


class Result(models.Model):
    """The value of an indicator for a year, for the whole CIS or for one state, body or operation."""

    class Qualifier(models.TextChoices):
        EXACT = "exact", _("exact")
        MORE_THAN = "more_than", _("more than")
        ABOUT = "about", _("about")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted")
        RETURNED = "returned", _("returned")
        VERIFIED = "verified", _("verified")

    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="results", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="results",
        verbose_name=_("programme"),
    )
    operation = models.ForeignKey(
        Operation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="results",
        verbose_name=_("operation"),
    )
    state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="results",
        verbose_name=_("reporting state"),
        help_text=_("Empty for a total of the whole CIS."),
    )
    body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="results",
        verbose_name=_("reporting body"),
    )
    value = models.DecimalField(
        _("value"), max_digits=14, decimal_places=3, validators=[MinValueValidator(Decimal(0))]
    )
    qualifier = models.CharField(_("qualifier"), max_length=10, choices=Qualifier, default=Qualifier.EXACT)
    notes = models.TextField(_("notes"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    review_comment = models.TextField(_("reviewer's comment"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "indicator", "pk"]
        verbose_name = _("result")
        verbose_name_plural = _("results")
        indexes = [
            models.Index(fields=["year", "status"], name="result_year_status"),
            # The admin's results list, a year at a time, in the order it shows them.
            models.Index(fields=["-year", "indicator", "id"], name="result_list_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__gte=0),
                name="result_value_not_negative",
                violation_error_message=_("A value cannot be negative."),
            ),
            # NULLs are distinct in unique indexes: coalesce them so that two CIS-wide totals
            # (no state, no body) of the same indicator and year collide, on every database.
            models.UniqueConstraint(
                "indicator",
                "year",
                Coalesce("programme", Value(0)),
                Coalesce("operation", Value(0)),
                Coalesce("state", Value(0)),
                Coalesce("body", Value(0)),
                name="result_one_value_per_key",
                violation_error_message=_(
                    "A result for this indicator, year, programme, operation, state and body already exists."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.year}: {self.value}"

    def clean(self) -> None:
        errors = {}
        if self.programme_id and self.year and not self.programme.contains_year(self.year):
            errors["year"] = _("The year %(year)s is outside the programme's period %(period)s.") % {
                "year": self.year,
                "period": self.programme.period,
            }
        if self.operation_id and self.year and self.operation.year != self.year:
            errors["operation"] = _("The operation took place in %(year)s, not in the result's year.") % {
                "year": self.operation.year
            }
        if errors:
            raise ValidationError(errors)


class YearLock(models.Model):
    """A reporting year whose figures are frozen, because its report was issued."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=YEAR_VALIDATORS)
    locked = models.BooleanField(_("locked"), default=True)
    reason = models.TextField(
        _("reason"), blank=True, help_text=_("Why the year was locked or unlocked; required to unlock.")
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("year lock")
        verbose_name_plural = _("year locks")

    def __str__(self) -> str:
        return f"{self.year}: {_('locked') if self.locked else _('unlocked')}"

    @classmethod
    def is_locked(cls, year: int) -> bool:
        return cls.objects.filter(year=year, locked=True).exists()


class ImportRecord(models.Model):
    """One run of a spreadsheet import: who, when, which file, what it did or would have done."""

    class Kind(models.TextChoices):
        RESULTS = "results", _("results")
        OPERATIONS = "operations", _("operations")
        MEASURES = "measures", _("measures")

    class Source(models.TextChoices):
        ADMIN = "admin", _("administration site")
        COMMAND = "command", _("command line")

    class Outcome(models.TextChoices):
        IMPORTED = "imported", _("imported")
        CHECKED = "checked", _("checked, nothing written")
        REFUSED = "refused", _("refused")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    file_name = models.CharField(_("file name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=15, choices=Kind)
    source = models.CharField(_("source"), max_length=10, choices=Source)
    dry_run = models.BooleanField(_("dry run"), default=False)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_new = models.PositiveIntegerField(_("new"), default=0)
    rows_updated = models.PositiveIntegerField(_("updated"), default=0)
    rows_unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    rows_invalid = models.PositiveIntegerField(_("rows with errors"), default=0)
    messages = models.TextField(_("messages"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_kind_display()}, {self.created_at:%Y-%m-%d %H:%M})"


class FigurePart(models.Model):
    """Sums of results by indicator, year, status and what the pages filter on, kept by database triggers.

    Every write to the results (a form, the workflow, an import's bulk writes, a delete, raw
    SQL) updates these rows in its own transaction (`measures.figure_store`), so the pages
    read a few hundred sums instead of the whole table. Verified rows are summed over every
    state and body (`state_id` and `body_id` 0); unverified ones keep their state and body,
    so that an analyst's provisional figures can add their own drafts to the verified sums.
    `figures_rebuild` recomputes the table from the results.
    """

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="figure_parts")
    year = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=Result.Status)
    # A CIS-wide total: a result for no state, no body and no operation.
    is_total = models.BooleanField()
    # 0 stands for none, so that the unique key holds on every database (NULLs are distinct).
    programme_key = models.IntegerField(help_text="The result's programme; 0 for none.")
    operation_programme_key = models.IntegerField(
        help_text="The programme of the result's operation; 0 for none."
    )
    state_id = models.IntegerField(help_text="The reporting state of unverified results; 0 otherwise.")
    body_id = models.IntegerField(help_text="The reporting body of unverified results; 0 otherwise.")
    row_count = models.IntegerField()
    value_sum = models.DecimalField(max_digits=20, decimal_places=3)
    more_count = models.IntegerField(help_text="Rows qualified 'more than'.")
    about_count = models.IntegerField(help_text="Rows qualified 'about'.")

    class Meta:
        verbose_name = _("stored figure")
        verbose_name_plural = _("stored figures")
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "indicator",
                    "year",
                    "status",
                    "is_total",
                    "programme_key",
                    "operation_programme_key",
                    "state_id",
                    "body_id",
                ],
                name="figurepart_one_row_per_key",
            ),
        ]
        indexes = [
            models.Index(fields=["year", "status"], name="figurepart_year_status"),
            models.Index(fields=["programme_key"], name="figurepart_programme"),
            models.Index(fields=["operation_programme_key"], name="figurepart_operation_programme"),
            # The rows a write just emptied, found without a scan so that they can be removed.
            models.Index(fields=["row_count"], condition=Q(row_count=0), name="figurepart_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.year} {self.status}: {self.value_sum} ({self.row_count})"
