"""Every URL the project serves, as a concrete path with plausible values in its parameters.

Walks `get_resolver()` recursively, so pages added later are picked up without listing them.
"""

import re
from dataclasses import dataclass

# The regex parser of the standard library (sre_parse/sre_constants are its deprecated aliases).
from re import _constants as sre_constants
from re import _parser as sre_parse

from django.urls import URLPattern, URLResolver, get_resolver

# What a path parameter is filled with, by the characters it accepts: a number where digits
# are allowed (ids, years), a slug otherwise.
_DIGIT = "1"
_WORD = "a"


@dataclass(frozen=True)
class WalkedURL:
    path: str
    name: str | None  # "namespace:name", or None for an unnamed pattern

    def __str__(self) -> str:
        return f"{self.path} ({self.name or 'unnamed'})"


def _category_char(category) -> str:
    if category == sre_constants.CATEGORY_DIGIT:
        return _DIGIT
    return _WORD


def _set_char(items) -> str:
    if items and items[0][0] == sre_constants.NEGATE:
        return _DIGIT  # "[^/]+": anything but a slash
    chars = []
    for op, arg in items:
        if op == sre_constants.LITERAL:
            chars.append(chr(arg))
        elif op == sre_constants.RANGE:
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op == sre_constants.CATEGORY:
            chars.append(_category_char(arg))
    for preferred in (_DIGIT, _WORD):
        if preferred in chars:
            return preferred
    alnum = [c for c in chars if c.isalnum()]
    return (alnum or chars)[0]


def _sample(parsed) -> str:
    out = []
    for op, arg in parsed:
        if op == sre_constants.LITERAL:
            out.append(chr(arg))
        elif op in (sre_constants.ANY, sre_constants.NOT_LITERAL):
            out.append(_DIGIT)
        elif op == sre_constants.IN:
            out.append(_set_char(arg))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            low, _high, item = arg
            out.append(_sample(item) * max(low, 1))
        elif op == sre_constants.SUBPATTERN:
            out.append(_sample(arg[-1]))
        elif op == sre_constants.BRANCH:
            out.append(_sample(arg[1][-1]))  # the last alternative: an app label, not "auth"
        elif op == sre_constants.CATEGORY:
            out.append(_category_char(arg))
        elif op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        else:
            raise ValueError(f"Cannot build a sample path for regex element {op}")
    return "".join(out)


def sample_path(regex: str) -> str:
    """A string that the regex matches, with digits and slugs where it takes parameters."""
    sample = _sample(sre_parse.parse(regex))
    assert re.search(regex, sample), f"sample {sample!r} does not match {regex!r}"
    return sample


def walk_urls(patterns=None, prefix: str = "", namespace: str | None = None) -> list[WalkedURL]:
    """Every pattern of the URL configuration, as a path the resolver resolves."""
    found: list[WalkedURL] = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        part = sample_path(pattern.pattern.regex.pattern)
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            found += walk_urls(pattern.url_patterns, prefix + part, inner)
        elif isinstance(pattern, URLPattern):
            name = ":".join(filter(None, [namespace, pattern.name])) if pattern.name else None
            found.append(WalkedURL(path="/" + prefix + part, name=name))
    return found
