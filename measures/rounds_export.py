"""The round's completeness grid as CSV, XLSX and plain text, for downloads and the command line."""

import csv
import io

from openpyxl import Workbook

from .rounds import RoundGrid

CSV_HEADER = ["reporter", "indicator", "status"]


def grid_csv(grid: RoundGrid) -> str:
    """One line per expected cell: `reporter, indicator, status` (ISO or body code, indicator code)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for reporter, indicator, status in grid.triples():
        writer.writerow([reporter.code, indicator.code, status])
    return out.getvalue()


def grid_xlsx(grid: RoundGrid) -> bytes:
    """The grid as a sheet: reporters down, indicator codes across, a status in each expected cell."""
    book = Workbook()
    sheet = book.active
    sheet.title = f"round {grid.year}"
    sheet.append(["reporter", *[ind.code for ind in grid.indicators]])
    for row in grid.rows():
        sheet.append([row.reporter.code, *[status or "" for status in row.cells]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def grid_text(grid: RoundGrid) -> str:
    """The grid as aligned columns, with the deadline and the count of each status."""
    first = max([len("reporter"), *(len(r.code) for r in grid.reporters)])
    widths = [max(len(ind.code), len("submitted")) for ind in grid.indicators]
    deadline = grid.deadline.isoformat() if grid.deadline else "none (round not opened: default expectations)"
    lines = [f"round {grid.year}, deadline {deadline}"]
    lines.append(
        "  ".join(
            [
                "reporter".ljust(first),
                *(ind.code.ljust(w) for ind, w in zip(grid.indicators, widths, strict=True)),
            ]
        ).rstrip()
    )
    for row in grid.rows():
        cells = [(status or "-").ljust(w) for status, w in zip(row.cells, widths, strict=True)]
        lines.append("  ".join([row.reporter.code.ljust(first), *cells]).rstrip())
    counts = grid.counts()
    lines.append(", ".join(f"{status}: {count}" for status, count in counts.items()))
    return "\n".join(lines) + "\n"
