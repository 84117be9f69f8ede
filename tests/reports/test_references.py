"""Figures inside passages: references written out in each language, refused when unknown."""

from decimal import Decimal

from reports.composition.references import resolve, typed_figures, unknown_references
from reports.types import Figure, Text, Words

NBSP = "\u00a0"
PERSONS = Words(
    "wanted person", "wanted persons", "разыскиваемое лицо", "разыскиваемых лица", "разыскиваемых лиц"
)
DETAINED = Words("was detained", "were detained", "задержано", "задержаны", "задержано")
KG = Words("kilogram of explosives", "kilograms of explosives", "килограмм", "килограмма", "килограммов")


def fig(code, value, noun=PERSONS, verb=DETAINED, decimals=0, qualifier="exact"):
    return Figure(
        code=code,
        name=Text(code, code),
        sentence_group=1,
        order=1,
        decimals=decimals,
        noun=noun,
        verb=verb,
        value=None if value is None else Decimal(value),
        qualifier=qualifier,
    )


FIGURES = {
    "wanted_detained": fig("wanted_detained", "8200", qualifier="more_than"),
    "ammunition_seized": fig("ammunition_seized", "62364"),
    "explosives_seized_kg": fig("explosives_seized_kg", "382.8", noun=KG, decimals=1),
    "one": fig("one", "1"),
}


def test_a_reference_writes_number_noun_and_qualifier_in_each_language():
    """{{ code }} gives "more than 8,200 wanted persons" / "более 8 200 разыскиваемых лиц"."""
    text = "In {{ year }}, {{ wanted_detained }} {{ wanted_detained.verb }}."
    assert resolve(text, FIGURES, 2008, "en") == "In 2008, more than 8,200 wanted persons were detained."
    ru = resolve("В {{ year }} г. {{wanted_detained.verb}} {{ wanted_detained }}.", FIGURES, 2008, "ru")
    assert ru == f"В 2008 г. задержано более 8{NBSP}200 разыскиваемых лиц."


def test_parts_of_a_reference_give_the_number_noun_and_verb_alone():
    """.number, .noun and .verb follow the number's plural form and format."""
    assert resolve("{{ explosives_seized_kg.number }}", FIGURES, 2024, "en") == "382.8"
    assert resolve("{{ explosives_seized_kg.number }}", FIGURES, 2024, "ru") == "382,8"
    assert resolve("всего {{ explosives_seized_kg.noun }}", FIGURES, 2024, "ru") == "всего килограмма"
    assert resolve("{{ one }} {{ one.verb }}", FIGURES, 2024, "en") == "1 wanted person was detained"
    assert resolve("{{ ammunition_seized.number }}", FIGURES, 2024, "en") == "62,364"


def test_a_figure_without_a_value_is_marked_not_invented():
    """A reference to an indicator with no counted value prints a visible mark naming it."""
    figures = {"x": fig("x", None)}
    assert resolve("{{ x }}", figures, 2024, "en") == "[no figure: x]"
    assert resolve("{{ x.number }}", figures, 2024, "ru") == "[нет данных: x]"


def test_unknown_references_are_named_as_written():
    """A code that is no indicator, an unknown part and stray braces are each reported."""
    codes = {"wanted_detained"}
    assert unknown_references("{{ wanted_detained }} {{ year }}", codes) == []
    assert unknown_references("{{ wanted_detainee }} and {{ wanted_detained.colour }}", codes) == [
        "{{ wanted_detainee }}",
        "{{ wanted_detained.colour }}",
    ]
    assert unknown_references("a {{ broken reference", codes) == ["{{"]


def test_a_typed_number_equal_to_a_figure_is_found_in_either_format():
    """ "62,364" and "62 364" typed by hand are the ammunition figure; references and other numbers not."""
    figures = tuple(FIGURES.values())
    found = typed_figures("seized 62,364 rounds in 2024 and {{ ammunition_seized }}", figures, "en")
    assert [(typed, f.code) for typed, f in found] == [("62,364", "ammunition_seized")]
    found = typed_figures("изъято 62 364 боеприпаса и 382,8 кг", figures, "ru")
    assert [f.code for _, f in found] == ["ammunition_seized", "explosives_seized_kg"]


def test_a_reference_opening_a_sentence_opens_it_with_a_capital():
    """ "{{ x.verb }} ..." at the start of a sentence is capitalised; inside one it is not."""
    text = "{{ wanted_detained.verb }} {{ wanted_detained }}. {{ wanted_detained }} in all; {{ one.verb }}."
    assert resolve(text, FIGURES, 2008, "ru") == (
        f"Задержано более 8{NBSP}200 разыскиваемых лиц. Более 8{NBSP}200 разыскиваемых лиц in all; задержано."
    )
