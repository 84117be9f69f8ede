"""Admin base class for audited models: their history is shown, never reverted or edited."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin

from .policy import can_see_deleted_history


class AuditedAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin whose past versions are read-only for everyone, superusers included.

    `SIMPLE_HISTORY_REVERT_DISABLED` only hides the revert button; the version page would
    still save a POST, so it is refused here. History is shown only to a user who may see
    the record itself (the admin's scoped queryset decides) and its past
    (`history_visible`, narrowed by scoped admins); for anyone else the record is "not
    found", as on its change page. A model that keeps no history shows the admin's own log.
    """

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        if not self.keeps_history:
            self.object_history_template = None  # Django's own page of the admin's log

    @property
    def keeps_history(self) -> bool:
        return bool(getattr(self.model._meta, "simple_history_manager_attribute", None))

    def history_visible(self, request, obj) -> bool:
        """Whether the user may read the earlier versions of this record they may see."""
        return True

    def _history_visible_or_404(self, request, object_id: str, version_id: str | None = None) -> None:
        try:
            pk = self.model._meta.pk.to_python(unquote(object_id))
            if version_id is not None:
                int(version_id)
        except (ValidationError, ValueError) as error:
            raise Http404 from error
        obj = self.get_queryset(request).filter(pk=pk).first()
        if obj is None:
            # The secretariat may also read the history of records deleted since.
            if can_see_deleted_history(request.user):
                return
            raise Http404
        if not self.history_visible(request, obj):
            raise PermissionDenied

    def history_view(self, request, object_id, extra_context=None):
        self._history_visible_or_404(request, object_id)
        if not self.keeps_history:
            return admin.ModelAdmin.history_view(self, request, object_id, extra_context)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied
        if not self.keeps_history:
            raise Http404
        self._history_visible_or_404(request, object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        return True
