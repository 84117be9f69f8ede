"""Frozen dataclasses of plain values: what the selectors gather and the builder composes."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Text:
    """A content field in both languages."""

    en: str = ""
    ru: str = ""

    def get(self, lang: str) -> str:
        return (self.ru or self.en) if lang == "ru" else (self.en or self.ru)

    def __bool__(self) -> bool:
        return bool(self.en or self.ru)


@dataclass(frozen=True)
class Words:
    """A noun or verb in each plural form: English one/other, Russian one/few/many."""

    en_one: str = ""
    en_other: str = ""
    ru_one: str = ""
    ru_few: str = ""
    ru_many: str = ""


@dataclass(frozen=True)
class MandateData:
    resolution: str
    adopted_on: datetime.date
    paragraph: int
    subject: Text


@dataclass(frozen=True)
class LetterData:
    """The AnnualReport's own fields; empty for a draft of a year without one."""

    letter_date: datetime.date | None = None
    job_number: str = ""
    signatory: Text = field(default_factory=Text)  # the signatory's title
    signatory_name: Text = field(default_factory=Text)
    include_annex: bool = True


@dataclass(frozen=True)
class PassageData:
    """A passage of the report's text as stored: references unresolved; an empty language with a
    `key` is composed from the data when rendered (see reports.composition.passages)."""

    key: str = ""
    text: Text = field(default_factory=Text)
    edited: bool = False
    ru_edited_at: datetime.datetime | None = None
    en_edited_at: datetime.datetime | None = None


@dataclass(frozen=True)
class InstrumentData:
    code: str
    kind: str
    status: str
    title: Text
    description: Text
    status_date: datetime.date | None
    status_date_precision: str
    body: Text | None = None
    amends_title: Text | None = None
    amends_signed_on: datetime.date | None = None


@dataclass(frozen=True)
class ProgrammeData:
    slug: str
    title: Text
    description: Text
    start_year: int | None
    end_year: int | None
    status: str
    approved_on: datetime.date | None = None
    approved_on_precision: str = "day"
    approved_by: Text | None = None
    objectives: tuple[Text, ...] = ()


@dataclass(frozen=True)
class OperationData:
    name: Text
    kind: str
    description: Text
    coordinating_body: Text | None = None
    host_state: Text | None = None
    participating_states: tuple[Text, ...] = ()
    has_results: bool = False


@dataclass(frozen=True)
class EventData:
    code: str
    kind: str
    ordinal: Text
    title: Text
    date: datetime.date
    date_precision: str
    description: Text
    combines: tuple[tuple[Text, Text], ...] = ()
    scope_organizations: tuple[Text, ...] = ()
    international_bodies: tuple[Text, ...] = ()
    states_count: int | None = None
    bodies_count: int | None = None
    intl_org_bodies_count: int | None = None
    intl_orgs_count: int | None = None
    research_count: int | None = None


@dataclass(frozen=True)
class Figure:
    """An indicator's figure for the year: the CIS-wide total, else the sum of the other rows."""

    code: str
    name: Text
    sentence_group: int
    order: int
    decimals: int
    noun: Words
    verb: Words
    value: Decimal | None
    qualifier: str = "exact"
    total: Decimal | None = None
    parts_sum: Decimal | None = None


@dataclass(frozen=True)
class AnnexRow:
    code: str
    name: Text
    decimals: int
    values: tuple[Decimal | None, ...]
    qualifiers: tuple[str, ...] = ()  # "more_than", "about" or "exact", year by year


@dataclass(frozen=True)
class Annex:
    years: tuple[int, ...]
    rows: tuple[AnnexRow, ...]


@dataclass(frozen=True)
class PendingResults:
    """Results of the year not (yet) counted, by indicator and status."""

    indicator: Text
    status: str
    count: int
    value_sum: Decimal
    decimals: int = 0


@dataclass(frozen=True)
class Warnings:
    """What the secretariat should look at before issuing; never printed in the PDF."""

    pending: tuple[PendingResults, ...] = ()
    indicators_without_value: tuple[Text, ...] = ()
    operations_without_results: tuple[Text, ...] = ()
    disagreements: tuple[Figure, ...] = ()

    def __bool__(self) -> bool:
        return bool(
            self.pending
            or self.indicators_without_value
            or self.operations_without_results
            or self.disagreements
        )


@dataclass(frozen=True)
class ReportData:
    """Everything one year's report says, as plain values, gathered by reports.selectors."""

    year: int
    draft: bool
    mandate: MandateData | None
    letter: LetterData
    includes_unverified: bool = False
    instruments: tuple[InstrumentData, ...] = ()
    programmes_approved: tuple[ProgrammeData, ...] = ()
    programmes_drafted: tuple[ProgrammeData, ...] = ()
    programmes_current: tuple[ProgrammeData, ...] = ()
    operations: tuple[OperationData, ...] = ()
    exercises: tuple[OperationData, ...] = ()
    events: tuple[EventData, ...] = ()
    figures: tuple[Figure, ...] = ()
    annex: Annex | None = None
    warnings: Warnings = field(default_factory=Warnings)
    # The report's own passages; None when it has none yet (a draft is composed, see
    # composition.passages.draft_passages), with the previous year's as its starting point.
    passages: tuple[PassageData, ...] | None = None
    previous_passages: tuple[PassageData, ...] = ()


# What the builder produces: paragraphs in order, ready for the template.


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "p"  # "p" body paragraph, "item" an item of a list introduced by the previous one


@dataclass(frozen=True)
class AnnexTable:
    title: str
    caption: str
    year_headers: tuple[str, ...]
    indicator_header: str
    change_header: str
    rows: tuple[tuple[str, tuple[str, ...], str], ...]
    chart_svg: str


@dataclass(frozen=True)
class Document:
    lang: str
    year: int
    title: str
    draft: bool
    draft_label: str
    translated_note: str
    organization: str
    sender: str
    date_line: str
    paragraphs: tuple[Paragraph, ...]
    closing: str
    signed: str
    signatory: str  # the signatory's title, printed under the name
    footer: str
    annex: AnnexTable | None = None
    signatory_name: str = ""
