"""Admin base class for audited models: their history is shown, never reverted or edited."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin

from .roles import SECRETARIAT
from .scope import user_role


class AuditedAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin whose past versions are read-only for everyone, superusers included.

    `SIMPLE_HISTORY_REVERT_DISABLED` only hides the revert button; the version page would
    still save a POST, so it is refused here. History is shown only to a user who may see
    the record itself (the admin's scoped queryset decides); for anyone else the record is
    "not found", as on its change page.
    """

    def _history_visible_or_404(self, request, object_id: str, version_id: str | None = None) -> None:
        try:
            pk = self.model._meta.pk.to_python(unquote(object_id))
            if version_id is not None:
                int(version_id)
        except (ValidationError, ValueError) as error:
            raise Http404 from error
        # The secretariat may also read the history of records deleted since.
        if user_role(request.user) != SECRETARIAT and not self.get_queryset(request).filter(pk=pk).exists():
            raise Http404

    def history_view(self, request, object_id, extra_context=None):
        self._history_visible_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied
        self._history_visible_or_404(request, object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        return True
