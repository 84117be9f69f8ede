"""Which wording table words which model choice, so that a choice added later cannot go unworded."""

from dataclasses import dataclass, field

from django.db.models import TextChoices

from measures.models import Event, Operation, Result
from programmes.models import LegalInstrument, Programme

from .results import QUALIFIERS
from .sections import DRAFT_PROGRAMME, EVENT_GENDER_RU, OPERATION_PHRASES, PARTICIPLE_RU, SHORT_RU, VERB_EN


@dataclass(frozen=True)
class WordingTable:
    """A table of phrases keyed by a model's choices, per language; `elsewhere` are worded by other code."""

    name: str
    choices: type[TextChoices]
    wording: dict[str, dict]
    elsewhere: frozenset = field(default_factory=frozenset)
    languages: tuple[str, ...] = ("en", "ru")


WORDING_TABLES = [
    WordingTable(
        "OPERATION_PHRASES",
        Operation.Kind,
        OPERATION_PHRASES,
        # Exercises get paragraphs of their own (sections.exercise_paragraphs).
        elsewhere=frozenset({Operation.Kind.EXERCISE}),
    ),
    # Russian agrees the participle with the kind's gender; English words an event by its own title.
    WordingTable("EVENT_GENDER_RU", Event.Kind, {"ru": EVENT_GENDER_RU}, languages=("ru",)),
    WordingTable(
        "DRAFT_PROGRAMME",
        Programme.Status,
        DRAFT_PROGRAMME,
        # Approved and completed programmes are worded as in force (sections.current_programme_paragraphs).
        elsewhere=frozenset({Programme.Status.APPROVED, Programme.Status.COMPLETED}),
    ),
    WordingTable(
        "VERB_EN / PARTICIPLE_RU / SHORT_RU",
        LegalInstrument.Status,
        {"en": VERB_EN, "ru": {key: PARTICIPLE_RU[key] for key in PARTICIPLE_RU if key in SHORT_RU}},
        # Drafts are worded as drafts (sections._drafts_sentence), whatever their stage.
        elsewhere=frozenset({LegalInstrument.Status.DRAFT, LegalInstrument.Status.BEING_AGREED}),
    ),
    WordingTable("QUALIFIERS", Result.Qualifier, QUALIFIERS, elsewhere=frozenset({Result.Qualifier.EXACT})),
]


def unworded_choices(tables: list[WordingTable] | None = None) -> list[tuple[str, str, str]]:
    """(table, choice, language) for every choice that no table words in that language."""
    missing = []
    for table in WORDING_TABLES if tables is None else tables:
        for value in table.choices.values:
            if value in table.elsewhere:
                continue
            missing += [
                (table.name, f"{table.choices.__qualname__}.{value}", lang)
                for lang in table.languages
                if value not in table.wording.get(lang, {})
            ]
    return missing
