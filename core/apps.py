"""The core app: shared helpers that know nothing of programmes, results or reports."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"
