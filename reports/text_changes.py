"""What changed in the text between two versions: passages added, removed and changed, word by word."""

import difflib
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Change:
    kind: str  # "added", "removed", "changed"
    html: SafeString


def _words(text: str) -> list[str]:
    return text.split()


def word_diff(old: str, new: str) -> SafeString:
    """The new text with removed words in <del> and added ones in <ins>, everything escaped."""
    a, b = _words(old), _words(new)
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(escape(" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
    return mark_safe(" ".join(parts))


def passage_changes(old: list[str], new: list[str]) -> list[Change]:
    """Passages (texts in one language, in order) added, removed and changed from `old` to `new`."""
    a = [" ".join(t.split()) for t in old]
    b = [" ".join(t.split()) for t in new]
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for n in range(paired):
            out.append(Change("changed", word_diff(a[i1 + n], b[j1 + n])))
        for text in a[i1 + paired : i2]:
            out.append(Change("removed", mark_safe(f"<del>{escape(text)}</del>")))
        for text in b[j1 + paired : j2]:
            out.append(Change("added", mark_safe(f"<ins>{escape(text)}</ins>")))
    return out
