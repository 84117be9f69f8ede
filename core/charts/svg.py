"""Small helpers shared by the SVG builders: escaping, number formatting, element ids."""

import re
from xml.sax.saxutils import escape, quoteattr

__all__ = ["attr", "escape", "num", "safe_id"]


def attr(value: object) -> str:
    """An attribute value, quoted and escaped."""
    return quoteattr(str(value))


def num(value: float) -> str:
    """A coordinate without float noise: 120 instead of 120.0, 12.35 instead of 12.3500001."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def safe_id(*parts: str) -> str:
    """An XML id from arbitrary parts, so several charts on one page never share ids."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", "-".join(parts)).strip("-")
