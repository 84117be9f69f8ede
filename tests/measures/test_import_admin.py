"""Admin import (a checking job first, an importing job second), export by a job, buttons by role."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from jobs.models import Job
from measures.models import ImportRecord, Result
from tests.factories import ResultFactory
from tests.jobs.workers import run_queued_jobs_here
from tests.measures.importing import (
    RESULT_COLUMNS,
    analyst_kaz,
    csv_bytes,
    snapshot,
    world,
    xlsx_bytes,
)

IMPORT_URL = reverse("admin:measures_result_import")
CHANGELIST_URL = reverse("admin:measures_result_changelist")
KAZ_ROW = ["ct-2023-2025", "2024", "firearms_seized", "", "KAZ", "", "590", "", "figure"]
BLR_ROW = ["", "2024", "firearms_seized", "", "BLR", "", "5", "", ""]


def upload(client, data: bytes, name: str, format_index: int = 0):
    """The first step: the file is kept, a job checks it (a dry run), its page shows the outcome."""
    response = client.post(
        IMPORT_URL,
        {"resource": "0", "format": str(format_index), "import_file": SimpleUploadedFile(name, data)},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    if response.status_code != 302:
        return response
    run_queued_jobs_here()
    return client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en")


def confirm(client, preview):
    """The second step: the check's "Import these rows" button, then the importing job's page."""
    response = client.post(preview.context["job"].result["confirm_url"], HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    run_queued_jobs_here()
    return client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en")


def summary(page) -> dict:
    return dict(page.context["job"].result["summary"])


@pytest.fixture
def analyst_client(client, analyst_kaz):
    client.force_login(analyst_kaz)
    return client


def test_import_previews_then_writes_on_confirm(world, secretariat_client, secretariat):
    """Uploading shows a preview and writes nothing; confirming imports every row as a draft."""
    before = snapshot()

    preview = upload(secretariat_client, csv_bytes([KAZ_ROW]), "results.csv")

    assert preview.status_code == 200
    assert preview.context["job"].status == Job.Status.SUCCEEDED
    assert summary(preview)["New"] == 1
    content = preview.content.decode()
    assert "Import these rows" in content
    assert snapshot() == before

    done = confirm(secretariat_client, preview)

    assert done.context["job"].status == Job.Status.SUCCEEDED
    assert done.context["job"].rows_written == 1
    result = Result.objects.get()
    assert (result.value, result.status, result.entered_by) == (590, Result.Status.DRAFT, secretariat)
    assert result.history.get().history_user == secretariat
    records = ImportRecord.objects.order_by("pk")
    assert [(r.source, r.dry_run, r.outcome, r.rows_new) for r in records] == [
        ("admin", True, "checked", 1),
        ("admin", False, "imported", 1),
    ]


def test_xlsx_upload_through_the_admin(world, secretariat_client):
    """An XLSX file goes through the same preview and confirm steps."""
    preview = upload(secretariat_client, xlsx_bytes([KAZ_ROW]), "results.xlsx", format_index=1)

    assert confirm(secretariat_client, preview).context["job"].status == Job.Status.SUCCEEDED
    assert Result.objects.get().state == world.kaz


def test_bad_rows_are_listed_and_cannot_be_confirmed(world, secretariat_client):
    """A file with a bad row shows the row, the column and the reason, and offers no confirmation."""
    bad = ["", "2024", "guns", "", "KAZ", "", "-1", "", ""]

    preview = upload(secretariat_client, csv_bytes([KAZ_ROW, bad]), "results.csv")

    job = preview.context["job"]
    assert job.status == Job.Status.FAILED and "confirm_url" not in job.result
    content = preview.content.decode()
    assert "2 problem(s) in the file; nothing was imported." in content
    assert "row 3, column “indicator”: unknown indicator “guns”" in content
    assert "row 3, column “value”: the value cannot be negative (-1)" in content
    assert Result.objects.count() == 0


def test_unreadable_file_gets_one_clear_message(world, secretariat_client):
    """A damaged XLSX file is refused with a message saying so, not a traceback."""
    preview = upload(secretariat_client, b"PK\x03\x04 not really a workbook", "results.xlsx", format_index=1)

    assert preview.context["job"].status == Job.Status.FAILED
    assert "The XLSX file is damaged or is not an Excel workbook." in preview.content.decode()
    assert Result.objects.count() == 0


def test_analyst_imports_own_state_in_admin(world, analyst_client, analyst_kaz):
    """An analyst of Kazakhstan imports Kazakhstan's rows through the admin."""
    preview = upload(analyst_client, csv_bytes([KAZ_ROW]), "kaz.csv")

    assert confirm(analyst_client, preview).context["job"].status == Job.Status.SUCCEEDED
    assert Result.objects.get().entered_by == analyst_kaz


def test_analyst_is_refused_another_states_rows_in_admin(world, analyst_client):
    """A Belarus row in a Kazakhstan analyst's file is shown as outside their scope; nothing is written."""
    preview = upload(analyst_client, csv_bytes([KAZ_ROW, BLR_ROW]), "mixed.csv")

    assert "confirm_url" not in preview.context["job"].result
    assert "This result belongs to another state or body than yours." in preview.content.decode()
    assert Result.objects.count() == 0


def test_buttons_by_role(world, client, secretariat, reviewer, analyst_kaz):
    """Secretariat: import, export and the template everywhere; analysts: results and operations;
    reviewers: no admin at all."""
    pages = {
        "result": reverse("admin:measures_result_changelist"),
        "operation": reverse("admin:measures_operation_changelist"),
        "measure": reverse("admin:measures_measure_changelist"),
    }

    def buttons(user):
        client.force_login(user)
        found = {}
        for name, url in pages.items():
            content = client.get(url).content.decode()
            found[name] = {css for css in ("import_link", "export_link", "template_link") if css in content}
        return found

    everything = {"import_link", "export_link"}
    assert buttons(secretariat) == {
        "result": everything | {"template_link"},
        "operation": everything,
        "measure": everything,
    }
    assert buttons(analyst_kaz) == {
        "result": everything | {"template_link"},
        "operation": everything,
        "measure": set(),
    }
    assert buttons(reviewer) == {"result": set(), "operation": set(), "measure": set()}
    client.force_login(reviewer)  # reviewers have no admin: its pages send them to its login
    assert client.get(IMPORT_URL).status_code == 302
    assert client.get(reverse("admin:measures_result_export")).status_code == 302
    assert client.get(reverse("admin:measures_result_import_template")).status_code == 302
    client.force_login(analyst_kaz)
    assert client.get(reverse("admin:measures_measure_import")).status_code == 403


def test_template_download(world, secretariat_client):
    """The import page links the template, an XLSX workbook whose first sheet has the results header."""
    url = reverse("admin:measures_result_import_template")
    assert url in secretariat_client.get(IMPORT_URL).content.decode()

    response = secretariat_client.get(url)

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="results-template.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in book.worksheets[0][1]] == RESULT_COLUMNS


def export_csv(client, query: str = "") -> list[list[str]]:
    """The export form posted: a job writes the file, its page offers it for download."""
    url = reverse("admin:measures_result_export") + query
    form = client.get(url).context["form"]
    data = {name: "on" for name, field in form.fields.items() if field.__class__.__name__ == "BooleanField"}
    data.update({"format": "0", "resource": "0"})
    started = client.post(url, data)
    assert started.status_code == 302
    run_queued_jobs_here()
    job = Job.objects.get(pk=started["Location"].rstrip("/").rsplit("/", 1)[-1])
    response = client.get(reverse("jobs:download", args=[job.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="results.csv"'
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the file as UTF-8
    text = content.decode("utf-8-sig")
    return [line.split(",") for line in text.strip().splitlines()]


def test_export_of_the_filtered_changelist(world, secretariat_client):
    """Export follows the changelist's filter: filtering on Kazakhstan exports Kazakhstan's rows only."""
    ResultFactory(indicator=world.firearms, state=world.kaz, value=1)
    ResultFactory(indicator=world.firearms, state=world.blr, value=2)

    everything = export_csv(secretariat_client)
    filtered = export_csv(secretariat_client, f"?state__id__exact={world.kaz.pk}")

    assert everything[0] == RESULT_COLUMNS
    assert sorted(row[4] for row in everything[1:]) == ["BLR", "KAZ"]
    assert [row[4] for row in filtered[1:]] == ["KAZ"]


def test_analyst_export_stays_within_scope(world, analyst_client):
    """An analyst of Kazakhstan exports Kazakhstan's results only, not other states' verified ones."""
    ResultFactory(indicator=world.firearms, state=world.kaz, value=1)
    ResultFactory(indicator=world.firearms, state=world.blr, value=2)

    rows = export_csv(analyst_client)

    assert [row[4] for row in rows[1:]] == ["KAZ"]


def test_import_records_are_listed_read_only(world, client, analyst_kaz, secretariat):
    """The secretariat sees the list of imports (the analyst's too); nobody adds, changes or deletes one,
    and an analyst does not read the list."""
    client.force_login(analyst_kaz)
    upload(client, csv_bytes([KAZ_ROW]), "kaz.csv")
    record = ImportRecord.objects.get()
    assert (record.user, record.dry_run, record.rows_new) == (analyst_kaz, True, 1)
    assert client.get(reverse("admin:measures_importrecord_changelist")).status_code == 403

    client.force_login(secretariat)
    listing = client.get(reverse("admin:measures_importrecord_changelist"))

    assert "kaz.csv" in listing.content.decode()
    assert client.get(reverse("admin:measures_importrecord_add")).status_code == 403
    change = client.post(
        reverse("admin:measures_importrecord_change", args=[record.pk]), {"file_name": "x.csv"}
    )
    assert change.status_code == 403
    record.refresh_from_db()
    assert record.file_name == "kaz.csv"


def test_file_level_error_is_a_message_not_a_traceback(world, secretariat_client):
    """A file missing a required column gets the message alone, without a Python traceback."""
    data = b"year,indicator,state\n2024,firearms_seized,KAZ\n"

    preview = upload(secretariat_client, data, "results.csv")

    content = preview.content.decode()
    assert "missing required column(s): value" in content
    assert "Traceback" not in content
    assert preview.context["job"].status == Job.Status.FAILED


def test_confirmation_after_the_data_changed_imports_nothing(world, secretariat_client):
    """If a previewed row became invalid before confirmation (its figure verified meanwhile),
    nothing is written and the admin says why."""
    existing = ResultFactory(
        indicator=world.firearms, programme=world.ct, state=world.kaz, value=500, status="submitted"
    )
    preview = upload(secretariat_client, csv_bytes([KAZ_ROW, BLR_ROW]), "results.csv")
    Result.objects.filter(pk=existing.pk).update(status=Result.Status.VERIFIED)

    done = confirm(secretariat_client, preview)

    job = done.context["job"]
    assert job.status == Job.Status.FAILED
    assert job.error == "1 problem(s) in the file; nothing was imported."
    assert job.result["errors"] == [
        "row 2, column “value”: this result is already verified; it cannot be changed by an import"
    ]
    assert "this result is already verified" in done.content.decode()
    assert Result.objects.count() == 1
    assert Result.objects.get().value == 500


def test_large_file_is_checked_then_imported_with_its_counts(world, secretariat_client):
    """A 600-row file: the check counts 600 rows read and validated; importing writes all 600."""
    rows = [
        ["", str(year), code, "", state, "", "1", "", ""]
        for year in range(1991, 2091)
        for code in ("firearms_seized", "explosives_seized_kg")
        for state in ("KAZ", "BLR", "RUS")
    ]

    preview = upload(secretariat_client, csv_bytes(rows), "big.csv")

    job = preview.context["job"]
    assert (job.rows_read, job.rows_validated, job.rows_written) == (600, 600, 0)
    assert summary(preview)["New"] == 600
    done = confirm(secretariat_client, preview).context["job"]
    assert (done.rows_read, done.rows_written) == (600, 600)
    assert Result.objects.count() == 600


def test_the_check_shows_old_and_new_of_each_changed_cell(world, secretariat_client):
    """The check's page lists a changed value as old → new on its spreadsheet row, and a new row as
    new; a row that changes nothing is counted, not listed."""
    ResultFactory(
        indicator=world.firearms, programme=world.ct, state=world.kaz, value=500, status="submitted"
    )
    ResultFactory(indicator=world.explosives, state=world.blr, value=3, status="submitted")
    unchanged = ["", "2024", "explosives_seized_kg", "", "BLR", "", "3", "", ""]

    preview = upload(secretariat_client, csv_bytes([BLR_ROW, KAZ_ROW, unchanged]), "results.csv")

    job = preview.context["job"]
    assert job.result["changes_total"] == 2
    new, update = job.result["changes"]
    assert (new["row"], new["action"]) == (2, "new")
    assert (update["row"], update["action"]) == (3, "update")
    assert update["cells"][0] == ["value", "500", "590"]
    content = preview.content.decode()
    assert "<del>500</del> → <ins>590</ins>" in content
    assert "What the import would change" in content
    assert summary(preview)["Unchanged"] == 1


def test_the_check_lists_only_the_first_changed_rows_and_says_so(world, secretariat_client, monkeypatch):
    """A file with more new rows than the page lists shows the first ones and how many there are."""
    monkeypatch.setattr("measures.tasks.CHANGES_SHOWN", 2)
    rows = [["", "2024", "firearms_seized", "", state, "", "1", "", ""] for state in ("KAZ", "BLR", "RUS")]

    preview = upload(secretariat_client, csv_bytes(rows), "results.csv")

    job = preview.context["job"]
    assert [change["row"] for change in job.result["changes"]] == [2, 3]
    assert job.result["changes_total"] == 3
    assert "The first 2 of 3 new or changed rows are shown." in preview.content.decode()


def test_the_check_in_russian_says_what_changes(world, secretariat_client):
    """A Russian user reads the list of changes in Russian."""
    ResultFactory(
        indicator=world.firearms, programme=world.ct, state=world.kaz, value=500, status="submitted"
    )
    response = secretariat_client.post(
        IMPORT_URL,
        {"resource": "0", "format": "0", "import_file": SimpleUploadedFile("r.csv", csv_bytes([KAZ_ROW]))},
        HTTP_ACCEPT_LANGUAGE="ru",
    )
    run_queued_jobs_here()
    content = secretariat_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ru").content.decode()

    assert "<del>500</del> → <ins>590</ins>" in content
    assert "What the import would change" not in content


def test_a_check_left_unconfirmed_expires_and_its_page_says_so(world, secretariat_client, settings):
    """The upload of a check nobody confirmed within IMPORT_PREVIEW_MAX_AGE is removed by the daily
    cleanup; the check's page then offers no import, says to upload again, and confirming imports nothing."""
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    settings.IMPORT_PREVIEW_MAX_AGE = 60 * 60
    preview = upload(secretariat_client, csv_bytes([KAZ_ROW]), "results.csv")
    job = preview.context["job"]
    path = job.upload.name
    Job.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(hours=2))

    call_command("jobs_cleanup", stdout=io.StringIO())

    assert not job.upload.storage.exists(path)
    page = secretariat_client.get(reverse("jobs:detail", args=[job.pk]), HTTP_ACCEPT_LANGUAGE="en")
    content = page.content.decode()
    assert "Import these rows" not in content
    assert "The uploaded file is no longer kept: a check not confirmed within 1 hour expires." in content
    response = secretariat_client.post(job.result["confirm_url"], HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response["Location"] == IMPORT_URL
    assert Result.objects.count() == 0 and Job.objects.count() == 1
