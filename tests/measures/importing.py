"""Shared data and file writers for the spreadsheet import tests (not a test module)."""

import csv
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.utils import translation

from measures.models import Operation, Result
from programmes.models import Body
from tests.factories import (
    BodyFactory,
    IndicatorFactory,
    MemberStateFactory,
    ObjectiveFactory,
    OperationFactory,
    ProgrammeFactory,
    UserFactory,
)

RESULT_COLUMNS = [
    "programme",
    "year",
    "indicator",
    "operation",
    "state",
    "body",
    "value",
    "qualifier",
    "notes",
]
OPERATION_COLUMNS = [
    "name",
    "year",
    "kind",
    "programme",
    "coordinating_body",
    "host_state",
    "participating_states",
    "start_date",
    "end_date",
    "description_en",
    "description_ru",
]
MEASURE_COLUMNS = [
    "programme",
    "code",
    "objective",
    "text_en",
    "text_ru",
    "responsible_bodies",
    "due_year",
    "status",
]


@dataclass
class World:
    kaz: object
    blr: object
    rus: object
    atc: object
    ct: object
    ct_old: object
    firearms: object
    explosives: object
    west: object
    tral: object
    objective: object


@pytest.fixture
def world(db):
    """Reference data named by the stable codes of the data contracts."""
    kaz = MemberStateFactory(code="KAZ", name_en="Kazakhstan")
    blr = MemberStateFactory(code="BLR", name_en="Belarus")
    rus = MemberStateFactory(code="RUS", name_en="Russian Federation")
    atc = BodyFactory(code="atc", name_en="Anti-Terrorism Centre")
    BodyFactory(code="exec-committee", name_en="Executive Committee")
    ct = ProgrammeFactory(start_year=2023, end_year=2025)
    ct_old = ProgrammeFactory(start_year=2017, end_year=2019)
    firearms = IndicatorFactory(code="firearms_seized")
    explosives = IndicatorFactory(code="explosives_seized_kg", decimals=1, unit="kg")
    west = OperationFactory(
        name="West 2024", year=2024, kind=Operation.Kind.BORDER, host_state=blr, programme=ct
    )
    tral = OperationFactory(
        name="Tral – anti-terror", year=2024, kind=Operation.Kind.INVESTIGATIVE, host_state=kaz, programme=ct
    )
    objective = ObjectiveFactory(programme=ct, number=1)
    return World(kaz, blr, rus, atc, ct, ct_old, firearms, explosives, west, tral, objective)


@pytest.fixture
def analyst_kaz(world):
    return UserFactory(username="analyst-kaz", role="analyst", role__state=world.kaz)


@pytest.fixture
def analyst_atc(world):
    return UserFactory(username="analyst-atc", role="analyst", role__body=world.atc)


def csv_bytes(rows, header=RESULT_COLUMNS, delimiter=",", bom=False) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")


def write_csv(
    directory: Path, rows, header=RESULT_COLUMNS, delimiter=",", bom=False, name="data.csv"
) -> Path:
    path = directory / name
    path.write_bytes(csv_bytes(rows, header, delimiter, bom))
    return path


def xlsx_bytes(rows, header=RESULT_COLUMNS) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(directory: Path, rows, header=RESULT_COLUMNS, name="data.xlsx") -> Path:
    path = directory / name
    path.write_bytes(xlsx_bytes(rows, header))
    return path


@dataclass
class CommandRun:
    code: int
    out: str
    err: str


def run_import(kind: str, path: Path, *options: str) -> CommandRun:
    """`manage.py import_data`, in English, as a shell would see it: exit status and both streams."""
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):
        try:
            call_command("import_data", kind, str(path), *options, stdout=out, stderr=err)
            code = 0
        except SystemExit as exit_:
            code = exit_.code
        except Exception as error:  # CommandError: what manage.py prints before exiting with 1
            if error.__class__.__name__ != "CommandError":
                raise
            err.write(str(error))
            code = 1
    return CommandRun(code, out.getvalue(), err.getvalue())


def snapshot() -> list[tuple]:
    """Every result and operation as plain values, to compare before and after a refused import."""
    results = list(
        Result.objects.order_by("pk").values_list(
            "pk",
            "indicator_id",
            "year",
            "programme_id",
            "operation_id",
            "state_id",
            "body_id",
            "value",
            "qualifier",
            "notes",
            "status",
            "entered_by_id",
        )
    )
    operations = list(
        Operation.objects.order_by("pk").values_list("pk", "name", "year", "kind", "host_state_id")
    )
    history = Result.history.count()
    return [tuple(results), tuple(operations), history, Body.objects.count()]


__all__ = ["Decimal", "analyst_atc", "analyst_kaz", "world"]


# -- Upload bombs: small files that expand enormously, built here rather than shipped ------------

SHEET_OPEN = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_CLOSE = b"</sheetData></worksheet>"
SHARED_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)


def _stream(entry, head: bytes, unit: bytes, count: int, tail: bytes) -> None:
    entry.write(head)
    block = unit * 10_000
    for _ in range(count // 10_000):
        entry.write(block)
    entry.write(unit * (count % 10_000))
    entry.write(tail)


def xlsx_bomb(*, rows: int = 0, shared_strings: int = 0) -> bytes:
    """A real workbook whose sheet (no <dimension>) holds `rows` rows, or whose shared strings
    number `shared_strings`: a few hundred KB that unpack to tens of MB."""
    base = zipfile.ZipFile(
        io.BytesIO(xlsx_bytes([["", "2024", "firearms_seized", "", "KAZ", "", "1", "", ""]]))
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in base.infolist():
            name = info.filename
            if name == "xl/worksheets/sheet1.xml" and rows:
                with bomb.open(name, "w", force_zip64=True) as entry:
                    _stream(entry, SHEET_OPEN, b"<row><c><v>1</v></c></row>", rows, SHEET_CLOSE)
            elif name == "[Content_Types].xml" and shared_strings:
                # openpyxl finds the shared strings through the package's list of parts.
                types = base.read(name).replace(b"</Types>", SHARED_STRINGS_TYPE + b"</Types>")
                bomb.writestr(info, types)
            else:
                bomb.writestr(info, base.read(name))
        if shared_strings:
            with bomb.open("xl/sharedStrings.xml", "w", force_zip64=True) as entry:
                head = (
                    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    + f'count="{shared_strings}" uniqueCount="{shared_strings}">'.encode()
                )
                _stream(entry, head, b"<si><t>x</t></si>", shared_strings, b"</sst>")
    return out.getvalue()


def xlsx_zip_bomb(*, unpacked_mb: int) -> bytes:
    """A workbook with an extra entry of zeros that unpacks to `unpacked_mb` MB."""
    base = zipfile.ZipFile(
        io.BytesIO(xlsx_bytes([["", "2024", "firearms_seized", "", "KAZ", "", "1", "", ""]]))
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for info in base.infolist():
            bomb.writestr(info, base.read(info.filename))
        with bomb.open("xl/media/padding.bin", "w", force_zip64=True) as entry:
            zeros = bytes(1 << 20)
            for _ in range(unpacked_mb):
                entry.write(zeros)
    return out.getvalue()


def wide_csv(columns: int = 100_000) -> bytes:
    """A CSV whose header row has `columns` columns (about 0.7 MB for 100,000)."""
    header = ",".join(f"c{i}" for i in range(columns))
    return (header + "\r\n" + "," * (columns - 1) + "1\r\n").encode()
