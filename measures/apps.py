"""Application configuration of the measures app."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_figure_triggers(sender, using, **kwargs) -> None:
    # SQLite drops a table's triggers when a migration rebuilds the table to alter it.
    from django.db import connections

    from .figure_store import install_triggers

    install_triggers(connections[using])


class MeasuresConfig(AppConfig):
    name = "measures"
    verbose_name = _("Measures, operations and results")

    def ready(self) -> None:
        post_migrate.connect(_install_figure_triggers, sender=self)
