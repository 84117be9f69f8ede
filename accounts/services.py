"""Writes on a user's own settings."""

from django.contrib.auth.models import User

from .models import Profile


def profile_set_reminders(*, user: User, reminders: bool) -> Profile:
    """Turn the user's deadline reminders on or off (a profile is made for a user who has none)."""
    profile, _ = Profile.objects.update_or_create(user=user, defaults={"reminders": reminders})
    return profile
