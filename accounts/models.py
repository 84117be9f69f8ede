"""Profile: the member state or CIS body an analyst enters figures for."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from programmes.models import Body, MemberState


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user")
    )
    state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("member state"),
        help_text=_("For an analyst of a member state's competent authority."),
    )
    body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("CIS body"),
        help_text=_("For an analyst of a CIS body."),
    )
    reminders = models.BooleanField(
        _("deadline reminders"),
        default=True,
        help_text=_("Mail me reminders before a round's deadline while results of mine are missing."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(
                condition=~Q(state__isnull=False, body__isnull=False),
                name="profile_state_or_body",
                violation_error_message=_("An analyst works for one state or one body, not both."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.state or self.body or self.user)
