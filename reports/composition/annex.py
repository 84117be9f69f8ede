"""The annex: each indicator over the years of the current and previous programmes, with a chart."""

from decimal import Decimal
from html import escape

from ..types import Annex, AnnexTable
from .numbers import format_number

DASH = "–"
LABELS = {
    "en": {
        "title": "Annex",
        "caption": "Verified results by year, {first}–{last}",
        "indicator": "Indicator",
        "change": "Change {year} / {previous}",
        "chart": "Figures of each indicator by year, relative to its highest value",
    },
    "ru": {
        "title": "Приложение",
        "caption": "Проверенные результаты по годам, {first}–{last}",
        "indicator": "Показатель",
        "change": "Изменение {year} / {previous}",
        "chart": "Значения каждого показателя по годам относительно его наибольшего значения",
    },
}
CHART_WIDTH = 480
ROW_HEIGHT = 14
LABEL_WIDTH = 170


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
    """Small multiples: a row of bars per indicator, each scaled to the indicator's own maximum."""
    years = annex.years
    step = (CHART_WIDTH - LABEL_WIDTH) / max(len(years), 1)
    height = ROW_HEIGHT * (len(annex.rows) + 1) + 4
    title = escape(LABELS[lang]["chart"])
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" font-family="Report Serif" '
        f'aria-label="{title}" '
        f'width="{CHART_WIDTH}" height="{height}" viewBox="0 0 {CHART_WIDTH} {height}">',
        f"<title>{title}</title>",
    ]
    for n, year in enumerate(years):
        x = LABEL_WIDTH + n * step + step / 2
        parts.append(f'<text x="{x:.1f}" y="10" font-size="8" text-anchor="middle">{year}</text>')
    for row_index, row in enumerate(annex.rows):
        y = ROW_HEIGHT * (row_index + 1) + 2
        parts.append(f'<text x="0" y="{y + 9}" font-size="7">{escape(row.name.get(lang)[:40])}</text>')
        peak = max((v for v in row.values if v is not None), default=None)
        for n, value in enumerate(row.values):
            if value is None or not peak:
                continue
            bar = float(value / peak) * (ROW_HEIGHT - 4)
            x = LABEL_WIDTH + n * step + step * 0.25
            parts.append(
                f'<rect x="{x:.1f}" y="{y + ROW_HEIGHT - 2 - bar:.1f}" width="{step * 0.5:.1f}" '
                f'height="{bar:.1f}" fill="#1f4e79"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def annex_table(annex: Annex | None, year: int, lang: str) -> AnnexTable | None:
    """The annex, or None when no indicator has a figure in any of its years."""
    if annex is None or not any(v is not None for row in annex.rows for v in row.values):
        return None
    labels = LABELS[lang]
    rows = tuple(row for row in annex.rows if any(v is not None for v in row.values))
    shown = Annex(years=annex.years, rows=rows)
    current = annex.years.index(year) if year in annex.years else None
    table_rows = []
    for row in rows:
        cells = tuple(DASH if v is None else format_number(v, row.decimals, lang) for v in row.values)
        change = DASH
        if current:
            change = _change(row.values[current], row.values[current - 1], row.decimals, lang)
        table_rows.append((row.name.get(lang), cells, change))
    return AnnexTable(
        title=labels["title"],
        caption=labels["caption"].format(first=annex.years[0], last=annex.years[-1]),
        year_headers=tuple(str(y) for y in annex.years),
        indicator_header=labels["indicator"],
        change_header=labels["change"].format(year=year, previous=year - 1),
        rows=tuple(table_rows),
        chart_svg=_chart(shown, lang),
    )
