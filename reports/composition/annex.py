"""The annex: each indicator over the years with data, in a table and small charts on their own scales."""

import textwrap
from decimal import Decimal
from html import escape

from ..types import Annex, AnnexRow, AnnexTable
from .numbers import format_number
from .results import QUALIFIERS

DASH = "–"
LABELS = {
    "en": {
        "title": "Annex",
        "caption": "Verified results by year, {years}",
        "caption_unverified": "Results by year, {years}",
        "indicator": "Indicator",
        "change": "Change {year} / {previous}",
        "chart": "Figures of each indicator by year, each on its own scale, with its value",
    },
    "ru": {
        "title": "Приложение",
        "caption": "Проверенные результаты по годам, {years}",
        "caption_unverified": "Результаты по годам, {years}",
        "indicator": "Показатель",
        "change": "Изменение {year} / {previous}",
        "chart": "Значения каждого показателя по годам, каждый в своем масштабе, с указанием значения",
    },
}
CHART_WIDTH = 480
LABEL_WIDTH = 200
LABEL_CHARACTERS = 46  # a line of the label at 7 points fits the label column
LINE_HEIGHT = 8.5
BAR_HEIGHT = 16
VALUE_SPACE = 9


def _value(row: AnnexRow, n: int, lang: str) -> str:
    """The year's figure as the text writes it, its qualifier kept ("more than 8,200")."""
    value = row.values[n]
    if value is None:
        return DASH
    qualifier = row.qualifiers[n] if n < len(row.qualifiers) else "exact"
    return QUALIFIERS[lang].get(qualifier, "") + format_number(value, row.decimals, lang)


# In the chart's narrow columns a qualifier is a sign: "> 8,200" is "more than 8,200" of the table.
SIGNS = {"more_than": ">\u00a0", "about": "≈\u00a0"}


def _short_value(row: AnnexRow, n: int, lang: str) -> str:
    qualifier = row.qualifiers[n] if n < len(row.qualifiers) else "exact"
    return SIGNS.get(qualifier, "") + format_number(row.values[n], row.decimals, lang)


def _change(current: Decimal | None, previous: Decimal | None, decimals: int, lang: str) -> str:
    if current is None or previous is None:
        return DASH
    difference = current - previous
    sign = "+" if difference > 0 else ("−" if difference < 0 else "±")
    text = f"{sign}{format_number(abs(difference), decimals, lang)}"
    if previous:
        percent = format_number(abs(difference) * 100 / previous, 1, lang)
        text += f" ({sign}{percent}{chr(160) if lang == 'ru' else ''}%)"
    return text


def _chart(annex: Annex, lang: str) -> str:
    """Small multiples: a row of bars per indicator, each scaled to the indicator's own highest
    value and labelled with its figure, so that 69 never looks like 62,364."""
    years = annex.years
    step = (CHART_WIDTH - LABEL_WIDTH) / max(len(years), 1)
    title = escape(LABELS[lang]["chart"])
    parts = []
    for n, year in enumerate(years):
        x = LABEL_WIDTH + n * step + step / 2
        parts.append(f'<text x="{x:.1f}" y="10" font-size="8" text-anchor="middle">{year}</text>')
    top = 16.0
    for row in annex.rows:
        lines = textwrap.wrap(row.name.get(lang), LABEL_CHARACTERS, break_long_words=False) or [""]
        height = max(len(lines) * LINE_HEIGHT, BAR_HEIGHT + VALUE_SPACE) + 6
        label = "".join(
            f'<tspan x="0" dy="{0 if i == 0 else LINE_HEIGHT}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        parts.append(f'<text x="0" y="{top + 7:.1f}" font-size="7">{label}</text>')
        peak = max((v for v in row.values if v is not None), default=None)
        base = top + VALUE_SPACE + BAR_HEIGHT
        for n, value in enumerate(row.values):
            if value is None:
                continue
            bar = float(value / peak) * BAR_HEIGHT if peak else 0.0
            x = LABEL_WIDTH + n * step + step * 0.3
            parts.append(
                f'<rect x="{x:.1f}" y="{base - bar:.1f}" width="{step * 0.4:.1f}" height="{bar:.1f}" '
                'fill="#1f4e79"/>'
            )
            parts.append(
                f'<text x="{LABEL_WIDTH + n * step + step / 2:.1f}" y="{base - bar - 2:.1f}" font-size="6" '
                f'text-anchor="middle">{escape(_short_value(row, n, lang))}</text>'
            )
        top += height
    height = top + 4
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" font-family="Report Serif" '
        f'aria-label="{title}" width="{CHART_WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {CHART_WIDTH} {height:.0f}">'
        f"<title>{title}</title>{''.join(parts)}</svg>"
    )


def _years(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def annex_table(
    annex: Annex | None, year: int, lang: str, includes_unverified: bool = False
) -> AnnexTable | None:
    """The annex over the years that have a figure, or None when no year has one.

    A draft that counts submitted results is headed "Results", never "Verified results". The
    chart needs two years to compare; with one, the table alone says it.
    """
    if annex is None:
        return None
    shown = [n for n, _ in enumerate(annex.years) if any(row.values[n] is not None for row in annex.rows)]
    if not shown:
        return None
    years = tuple(annex.years[n] for n in shown)
    rows = tuple(
        AnnexRow(
            code=row.code,
            name=row.name,
            decimals=row.decimals,
            values=tuple(row.values[n] for n in shown),
            qualifiers=tuple(row.qualifiers[n] if n < len(row.qualifiers) else "exact" for n in shown),
        )
        for row in annex.rows
        if any(row.values[n] is not None for n in shown)
    )
    labels = LABELS[lang]
    compare = year in years and year - 1 in years
    table_rows = []
    for row in rows:
        cells = tuple(_value(row, n, lang) for n in range(len(years)))
        change = DASH
        if compare:
            current = years.index(year)
            change = _change(row.values[current], row.values[current - 1], row.decimals, lang)
        table_rows.append((row.name.get(lang), cells, change))
    caption = labels["caption_unverified" if includes_unverified else "caption"]
    return AnnexTable(
        title=labels["title"],
        caption=caption.format(years=_years(years[0], years[-1])),
        year_headers=tuple(str(y) for y in years),
        indicator_header=labels["indicator"],
        change_header=labels["change"].format(year=year, previous=year - 1) if compare else "",
        rows=tuple(table_rows),
        chart_svg=_chart(Annex(years=years, rows=rows), lang) if len(years) > 1 else "",
    )
