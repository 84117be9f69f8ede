"""The programme timeline: one row per theme, one bar per programme over the years, as SVG.

A pure function of plain values, so the site page and the report annex (WeasyPrint) draw
the same chart. Status is shown by colour *and* by pattern, with a legend, and every bar
carries its label as text, so the chart reads in greyscale print too.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from .svg import attr, escape, num, safe_id

FIRST_YEAR = 2005
LAST_YEAR = 2030

LEFT = 200  # room for the row (theme) labels
YEAR_WIDTH = 32
TOP = 28  # room for the year axis
LANE_HEIGHT = 38
BAR_OFFSET = 16  # bar starts below its label
BAR_HEIGHT = 16
POINT_RADIUS = 7
RIGHT = 12
CHAR_WIDTH = 6.6  # average advance of an 11px sans-serif glyph, to keep labels apart
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
INK = "#1a1a1a"

# status -> (fill colour, pattern kind); the pattern keeps statuses apart without colour.
STATUS_STYLE = {
    "draft": ("#ffffff", "outline"),
    "being_agreed": ("#b26a00", "diagonal"),
    "for_signing": ("#6a1b9a", "dots"),
    "approved": ("#1b5e20", "solid"),
    "completed": ("#455a64", "horizontal"),
}


@dataclass(frozen=True)
class TimelineBar:
    """One programme as the chart needs it: plain values only."""

    slug: str
    label: str
    title: str
    row: str
    row_label: str
    status: str
    status_label: str
    start_year: int | None = None
    end_year: int | None = None
    in_force_year: int | None = None
    url: str = ""

    @property
    def is_point(self) -> bool:
        return self.start_year is None

    @property
    def first(self) -> int:
        return self.start_year if self.start_year is not None else self.in_force_year

    @property
    def last(self) -> int:
        return self.end_year if self.end_year is not None else self.in_force_year


def year_x(year: float, first_year: int) -> float:
    """The x of the left edge of a year's column."""
    return LEFT + (year - first_year) * YEAR_WIDTH


def year_range(bars: Sequence[TimelineBar], first_year: int, last_year: int) -> tuple[int, int]:
    years = [year for bar in bars for year in (bar.first, bar.last) if year is not None]
    return min([first_year, *years]), max([last_year, *years])


def _fill(status: str, chart_id: str) -> tuple[str, str, str]:
    """(fill, stroke, dash) of a status: a pattern reference, or a flat colour."""
    colour, kind = STATUS_STYLE.get(status, ("#9e9e9e", "solid"))
    if kind == "outline":
        return "#ffffff", INK, "4 3"
    if kind == "solid":
        return colour, INK, ""
    return f"url(#{safe_id(chart_id, 'pattern', status)})", INK, ""


def _patterns(chart_id: str) -> list[str]:
    defs = []
    for status, (colour, kind) in STATUS_STYLE.items():
        pid = safe_id(chart_id, "pattern", status)
        if kind == "diagonal":
            body = (
                f'<rect width="6" height="6" fill="#ffffff"/>'
                f'<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={attr(colour)} stroke-width="2"/>'
            )
        elif kind == "dots":
            body = (
                f'<rect width="6" height="6" fill="#ffffff"/>'
                f'<circle cx="3" cy="3" r="1.6" fill={attr(colour)}/>'
            )
        elif kind == "horizontal":
            body = (
                f'<rect width="6" height="6" fill={attr(colour)}/>'
                f'<rect y="4" width="6" height="2" fill="#ffffff"/>'
            )
        else:
            continue
        defs.append(
            f'<pattern id={attr(pid)} width="6" height="6" patternUnits="userSpaceOnUse">{body}</pattern>'
        )
    return defs


def _lanes(bars: Sequence[TimelineBar], first_year: int) -> list[tuple[TimelineBar, int]]:
    """Give each bar of a row a lane, so that neither bars nor their labels overlap."""
    placed: list[tuple[TimelineBar, int]] = []
    lane_ends: list[float] = []
    for bar in sorted(bars, key=lambda b: (b.first, b.last, b.slug)):
        x0 = year_x(bar.first, first_year)
        if bar.is_point:
            x0 -= POINT_RADIUS
        # A series' programmes touch end to start; only a label running past its bar needs room.
        x1 = max(year_x(bar.last + 1, first_year), x0 + len(bar.label) * CHAR_WIDTH + 6)
        for lane, end in enumerate(lane_ends):
            if end <= x0:
                lane_ends[lane] = x1
                placed.append((bar, lane))
                break
        else:
            lane_ends.append(x1)
            placed.append((bar, len(lane_ends) - 1))
    return placed


def _legend(statuses: Sequence[tuple[str, str]], chart_id: str, y: float, width: float) -> tuple[list, float]:
    """Legend swatches laid out in lines; returns the elements and the height used."""
    parts = []
    x, line = LEFT, 0
    for status, label in statuses:
        item_width = 26 + len(label) * CHAR_WIDTH + 18
        if x + item_width > width - RIGHT and x > LEFT:
            x, line = LEFT, line + 1
        top = y + line * 20
        fill, stroke, dash = _fill(status, chart_id)
        dash_attr = f" stroke-dasharray={attr(dash)}" if dash else ""
        parts.append(
            f'<g class="legend-item" data-status={attr(status)}>'
            f'<rect x={attr(num(x))} y={attr(num(top))} width="20" height="12" fill={attr(fill)}'
            f" stroke={attr(stroke)}{dash_attr}/>"
            f'<text x={attr(num(x + 26))} y={attr(num(top + 10))} font-size="11">{escape(label)}</text></g>'
        )
        x += item_width
    return parts, (line + 1) * 20 if statuses else 0


def timeline_svg(
    bars: Sequence[TimelineBar],
    *,
    title: str,
    description: str = "",
    today: datetime.date | None = None,
    today_label: str = "today",
    statuses: Sequence[tuple[str, str]] | None = None,
    first_year: int = FIRST_YEAR,
    last_year: int = LAST_YEAR,
    chart_id: str = "timeline",
) -> str:
    """The timeline as an inline `<svg>` element.

    Bars run from the left edge of the start year to the right edge of the end year; a
    programme with no known period is a point in the middle of the year it is known in
    force. Rows follow the order of the bars given (first appearance of each row key).
    """
    first_year, last_year = year_range(bars, first_year, last_year)
    width = year_x(last_year + 1, first_year) + RIGHT
    if statuses is None:
        seen: dict[str, str] = {}
        for bar in bars:
            seen.setdefault(bar.status, bar.status_label)
        statuses = list(seen.items())

    rows: dict[str, list[TimelineBar]] = {}
    row_labels: dict[str, str] = {}
    for bar in bars:
        rows.setdefault(bar.row, []).append(bar)
        row_labels.setdefault(bar.row, bar.row_label)

    body: list[str] = []
    y = TOP
    for row, row_bars in rows.items():
        placed = _lanes(row_bars, first_year)
        lanes = 1 + max(lane for _, lane in placed)
        height = lanes * LANE_HEIGHT
        body.append(
            f'<g class="row" data-row={attr(row)}>'
            f'<line x1="0" x2={attr(num(width))} y1={attr(num(y))} y2={attr(num(y))} stroke="#bdbdbd"/>'
            f'<text x="4" y={attr(num(y + height / 2 + 4))} font-size="12" font-weight="bold">'
            f"{escape(row_labels[row])}</text>"
        )
        for bar, lane in placed:
            body.append(_bar(bar, lane_top=y + lane * LANE_HEIGHT, first_year=first_year, chart_id=chart_id))
        body.append("</g>")
        y += height
    plot_bottom = y
    body.append(f'<line x1="0" x2={attr(num(width))} y1={attr(num(y))} y2={attr(num(y))} stroke="#bdbdbd"/>')

    axis = []
    for year in range(first_year, last_year + 1):
        x = year_x(year, first_year)
        axis.append(
            f"<line x1={attr(num(x))} x2={attr(num(x))} y1={attr(TOP - 4)} y2={attr(num(plot_bottom))}"
            f' stroke="#e0e0e0"/>'
        )
        axis.append(
            f'<text class="year" x={attr(num(x + YEAR_WIDTH / 2))} y="18" font-size="10"'
            f' text-anchor="middle">{year}</text>'
        )

    marker = []
    if today is not None and first_year <= today.year <= last_year:
        fraction = (today.timetuple().tm_yday - 1) / 365
        x = year_x(today.year + fraction, first_year)
        marker.append(
            f'<g class="today" data-date={attr(today.isoformat())}>'
            f"<line x1={attr(num(x))} x2={attr(num(x))} y1={attr(TOP - 6)} y2={attr(num(plot_bottom + 6))}"
            f' stroke="#c62828" stroke-width="2" stroke-dasharray="6 3"/>'
            f'<text x={attr(num(x))} y={attr(num(plot_bottom + 18))} font-size="11" text-anchor="middle"'
            f' fill="#b71c1c">{escape(today_label)}</text></g>'
        )

    legend, legend_height = _legend(statuses, chart_id, plot_bottom + 30, width)
    height = plot_bottom + 30 + legend_height + 4
    title_id = safe_id(chart_id, "title")
    desc_id = safe_id(chart_id, "desc")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" id={attr(safe_id(chart_id))}'
        f' viewBox="0 0 {num(width)} {num(height)}" width={attr(num(width))} height={attr(num(height))}'
        f" font-family={attr(FONT)} fill={attr(INK)} aria-labelledby={attr(title_id + ' ' + desc_id)}"
        f' data-first-year="{first_year}" data-last-year="{last_year}">'
        f"<title id={attr(title_id)}>{escape(title)}</title>"
        f"<desc id={attr(desc_id)}>{escape(description)}</desc>"
        f"<defs>{''.join(_patterns(chart_id))}</defs>"
        f"{''.join(axis)}{''.join(body)}{''.join(marker)}{''.join(legend)}</svg>"
    )


def _bar(bar: TimelineBar, *, lane_top: float, first_year: int, chart_id: str) -> str:
    fill, stroke, dash = _fill(bar.status, chart_id)
    dash_attr = f" stroke-dasharray={attr(dash)}" if dash else ""
    label_x = year_x(bar.first, first_year)
    bar_y = lane_top + BAR_OFFSET
    common = (
        f" data-slug={attr(bar.slug)} data-status={attr(bar.status)}"
        f" fill={attr(fill)} stroke={attr(stroke)}{dash_attr}"
    )
    if bar.is_point:
        cx = year_x(bar.in_force_year + 0.5, first_year)
        label_x = cx - POINT_RADIUS
        shape = (
            f'<circle class="point" cx={attr(num(cx))} cy={attr(num(bar_y + BAR_HEIGHT / 2))}'
            f' r="{POINT_RADIUS}" data-year="{bar.in_force_year}"{common}/>'
        )
    else:
        x0 = year_x(bar.start_year, first_year)
        x1 = year_x(bar.end_year + 1, first_year)
        shape = (
            f'<rect class="bar" x={attr(num(x0))} y={attr(num(bar_y))} width={attr(num(x1 - x0))}'
            f' height="{BAR_HEIGHT}" data-start="{bar.start_year}" data-end="{bar.end_year}"{common}/>'
        )
    name = f"{bar.title} ({bar.status_label})"
    label = (
        f'<text x={attr(num(label_x))} y={attr(num(lane_top + 12))} font-size="11">{escape(bar.label)}</text>'
    )
    inner = f"<title>{escape(name)}</title>{shape}{label}"
    if bar.url:
        return f'<a class="programme" href={attr(bar.url)} aria-label={attr(name)}>{inner}</a>'
    return f'<g class="programme">{inner}</g>'
