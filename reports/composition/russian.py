"""Just enough Russian declension for names in the genitive: "Совет глав государств" -> "Совета ...".

Names of bodies, states and programmes open with adjectives and a head noun followed by a
genitive complement; declining the opening adjectives and the first noun is all it takes
("Кыргызская Республика" -> "Кыргызской Республики", "Программа сотрудничества ..." ->
"Программы сотрудничества ...").
"""

_HUSHING_OR_VELAR = "гкхжшчщ"
_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее")


def _match_case(word: str, new: str) -> str:
    return new[:1].upper() + new[1:] if word[:1].isupper() else new


def _adjective_genitive(word: str) -> str:
    stem, ending = word[:-2], word[-2:]
    if ending == "ая":
        return stem + "ой"
    if ending == "яя":
        return stem + "ей"
    if ending == "ий" and stem[-1:] not in _HUSHING_OR_VELAR:
        return stem + "его"
    if ending == "ее":
        return stem + "его"
    return stem + "ого"


def _noun_genitive(word: str) -> str:
    lower = word.lower()
    if lower.endswith("ия"):
        return word[:-1] + "и"
    if lower.endswith("ие"):
        return word[:-1] + "я"
    if lower.endswith("а"):
        return word[:-1] + ("и" if lower[-2:-1] in _HUSHING_OR_VELAR else "ы")
    if lower.endswith("я"):
        return word[:-1] + "и"
    if lower.endswith(("ь", "й")):
        return word[:-1] + "я"
    if lower.endswith("о"):
        return word[:-1] + "а"
    if lower[-1:].isalpha() and lower[-1:] not in "аеёиоуыэюя":
        return word + "а"
    return word


def _plural_genitive(word: str) -> str:
    lower = word.lower()
    if lower.endswith(("ые", "ие")):
        return word[:-1] + "х"
    if lower.endswith(("ия", "ии")):
        return word[:-1] + "й"
    if lower.endswith("ы"):
        return word[:-1] + "ов"
    return word


def genitive(phrase: str, *, plural: bool = False) -> str:
    """The phrase in the genitive case, declining its opening adjectives and first noun."""
    words = phrase.split(" ")
    for index, word in enumerate(words):
        lower = word.lower()
        if plural:
            words[index] = _match_case(word, _plural_genitive(word))
            if not (len(lower) > 3 and lower.endswith(("ые", "ие"))):
                break
            continue
        if len(lower) > 3 and lower.endswith(_ADJECTIVE_ENDINGS):
            words[index] = _match_case(word, _adjective_genitive(word))
            continue
        words[index] = _match_case(word, _noun_genitive(word))
        break
    return " ".join(words)


def _adjective_instrumental(word: str) -> str:
    stem, ending = word[:-2], word[-2:]
    if ending == "ая":
        return stem + "ой"
    if ending == "яя":
        return stem + "ей"
    if ending in ("ий", "ее") and stem[-1:] not in _HUSHING_OR_VELAR:
        return stem + "им"
    if ending == "ий":
        return stem + "им"
    return stem + "ым"


def _noun_instrumental(word: str) -> str:
    lower = word.lower()
    if lower.endswith("ия"):
        return word[:-1] + "ей"
    if lower.endswith("ие"):
        return word + "м"
    if lower.endswith("а"):
        return word[:-1] + ("ей" if lower[-2:-1] in "жшчщц" else "ой")
    if lower.endswith("я"):
        return word[:-1] + "ей"
    if lower.endswith("й"):
        return word[:-1] + "ем"
    if lower.endswith("о"):
        return word + "м"
    if lower[-1:].isalpha() and lower[-1:] not in "аеёиоуыэюяь":
        return word + "ом"
    return word


def instrumental(phrase: str) -> str:
    """The phrase in the instrumental case ("подписан Советом глав государств СНГ")."""
    words = phrase.split(" ")
    for index, word in enumerate(words):
        lower = word.lower()
        if len(lower) > 3 and lower.endswith(_ADJECTIVE_ENDINGS):
            words[index] = _match_case(word, _adjective_instrumental(word))
            continue
        words[index] = _match_case(word, _noun_instrumental(word))
        break
    return " ".join(words)
