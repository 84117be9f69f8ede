"""Small helpers for writing sentences: lists, quotes, capitals, dates with their preposition."""

import datetime

from core.dates import DatePrecision, format_date

# Prepositional forms, for a date known to the month after "в" ("в октябре 2024 г.").
MONTHS_RU_PREPOSITIONAL = (
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)


def join_list(items: list[str], lang: str) -> str:
    """ "A, B and C" / "A, B и C"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    conjunction = " и " if lang == "ru" else " and "
    return ", ".join(items[:-1]) + conjunction + items[-1]


def quote(name: str, lang: str) -> str:
    return f"«{name}»" if lang == "ru" else f"\u201c{name}\u201d"


def lcfirst(text: str) -> str:
    """Lower-case the first letter, unless the first word is an abbreviation ("CIS", "СНГ") or opens
    a proper name whose next word is capitalised too ("United Nations", "Организация Объединенных Наций")."""
    if not text:
        return text
    words = text.split(" ", 2)
    first = words[0]
    if len(first) > 1 and first[1].isupper():
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text
    return text[0].lower() + text[1:]


def ucfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """End the text with a full stop unless it already ends a sentence."""
    text = text.strip()
    if not text:
        return text
    return text if text[-1] in ".!?" else text + "."


def strip_end(text: str) -> str:
    return text.strip().rstrip(".;,:")


def paragraphs(text: str) -> list[str]:
    """An editable narrative field, split into paragraphs at blank lines."""
    return [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def at_date(value: datetime.date | None, precision: str, lang: str) -> str:
    """ "on 14 October 2022" / "in October 2024" / "in 2024"; "14 октября 2022 г." / "в октябре 2024 г."."""
    if value is None:
        return ""
    if lang == "ru":
        if precision == DatePrecision.MONTH:
            return f"в {MONTHS_RU_PREPOSITIONAL[value.month - 1]} {value.year}\u00a0г."
        if precision == DatePrecision.YEAR:
            return f"в {format_date(value, precision, lang)}"
        return format_date(value, precision, lang)
    return f"{'on' if precision == DatePrecision.DAY else 'in'} {format_date(value, precision, lang)}"


def first_sentence(text: str) -> tuple[str, str]:
    """Split a description into its first sentence and the rest."""
    text = " ".join(text.split())
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] == " "):
            return text[: index + 1], text[index + 1 :].strip()
    return text, ""


PRONOUNS = ("It ", "They ", "Он ", "Она ", "Оно ", "Они ")


def predicate_of(description: str) -> tuple[str, str]:
    """A description opening with "It ..."/"Он ..." lends its first sentence as a predicate.

    ("It is aimed at X. More.") -> ("is aimed at X.", "More."); otherwise ("", description).
    """
    first, rest = first_sentence(description)
    for pronoun in PRONOUNS:
        if first.startswith(pronoun):
            return first[len(pronoun) :], rest
    return "", " ".join(description.split())


# Descriptions written as a fragment ("Held as part of ..."): the words go on the sentence's own verb.
HELD_STARTS = {"en": ("Held ", "Conducted "), "ru": ("Проведено ", "Проведен ", "Проведена ", "Проведены ")}


def held_phrase(description: str, lang: str) -> tuple[str, str]:
    """("Held as part of X. More.") -> ("as part of X", "More."); otherwise ("", description)."""
    first, rest = first_sentence(description)
    for start in HELD_STARTS[lang]:
        if first.startswith(start):
            return strip_end(first[len(start) :]), rest
    return "", " ".join(description.split())
