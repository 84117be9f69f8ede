"""System checks of the reports app: every model choice the report words has its wording in both languages."""

from django.core.checks import Error, register


@register()
def wording_covers_choices(app_configs=None, **kwargs) -> list[Error]:
    """A choice without wording would silently drop its records from the report: refuse to start."""
    from .composition import wording  # the models must be loaded before the tables are read

    return [
        Error(
            f"{choice} has no {lang} wording in {table}.",
            hint="Add its phrase to the table in reports/composition, in Russian and English.",
            id="reports.E001",
        )
        for table, choice, lang in wording.unworded_choices()
    ]
