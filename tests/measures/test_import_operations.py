"""`manage.py import_data operations` and `measures`: codes, lists in a cell, dates, scope, all or nothing."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

import datetime

import pytest

from measures.models import Measure, Operation, YearLock
from tests.factories import MeasureFactory
from tests.measures.importing import (
    MEASURE_COLUMNS,
    OPERATION_COLUMNS,
    analyst_atc,
    analyst_kaz,
    run_import,
    snapshot,
    world,
    write_csv,
    write_xlsx,
)

EAST = [
    "East-Anti-terror 2024",
    "2024",
    "exercise",
    "ct-2023-2025",
    "atc",
    "KAZ",
    "KAZ|BLR| RUS",
    "2024-10",
    "2024-10-20",
    "Joint exercise",
    "Совместное учение",
]


def test_operations_import_with_lists_and_dates(world, tmp_path):
    """A new operation: kind, programme, body and states by code, "|" lists, a month-precise start."""
    run = run_import("operations", write_csv(tmp_path, [EAST], header=OPERATION_COLUMNS))

    assert run.code == 0, run.err
    east = Operation.objects.get(name="East-Anti-terror 2024")
    assert (east.kind, east.programme, east.coordinating_body, east.host_state) == (
        "exercise",
        world.ct,
        world.atc,
        world.kaz,
    )
    assert set(east.participating_states.values_list("code", flat=True)) == {"KAZ", "BLR", "RUS"}
    assert (east.start_date, east.start_precision) == (datetime.date(2024, 10, 1), "month")
    assert east.end_date == datetime.date(2024, 10, 20)
    assert east.description_ru == "Совместное учение"
    assert east.history.get().history_type == "+"


def test_operation_matched_by_name_and_year_is_updated(world, analyst_kaz, tmp_path):
    """“TRAL-anti terror” of 2024 is the existing operation: updated, its canonical name kept."""
    row = [
        "TRAL-anti terror",
        "2024",
        "investigative",
        "ct-2023-2025",
        "",
        "KAZ",
        "KAZ",
        "",
        "",
        "New aim",
        "",
    ]

    run = run_import(
        "operations", write_xlsx(tmp_path, [row], header=OPERATION_COLUMNS), "--user", "analyst-kaz"
    )

    assert run.code == 0, run.err
    assert "0 new, 1 updated" in run.out
    world.tral.refresh_from_db()
    assert (world.tral.name, world.tral.description_en) == ("Tral – anti-terror", "New aim")
    assert world.tral.history.first().history_user == analyst_kaz


def test_analyst_imports_only_operations_their_state_hosts(world, analyst_kaz, tmp_path):
    """An analyst of Kazakhstan may not add an operation hosted by Belarus nor change West 2024."""
    rows = [
        ["Barrier", "2024", "international", "", "", "BLR", "", "", "", "", ""],
        ["West 2024", "2024", "border", "ct-2023-2025", "", "KAZ", "", "", "", "taken over", ""],
    ]
    before = snapshot()

    run = run_import(
        "operations", write_csv(tmp_path, rows, header=OPERATION_COLUMNS), "--user", "analyst-kaz"
    )

    assert run.code == 1
    assert (
        "row 2, column “host_state”: This operation is neither hosted by your state nor coordinated"
        in run.err
    )
    assert "row 3, column “host_state”: this operation belongs to another state or body than yours" in run.err
    assert snapshot() == before


def test_body_analyst_imports_operations_their_body_coordinates(world, analyst_atc, tmp_path):
    """An analyst of the Anti-Terrorism Centre adds operations the centre coordinates."""
    run = run_import(
        "operations", write_csv(tmp_path, [EAST], header=OPERATION_COLUMNS), "--user", "analyst-atc"
    )

    assert run.code == 0, run.err
    assert Operation.objects.filter(coordinating_body=world.atc).count() == 1


def test_bad_operation_rows_are_refused(world, tmp_path):
    """Unknown kind, state or programme, a year outside the programme, dates out of order: all named."""
    rows = [
        ["A", "2024", "parade", "", "", "", "", "", "", "", ""],
        ["B", "2024", "exercise", "", "", "XYZ", "KAZ|ZZZ", "", "", "", ""],
        ["C", "2022", "exercise", "ct-2023-2025", "", "", "", "2022-05-01", "2022-04-01", "", ""],
        ["D", "2024", "exercise", "", "", "", "", "2023-05", "", "", ""],
        ["", "2024", "exercise", "", "", "", "", "", "", "", ""],
        ["a", "2024", "exercise", "", "", "", "", "", "", "", ""],
    ]
    before = snapshot()

    run = run_import("operations", write_csv(tmp_path, rows, header=OPERATION_COLUMNS))

    assert run.code == 1
    lines = run.err.splitlines()
    assert any(line.startswith("row 2, column “kind”: unknown kind “parade”") for line in lines)
    assert "row 3, column “host_state”: unknown state “XYZ”" in lines
    assert "row 3, column “participating_states”: unknown state “ZZZ”" in lines
    assert "row 4, column “year”: 2022 is outside the period 2023–2025 of programme ct-2023-2025" in lines
    assert "row 4, column “end_date”: the end date comes before the start date" in lines
    assert "row 5, column “start_date”: the start date must fall in the operation's year" in lines
    assert "row 6, column “name”: a name is required" in lines
    assert "row 7: the same name, year as row 2" in lines
    assert snapshot() == before


def test_measures_import_and_update(world, tmp_path):
    """Measures by programme and code: objective by number, bodies by code, due years, status."""
    MeasureFactory(programme=world.ct, code="1.2", text_en="old", text_ru="старый")
    rows = [
        [
            "ct-2023-2025",
            "1.1",
            "1",
            "Exchange of information",
            "Обмен информацией",
            "atc|exec-committee",
            "2024",
            "",
        ],
        ["ct-2023-2025", "1.2", "", "new", "новый", "", "2024–2025", "in_progress"],
    ]

    run = run_import("measures", write_csv(tmp_path, rows, header=MEASURE_COLUMNS))

    assert run.code == 0, run.err
    assert "1 new, 1 updated" in run.out
    first = Measure.objects.get(code="1.1")
    assert (first.objective, first.due_from, first.due_to, first.status) == (
        world.objective,
        None,
        2024,
        "planned",
    )
    assert set(first.responsible_bodies.values_list("code", flat=True)) == {"atc", "exec-committee"}
    second = Measure.objects.get(code="1.2")
    assert (second.text_en, second.due_from, second.due_to, second.status) == (
        "new",
        2024,
        2025,
        "in_progress",
    )


def test_bad_measure_rows_are_refused(world, tmp_path):
    """Unknown programme or objective, a due year that is no year: named, nothing written."""
    rows = [
        ["ct-1990-1991", "1.1", "", "a", "а", "", "", ""],
        ["ct-2023-2025", "1.2", "9", "b", "б", "", "soon", "finished"],
    ]
    before = Measure.objects.count()

    run = run_import("measures", write_csv(tmp_path, rows, header=MEASURE_COLUMNS))

    assert run.code == 1
    assert "row 2, column “programme”: unknown programme “ct-1990-1991”" in run.err
    assert "row 3, column “objective”: programme ct-2023-2025 has no objective number “9”" in run.err
    assert "row 3, column “due_year”: “soon” is not a year or a range of years" in run.err
    assert "row 3, column “status”: unknown status “finished”" in run.err
    assert Measure.objects.count() == before


def test_operation_of_an_impossible_year_is_refused(world, tmp_path):
    """An operation dated 0000 (a typo) is refused by row and column; no operation is written."""
    row = ["East 0000", "0000", "exercise", "", "atc", "KAZ", "KAZ", "", "", "Exercise", "Учение"]
    before = snapshot()

    run = run_import("operations", write_csv(tmp_path, [EAST, row], header=OPERATION_COLUMNS))

    assert run.code == 1
    assert "row 3, column “year”: “0000” is not a year between 1991 and 2100" in run.err.splitlines()
    assert snapshot() == before


def measures_snapshot() -> list[tuple]:
    return list(Measure.objects.order_by("pk").values_list("pk", "code", "due_from", "due_to", "status"))


@pytest.mark.parametrize(
    ("due", "message"),
    [
        ("2022", "2022 is outside the period 2023–2025 of programme ct-2023-2025"),
        ("2030", "2030 is outside the period 2023–2025 of programme ct-2023-2025"),
        ("2024-2026", "2026 is outside the period 2023–2025 of programme ct-2023-2025"),
        ("2022-2024", "2022 is outside the period 2023–2025 of programme ct-2023-2025"),
        ("0000", "“0000” is not a year between 1991 and 2100"),
        ("2024-9999", "“9999” is not a year between 1991 and 2100"),
    ],
)
def test_measure_due_outside_the_programme_is_refused(world, tmp_path, due, message):
    """A measure due before or after its programme's period (or in no real year) is refused, named."""
    MeasureFactory(programme=world.ct, code="9.5", due_to=2024)
    before = measures_snapshot()
    rows = [
        ["ct-2023-2025", "9.5", "1", "x", "y", "atc", "2025", "planned"],
        ["ct-2023-2025", "9.6", "1", "x", "y", "atc", due, "planned"],
    ]

    run = run_import("measures", write_csv(tmp_path, rows, header=MEASURE_COLUMNS))

    assert run.code == 1
    assert f"row 3, column “due_year”: {message}" in run.err.splitlines()
    assert measures_snapshot() == before


def test_analyst_may_not_import_measures(world, analyst_kaz, tmp_path):
    """Measures belong to the secretariat: an analyst's measures import is refused as a whole."""
    rows = [["ct-2023-2025", "1.1", "", "a", "а", "", "", ""]]

    run = run_import("measures", write_csv(tmp_path, rows, header=MEASURE_COLUMNS), "--user", "analyst-kaz")

    assert run.code == 1
    assert "analyst-kaz may not import measures" in run.err
    assert Measure.objects.count() == 0


def test_operations_of_a_locked_year_are_refused(world, tmp_path):
    """A year whose report was issued takes no new operation, by import as by the admin."""
    YearLock.objects.create(year=2024, locked=True)
    before = snapshot()

    run = run_import("operations", write_csv(tmp_path, [EAST], header=OPERATION_COLUMNS))

    assert run.code == 1
    assert "row 2, column “year”: The figures of 2024 are locked" in run.err
    assert snapshot() == before
