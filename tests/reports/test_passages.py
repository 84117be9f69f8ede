"""The text as passages, without a database: a first draft, carrying last year's over, rendering."""

import datetime
from decimal import Decimal

from reports.composition import build_document
from reports.composition.passages import draft_passages, written_paragraphs
from reports.types import (
    Figure,
    LetterData,
    MandateData,
    OperationData,
    PassageData,
    ReportData,
    Text,
    Words,
)

FIREARMS = Words("firearm", "firearms", "единица оружия", "единицы оружия", "единиц оружия")
SEIZED = Words("was seized", "were seized", "изъята", "изъяты", "изъято")


def data(year, value, operations=(), previous=(), passages=None):
    return ReportData(
        year=year,
        draft=True,
        mandate=MandateData("78/115", datetime.date(2023, 12, 7), 23, Text("the measures", "мерах")),
        letter=LetterData(),
        operations=operations,
        figures=(
            Figure(
                code="firearms_seized",
                name=Text("Firearms seized", "Изъято оружия"),
                sentence_group=1,
                order=1,
                decimals=0,
                noun=FIREARMS,
                verb=SEIZED,
                value=None if value is None else Decimal(value),
            ),
        ),
        passages=passages,
        previous_passages=previous,
    )


def operation(name):
    return OperationData(name=Text(name, name), kind="international", description=Text())


PREVIOUS = (
    PassageData(
        key="", text=Text("Work continued in {{ year }}.", "Работа продолжалась в {{ year }} г."), edited=True
    ),
    PassageData(
        key="operations",
        text=Text('During 2024, the "Barrier" operation was held.', "В 2024 г. проведена операция «Барьер»."),
        edited=True,
    ),
    PassageData(
        key="results",
        text=Text(
            "In all, {{ firearms_seized }} {{ firearms_seized.verb }}.", "Всего {{ firearms_seized }}."
        ),
        edited=True,
    ),
    PassageData(key="", text=Text("CIS bodies continue.", "Органы СНГ продолжают."), edited=True),
)


def body(report: ReportData, lang: str) -> list[str]:
    return [p.text for p in build_document(report, lang).paragraphs[1:]]


def test_a_first_draft_is_composed_from_the_data():
    """Without passages of its own or of last year, the text is composed from the year's records."""
    report = data(2025, "12", operations=(operation("Channel"),))
    assert [p.key for p in draft_passages(report)] == ["operations", "results"]
    text = " ".join(body(report, "en"))
    assert "Channel" in text and "12 firearms" in text


def test_last_years_wording_carries_over_with_this_years_facts():
    """Written passages and the edited results passage carry over; the operations are this year's."""
    report = data(2025, "12", operations=(operation("Channel"),), previous=PREVIOUS)
    drafted = draft_passages(report)
    assert [p.key for p in drafted] == ["", "operations", "results", ""]
    text = " ".join(body(report, "en"))
    assert text.startswith("Work continued in 2025.")
    assert "Barrier" not in text and "2024" not in text and "Channel" in text
    assert "In all, 12 firearms were seized." in text
    assert text.endswith("CIS bodies continue.")


def test_a_carried_results_passage_is_composed_again_when_its_figure_is_missing():
    """Last year's results sentence never states a figure this year lacks: it is composed afresh."""
    report = data(2025, None, previous=PREVIOUS)
    drafted = draft_passages(report)
    assert "results" not in [p.key for p in drafted]
    assert "firearms" not in " ".join(body(report, "en"))


def test_stored_passages_are_the_body_and_their_lists_are_items():
    """The report prints its passages in order; paragraphs after a colon are the items of a list."""
    passages = (
        PassageData(text=Text("We did:\n\nA;\n\nB.\n\nThen {{ firearms_seized }}.", "Мы:\n\nА;\n\nБ.")),
        PassageData(key="operations"),
    )
    report = data(2024, "590", operations=(operation("Barrier"),), passages=passages)
    document = build_document(report, "en")
    styles = [(p.style, p.text) for p in document.paragraphs[1:5]]
    assert styles == [("p", "We did:"), ("item", "A;"), ("item", "B."), ("p", "Then 590 firearms.")]
    assert "Barrier" in document.paragraphs[6].text
    assert [p.style for p in written_paragraphs("x:\n\ny;\n\nz.\n\nw")] == ["p", "item", "item", "p"]


def test_a_programme_still_implemented_keeps_its_wording_but_exercises_are_this_years():
    """The edited passage of a programme current in both years carries over; last year's exercise
    passage gives way to this year's exercise, and one ended programme's passage to none."""
    from reports.types import ProgrammeData

    programme = ProgrammeData(
        slug="ct-2023-2025",
        title=Text("Programme", "Программа"),
        description=Text(),
        start_year=2023,
        end_year=2025,
        status="approved",
    )
    previous = (
        PassageData(
            key="programme_current:ct-2023-2025",
            text=Text("We implemented it in {{ year }}.", "Да."),
            edited=True,
        ),
        PassageData(
            key="programme_current:ct-2020-2022", text=Text("Old programme.", "Старая."), edited=True
        ),
        PassageData(key="exercise:0", text=Text('The "Old 2024" exercise.', "Учение «Старое»."), edited=True),
    )
    report = ReportData(
        year=2025,
        draft=True,
        mandate=MandateData("78/115", datetime.date(2023, 12, 7), 23, Text("the measures", "мерах")),
        letter=LetterData(),
        programmes_current=(programme,),
        exercises=(OperationData(name=Text("New 2025", "Новое-2025"), kind="exercise", description=Text()),),
        previous_passages=previous,
    )
    assert [p.key for p in draft_passages(report)] == ["programme_current:ct-2023-2025", "exercise:0"]
    text = " ".join(body(report, "en"))
    assert "We implemented it in 2025." in text and "New 2025" in text
    assert "Old" not in text


def test_no_break_spaces_of_figures_and_dates_survive_a_written_passage():
    """ "62 364" and "13 мая" keep their no-break spaces; ordinary runs of spaces become one."""
    paragraphs = written_paragraphs("изъято 62\u00a0364  боеприпаса\n13\u00a0мая\n\n  второй ")
    assert [p.text for p in paragraphs] == ["изъято 62\u00a0364 боеприпаса 13\u00a0мая", "второй"]
