"""Files that cannot be imported as a whole get one clear message, and nothing is written."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

import io
import re
import zipfile

import pytest

from measures.imports.files import FileRejected, read_dataset
from measures.imports.limits import max_upload_bytes, megabytes
from measures.models import ImportRecord, Result
from tests.measures.importing import (
    RESULT_COLUMNS,
    csv_bytes,
    run_import,
    snapshot,
    world,
    write_csv,
    xlsx_bytes,
)

ROW = ["", "2024", "firearms_seized", "", "KAZ", "", "5", "", ""]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("figures.pdf", b"%PDF-1.7", "“figures.pdf” is not a CSV or XLSX file"),
        ("figures.xls", b"\xd0\xcf\x11\xe0", "“figures.xls” is not a CSV or XLSX file"),
        ("empty.csv", b"", "The file is empty."),
        ("blank.csv", b"\r\n\r\n", "The file is empty."),
        ("header.csv", ",".join(RESULT_COLUMNS).encode(), "The file has a header row but no data rows."),
        ("cp1251.csv", "year,indicator,notes\n2024,x,Итог\n".encode("cp1251"), "The file is not UTF-8 text"),
        ("binary.csv", b"year,\x00\x01\x02", "The file is not a CSV text file"),
        ("broken.xlsx", b"PK\x03\x04garbage", "The XLSX file is damaged or is not an Excel workbook."),
        ("text.xlsx", b"year,indicator\n2024,x\n", "The XLSX file is damaged or is not an Excel workbook."),
    ],
)
def test_unreadable_files_are_refused_with_one_message(world, tmp_path, name, content, message):
    """Not CSV/XLSX, empty, header only, not UTF-8, corrupt: exit 1, one message, nothing written."""
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot()

    run = run_import("results", path)

    assert run.code == 1
    assert message in run.err
    assert len(run.err.strip().splitlines()) == 2  # the reason, then "nothing imported"
    assert run.err.strip().splitlines()[-1] == f"{name}: nothing imported; the file was refused."
    assert snapshot() == before
    assert ImportRecord.objects.get().outcome == ImportRecord.Outcome.REFUSED


def test_file_over_the_size_limit_is_refused_unread(world, tmp_path):
    """A file over the upload limit is refused by its size."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.write(csv_bytes([ROW]))
        out.write(b"#" * max_upload_bytes())

    run = run_import("results", path)

    assert run.code == 1
    assert f"files of at most {megabytes(max_upload_bytes())} MB can be imported" in run.err
    assert Result.objects.count() == 0


def test_refused_user_is_told_the_file_was_refused_not_zero_rows(world, reviewer, tmp_path):
    """A file refused as a whole ends with “the file was refused”, not “1 error(s) in 0 rows”."""
    run = run_import("results", write_csv(tmp_path, [ROW]), "--user", reviewer.username)

    assert run.code == 1
    assert run.err.strip().splitlines()[-1] == "data.csv: nothing imported; the file was refused."
    assert "0 rows" not in run.err
    assert Result.objects.count() == 0


def stale_dimension(data: bytes) -> bytes:
    """The workbook with its first sheet's <dimension> rewritten to A1:A1, as some writers leave it."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content, count = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', content)
                assert count == 1
            target.writestr(item, content)
    return out.getvalue()


def test_xlsx_with_a_stale_dimension_is_read_whole(world, tmp_path):
    """A workbook whose sheet claims to be one cell (A1:A1) is still read in full and imported."""
    rows = [
        ["", 2024, "firearms_seized", "", "KAZ", "", 5, "", ""],
        ["", 2024, "firearms_seized", "", "BLR", "", 7, "", ""],
    ]
    path = tmp_path / "stale.xlsx"
    path.write_bytes(stale_dimension(xlsx_bytes(rows)))

    dataset = read_dataset(data=path.read_bytes(), file_name=path.name)
    run = run_import("results", path)

    assert dataset.headers == RESULT_COLUMNS
    assert len(dataset) == 2
    assert run.code == 0, run.err
    assert "2 rows imported (2 new, 0 updated, 0 unchanged)" in run.out
    assert Result.objects.count() == 2


def test_zip_that_is_not_a_workbook_is_refused():
    """A ZIP archive named .xlsx is not mistaken for a workbook."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")

    with pytest.raises(FileRejected, match="damaged or is not an Excel workbook"):
        read_dataset(data=buffer.getvalue(), file_name="archive.xlsx")


def test_semicolon_file_reads_decimal_comma_and_bom():
    """A ";" file from a spreadsheet set to Russian: BOM, decimal comma in `value`, commas kept in notes."""
    data = "\ufeffyear;indicator;value;notes\r\n2024;explosives_seized_kg;382,8;seized, then destroyed\r\n"

    dataset = read_dataset(data=data.encode("utf-8"), file_name="ru.csv")

    assert dataset.headers == ["year", "indicator", "value", "notes"]
    assert dataset[0] == ("2024", "explosives_seized_kg", "382.8", "seized, then destroyed")


def test_comma_file_keeps_quoted_commas():
    """In a "," file a quoted cell may hold commas; nothing is turned into a decimal point."""
    data = b'year,indicator,value,notes\n2024,x,"62364","a, b"\n'

    assert read_dataset(data=data, file_name="en.csv")[0] == ("2024", "x", "62364", "a, b")


def test_row_longer_than_header_is_refused():
    """A row with more filled cells than there are columns is named: its values would have no column."""
    with pytest.raises(FileRejected, match="Row 3 has more cells than the header row"):
        read_dataset(data=b"year,value\n2024,1\n2024,2,3\n", file_name="long.csv")


def test_blank_lines_are_skipped(world, tmp_path):
    """Empty lines between rows (as spreadsheets leave them) are not rows."""
    data = csv_bytes([ROW]) + b",,,,,,,,\r\n\r\n"
    path = tmp_path / "blank-lines.csv"
    path.write_bytes(data)

    run = run_import("results", path)

    assert run.code == 0, run.err
    assert "1 row imported" in run.out
