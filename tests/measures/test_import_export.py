"""Export: the contract's columns, formulas neutralized, and an export re-imported unchanged is unchanged."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
import tablib
from django.utils import timezone
from import_export.formats import base_formats

from measures.imports.resources import REFERENCE_RESOURCES, RESOURCES
from measures.imports.template import results_template_xlsx
from measures.imports.widgets import escape_formula, unescape_formula
from measures.models import Measure, Operation, Result, YearLock
from measures.services_import import data_import
from tests.factories import MeasureFactory, OperationFactory, ResultFactory
from tests.measures.importing import (
    MEASURE_COLUMNS,
    OPERATION_COLUMNS,
    RESULT_COLUMNS,
    snapshot,
    world,
)


def export(kind: str, file_format=base_formats.CSV) -> tuple[bytes, str]:
    dataset = RESOURCES[kind]().export()
    data = file_format().export_data(dataset)
    if isinstance(data, str):
        data = data.encode("utf-8")
    return data, f"{kind}.{file_format().get_extension()}"


@pytest.fixture
def results(world):
    """Figures in every status, one with notes that a spreadsheet would run as formulas."""
    return [
        ResultFactory(
            indicator=world.firearms, programme=world.ct, state=world.kaz, value=590, notes="=HYPERLINK(1)"
        ),
        ResultFactory(
            indicator=world.explosives,
            operation=world.tral,
            value=Decimal("382.8"),
            qualifier=Result.Qualifier.ABOUT,
            notes="-12 on last year",
            status=Result.Status.SUBMITTED,
        ),
        ResultFactory(indicator=world.firearms, body=world.atc, value=12, notes="@atc", status="draft"),
        ResultFactory(indicator=world.firearms, state=world.blr, value=0, notes="+1", status="returned"),
    ]


def test_export_has_exactly_the_contract_columns(results):
    """The results export's header is the data contract's, codes in the cells, never database ids."""
    dataset = RESOURCES["results"]().export()

    assert dataset.headers == RESULT_COLUMNS
    rows = {row[2] + (row[4] or row[5] or row[3]): row for row in dataset}
    assert rows["firearms_seizedKAZ"] == (
        "ct-2023-2025",
        "2024",
        "firearms_seized",
        "",
        "KAZ",
        "",
        "590",
        "exact",
        "'=HYPERLINK(1)",
    )
    assert rows["explosives_seized_kgTral – anti-terror"][3] == "Tral – anti-terror"
    assert rows["explosives_seized_kgTral – anti-terror"][6] == "382.8"


def test_export_escapes_formulas(results):
    """Cells beginning with =, +, - or @ get a leading apostrophe, so opening the file runs nothing."""
    notes = sorted(row[8] for row in RESOURCES["results"]().export())

    assert notes == ["'+1", "'-12 on last year", "'=HYPERLINK(1)", "'@atc"]


def test_xlsx_export_holds_no_formula(results):
    """In the XLSX export the notes are text cells, not formulas."""
    data, _name = export("results", base_formats.XLSX)

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert "'=HYPERLINK(1)" in [cell.value for cell in cells]


def test_xlsx_export_writes_numbers_as_numbers(results, world):
    """In XLSX (native types, as the admin asks for binary formats) years and values are number cells."""
    dataset = RESOURCES["results"]().export(force_native_type=True)
    data = base_formats.XLSX().export_data(dataset)

    rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(min_row=2, values_only=True))
    kaz = next(row for row in rows if row[4] == "KAZ")
    explosives = next(row for row in rows if row[2] == "explosives_seized_kg")
    assert (kaz[1], kaz[6]) == (2024, 590)
    assert explosives[6] == pytest.approx(382.8)
    outcome = data_import(kind="results", data=data, file_name="native.xlsx")
    assert (outcome.new, outcome.updated, outcome.unchanged) == (0, 0, 4), outcome.errors


@pytest.mark.parametrize("file_format", [base_formats.CSV, base_formats.XLSX])
def test_export_reimported_unchanged_is_all_unchanged(results, file_format):
    """An export re-imported as it is reports every row unchanged, whatever its status or year lock."""
    YearLock.objects.create(year=2024, locked=True)
    data, name = export("results", file_format)
    before = snapshot()

    outcome = data_import(kind="results", data=data, file_name=name)

    assert outcome.ok, outcome.errors
    assert (outcome.new, outcome.updated, outcome.unchanged) == (0, 0, 4)
    assert snapshot() == before
    assert Result.objects.get(notes__startswith="=").notes == "=HYPERLINK(1)"


def test_import_unescapes_formulas(world):
    """A cell '=1+2 is stored as =1+2 (the escape undone), and exported escaped again."""
    data = b"year,indicator,state,value,notes\n2024,firearms_seized,KAZ,5,'=1+2\n"

    assert data_import(kind="results", data=data, file_name="f.csv").ok

    assert Result.objects.get().notes == "=1+2"
    assert RESOURCES["results"]().export()[0][8] == "'=1+2"


@pytest.mark.parametrize("note", ["=1", "'=1", "''=1", "'plain", "''", "-", "@", "a=b", ""])
def test_escape_then_unescape_gives_back_the_cell(note):
    """Whatever a cell holds, the import of its export gives back exactly the same text."""
    escaped = escape_formula(note)

    assert not escaped.startswith(("=", "+", "-", "@"))
    assert unescape_formula(escaped) == note


def test_round_trip_after_a_change_updates_only_that_row(results):
    """Edit one value in an export and re-import it: one row updated, the others unchanged."""
    dataset = RESOURCES["results"]().export()
    rows = [list(row) for row in dataset]
    changed = next(row for row in rows if row[5] == "atc")
    changed[6] = "13"
    data = tablib.Dataset(*rows, headers=dataset.headers).export("csv").encode()

    outcome = data_import(kind="results", data=data, file_name="edited.csv")

    assert (outcome.new, outcome.updated, outcome.unchanged) == (0, 1, 3)
    assert Result.objects.get(body=results[2].body).value == 13


def test_operations_round_trip(world):
    """Operations export codes, "|"-separated lists, dates as precise as known; re-import is unchanged."""
    world.west.participating_states.set([world.kaz, world.blr])
    world.west.start_date = datetime.date(2024, 10, 1)
    world.west.start_precision = "month"
    world.west.coordinating_body = world.atc
    world.west.save()

    dataset = RESOURCES["operations"]().export()
    assert dataset.headers == OPERATION_COLUMNS
    west = next(row for row in dataset if row[0] == "West 2024")
    assert west[3:8] == ("ct-2023-2025", "atc", "BLR", "BLR|KAZ", "2024-10")
    data = dataset.export("csv").encode()
    before = snapshot()

    outcome = data_import(kind="operations", data=data, file_name="operations.csv")

    assert outcome.ok, outcome.errors
    assert (outcome.new, outcome.updated, outcome.unchanged) == (0, 0, Operation.objects.count())
    assert snapshot() == before


def test_measures_round_trip(world):
    """Measures export due years as 2024 or 2024-2025 and the objective's number; re-import is unchanged."""
    one = MeasureFactory(programme=world.ct, code="1.1", due_to=2024, objective=world.objective)
    one.responsible_bodies.set([world.atc])
    MeasureFactory(programme=world.ct, code="1.2", due_from=2024, due_to=2025)

    dataset = RESOURCES["measures"]().export()
    assert dataset.headers == MEASURE_COLUMNS
    rows = {row[1]: row for row in dataset}
    assert rows["1.1"][2] == "1" and rows["1.1"][5] == "atc" and rows["1.1"][6] == "2024"
    assert rows["1.2"][6] == "2024-2025"

    outcome = data_import(kind="measures", data=dataset.export("csv").encode(), file_name="m.csv")

    assert (outcome.new, outcome.updated, outcome.unchanged) == (0, 0, 2), outcome.errors
    assert Measure.objects.get(code="1.2").due_from == 2024


def test_reference_data_exports_by_code(world):
    """States, bodies, indicators and programmes export keyed by their codes, without database ids."""
    states = REFERENCE_RESOURCES["states"]().export()
    bodies = REFERENCE_RESOURCES["bodies"]().export()
    indicators = REFERENCE_RESOURCES["indicators"]().export()
    programmes = REFERENCE_RESOURCES["programmes"]().export()

    assert "KAZ" in states["code"]
    assert "atc" in bodies["code"]
    assert "firearms_seized" in indicators["code"]
    assert "ct-2023-2025" in programmes["slug"]
    for dataset in (states, bodies, indicators, programmes):
        assert "id" not in dataset.headers


def test_filled_template_imports_cleanly(world):
    """The XLSX template: header row, a codes sheet (operations of recent years), list validation;
    filled with its codes, it imports."""
    this_year = timezone.localdate().year
    OperationFactory(name="Recent operation", year=this_year)
    OperationFactory(name="Old operation", year=this_year - 10)
    book = openpyxl.load_workbook(io.BytesIO(results_template_xlsx()))
    data, codes = book["results"], book["codes"]
    assert [cell.value for cell in data[1]] == RESULT_COLUMNS
    code_lists = {codes.cell(1, col).value: col for col in range(1, codes.max_column + 1, 2)}
    assert set(code_lists) == {"programme", "indicator", "operation", "state", "body", "qualifier"}
    validated = {
        str(v.sqref).split(":")[0][0] for v in data.data_validations.dataValidation if v.type == "list"
    }
    assert validated == {"A", "C", "D", "E", "F", "H"}
    column = {
        name: [codes.cell(r, col).value for r in range(2, codes.max_row + 1)]
        for name, col in code_lists.items()
    }
    assert "KAZ" in column["state"] and "firearms_seized" in column["indicator"]
    assert "Recent operation" in column["operation"] and "Old operation" not in column["operation"]
    assert column["qualifier"] == ["exact", "more_than", "about"]

    data.append(
        ["ct-2023-2025", 2024, "firearms_seized", "Tral – anti-terror", "KAZ", None, 3, "about", None]
    )
    data.append([None, 2024, "explosives_seized_kg", None, None, "atc", 1.5, None, "note"])
    out = io.BytesIO()
    book.save(out)
    outcome = data_import(kind="results", data=out.getvalue(), file_name="template.xlsx")

    assert outcome.ok, outcome.errors
    assert outcome.new == 2
    assert Result.objects.get(body=world.atc).value == Decimal("1.5")
