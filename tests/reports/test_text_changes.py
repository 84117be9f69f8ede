"""What changed in the text: against the year's last issued revision and last year's issued report."""

import hashlib

import pytest
from django.urls import reverse

from reports.models import AnnualReport, Mandate, Passage, ReportRevision
from reports.selectors import report_data
from reports.services import snapshot
from reports.text_changes import passage_changes
from tests.factories import ResultFactory

pytestmark = pytest.mark.django_db


def test_passages_added_removed_and_changed_word_by_word():
    """A changed passage shows its removed and added words; whole passages show as added or removed."""
    changes = passage_changes(
        ["Alpha beta gamma.", "Gone <b>."], ["Alpha delta gamma.", "Gone <b>.", "New one."]
    )
    assert [c.kind for c in changes] == ["changed", "added"]
    assert str(changes[0].html) == "Alpha <del>beta</del> <ins>delta</ins> gamma."
    removed = passage_changes(["Keep.", "Drop <b>."], ["Keep."])
    assert [(c.kind, str(c.html)) for c in removed] == [("removed", "<del>Drop &lt;b&gt;.</del>")]


def _issue(report, user, number):
    content = b"%PDF-1.7"
    ReportRevision.objects.create(
        report=report,
        number=number,
        pdf_en=content,
        pdf_ru=content,
        sha256_en=hashlib.sha256(content).hexdigest(),
        sha256_ru=hashlib.sha256(content).hexdigest(),
        snapshot=snapshot(report_data(year=report.year, draft=False)),
        issued_by=user,
        issued_at="2025-05-13T10:00:00Z",
    )


def test_the_preview_shows_the_changes_since_the_issued_versions(secretariat_client, secretariat):
    """After issuing, an edited passage appears as a word-by-word change, a new one as added."""
    mandate = Mandate.objects.create(
        resolution="78/115",
        adopted_on="2023-12-07",
        paragraph=23,
        subject_en="the measures",
        subject_ru="мерах",
    )
    ResultFactory(year=2023)
    last_year = AnnualReport.objects.create(year=2023, mandate=mandate)
    Passage.objects.create(report=last_year, position=1, text_en="Work went on in 2023.", text_ru="Работа.")
    _issue(last_year, secretariat, 1)
    report = AnnualReport.objects.create(year=2024, mandate=mandate)
    passage = Passage.objects.create(report=report, position=1, text_en="Work went on.", text_ru="Работа.")
    _issue(report, secretariat, 1)
    Passage.objects.filter(pk=passage.pk).update(text_en="Work went on steadily.")
    Passage.objects.create(report=report, position=2, text_en="A new passage.", text_ru="Новый.")
    ResultFactory(year=2024)
    page = secretariat_client.get(
        reverse("reports:preview", args=[2024]) + "?lang=en", HTTP_ACCEPT_LANGUAGE="en"
    )
    html = page.content.decode()
    assert "Changes since revision 1 of 2024" in html
    assert "Work went on <ins>steadily.</ins>" in html or "<del>on.</del> <ins>on steadily.</ins>" in html
    assert "<ins>A new passage.</ins>" in html
    assert "Changes against the issued 2023 report (revision 1)" in html
    assert "<del>2023.</del>" in html or "<del>in 2023.</del>" in html
