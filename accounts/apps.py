"""Application configuration of the accounts app."""

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    from .roles import sync_role_groups

    sync_role_groups(Group, Permission)


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self) -> None:
        # Runs after the permissions of every app exist (auth's handler is connected first).
        post_migrate.connect(_sync_roles, dispatch_uid="accounts.sync_roles")


class ProjectAdminConfig(admin_apps.AdminConfig):
    """Django's admin app with the project's site (`accounts.admin_site.ProjectAdminSite`)."""

    # Not the accounts app's own configuration: INSTALLED_APPS names this one explicitly.
    default = False

    default_site = "accounts.admin_site.ProjectAdminSite"
