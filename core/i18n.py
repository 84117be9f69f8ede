"""Content fields kept in both languages, as explicit `<field>_en` / `<field>_ru` columns."""

from django.utils import translation


def pick_language(lang: str | None = None) -> str:
    lang = lang or translation.get_language() or "ru"
    return "ru" if lang.startswith("ru") else "en"


class Bilingual:
    """Mixin: `obj.localized("name")` gives the current language's text, else the other's."""

    def localized(self, field: str, lang: str | None = None) -> str:
        lang = pick_language(lang)
        other = "en" if lang == "ru" else "ru"
        return getattr(self, f"{field}_{lang}", "") or getattr(self, f"{field}_{other}", "")
