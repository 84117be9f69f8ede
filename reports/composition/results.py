"""The sentences of results: each indicator's figure with its noun and verb in the right plural form."""

from itertools import groupby

from ..types import Figure, Paragraph, Words
from .numbers import format_number, plural_category
from .text import join_list, ucfirst

QUALIFIERS = {
    "en": {"more_than": "more than ", "about": "about "},
    "ru": {"more_than": "более ", "about": "примерно "},
}


def form(words: Words, category: str, lang: str) -> str:
    """The word in the plural form of the category; an empty form falls back to the nearest one."""
    if lang == "ru":
        order = {"one": ("ru_one", "ru_few", "ru_many"), "few": ("ru_few", "ru_many", "ru_one")}
        names = order.get(category, ("ru_many", "ru_few", "ru_one"))
    else:
        names = ("en_one", "en_other") if category == "one" else ("en_other", "en_one")
    return next((getattr(words, name) for name in names if getattr(words, name)), "")


def quantity(figure: Figure, lang: str, with_noun: bool = True) -> str:
    """ "more than 62,364 rounds of ammunition" / "более 62 364 боеприпасов"."""
    number = QUALIFIERS[lang].get(figure.qualifier, "") + format_number(figure.value, figure.decimals, lang)
    if not with_noun:
        return number
    return f"{number} {form(figure.noun, plural_category(figure.value, figure.decimals, lang), lang)}"


def verb(figure: Figure, lang: str) -> str:
    return form(figure.verb, plural_category(figure.value, figure.decimals, lang), lang)


def _clause(figure: Figure, lang: str, elide_noun: bool) -> str:
    if lang == "ru":
        return f"{verb(figure, lang)} {quantity(figure, lang)}"
    return f"{quantity(figure, lang, with_noun=not elide_noun)} {verb(figure, lang)}"


def _shared_verb(group: list[Figure], lang: str) -> Words | None:
    """The verb all figures of a group share in this language, written once for the list ("were
    seized"): two verbs that read alike ("were carried out" twice) are one verb, never repeated."""
    if len(group) < 2:
        return None
    plural = {figure.verb.ru_few if lang == "ru" else figure.verb.en_other for figure in group}
    return group[0].verb if len(plural) == 1 and plural != {""} else None


def _starts_with_number(text: str) -> bool:
    return text[:1].isdigit()


def result_paragraphs(
    figures: tuple[Figure, ...], year: int, lang: str, after_operations: bool
) -> list[Paragraph]:
    counted = sorted(
        (f for f in figures if f.value is not None), key=lambda f: (f.sentence_group, f.order, f.code)
    )
    sentences = []
    for _, grouped in groupby(counted, key=lambda f: f.sentence_group):
        group = list(grouped)
        shared = _shared_verb(group, lang)
        if shared is not None or (len(group) == 1 and sentences):
            # A list of things done alike: "A total of 590 firearms, ... were seized from ...".
            if lang == "ru":
                words = shared.ru_few if shared else verb(group[0], lang)
                sentences.append(f"Всего {words} {join_list([quantity(f, lang) for f in group], lang)}.")
            else:
                words = shared.en_other if shared else verb(group[0], lang)
                sentences.append(f"A total of {join_list([quantity(f, lang) for f in group], lang)} {words}.")
            continue
        clauses = []
        for n, figure in enumerate(group):
            elide = n > 0 and figure.noun == group[n - 1].noun
            clauses.append(_clause(figure, lang, elide))
        text = join_list(clauses, lang)
        if not sentences:
            if lang == "ru":
                lead = "В результате проведенной работы" if after_operations else f"В {year}\u00a0г."
            else:
                lead = "As a result of this work," if after_operations else f"In {year},"
            sentences.append(f"{lead} {text}.")
        elif _starts_with_number(text):
            # A sentence never opens with a numeral.
            total = "Всего" if lang == "ru" else "A total of"
            sentences.append(f"{total} {text}.")
        else:
            sentences.append(f"{ucfirst(text)}.")
    return [Paragraph(" ".join(sentences))] if sentences else []
