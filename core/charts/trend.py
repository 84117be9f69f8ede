"""A trend chart of one indicator over the years, as SVG: small beside a table, large on its own."""

from collections.abc import Sequence
from dataclasses import dataclass

from .svg import attr, escape, num, safe_id

FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
INK = "#1a1a1a"
LINE = "#1565c0"


@dataclass(frozen=True)
class TrendPoint:
    """A year's figure: its value, the text to print for it, and whether it is provisional."""

    year: int
    value: float
    label: str = ""
    provisional: bool = False


def trend_svg(
    points: Sequence[TrendPoint],
    *,
    title: str,
    width: int = 160,
    height: int = 48,
    axes: bool = False,
    chart_id: str = "trend",
) -> str:
    """A line over the years, x by year, y from zero to the largest value; missing years are gaps.

    Provisional points (figures that include unverified results) are drawn hollow, so the
    difference survives greyscale printing. With `axes`, each point gets its year below and
    its value label above.
    """
    points = sorted(points, key=lambda p: p.year)
    pad_x = 28 if axes else 6
    pad_top = 18 if axes else 5
    pad_bottom = 18 if axes else 5
    plot_w = width - 2 * pad_x
    plot_h = height - pad_top - pad_bottom
    title_id = safe_id(chart_id, "title")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="trend" id={attr(safe_id(chart_id))}'
        f' viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        f" aria-labelledby={attr(title_id)} font-family={attr(FONT)} fill={attr(INK)}>"
        f"<title id={attr(title_id)}>{escape(title)}</title>"
    ]
    if points:
        first, last = points[0].year, points[-1].year
        top_value = max(p.value for p in points) or 1

        def x_of(year: int) -> float:
            if last == first:
                return pad_x + plot_w / 2
            return pad_x + (year - first) * plot_w / (last - first)

        def y_of(value: float) -> float:
            return pad_top + plot_h - value / top_value * plot_h

        baseline = pad_top + plot_h
        parts.append(
            f'<line class="baseline" x1="{pad_x - 4}" x2="{width - pad_x + 4}"'
            f' y1={attr(num(baseline))} y2={attr(num(baseline))} stroke="#9e9e9e"/>'
        )
        # Lines join consecutive years only: a gap in the data stays a gap in the chart.
        runs: list[list[TrendPoint]] = []
        for p in points:
            if runs and p.year == runs[-1][-1].year + 1:
                runs[-1].append(p)
            else:
                runs.append([p])
        for run in runs:
            if len(run) > 1:
                coords = " ".join(f"{num(x_of(p.year))},{num(y_of(p.value))}" for p in run)
                parts.append(
                    f'<polyline points={attr(coords)} fill="none" stroke={attr(LINE)} stroke-width="2"/>'
                )
        for p in points:
            x, y = x_of(p.year), y_of(p.value)
            fill = "#ffffff" if p.provisional else LINE
            parts.append(
                f'<circle class="point" cx={attr(num(x))} cy={attr(num(y))} r="3"'
                f' data-year="{p.year}" data-value={attr(num(p.value))}'
                f" data-provisional={attr('true' if p.provisional else 'false')}"
                f' fill={attr(fill)} stroke={attr(LINE)} stroke-width="1.5"/>'
            )
            if axes:
                parts.append(
                    f'<text class="year" x={attr(num(x))} y="{height - 4}" font-size="10"'
                    f' text-anchor="middle">{p.year}</text>'
                    f'<text class="value" x={attr(num(x))} y={attr(num(y - 7))} font-size="10"'
                    f' text-anchor="middle">{escape(p.label)}</text>'
                )
    parts.append("</svg>")
    return "".join(parts)
