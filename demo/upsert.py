"""Idempotent writes: create a record or bring it in step, writing nothing when it already is."""

from collections.abc import Iterable

from django.db import models


def upsert(
    model: type[models.Model],
    lookup: dict,
    values: dict | None = None,
    m2m: dict[str, Iterable[models.Model]] | None = None,
) -> models.Model:
    """Find the record by `lookup`; create it, or save only the fields that differ.

    Saving only on a difference keeps a second `load_demo` from writing rows or
    history records. Every write goes through `full_clean`, as the admin's would.
    """
    values = values or {}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
    else:
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.full_clean()
            obj.save()
    for name, items in (m2m or {}).items():
        wanted = {item.pk for item in items}
        manager = getattr(obj, name)
        if set(manager.values_list("pk", flat=True)) != wanted:
            manager.set(wanted)
    return obj
