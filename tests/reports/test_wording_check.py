"""`manage.py check` refuses a model choice that the report has no wording for, naming it."""

from dataclasses import replace

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import models

from reports.composition import wording


class KindWithCyber(models.TextChoices):
    """Operation kinds as they would be after someone adds one without wording it."""

    INVESTIGATIVE = "investigative", "coordinated investigative activities"
    PREVENTIVE = "preventive", "preventive operations"
    INTERNATIONAL = "international", "international operation"
    BORDER = "border", "joint special border operation"
    EXERCISE = "exercise", "joint exercise"
    INTERVENTION = "intervention", "comprehensive intervention"
    CYBER = "cyber", "cyber operation"


def test_every_choice_is_worded_today():
    """The shipped tables word every choice in both languages."""
    assert wording.unworded_choices() == []


def test_check_fails_on_a_choice_without_wording(monkeypatch):
    """A new operation kind with no phrase makes `manage.py check` fail and name the kind and language."""
    tables = [
        replace(t, choices=KindWithCyber) if t.name == "OPERATION_PHRASES" else t
        for t in wording.WORDING_TABLES
    ]
    monkeypatch.setattr(wording, "WORDING_TABLES", tables)
    with pytest.raises(SystemCheckError) as error:
        call_command("check")
    message = str(error.value)
    assert "KindWithCyber.cyber has no en wording in OPERATION_PHRASES" in message
    assert "KindWithCyber.cyber has no ru wording" in message


def test_check_fails_when_one_language_is_missing(monkeypatch):
    """A phrase present in English only is still refused, naming Russian."""
    phrases = {"en": dict(wording.OPERATION_PHRASES["en"]), "ru": dict(wording.OPERATION_PHRASES["ru"])}
    del phrases["ru"]["border"]
    tables = [
        replace(t, wording=phrases) if t.name == "OPERATION_PHRASES" else t for t in wording.WORDING_TABLES
    ]
    monkeypatch.setattr(wording, "WORDING_TABLES", tables)
    assert wording.unworded_choices() == [("OPERATION_PHRASES", "Operation.Kind.border", "ru")]
    with pytest.raises(SystemCheckError, match=r"Operation\.Kind\.border has no ru wording"):
        call_command("check")
