"""Admin base class for audited models: their history is shown, never reverted or edited."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin


class AuditedAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin whose past versions are read-only for everyone, superusers included.

    `SIMPLE_HISTORY_REVERT_DISABLED` only hides the revert button; the version page would
    still save a POST, so it is refused here. A version is shown only to a user who may see
    the record itself (the admin's scoped queryset decides).
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            raise PermissionDenied
        if not self.get_queryset(request).filter(pk=unquote(object_id)).exists():
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        return True
