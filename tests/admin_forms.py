"""Helpers for tests that post admin forms: the data a browser would send back unchanged."""

import datetime
from decimal import Decimal

from django.forms import BaseForm


def _field_data(form: BaseForm, data: dict) -> None:
    for bound in form:
        if bound.field.disabled:
            continue
        value = bound.value()
        name = bound.html_name
        if value is None:
            data[name] = ""
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        elif isinstance(value, datetime.datetime):
            data[name + "_0"] = value.date().isoformat()
            data[name + "_1"] = value.time().isoformat()
        elif isinstance(value, datetime.date):
            data[name] = value.isoformat()
        elif isinstance(value, Decimal):
            data[name] = format(value, "f")
        else:
            data[name] = str(value)


def admin_form_data(response, **changes) -> dict:
    """POST data of an admin add/change page as rendered (main form and inlines), with `changes`."""
    context = response.context
    data: dict = {}
    _field_data(context["adminform"].form, data)
    for inline in context.get("inline_admin_formsets", []):
        formset = inline.formset
        _field_data(formset.management_form, data)
        for form in formset.forms:
            _field_data(form, data)
    data.update(changes)
    return data
