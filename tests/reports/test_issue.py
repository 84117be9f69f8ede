"""Issuing a report: both PDFs stored with their hashes, immutable revisions, verified results only."""

import hashlib
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from measures.models import Result, YearLock
from reports.models import AnnualReport, ReportRevision
from reports.services import report_issue
from tests.factories import UserFactory

from .conftest import docx_paragraphs, pdf_text


def test_issuing_stores_both_pdfs_and_word_files_with_matching_hashes_and_locks_the_year(demo, secretariat):
    """Each issue is a new revision holding both PDFs and both Word files, their SHA-256, the data
    snapshot; the year locks."""
    report = AnnualReport.objects.get(year=2024)
    first = report_issue(report=report, user=secretariat)
    second = report_issue(report=report, user=secretariat)
    assert (first.number, second.number) == (1, 2)
    for revision in (first, second):
        revision.refresh_from_db()
        for lang in ("en", "ru"):
            content = revision.pdf(lang)
            assert content.startswith(b"%PDF")
            assert getattr(revision, f"sha256_{lang}") == hashlib.sha256(content).hexdigest()
            word = revision.docx(lang)
            assert word.startswith(b"PK")  # a zip: the .docx container
            assert getattr(revision, f"docx_sha256_{lang}") == hashlib.sha256(word).hexdigest()
    assert "62,364 rounds of ammunition" in pdf_text(first.pdf("en"))
    assert "62 364 боеприпаса" in " ".join(docx_paragraphs(first.docx("ru")))
    assert "62 364 боеприпаса" in pdf_text(first.pdf("ru"))
    assert first.issued_by == secretariat and first.issued_at is not None
    figures = {f["code"]: f["value"] for f in first.snapshot["figures"]}
    assert first.snapshot["year"] == 2024 and Decimal(figures["explosives_seized_kg"]) == Decimal("382.8")
    assert YearLock.is_locked(2024)


def test_only_verified_results_count_and_the_preview_warns_about_the_others(demo, secretariat, client):
    """A 2024 figure set back to "submitted" leaves the issued report and is a warning in the preview."""
    Result.objects.filter(indicator__code="firearms_seized", year=2024).update(status=Result.Status.SUBMITTED)
    revision = report_issue(report=AnnualReport.objects.get(year=2024), user=secretariat)
    text = pdf_text(revision.pdf("en"))
    # The passage's reference marks the missing figure instead of stating an unverified one.
    assert "590" not in text and "[no figure: firearms_seized]" in text
    assert "62,364 rounds of ammunition" in text
    assert "not verified" not in text
    client.force_login(secretariat)
    page = client.get(reverse("reports:preview", args=[2024]) + "?lang=en", HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Firearms seized: 1 result submitted, not verified (590): not counted." in html
    assert "590 firearms" not in html


def _revision(report: AnnualReport, user) -> ReportRevision:
    content = b"%PDF-1.7 test"
    return ReportRevision.objects.create(
        report=report,
        number=1,
        pdf_en=content,
        pdf_ru=content,
        sha256_en=hashlib.sha256(content).hexdigest(),
        sha256_ru=hashlib.sha256(content).hexdigest(),
        snapshot={"year": report.year},
        issued_by=user,
        issued_at="2025-05-13T10:00:00Z",
    )


@pytest.fixture
def report_2024(db):
    from reports.models import Mandate

    mandate = Mandate.objects.create(
        resolution="78/115", adopted_on="2023-12-07", paragraph=23, subject_en="x", subject_ru="x"
    )
    return AnnualReport.objects.create(year=2024, mandate=mandate)


def test_a_revision_cannot_be_changed_or_deleted_through_the_models(report_2024, secretariat):
    """Saving, deleting or bulk-updating an issued revision is refused and changes nothing."""
    revision = _revision(report_2024, secretariat)
    revision.sha256_en = "0" * 64
    with pytest.raises(PermissionDenied):
        revision.save()
    with pytest.raises(PermissionDenied):
        revision.delete()
    with pytest.raises(PermissionDenied):
        ReportRevision.objects.filter(pk=revision.pk).update(sha256_en="0" * 64)
    with pytest.raises(PermissionDenied):
        ReportRevision.objects.filter(pk=revision.pk).delete()
    stored = ReportRevision.objects.get(pk=revision.pk)
    assert stored.sha256_en == hashlib.sha256(b"%PDF-1.7 test").hexdigest()


def test_a_revision_is_read_only_in_the_admin(report_2024, secretariat, client):
    """Even the secretariat can only view a revision in the admin: change, add and delete are refused."""
    revision = _revision(report_2024, secretariat)
    client.force_login(secretariat)
    change = reverse("admin:reports_reportrevision_change", args=[revision.pk])
    assert client.get(change).status_code == 200
    assert client.post(change, {"number": 5}).status_code == 403
    assert client.post(reverse("admin:reports_reportrevision_delete", args=[revision.pk])).status_code == 403
    assert client.get(reverse("admin:reports_reportrevision_add")).status_code == 403
    assert ReportRevision.objects.get(pk=revision.pk).number == 1


def test_a_reviewer_or_an_analyst_cannot_issue(report_2024, reviewer, client):
    """Issuing is the secretariat's act: others get 403 and no revision is made; GET is not allowed."""
    analyst = UserFactory(username="ana", role="analyst")
    for user in (reviewer, analyst):
        client.force_login(user)
        assert client.post(reverse("reports:issue", args=[2024])).status_code == 403
    assert not ReportRevision.objects.exists() and not YearLock.objects.exists()
    with pytest.raises(PermissionDenied):
        report_issue(report=report_2024, user=reviewer)


def test_issuing_needs_csrf_and_post(report_2024, secretariat):
    """The issue form is protected against cross-site requests, and a GET issues nothing."""
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(secretariat)
    assert strict.post(reverse("reports:issue", args=[2024])).status_code == 403
    assert strict.get(reverse("reports:issue", args=[2024])).status_code == 405
    assert not ReportRevision.objects.exists()


def test_an_issued_revision_keeps_no_sums_of_unverified_results(report_2024, secretariat):
    """The snapshot stored with an issued revision holds the counted figures, not the preview's warnings
    with other states' drafts (which every reader of the revision could otherwise see)."""
    import json
    from decimal import Decimal

    from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory

    indicator = IndicatorFactory(code="firearms_seized")
    ResultFactory(indicator=indicator, value=590)
    ResultFactory(indicator=indicator, value=12345, state=MemberStateFactory(code="BLR"), status="draft")
    revision = report_issue(report=report_2024, user=secretariat)
    revision.refresh_from_db()
    assert "warnings" not in revision.snapshot
    assert "12345" not in json.dumps(revision.snapshot)
    figures = {f["code"]: Decimal(f["value"]) for f in revision.snapshot["figures"]}
    assert figures["firearms_seized"] == 590
