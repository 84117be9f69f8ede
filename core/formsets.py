"""Inline formsets whose select boxes cost one query per field, not one per row."""

from django.forms import BaseInlineFormSet, ModelChoiceField


class SharedChoicesInlineFormSet(BaseInlineFormSet):
    """Evaluate each foreign-key field's choices once and share them among the rows.

    Django evaluates a ModelChoiceField's queryset for every form of a formset, so an
    inline with many rows would run a query per row and field.
    """

    def __init__(self, *args, **kwargs):
        self._shared_choices: dict[str, list] = {}
        super().__init__(*args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        for name, field in form.fields.items():
            # The hidden primary-key field is a ModelChoiceField too, but renders no choices.
            if isinstance(field, ModelChoiceField) and not field.widget.is_hidden:
                if name not in self._shared_choices:
                    self._shared_choices[name] = list(field.choices)
                field.choices = self._shared_choices[name]
        return form
