"""Numbers in each language's conventions and the plural form a number takes."""

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"


def _digits(value: Decimal, decimals: int) -> tuple[str, str]:
    quantum = Decimal(1).scaleb(-decimals)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):f}"
    whole, _, fraction = text.partition(".")
    return whole, fraction


def format_number(value: Decimal | int, decimals: int, lang: str) -> str:
    """`62,364` / `382.8` in English; `62 364` / `382,8` in Russian, grouped by a no-break space."""
    whole, fraction = _digits(Decimal(value), decimals)
    sign = ""
    if whole.startswith("-"):
        sign, whole = "-", whole[1:]
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    separator, point = (NBSP, ",") if lang == "ru" else (",", ".")
    text = sign + separator.join(groups)
    return f"{text}{point}{fraction}" if fraction else text


def plural_category(value: Decimal | int, decimals: int, lang: str) -> str:
    """CLDR-style category of the number as printed: en one/other, ru one/few/many.

    A printed fraction takes the genitive singular in Russian ("382,8 килограмма"),
    which is the form "few" holds, and the plural in English ("1.5 kilograms").
    """
    whole, fraction = _digits(Decimal(value), decimals)
    if fraction:
        return "few" if lang == "ru" else "other"
    n = abs(int(whole))
    if lang != "ru":
        return "one" if n == 1 else "other"
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def genitive_category(value: int) -> str:
    """A number governed in the genitive ("representatives of 21 States"): singular for 1, 21, 31 ..."""
    return "one" if value % 10 == 1 and value % 100 != 11 else "many"
