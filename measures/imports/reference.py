"""Reference data keyed by their codes (states, bodies, indicators, programmes), for export."""

from django.utils.translation import gettext_lazy
from import_export.fields import Field

from measures.models import Indicator
from programmes.models import Body, MemberState, Programme

from .base import EscapingResource
from .widgets import (
    KeyWidget,
    StateKeyWidget,
)


class MemberStateResource(EscapingResource):
    class Meta:
        model = MemberState
        import_id_fields = ("code",)
        fields = ("code", "name_en", "name_ru", "short_name_en", "short_name_ru", "status")


class BodyResource(EscapingResource):
    state = Field(attribute="state", column_name="state", widget=StateKeyWidget(gettext_lazy("state")))

    class Meta:
        model = Body
        import_id_fields = ("code",)
        fields = ("code", "name_en", "name_ru", "abbr_en", "abbr_ru", "kind", "state")

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("state")


class IndicatorResource(EscapingResource):
    class Meta:
        model = Indicator
        import_id_fields = ("code",)
        exclude = ("id",)


class ProgrammeResource(EscapingResource):
    approved_by = Field(
        attribute="approved_by", column_name="approved_by", widget=KeyWidget(gettext_lazy("body"))
    )
    predecessor = Field(
        attribute="predecessor",
        column_name="predecessor",
        widget=KeyWidget(gettext_lazy("programme"), "slug"),
    )

    class Meta:
        model = Programme
        import_id_fields = ("slug",)
        exclude = ("id",)

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("approved_by", "predecessor")
