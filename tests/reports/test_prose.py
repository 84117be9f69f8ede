"""The builder's drafts for other years read as official prose: what a reader would flag, no database."""

import datetime
import re
from decimal import Decimal

import pytest

from reports.composition import build_document
from reports.composition.text import lcfirst
from reports.types import EventData, Figure, LetterData, OperationData, ReportData, Text, Words
from tests.reports.data_2008 import DATA_2008

# Words that official texts repeat by design ("государств – участников СНГ ... государств Содружества").
SET_PHRASES = {"государств", "государства", "участников", "органов", "states", "member", "bodies"}
BOUNDARY = re.compile(r"(?<![\s(]г\.)(?<!Mr\.)(?<=[.!?])\s+(?=[«“\"A-ZА-ЯЁ\d])")
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
FINITE_EN = re.compile(
    r"\b(is|are|was|were|has|have|had|hosted|coordinated|continue|continues|received|spoke|contributed)\b"
)


def _names(data: ReportData, lang: str) -> list[str]:
    """The records' own titles and names: the builder quotes them, it does not word them."""
    texts = [i.title for i in data.instruments]
    texts += [
        p.title for p in (*data.programmes_approved, *data.programmes_drafted, *data.programmes_current)
    ]
    texts += [e.title for e in data.events]
    texts += [e.description for e in data.events]
    texts += [f.noun for f in data.figures]
    names = [t.get(lang) for t in texts if isinstance(t, Text)]
    names += [getattr(w, form) for w in texts if isinstance(w, Words) for form in ("en_one", "en_other")]
    names += [
        getattr(w, form) for w in texts if isinstance(w, Words) for form in ("ru_one", "ru_few", "ru_many")
    ]
    return sorted((n for n in names if n), key=len, reverse=True)


def sentences(data: ReportData, lang: str) -> list[str]:
    document = build_document(data, lang)
    return [s for p in document.paragraphs if p.style == "p" for s in BOUNDARY.split(p.text) if s]


def repeated_words(sentence: str, names: list[str]) -> set[str]:
    """Words of five letters or more that a sentence of the builder's own wording uses twice."""
    text = QUOTED.sub(" ", sentence)
    for name in names:
        text = text.replace(name, " ").replace(lcfirst(name), " ")
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 5 and w[0].islower()]
    return {w for w in words if words.count(w) > 1 and w not in SET_PHRASES}


def reader_flags(data: ReportData, lang: str) -> list[str]:
    """What a reader of the draft would mark, each with the sentence it is about."""
    flags = []
    names = _names(data, lang)
    for sentence in sentences(data, lang):
        if sentence[0].isdigit():
            flags.append(f"opens with a numeral: {sentence}")
        if sentence[0].islower():
            flags.append(f"opens in lower case (pasted in): {sentence}")
        if lang == "en" and not FINITE_EN.search(QUOTED.sub(" ", sentence)):
            flags.append(f"fragment, no verb: {sentence}")
        if sentence.startswith(("Held ", "Conducted ", "Проведено в рамках", "Проведен в рамках")):
            flags.append(f"fragment: {sentence}")
        if repeated := repeated_words(sentence, names):
            flags.append(f"repeats {sorted(repeated)}: {sentence}")
        if lang == "ru" and " г." in sentence and "году" in sentence:
            flags.append(f"mixes «г.» and «году»: {sentence}")
    text = " ".join(p.text for p in build_document(data, lang).paragraphs)
    if lang == "ru":
        flags += [f"CIS states as members: {m}" for m in re.findall(r".{30}членов? СНГ", text)]
        flags += ["«ё» beside «е»"] if "ё" in text else []
    flags += [
        f"institution in lower case: {m}" for m in re.findall(r"\b(?:united Nations|general Assembly)", text)
    ]
    return flags


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_2008_draft_reads_as_official_prose(lang):
    """The 2008 draft (seed 002's records): no sentence opens with a numeral or in lower case, no
    fragment stands alone, no word of the builder's is repeated within a sentence, one year form."""
    assert reader_flags(DATA_2008, lang) == []


def test_the_2008_draft_keeps_every_figure_and_the_fragment_joins_its_sentence():
    """Rewording loses nothing: every 2008 figure is there, qualifiers included, and the meeting
    "held as part of the exercise" says so in its own sentence."""
    en = " ".join(p.text for p in build_document(DATA_2008, "en").paragraphs)
    for figure in ("more than 8,200", "6,500", "more than 8,300", "12 simultaneous", "26,200", "593", "211"):
        assert figure in en
    assert "was held in September 2008 as part of the joint command staff exercise in Belarus." in en
    assert "was conducted as a joint command staff exercise" not in en
    ru = " ".join(p.text for p in build_document(DATA_2008, "ru").paragraphs)
    assert "проведено в сентябре 2008\u00a0г. в рамках совместного командно-штабного учения" in ru


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_year_without_a_mandate_shows_a_placeholder_in_the_first_sentence(lang):
    """2008 has no recorded mandate: the letter opens with a visible placeholder, not a resolution."""
    first = build_document(DATA_2008, lang).paragraphs[0].text
    assert "[" in first and "2008" in first
    assert not re.search(r"\d+/\d+", first)


SPECIAL_OPERATIONS = Words("special operation", "special operations", "операция", "операции", "операций")
CONDUCTED = Words("was conducted", "were conducted", "проведена", "проведены", "проведено")


def sparse_year() -> ReportData:
    """A year with one exercise, one meeting, two figures and no mandate or letter."""
    return ReportData(
        year=2019,
        draft=True,
        mandate=None,
        letter=LetterData(),
        exercises=(
            OperationData(
                name=Text("Ararat-Antiterror-2019", "Арарат-Антитеррор-2019"),
                kind="exercise",
                description=Text(
                    "joint counter-terrorism exercise of the competent authorities of the CIS member States",
                    "совместное антитеррористическое учение компетентных органов государств – участников СНГ",
                ),
                coordinating_body=Text(
                    "CIS Anti-Terrorism Centre", "Антитеррористический центр государств – участников СНГ"
                ),
                host_state=Text("Republic of Armenia", "Республика Армения"),
            ),
            OperationData(
                name=Text("Ashyk-Aspan 2019", "Ашык-Аспан-2019"),
                kind="exercise",
                description=Text(
                    "joint exercise for airspace protection",
                    "совместное учение по защите воздушного пространства",
                ),
            ),
        ),
        events=(
            EventData(
                code="un",
                kind="meeting",
                ordinal=Text(),
                title=Text(
                    "United Nations meeting with regional organizations",
                    "заседание ООН с участием региональных организаций",
                ),
                date=datetime.date(2019, 1, 1),
                date_precision="year",
                description=Text(),
            ),
        ),
        figures=tuple(
            Figure(
                code=code,
                name=Text(code, code),
                sentence_group=group,
                order=0,
                decimals=0,
                noun=SPECIAL_OPERATIONS,
                verb=CONDUCTED,
                value=Decimal(value),
            )
            for code, group, value in (("first", 1, 40), ("ops", 2, 12))
        ),
    )


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_sparse_year_reads_as_official_prose(lang):
    """A year with a handful of records still reads: the second figure's sentence does not open with
    "12", the exercise's noun is written once, and "United Nations" keeps its capitals."""
    assert reader_flags(sparse_year(), lang) == []


def test_a_sparse_year_words_its_exercises_and_meeting_as_a_reader_expects():
    """The exercises are named where their noun is; the UN meeting is "The United Nations meeting"."""
    en = [p.text for p in build_document(sparse_year(), "en").paragraphs]
    assert "The United Nations meeting with regional organizations was held in 2019." in en
    assert any(
        p == "In addition, the joint exercise “Ashyk-Aspan 2019” was conducted for airspace protection."
        for p in en
    )
    assert any(p.startswith("Under the coordination of the CIS Anti-Terrorism Centre,") for p in en)
    assert any("A total of 12 special operations were conducted." in p for p in en)
    ru = [p.text for p in build_document(sparse_year(), "ru").paragraphs]
    assert (
        "Кроме того, проведено совместное учение «Ашык-Аспан-2019» по защите воздушного пространства." in ru
    )
    assert not any("учение «Ашык-Аспан-2019» – совместное учение" in p for p in ru)
    assert any(
        "учение компетентных органов государств – участников СНГ «Арарат-Антитеррор-2019»." in p for p in ru
    )


def test_the_reader_checks_catch_what_they_are_for():
    """The checks flag the sentences the old drafts printed, so a pass means something."""
    old = ReportData(year=2019, draft=True, mandate=None, letter=LetterData())
    flags = []
    names: list[str] = []
    for sentence in (
        "12 simultaneous comprehensive interventions were carried out.",
        "Held as part of the joint command staff exercise in Belarus.",
        "Проведено учение «Ашык-Аспан-2024» – совместное учение по защите воздушного пространства.",
    ):
        flags.append(
            sentence[0].isdigit()
            or (not FINITE_EN.search(sentence) and sentence.startswith("Held"))
            or bool(repeated_words(sentence, names))
        )
    assert flags == [True, True, True]
    assert reader_flags(old, "en") == []  # nothing composed, nothing flagged
