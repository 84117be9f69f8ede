"""Reading an uploaded spreadsheet (CSV or XLSX) into a dataset, refusing what cannot be read or is too big.

Every bound is checked while the file is read, before its size in memory can grow: the bytes of
the upload, the columns of the header, the rows, the cells, and for XLSX the unpacked size of
its zip entries, its rows, cells and shared strings counted before openpyxl opens it.
"""

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import PurePath

import tablib
from django.utils.translation import gettext as _
from import_export.formats import base_formats

from .limits import MAX_COLUMNS, max_cells, max_rows, max_unpacked_bytes, max_upload_bytes, megabytes

# Columns whose cells are numbers: in a ";"-separated file they may carry a decimal comma.
NUMBER_COLUMNS = ("value",)


class FileRejected(ValueError):
    """The file as a whole cannot be imported; the message says why, for the person who sent it."""


def read_dataset(*, data: bytes, file_name: str, size: int | None = None) -> tablib.Dataset:
    """The rows of a CSV or XLSX file under its header row; FileRejected with one clear message.

    The dataset's `row_numbers` give each data row's number as the spreadsheet shows it (the
    header is row 1), blank rows being left out.
    """
    suffix = PurePath(file_name or "").suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise FileRejected(
            _("“%(name)s” is not a CSV or XLSX file; save the spreadsheet as .csv or .xlsx.")
            % {"name": file_name}
        )
    size = len(data) if size is None else size
    if size > max_upload_bytes():
        raise FileRejected(
            _("The file is %(size)s MB; files of at most %(limit)s MB can be imported.")
            % {"size": megabytes(size), "limit": megabytes(max_upload_bytes())}
        )
    if not data.strip():
        raise FileRejected(_("The file is empty."))
    dataset = reader(data)
    if not dataset.headers or not any(dataset.headers):
        raise FileRejected(_("The file has no header row."))
    if not len(dataset):
        raise FileRejected(_("The file has a header row but no data rows."))
    return dataset


def _check_width(width: int) -> None:
    if width > MAX_COLUMNS:
        raise FileRejected(
            _("The header row has %(count)d columns; a spreadsheet to import has at most %(limit)d.")
            % {"count": width, "limit": MAX_COLUMNS}
        )


def _too_many_rows() -> FileRejected:
    return FileRejected(
        _("The file has more than %(limit)d data rows; split it into files of at most %(limit)d rows.")
        % {"limit": max_rows()}
    )


def _dataset(body: list, headers: list, row_numbers: list[int]) -> tablib.Dataset:
    dataset = tablib.Dataset(*body, headers=headers)
    dataset.row_numbers = row_numbers
    return dataset


def read_csv(data: bytes) -> tablib.Dataset:
    """UTF-8 with or without BOM; "," or ";" between cells, whichever the header row uses."""
    if b"\x00" in data[:4096]:
        raise FileRejected(_("The file is not a CSV text file (it contains binary data)."))
    first_line = data.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    if first_line.count(delimiter) >= MAX_COLUMNS:
        # Counted on the raw line, before the csv module builds a list of every cell.
        _check_width(first_line.count(delimiter) + 1)
    # Decoded as it is read: no second, four-bytes-a-character copy of the whole file in memory.
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    number = 1
    limit = max_rows()
    try:
        rows = csv.reader(stream, delimiter=delimiter, strict=True)
        headers = [cell.strip() for cell in next(rows, [])]
        _check_width(len(headers))
        width = len(headers)
        body, row_numbers = [], []
        # Codes repeat on every row (programme, year, indicator, state): one string object each
        # keeps the memory of a 100,000-row file close to the size of the file.
        shared: dict[str, str] = {}
        for number, cells in enumerate(rows, 2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                raise FileRejected(
                    _("Row %(row)d has more cells than the header row has columns.") % {"row": number}
                )
            if len(body) >= limit:
                raise _too_many_rows()
            cells = [shared.setdefault(cell, cell) for cell in cells[:width]]
            body.append(tuple(cells) + ("",) * (width - len(cells)))
            row_numbers.append(number)
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
    return _dataset(body, headers, row_numbers)


def _decimal_point(cells: tuple, columns: list[int]) -> tuple:
    cells = list(cells)
    for i in columns:
        cells[i] = cells[i].replace(",", ".")
    return tuple(cells)


def _damaged() -> FileRejected:
    return FileRejected(_("The XLSX file is damaged or is not an Excel workbook."))


def _count_in_entry(archive: zipfile.ZipFile, name: str, needles: tuple[bytes, ...]) -> list[int]:
    """How often each needle occurs in a zip entry, read in chunks (never unpacked whole)."""
    counts = [0] * len(needles)
    tails = [b""] * len(needles)
    with archive.open(name) as entry:
        while chunk := entry.read(1 << 20):
            for i, needle in enumerate(needles):
                # The carried tail is shorter than the needle: an occurrence is counted once.
                window = tails[i] + chunk
                counts[i] += window.count(needle)
                tails[i] = window[-(len(needle) - 1) :] if len(needle) > 1 else b""
    return counts


def check_xlsx_archive(data: bytes) -> None:
    """Refuse a workbook whose entries unpack too large, or whose sheets or shared strings hold too much.

    openpyxl's read-only mode still walks a whole sheet and loads every shared string at once:
    what it would read is bounded here first, from the zip directory and a streaming count.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _damaged() from error
    with archive:
        unpacked = sum(entry.file_size for entry in entries)
        if unpacked > max_unpacked_bytes():
            raise FileRejected(
                _(
                    "The XLSX file unpacks to %(size)s MB, more than the %(limit)s MB a workbook to "
                    "import may hold; save it again with only the data to import."
                )
                % {"size": megabytes(unpacked), "limit": megabytes(max_unpacked_bytes())}
            )
        try:
            for entry in entries:
                name = entry.filename.lower()
                if name.endswith("sharedstrings.xml"):
                    plain, empty, prefixed = _count_in_entry(
                        archive, entry.filename, (b"<si>", b"<si/", b":si")
                    )
                    # A prefixed text ("<x:si>...</x:si>") shows ":si" in both of its tags.
                    strings = plain + empty + prefixed // 2
                    if strings > max_cells():
                        raise FileRejected(
                            _("The XLSX file holds %(count)d different texts; at most %(limit)d can be read.")
                            % {"count": strings, "limit": max_cells()}
                        )
                elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    # Opening tags, with or without a namespace prefix ("<row", "<x:row").
                    counts = _count_in_entry(
                        archive,
                        entry.filename,
                        (b"<row ", b"<row>", b"<row/", b":row ", b"<c ", b"<c>", b":c "),
                    )
                    rows, cells = sum(counts[:4]), sum(counts[4:])
                    if rows > max_rows() + 1:
                        raise _too_many_rows()
                    if cells > max_cells():
                        raise FileRejected(
                            _("The XLSX file has %(count)d cells; at most %(limit)d can be read.")
                            % {"count": cells, "limit": max_cells()}
                        )
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            if isinstance(error, FileRejected):
                raise
            raise _damaged() from error


def read_xlsx(data: bytes) -> tablib.Dataset:
    """The first sheet of a workbook; formulas give their last computed values."""
    import openpyxl  # only XLSX files need it
    from openpyxl.utils.exceptions import InvalidFileException

    check_xlsx_archive(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise _damaged() from error
    limit, cells_limit = max_rows(), max_cells()
    try:
        sheet = book.worksheets[0]
        # Read-only mode trusts the sheet's <dimension> tag, which some writers leave stale
        # (A1:A1): forget it, so that every row and column written in the sheet is read.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        header_cells = next(rows, ())
        _check_width(len(header_cells))
        headers = [str(cell).strip() if cell is not None else "" for cell in header_cells]
        while headers and not headers[-1]:
            headers.pop()
        width = len(headers)
        body, row_numbers = [], []
        cells_read = len(header_cells)
        # Counted as read as well, whatever the tags counted beforehand said.
        for number, cells in enumerate(rows, 2):
            cells_read += len(cells)
            if number > limit + 1 or cells_read > cells_limit:
                raise _too_many_rows() if number > limit + 1 else _too_many_cells()
            cells = tuple(cells[:width]) + (None,) * (width - len(cells))
            if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
                continue
            body.append(cells)
            row_numbers.append(number)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        if isinstance(error, FileRejected):
            raise
        raise _damaged() from error
    finally:
        book.close()
    return _dataset(body, headers, row_numbers)


def _too_many_cells() -> FileRejected:
    return FileRejected(
        _("The XLSX file has more than %(limit)d cells; at most %(limit)d can be read.")
        % {"limit": max_cells()}
    )


# The readers by file type: the suffix of the file's name picks one.
READERS: dict[str, Callable[[bytes], tablib.Dataset]] = {
    ".csv": read_csv,
    ".xlsx": read_xlsx,
}


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
