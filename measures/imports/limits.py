"""The bounds of an uploaded spreadsheet, from the settings: bytes, rows, columns, cells, unpacked size."""

from django.conf import settings

# The widest data contract has 11 columns; a header far wider is not a spreadsheet of ours.
MAX_COLUMNS = 100
# Cells a data row may hold on average (the widest contract, with room for a few extra columns).
CELLS_PER_ROW = 16
# How much larger than the upload limit the unpacked entries of an XLSX file may be: ordinary
# workbooks compress 5-10 times; a file that expands further is refused before it is opened.
UNPACKED_RATIO = 20


def max_upload_bytes() -> int:
    return settings.IMPORT_MAX_UPLOAD_BYTES


def max_rows() -> int:
    return settings.IMPORT_MAX_ROWS


def max_cells() -> int:
    return max_rows() * CELLS_PER_ROW


def max_unpacked_bytes() -> int:
    return max_upload_bytes() * UNPACKED_RATIO


def megabytes(size: int) -> str:
    """A size in MB as a person reads it: 10, 0.5, 0.05."""
    return f"{size / 1024 / 1024:.2f}".rstrip("0").rstrip(".")
