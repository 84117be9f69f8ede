"""The admin site: for analysts and the secretariat only, and no list filter that reveals hidden records."""

from django.contrib import admin
from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.core.exceptions import FieldDoesNotExist
from django.db.models.constants import LOOKUP_SEP
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .policy import can_use_admin, sees_everything


def _sees_every_record(model_admin, request) -> bool:
    scoped = getattr(model_admin, "sees_every_record", None)
    if scoped is not None:
        return scoped(request)
    return model_admin.has_view_permission(request)


class RecordScopeAdminMixin:
    """Lists filtered only through relations to records the user sees in full.

    A filter such as `?results__in=<ids>` on indicators would otherwise tell another state's
    analyst that a draft exists and what it concerns, although the result itself is hidden.
    Every registered admin gets this mixin from `ProjectAdminSite.register`. An admin whose list
    is narrower than its model for some users says so with `sees_every_record(request)`.
    """

    def lookup_allowed(self, lookup, value, request):
        if not super().lookup_allowed(lookup, value, request):
            return False
        if sees_everything(request.user) or self._relations_fully_visible(lookup, request):
            return True
        request.refused_lookup = lookup
        return False

    def _relations_fully_visible(self, lookup: str, request) -> bool:
        model = self.model
        for part in lookup.split(LOOKUP_SEP):
            try:
                field = model._meta.get_field(part)
            except FieldDoesNotExist:
                return True  # the rest is a lookup or transform (`__in`, `__year`), not a relation
            if not getattr(field, "path_infos", None):
                return True
            model = field.path_infos[-1].to_opts.model
            target = self.admin_site._registry.get(model)
            if target is None or not _sees_every_record(target, request):
                return False
        return True

    def changelist_view(self, request, extra_context=None):
        try:
            return super().changelist_view(request, extra_context)
        except DisallowedModelAdminLookup:
            # A 400 that says which filter and why, rather than the bare "Bad Request" page.
            lookup = getattr(request, "refused_lookup", None)
            if lookup is None:
                raise
            context = {
                **self.admin_site.each_context(request),
                "title": _("This list cannot be filtered this way"),
                "opts": self.model._meta,
                "message": _(
                    "The filter “%(filter)s” passes through records you may not see; "
                    "remove it from the address to see the list."
                )
                % {"filter": lookup},
            }
            return TemplateResponse(request, "admin/lookup_refused.html", context, status=400)


class ProjectAdminSite(admin.AdminSite):
    """Django's admin, opened to analysts and the secretariat only; reviewers read the site's pages."""

    def has_permission(self, request):
        return super().has_permission(request) and can_use_admin(request.user)

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, RecordScopeAdminMixin):
            admin_class = type(
                admin_class.__name__,
                (RecordScopeAdminMixin, admin_class),
                {"__module__": admin_class.__module__, "__qualname__": admin_class.__qualname__},
            )
        super().register(model_or_iterable, admin_class, **options)
