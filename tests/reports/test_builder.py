"""The pure builder, without a database: plural forms, qualifiers, number formats, omitted sections."""

import datetime
from decimal import Decimal

import pytest

from reports.composition import build_document
from reports.composition.numbers import format_number, plural_category
from reports.composition.results import quantity, result_paragraphs
from reports.composition.russian import genitive, instrumental
from reports.types import (
    EventData,
    Figure,
    InstrumentData,
    LetterData,
    MandateData,
    OperationData,
    ReportData,
    Text,
    Words,
)

NBSP = "\u00a0"
AMMUNITION = Words("round of ammunition", "rounds of ammunition", "боеприпас", "боеприпаса", "боеприпасов")
SEIZED = Words("was seized", "were seized", "изъят", "изъяты", "изъято")
KILOGRAMS = Words(
    "kilogram of explosives",
    "kilograms of explosives",
    "килограмм взрывчатых веществ",
    "килограмма взрывчатых веществ",
    "килограммов взрывчатых веществ",
)


def figure(value, noun=AMMUNITION, verb=SEIZED, decimals=0, qualifier="exact", group=1, order=0, code="x"):
    return Figure(
        code=code,
        name=Text("x", "x"),
        sentence_group=group,
        order=order,
        decimals=decimals,
        noun=noun,
        verb=verb,
        value=None if value is None else Decimal(value),
        qualifier=qualifier,
    )


def minimal(**fields) -> ReportData:
    return ReportData(
        year=2024,
        draft=False,
        mandate=MandateData("78/115", datetime.date(2023, 12, 7), 23, Text("the measures", "мерах")),
        letter=LetterData(),
        **fields,
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, "1 боеприпас"),
        (2, "2 боеприпаса"),
        (5, "5 боеприпасов"),
        (11, "11 боеприпасов"),
        (21, "21 боеприпас"),
        (22, "22 боеприпаса"),
        (25, "25 боеприпасов"),
        (111, "111 боеприпасов"),
        (62364, f"62{NBSP}364 боеприпаса"),
    ],
)
def test_russian_nouns_take_the_one_few_many_form_of_their_number(value, expected):
    """Russian: 1 and 21 take "one", 2 and 22 "few", 5, 11 and 25 "many"."""
    assert quantity(figure(value), "ru") == expected


@pytest.mark.parametrize(("value", "expected"), [(1, "1 round of ammunition"), (2, "2 rounds of ammunition")])
def test_english_nouns_take_singular_for_one_and_plural_otherwise(value, expected):
    """English: "1 round", "2 rounds"."""
    assert quantity(figure(value), "en") == expected


def test_fractions_take_the_genitive_singular_in_russian_and_the_plural_in_english():
    """382,8 килограмма (genitive singular) and 382.8 kilograms; 1.5 is plural in English."""
    assert quantity(figure("382.8", KILOGRAMS, decimals=1), "ru") == "382,8 килограмма взрывчатых веществ"
    assert quantity(figure("382.8", KILOGRAMS, decimals=1), "en") == "382.8 kilograms of explosives"
    assert quantity(figure("1.5", KILOGRAMS, decimals=1), "en") == "1.5 kilograms of explosives"
    assert quantity(figure("21.0", KILOGRAMS, decimals=1), "ru") == "21,0 килограмма взрывчатых веществ"


def test_verbs_agree_with_the_number():
    """The verb follows the number's form: "was seized" for 1, "were seized" for more; изъят/изъяты/изъято."""
    one = result_paragraphs((figure(1),), 2024, "en", after_operations=False)[0].text
    many = result_paragraphs((figure(25),), 2024, "ru", after_operations=False)[0].text
    few = result_paragraphs((figure(22),), 2024, "ru", after_operations=False)[0].text
    assert one == "In 2024, 1 round of ammunition was seized."
    assert many == f"В 2024{NBSP}г. изъято 25 боеприпасов."
    assert few == f"В 2024{NBSP}г. изъяты 22 боеприпаса."


def test_qualifiers_are_written_before_the_number():
    """A result "more than" a value says so: "more than 8,200" / "более 8 200"; "about" likewise."""
    assert quantity(figure(8200, qualifier="more_than"), "en") == "more than 8,200 rounds of ammunition"
    assert quantity(figure(8200, qualifier="more_than"), "ru") == f"более 8{NBSP}200 боеприпасов"
    assert quantity(figure(30, qualifier="about"), "en") == "about 30 rounds of ammunition"
    assert quantity(figure(30, qualifier="about"), "ru") == "примерно 30 боеприпасов"


@pytest.mark.parametrize(
    ("value", "decimals", "en", "ru"),
    [
        (62364, 0, "62,364", f"62{NBSP}364"),
        (Decimal("382.8"), 1, "382.8", "382,8"),
        (1234567, 0, "1,234,567", f"1{NBSP}234{NBSP}567"),
        (999, 0, "999", "999"),
        (Decimal("0.25"), 1, "0.3", "0,3"),
    ],
)
def test_numbers_follow_each_languages_conventions(value, decimals, en, ru):
    """Comma thousands and decimal point in English; no-break space and decimal comma in Russian."""
    assert format_number(value, decimals, "en") == en
    assert format_number(value, decimals, "ru") == ru


def test_plural_categories_cover_the_teens():
    """11-14 are "many" in Russian whatever their last digit."""
    assert [plural_category(n, 0, "ru") for n in (11, 12, 14, 111, 112)] == ["many"] * 5
    assert [plural_category(n, 0, "ru") for n in (101, 102, 104)] == ["one", "few", "few"]


def test_figures_sharing_a_verb_are_listed_in_one_sentence():
    """Seizures with one verb make one sentence: "A total of 590 firearms, ... were seized from ..."."""
    firearms = Words("firearm", "firearms", "единица оружия", "единицы оружия", "единиц оружия")
    figures = (
        figure(69, Words("wanted person", "wanted persons"), Words("was detained", "were detained"), group=1),
        figure(590, firearms, SEIZED, group=3, order=1, code="a"),
        figure("382.8", KILOGRAMS, SEIZED, decimals=1, group=3, order=2, code="b"),
    )
    text = result_paragraphs(figures, 2024, "en", after_operations=True)[0].text
    assert text == (
        "As a result of this work, 69 wanted persons were detained. "
        "A total of 590 firearms and 382.8 kilograms of explosives were seized."
    )


def test_indicators_without_a_value_are_left_out_of_the_sentence():
    """An indicator with no figure for the year is not written as zero or as an empty clause."""
    text = result_paragraphs((figure(None), figure(3, order=1, code="y")), 2024, "en", False)[0].text
    assert text == "In 2024, 3 rounds of ammunition were seized."
    assert result_paragraphs((figure(None),), 2024, "en", False) == []


def test_empty_sections_are_omitted_not_printed_empty():
    """A year with nothing but the mandate gives the mandate paragraph and no empty headings or lists."""
    for lang in ("en", "ru"):
        document = build_document(minimal(), lang)
        assert len(document.paragraphs) == 1
        assert "78/115" in document.paragraphs[0].text
        assert document.annex is None
        assert document.footer == "" and document.signatory == "" and document.date_line == ""


def test_operations_are_grouped_by_kind_as_list_items():
    """Operations of one kind share an item; the list ends with a full stop, items with semicolons."""
    ops = (
        OperationData(Text("West 2024", "Запад-2024"), "border", Text()),
        OperationData(
            Text("Barrier", "Барьер"), "international", Text("to identify persons", "по выявлению лиц")
        ),
        OperationData(Text("Shekara 2024", "Шекара-2024"), "border", Text()),
    )
    document = build_document(minimal(operations=ops), "en")
    items = [p.text for p in document.paragraphs if p.style == "item"]
    assert items == [
        "The international \u201cBarrier\u201d operation to identify persons;",
        "The joint special border operations \u201cWest 2024\u201d and \u201cShekara 2024\u201d.",
    ]
    ru = [p.text for p in build_document(minimal(operations=ops), "ru").paragraphs if p.style == "item"]
    assert ru[1] == "совместные специальные пограничные операции «Запад-2024» и «Шекара-2024»."


def test_a_signed_instrument_is_dated_by_its_precision_and_names_what_it_amends():
    """Month precision reads "in October 2024" / "в октябре 2024 г."; the amended agreement keeps its date."""
    protocol = InstrumentData(
        code="p",
        kind="protocol",
        status="signed",
        title=Text("Protocol on Amendments to the Agreement", "Протокол о внесении изменений в Соглашение"),
        description=Text("It is aimed at cooperation.", "Он направлен на взаимодействие."),
        status_date=datetime.date(2024, 10, 1),
        status_date_precision="month",
        body=Text("CIS Council of Heads of State", "Совет глав государств СНГ"),
        amends_signed_on=datetime.date(2010, 12, 10),
    )
    en = build_document(minimal(instruments=(protocol,)), "en").paragraphs[1].text
    ru = build_document(minimal(instruments=(protocol,)), "ru").paragraphs[1].text
    assert en == (
        "The Protocol on Amendments to the Agreement of 10 December 2010, signed by the CIS Council of "
        "Heads of State in October 2024, is aimed at cooperation."
    )
    assert ru == (
        f"Протокол о внесении изменений в Соглашение от 10 декабря 2010{NBSP}г., подписанный в октябре "
        f"2024{NBSP}г. Советом глав государств СНГ, направлен на взаимодействие."
    )


def test_event_participation_counts_take_their_plural_forms():
    """Counts as the source states them: "1 body" but "11 bodies"; Russian genitive after "представители"."""
    event = EventData(
        code="e",
        kind="forum",
        ordinal=Text("first", "первый"),
        title=Text("forum", "форум"),
        date=datetime.date(2024, 1, 1),
        date_precision="year",
        description=Text(),
        scope_organizations=(Text("CIS", "СНГ"),),
        states_count=21,
        bodies_count=1,
        research_count=11,
    )
    en = build_document(minimal(events=(event,)), "en").paragraphs[1].text
    ru = build_document(minimal(events=(event,)), "ru").paragraphs[1].text
    assert en == (
        "The first forum was held in 2024. The participants in this event included the competent authorities "
        "of 21 States members of CIS, 1 body of CIS and 11 research and educational organizations."
    )
    assert (
        "представители компетентных органов 21 государства – участника СНГ, 1 органа СНГ и 11 научных" in ru
    )


def test_russian_names_are_declined_for_the_genitive_and_instrumental():
    """Names of bodies, states and programmes decline their head words only."""
    assert genitive("Кыргызская Республика") == "Кыргызской Республики"
    assert genitive("Антитеррористический центр СНГ") == "Антитеррористического центра СНГ"
    assert genitive("Программа сотрудничества") == "Программы сотрудничества"
    assert genitive("Изменения в модельный закон", plural=True) == "Изменений в модельный закон"
    assert instrumental("Совет глав государств СНГ") == "Советом глав государств СНГ"
    assert instrumental("Межпарламентская Ассамблея") == "Межпарламентской Ассамблеей"


def test_draft_documents_are_marked_and_the_english_is_a_translation():
    """A draft says so; the English version says it was translated from Russian; the Russian does not."""
    data = ReportData(year=2024, draft=True, includes_unverified=True, mandate=None, letter=LetterData())
    assert build_document(data, "en").draft_label == "Draft: includes results not yet verified"
    assert build_document(data, "en").translated_note == "Translated from Russian"
    assert build_document(data, "ru").translated_note == ""


def _instrument(kind, status, title_en, title_ru, description=None):
    return InstrumentData(
        code=title_en,
        kind=kind,
        status=status,
        title=Text(title_en, title_ru),
        description=description or Text(),
        status_date=datetime.date(2024, 1, 1),
        status_date_precision="year",
    )


def test_adopted_recommendations_and_drafts_being_agreed_are_told_in_their_own_sentences():
    """Recommendations adopted "also" after a described instrument; drafts of model laws listed together."""
    items = (
        _instrument(
            "protocol", "signed", "Protocol X", "Протокол X", Text("It is aimed at A.", "Он направлен на А.")
        ),
        _instrument(
            "recommendation", "adopted", "Recommendations to improve B", "Рекомендации по совершенствованию Б"
        ),
        _instrument("model_law", "being_agreed", "Model law on C", "Модельный закон о В"),
        _instrument(
            "model_law_amendment",
            "being_agreed",
            "Amendments to the model law on D",
            "Изменения в модельный закон о Г",
        ),
    )
    en = [p.text for p in build_document(minimal(instruments=items), "en").paragraphs[1:]]
    ru = [p.text for p in build_document(minimal(instruments=items), "ru").paragraphs[1:]]
    assert en[0] == "The Protocol X, signed in 2024, is aimed at A."
    assert en[1] == "During 2024, recommendations to improve B were also adopted."
    assert en[2].endswith(
        "to develop and agree on draft model law on C and draft amendments to the model law on D."
    )
    assert ru[1] == f"В течение 2024{NBSP}г. также приняты рекомендации по совершенствованию Б."
    assert ru[2].endswith(
        "по разработке и согласованию проектов модельного закона о В и изменений в модельный закон о Г."
    )
