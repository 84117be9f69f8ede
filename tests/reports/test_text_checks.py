"""The preview's checks of the text, without a database: what a careful editor would flag."""

import datetime
from decimal import Decimal

from django.utils import translation

from reports.text_checks import text_warnings
from reports.types import Figure, LetterData, PassageData, ReportData, Text, Words


def report(*passages, value="590"):
    return ReportData(
        year=2025,
        draft=True,
        mandate=None,
        letter=LetterData(),
        figures=(
            Figure(
                code="firearms_seized",
                name=Text("Firearms seized", "Изъято оружия"),
                sentence_group=1,
                order=1,
                decimals=0,
                noun=Words("firearm", "firearms", "единица", "единицы", "единиц"),
                verb=Words(),
                value=Decimal(value),
            ),
        ),
        passages=passages,
    )


def warnings(data):
    with translation.override("en"):
        return text_warnings(data, "en")


def test_a_carried_sentence_naming_last_year_is_flagged_but_a_period_is_not():
    """ "During 2024" in the 2025 report is flagged; "2023–2025" and {{ year }} are not."""
    flagged = warnings(
        report(PassageData(text=Text("During 2024, {{ firearms_seized }}.", "{{ firearms_seized }}")))
    )
    assert any("names 2024, the previous year" in line for line in flagged)
    clean = warnings(
        report(
            PassageData(
                text=Text(
                    "The 2023–2025 programme, {{ year }}: {{ firearms_seized }}.", "{{ firearms_seized }}"
                )
            )
        )
    )
    assert clean == []


def test_typed_figures_unstated_figures_and_stale_translations_are_named():
    """Each warning names the passage (numbered from 1) and the language."""
    earlier, later = (
        datetime.datetime(2025, 5, 1, tzinfo=datetime.UTC),
        datetime.datetime(2025, 5, 9, tzinfo=datetime.UTC),
    )
    lines = warnings(
        report(
            PassageData(
                text=Text("We seized 590 firearms.", "Текст."), ru_edited_at=later, en_edited_at=earlier
            ),
        )
    )
    assert lines[0].startswith("Passage 1 (EN): “590” is typed by hand")
    assert "Passage 1: the English was last edited before its Russian original." in lines
    assert sum("is stated by no passage" in line for line in lines) == 2
