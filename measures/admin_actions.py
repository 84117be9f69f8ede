"""Admin actions that need a written reason or comment, asked on an intermediate page."""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.contrib.admin import helpers
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .services import WorkflowError

# Enough refusals to see the pattern; the rest are counted.
MAX_LISTED_REFUSALS = 10


class ReasonForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 60}), strip=True)

    def __init__(self, *args, label: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text"].label = label
        self.fields["text"].error_messages["required"] = _("%(label)s: this field is required.") % {
            "label": label
        }


class _Refused(Exception):
    pass


def apply_to_all(
    modeladmin, request, queryset, apply: Callable[[object], object], *, done: Callable[[int], str]
) -> None:
    """Apply a service to every selected object, all or nothing, and tell the user the outcome."""
    refusals: list[str] = []
    count = 0
    try:
        with transaction.atomic():
            for obj in queryset:
                try:
                    apply(obj)
                    count += 1
                except WorkflowError as error:
                    refusals.append(f"{obj}: {error.message}")
            if refusals:
                raise _Refused
    except _Refused:
        listed = "; ".join(refusals[:MAX_LISTED_REFUSALS])
        if len(refusals) > MAX_LISTED_REFUSALS:
            listed += " …"
        modeladmin.message_user(
            request,
            ngettext(
                "Nothing was changed: %(count)d of the selected records was refused. %(reasons)s",
                "Nothing was changed: %(count)d of the selected records were refused. %(reasons)s",
                len(refusals),
            )
            % {"count": len(refusals), "reasons": listed},
            messages.ERROR,
        )
        return
    modeladmin.message_user(request, done(count), messages.SUCCESS)


def reasoned_action(
    modeladmin,
    request,
    queryset,
    *,
    title: str,
    label: str,
    explanation: str,
    apply: Callable[[object, str], object],
    done: Callable[[int], str],
) -> TemplateResponse | None:
    """Ask for a reason (a required text) on an intermediate page, then apply to the selection."""
    if request.POST.get("apply"):
        form = ReasonForm(request.POST, label=label)
        if form.is_valid():
            text = form.cleaned_data["text"]
            apply_to_all(modeladmin, request, queryset, lambda obj: apply(obj, text), done=done)
            return None
    else:
        form = ReasonForm(label=label)
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "explanation": explanation,
        "objects": queryset,
        "form": form,
        "action": request.POST.get("action", ""),
        "opts": modeladmin.model._meta,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/reasoned_action.html", context)
