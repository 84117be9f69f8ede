"""Reading an uploaded spreadsheet (CSV or XLSX) into a dataset, refusing what cannot be read."""

import csv
import io
import zipfile
from pathlib import PurePath

import tablib
from django.conf import settings
from django.utils.translation import gettext as _
from import_export.formats import base_formats

MAX_BYTES = settings.IMPORT_MAX_UPLOAD_BYTES
EXTENSIONS = (".csv", ".xlsx")
# Columns whose cells are numbers: in a ";"-separated file they may carry a decimal comma.
NUMBER_COLUMNS = ("value",)


class FileRejected(ValueError):
    """The file as a whole cannot be imported; the message says why, for the person who sent it."""


def read_dataset(*, data: bytes, file_name: str, size: int | None = None) -> tablib.Dataset:
    """The rows of a CSV or XLSX file under its header row; FileRejected with one clear message."""
    suffix = PurePath(file_name or "").suffix.lower()
    if suffix not in EXTENSIONS:
        raise FileRejected(
            _("“%(name)s” is not a CSV or XLSX file; save the spreadsheet as .csv or .xlsx.")
            % {"name": file_name}
        )
    size = len(data) if size is None else size
    if size > MAX_BYTES:
        raise FileRejected(
            _("The file is %(size).1f MB; files of at most %(limit)d MB can be imported.")
            % {"size": size / 1024 / 1024, "limit": MAX_BYTES // 1024 // 1024}
        )
    if not data.strip():
        raise FileRejected(_("The file is empty."))
    dataset = read_xlsx(data) if suffix == ".xlsx" else read_csv(data)
    if not dataset.headers or not any(dataset.headers):
        raise FileRejected(_("The file has no header row."))
    if not len(dataset):
        raise FileRejected(_("The file has a header row but no data rows."))
    return dataset


def read_csv(data: bytes) -> tablib.Dataset:
    """UTF-8 with or without BOM; "," or ";" between cells, whichever the header row uses."""
    if b"\x00" in data[:4096]:
        raise FileRejected(_("The file is not a CSV text file (it contains binary data)."))
    first_line = data.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    # Decoded as it is read: no second, four-bytes-a-character copy of the whole file in memory.
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    number = 0
    try:
        rows = csv.reader(stream, delimiter=delimiter, strict=True)
        headers = [cell.strip() for cell in next(rows, [])]
        width = len(headers)
        body = []
        # Codes repeat on every row (programme, year, indicator, state): one string object each
        # keeps the memory of a 100,000-row file close to the size of the file.
        shared: dict[str, str] = {}
        for number, cells in enumerate(rows, 1):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                raise FileRejected(
                    _("Row %(row)d has more cells than the header row has columns.") % {"row": number}
                )
            cells = [shared.setdefault(cell, cell) for cell in cells[:width]]
            body.append(tuple(cells) + ("",) * (width - len(cells)))
    except UnicodeDecodeError as error:
        raise FileRejected(
            _("The file is not UTF-8 text (near row %(row)d); save it as “CSV UTF-8”.") % {"row": number + 1}
        ) from error
    except csv.Error as error:
        raise FileRejected(_("The CSV file cannot be read: %(error)s.") % {"error": error}) from error
    if delimiter == ";":
        # A ";"-separated file comes from a spreadsheet set to a decimal comma (382,8).
        columns = [i for i, name in enumerate(headers) if name in NUMBER_COLUMNS]
        if columns:
            body = [_decimal_point(cells, columns) for cells in body]
    return tablib.Dataset(*body, headers=headers)


def _decimal_point(cells: tuple, columns: list[int]) -> tuple:
    cells = list(cells)
    for i in columns:
        cells[i] = cells[i].replace(",", ".")
    return tuple(cells)


def read_xlsx(data: bytes) -> tablib.Dataset:
    """The first sheet of a workbook; formulas give their last computed values."""
    import openpyxl  # only XLSX files need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise FileRejected(_("The XLSX file is damaged or is not an Excel workbook.")) from error
    try:
        sheet = book.worksheets[0]
        # Read-only mode trusts the sheet's <dimension> tag, which some writers leave stale
        # (A1:A1): forget it, so that every row and column written in the sheet is read.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        header_cells = next(rows, ())
        headers = [str(cell).strip() if cell is not None else "" for cell in header_cells]
        while headers and not headers[-1]:
            headers.pop()
        width = len(headers)
        body = []
        for cells in rows:
            cells = tuple(cells[:width]) + (None,) * (width - len(cells))
            if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
                continue
            body.append(cells)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise FileRejected(_("The XLSX file is damaged or is not an Excel workbook.")) from error
    finally:
        book.close()
    return tablib.Dataset(*body, headers=headers)


class CsvFormat(base_formats.CSV):
    """The admin's CSV: read as bytes so the same reader sniffs the delimiter and the BOM."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, str):
            in_stream = in_stream.encode("utf-8")
        return read_dataset(data=in_stream, file_name="upload.csv")

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"


class XlsxFormat(base_formats.XLSX):
    """The admin's XLSX, through the same reader as the command line."""

    def create_dataset(self, in_stream, **kwargs):
        return read_dataset(data=in_stream, file_name="upload.xlsx")
