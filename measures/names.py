"""Matching of operation names as people type them: case, dashes and spaces do not count."""

import re

# Any run of spaces (including non-breaking ones) and dashes (hyphen, non-breaking hyphen,
# figure dash, en and em dashes, minus sign) is one separator.
_SEPARATORS = re.compile(r"[\s\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+")


def name_key(name: str) -> str:
    """The form two names are compared in: "Tral – anti-terror" == "TRAL-anti terror"."""
    return _SEPARATORS.sub("-", name.casefold()).strip("-")
