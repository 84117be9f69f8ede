"""The results list as the secretariat's verification list: names, formatted values, the year before."""

from decimal import Decimal

from django.contrib import admin
from django.db.models import DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.policy import visible_results

from .models import Result

# A value over this many times last year's, or under its inverse, is flagged for a second look.
JUMP_FACTOR = Decimal(3)


def format_value(value: Decimal | None, decimals: int, qualifier: str = Result.Qualifier.EXACT) -> str:
    """A value in the reader's language, with its qualifier: "more than 8,200", "382,8"."""
    if value is None:
        return "—"
    text = formats.number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    if qualifier == Result.Qualifier.MORE_THAN:
        return _("more than %(value)s") % {"value": text}
    if qualifier == Result.Qualifier.ABOUT:
        return _("about %(value)s") % {"value": text}
    return text


def is_jump(value: Decimal, previous: Decimal | None) -> bool:
    """Over three times last year's value, or under a third of it."""
    if previous is None or previous <= 0:
        return False
    return value > previous * JUMP_FACTOR or value * JUMP_FACTOR < previous


class VerificationListMixin:
    """Results list: indicator names, values as the reader writes them, last year's value and the change."""

    list_display = [
        "indicator_name",
        "year",
        "reporter",
        "value_shown",
        "previous_shown",
        "change_shown",
        "status",
    ]

    def get_queryset(self, request):
        same_key = Coalesce("state", Value(0)), Coalesce("body", Value(0)), Coalesce("operation", Value(0))
        previous = (
            visible_results(request.user, Result.objects.all())
            .annotate(k_state=same_key[0], k_body=same_key[1], k_op=same_key[2])
            .filter(
                indicator=OuterRef("indicator"),
                year=OuterRef("year") - 1,
                k_state=Coalesce(OuterRef("state"), Value(0)),
                k_body=Coalesce(OuterRef("body"), Value(0)),
                k_op=Coalesce(OuterRef("operation"), Value(0)),
            )
            .order_by()
            .values("indicator")
            .annotate(total=Sum("value"))
            .values("total")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                previous_value=Subquery(previous, output_field=DecimalField(max_digits=14, decimal_places=3))
            )
        )

    @admin.display(description=gettext_lazy("indicator"), ordering="indicator__code")
    def indicator_name(self, obj):
        return obj.indicator.localized("name")

    @admin.display(description=gettext_lazy("reporter"), ordering="state__code")
    def reporter(self, obj):
        who = obj.state.code if obj.state_id else obj.body.code if obj.body_id else _("CIS total")
        if obj.operation_id:
            return f"{who} · {obj.operation.name}"
        return who

    @admin.display(description=gettext_lazy("value"), ordering="value")
    def value_shown(self, obj):
        return format_value(obj.value, obj.indicator.decimals, obj.qualifier)

    @admin.display(description=gettext_lazy("the year before"))
    def previous_shown(self, obj):
        return format_value(getattr(obj, "previous_value", None), obj.indicator.decimals)

    @admin.display(description=gettext_lazy("change"))
    def change_shown(self, obj):
        previous = getattr(obj, "previous_value", None)
        if previous is None:
            return "—"
        change = obj.value - previous
        text = format_value(abs(change), obj.indicator.decimals)
        text = f"+{text}" if change > 0 else f"\u2212{text}" if change < 0 else text
        if is_jump(obj.value, previous):
            return format_html(
                '{} <strong class="jump" title="{}">⚠ {}</strong>',
                text,
                _("Over three times, or under a third of, the year before: check it."),
                _("check"),
            )
        return text
