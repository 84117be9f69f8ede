"""Server-side SVG charts (programme timeline, trends): pure functions of plain data."""

from .timeline import TimelineBar, timeline_svg
from .trend import TrendPoint, trend_svg

__all__ = ["TimelineBar", "TrendPoint", "timeline_svg", "trend_svg"]
