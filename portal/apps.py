"""The portal app: the pages that read every domain app and compose them for the reader."""

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"
