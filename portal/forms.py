"""The operations list's filter form: year, kind, participating state, programme (by their keys)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from measures.models import Operation
from measures.selectors import operation_years
from programmes.models import MemberState, Programme


class OperationFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    state = forms.ModelChoiceField(
        label=_("Participating state"),
        queryset=MemberState.objects.order_by("code"),
        to_field_name="code",
        required=False,
        empty_label=_("all"),
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.order_by("theme", "start_year", "in_force_year", "slug"),
        to_field_name="slug",
        required=False,
        empty_label=_("all"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("all"))] + [(y, y) for y in operation_years()]
        self.fields["kind"].choices = [("", _("all")), *Operation.Kind.choices]
        self.fields["state"].label_from_instance = lambda s: f"{s.code} — {s.localized('name')}"
        self.fields["programme"].label_from_instance = lambda p: p.slug

    def filters(self) -> dict:
        """The valid filters; an invalid field is left out (and reported by the form)."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) or None for name in self.fields if name not in self.errors}
