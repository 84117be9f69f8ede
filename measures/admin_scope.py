"""Admin mixins: who sees and changes which results and operations, and the results' workflow actions."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.policy import (
    can_choose_state_and_body,
    can_return_results,
    can_see_result_history,
    can_submit_results,
    can_verify_results,
    result_visible,
    sees_all_results,
    visible_results,
)
from accounts.scope import analyst_scope

from .admin_actions import apply_to_all, reasoned_action
from .models import Result
from .services import (
    operation_change_refusal,
    result_change_refusal,
    result_return,
    result_submit,
    result_verify,
)


def _refusal_checking_form(form_class, *, request, refusal, fill_new):
    """The admin's form, refusing to save what `refusal(user, instance)` refuses, as a form error."""

    class ScopedForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if self.instance.pk is None:
                fill_new(self.instance)

        def _post_clean(self):
            super()._post_clean()
            if not self.errors:
                # Django validates only the constraints of the form's own fields; the fields
                # filled in here (an analyst's state or body) or computed by the model (an
                # operation's name key) would otherwise reach the database unchecked.
                try:
                    self.instance.validate_constraints()
                except ValidationError as error:
                    self.add_error(None, error.messages)
            reason = refusal(request.user, self.instance)
            if reason:
                self.add_error(None, reason)

    ScopedForm.__name__ = form_class.__name__
    return ScopedForm


class _NotFoundWhenHidden:
    def get_object(self, request, object_id, from_field=None):
        # A record outside the user's queryset is "not found" (404), never a hint that it exists.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj


class ResultScopeMixin(_NotFoundWhenHidden):
    """Results: no one else's drafts; analysts change their own until verified; workflow actions."""

    actions = ["submit_selected", "verify_selected", "return_selected"]
    # Adds the workflow buttons (submit, verify, return) above a result's form.
    change_form_template = "admin/result_change_form.html"

    # The one-result buttons: which action applies from which status.
    WORKFLOW_BUTTONS = (
        ("submit_selected", (Result.Status.DRAFT, Result.Status.RETURNED), gettext_lazy("Submit")),
        ("verify_selected", (Result.Status.SUBMITTED,), gettext_lazy("Verify")),
        ("return_selected", (Result.Status.SUBMITTED, Result.Status.VERIFIED), gettext_lazy("Return…")),
    )

    def get_queryset(self, request):
        return visible_results(request.user, super().get_queryset(request))

    def sees_every_record(self, request) -> bool:
        return sees_all_results(request.user)

    def history_visible(self, request, obj) -> bool:
        # Earlier drafts, notes and return comments: the secretariat's and the result's analyst's only.
        return can_see_result_history(request.user, obj)

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if obj is not None and not can_see_result_history(request.user, obj):
            fields = [name for name in fields if name not in ("review_comment", "review_history")]
        return fields

    def has_view_permission(self, request, obj=None):
        if not super().has_view_permission(request, obj):
            return False
        return obj is None or result_visible(request.user, obj)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or result_change_refusal(user=request.user, result=obj) is None

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or result_change_refusal(user=request.user, result=obj) is None

    def get_readonly_fields(self, request, obj=None):
        # Status and comment change only through the workflow, so that each step is recorded.
        fields = [*super().get_readonly_fields(request, obj), "status", "review_comment", "review_history"]
        if not can_choose_state_and_body(request.user):
            fields += ["state", "body"]
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        def fill_new(result):
            if not can_choose_state_and_body(request.user):
                result.state_id, result.body_id = analyst_scope(request.user)

        return _refusal_checking_form(
            super().get_form(request, obj, change, **kwargs),
            request=request,
            refusal=lambda user, result: result_change_refusal(user=user, result=result),
            fill_new=fill_new,
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        result = self.get_object(request, unquote(object_id))
        available = self.get_actions(request)
        buttons = []
        if result_change_refusal(user=request.user, result=result) is None:
            buttons = [
                (name, label)
                for name, statuses, label in self.WORKFLOW_BUTTONS
                if name in available and result.status in statuses
            ]
        extra_context = {**(extra_context or {}), "workflow_actions": buttons}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_verify_results(request.user):
            actions.pop("verify_selected", None)
        if not can_return_results(request.user):
            actions.pop("return_selected", None)
        if not can_submit_results(request.user):
            actions.pop("submit_selected", None)
        return actions

    @admin.action(
        description=gettext_lazy("Submit selected results for verification"), permissions=["change"]
    )
    def submit_selected(self, request, queryset):
        apply_to_all(
            self,
            request,
            queryset,
            lambda result: result_submit(result=result, user=request.user),
            done=lambda n: (
                ngettext("%(count)d result submitted.", "%(count)d results submitted.", n) % {"count": n}
            ),
        )

    @admin.action(description=gettext_lazy("Verify selected results"), permissions=["change"])
    def verify_selected(self, request, queryset):
        apply_to_all(
            self,
            request,
            queryset,
            lambda result: result_verify(result=result, user=request.user),
            done=lambda n: (
                ngettext("%(count)d result verified.", "%(count)d results verified.", n) % {"count": n}
            ),
        )

    @admin.action(description=gettext_lazy("Return selected results with a comment"), permissions=["change"])
    def return_selected(self, request, queryset):
        return reasoned_action(
            self,
            request,
            queryset,
            title=_("Return results"),
            label=_("Comment for the analyst"),
            explanation=_("Say what must be corrected; the analyst sees the comment and submits again."),
            apply=lambda result, text: result_return(result=result, user=request.user, comment=text),
            done=lambda n: (
                ngettext("%(count)d result returned.", "%(count)d results returned.", n) % {"count": n}
            ),
        )

    @admin.display(description=gettext_lazy("returns and comments"))
    def review_history(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        returns, previous = [], None
        for record in obj.history.select_related("history_user").order_by("history_date", "history_id"):
            if record.status == Result.Status.RETURNED and previous != Result.Status.RETURNED:
                returns.append(record)
            previous = record.status
        if not returns:
            return _("never returned")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} — {}: {}</li>",
                (
                    (
                        date_format(localtime(r.history_date), "DATETIME_FORMAT"),
                        r.history_user or "—",
                        r.review_comment,
                    )
                    for r in reversed(returns)
                ),
            ),
        )


class OperationScopeMixin(_NotFoundWhenHidden):
    """Operations: analysts change those their state hosts or their body coordinates; locked years, no one."""

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or operation_change_refusal(user=request.user, operation=obj) is None

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or operation_change_refusal(user=request.user, operation=obj) is None

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_choose_state_and_body(request.user):
            fields += ["host_state", "coordinating_body"]
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        def fill_new(operation):
            if not can_choose_state_and_body(request.user):
                state_id, body_id = analyst_scope(request.user)
                operation.host_state_id, operation.coordinating_body_id = state_id, body_id

        return _refusal_checking_form(
            super().get_form(request, obj, change, **kwargs),
            request=request,
            refusal=lambda user, operation: operation_change_refusal(user=user, operation=operation),
            fill_new=fill_new,
        )


class ReadOnlyResultInlineMixin:
    """Results listed inside another record: shown as the user may see them, changed only on their own page.

    Each change of a result then passes the one set of checks (scope, status, year lock, workflow).
    """

    show_change_link = True

    def get_queryset(self, request):
        return visible_results(request.user, super().get_queryset(request))

    def sees_every_record(self, request) -> bool:
        return sees_all_results(request.user)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
