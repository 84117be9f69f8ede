"""Template helpers of the site: the user's role, content in the current language, figures, dates."""

from decimal import Decimal

from django import template
from django.utils import formats, translation

from accounts.policy import role_label, sees_drafts
from accounts.scope import user_role
from core.dates import format_date
from core.i18n import pick_language

register = template.Library()


@register.simple_tag(takes_context=True)
def site_role(context) -> dict:
    """{"code": ..., "label": ..., "sees_drafts": ...} for the viewing user."""
    user = context["request"].user
    return {"code": user_role(user), "label": role_label(user), "sees_drafts": sees_drafts(user)}


@register.filter
def localized(obj, field: str) -> str:
    """`{{ programme|localized:"title" }}`: the field in the current language, else the other."""
    if obj is None:
        return ""
    return obj.localized(field)


@register.filter
def figure(value, decimals=0) -> str:
    """A figure with the language's grouping and decimal mark: 62,364 / 62 364; 382.8 / 382,8."""
    if value is None or value == "":
        return ""
    return formats.number_format(
        Decimal(value), decimal_pos=int(decimals or 0), use_l10n=True, force_grouping=True
    )


@register.filter
def signed_figure(value, decimals=0) -> str:
    """A change with its sign: +12, −3 (a minus sign, not a hyphen), 0."""
    if value is None:
        return ""
    text = figure(abs(value), decimals)
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"\u2212{text}"
    return text


@register.simple_tag
def known_date(value, precision) -> str:
    """A date written as precisely as it is known, in the current language."""
    return format_date(value, precision, pick_language(translation.get_language()))
