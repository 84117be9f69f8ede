"""`export_revisions` writes every issued PDF to a folder, refusing a file whose hash no longer matches."""

import hashlib

import pytest
from django.core.management import CommandError, call_command
from django.db.models import QuerySet

from reports.models import AnnualReport, ReportRevision
from reports.services import report_issue

pytestmark = pytest.mark.django_db


def test_issued_pdfs_and_word_files_are_written_with_their_names_and_bytes(demo, secretariat, tmp_path):
    """Both languages of each revision, PDF and Word, land in the folder, byte for byte as issued."""
    revision = report_issue(report=AnnualReport.objects.get(year=2024), user=secretariat)
    call_command("export_revisions", str(tmp_path / "archive"))
    written = sorted(p.name for p in (tmp_path / "archive").iterdir())
    assert written == [
        "report-2024-rev1-en.docx",
        "report-2024-rev1-en.pdf",
        "report-2024-rev1-ru.docx",
        "report-2024-rev1-ru.pdf",
    ]
    content = (tmp_path / "archive" / "report-2024-rev1-ru.pdf").read_bytes()
    assert hashlib.sha256(content).hexdigest() == revision.sha256_ru
    content = (tmp_path / "archive" / "report-2024-rev1-en.docx").read_bytes()
    assert hashlib.sha256(content).hexdigest() == revision.docx_sha256_en


def test_a_tampered_file_is_refused(demo, secretariat, tmp_path):
    """A stored PDF that no longer matches its recorded SHA-256 stops the export with its name."""
    revision = report_issue(report=AnnualReport.objects.get(year=2024), user=secretariat)
    # Bypass the model's immutability, as corruption of the database would.
    QuerySet.update(ReportRevision.objects.filter(pk=revision.pk), pdf_en=b"%PDF-1.7 tampered")
    with pytest.raises(CommandError, match=r"report-2024-rev1-en\.pdf: the stored file does not match"):
        call_command("export_revisions", str(tmp_path / "archive"))


def test_a_file_in_place_of_the_folder_is_refused(tmp_path):
    """Naming an existing file as the folder is an error, not an overwrite."""
    existing = tmp_path / "notes.txt"
    existing.write_text("keep")
    with pytest.raises(CommandError, match="is not a folder"):
        call_command("export_revisions", str(existing))
    assert existing.read_text() == "keep"
