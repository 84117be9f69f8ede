"""Charts for the pages: the SVG builders fed with figures formatted in the current language."""

from collections.abc import Sequence

from django.utils.safestring import SafeString, mark_safe

from core.charts import TrendPoint, trend_svg
from measures.selectors import YearFigure

from .templatetags.site import figure


def trend_chart(
    points: Sequence[YearFigure], *, decimals: int, title: str, chart_id: str, large: bool = False
) -> SafeString:
    """An indicator's figures over the years as SVG; hollow points for provisional figures."""
    svg = trend_svg(
        [
            TrendPoint(
                year=p.year,
                value=float(p.value),
                label=figure(p.value, decimals),
                provisional=p.provisional,
            )
            for p in points
        ],
        title=title,
        chart_id=chart_id,
        **({"width": 640, "height": 220, "axes": True} if large else {}),
    )
    return mark_safe(svg)  # trend_svg escapes every text it writes
