"""Admin of year locks: locked and unlocked by the secretariat, each time with a recorded reason."""

from django.contrib import admin
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.policy import can_lock_years, can_unlock_years

from .admin_actions import reasoned_action
from .services import year_lock, year_unlock


class YearLockAdminMixin:
    """Year locks: locked and unlocked by the secretariat with a recorded reason, never edited or deleted."""

    actions = ["unlock_selected", "lock_selected"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields += ["year", "locked", "reason"]
        else:
            fields += ["locked"]
        return fields

    def has_change_permission(self, request, obj=None):
        # Listed actions need the permission; the change page itself has nothing left to edit.
        return super().has_change_permission(request, obj) and obj is None

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_unlock_years(request.user):
            actions.pop("unlock_selected", None)
        if not can_lock_years(request.user):
            actions.pop("lock_selected", None)
        return actions

    def save_model(self, request, obj, form, change):
        # The add page locks a year, as issuing its report would; the service records who and why.
        locked = year_lock(year=obj.year, user=request.user, reason=obj.reason)
        obj.pk = locked.pk

    @admin.action(
        description=gettext_lazy("Unlock selected years, giving the reason"), permissions=["change"]
    )
    def unlock_selected(self, request, queryset):
        return reasoned_action(
            self,
            request,
            queryset,
            title=_("Unlock years"),
            label=_("Reason for unlocking"),
            explanation=_(
                "These years' figures can be changed again, by analysts too, until the year is locked again."
            ),
            apply=lambda lock, text: year_unlock(year=lock.year, user=request.user, reason=text),
            done=lambda n: (
                ngettext("%(count)d year unlocked.", "%(count)d years unlocked.", n) % {"count": n}
            ),
        )

    @admin.action(description=gettext_lazy("Lock selected years, giving the reason"), permissions=["change"])
    def lock_selected(self, request, queryset):
        return reasoned_action(
            self,
            request,
            queryset,
            title=_("Lock years"),
            label=_("Reason for locking"),
            explanation=_("No one can change these years' figures until the secretariat unlocks them."),
            apply=lambda lock, text: year_lock(year=lock.year, user=request.user, reason=text),
            done=lambda n: ngettext("%(count)d year locked.", "%(count)d years locked.", n) % {"count": n},
        )
