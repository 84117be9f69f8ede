"""Uploads bounded: bombs refused quickly with a clear message, oversized uploads cut off while
received, previews' files removed, database refusals in words, rows numbered as the sheet shows."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

import io
import threading
import time
import zipfile

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.http.multipartparser import MultiPartParser
from django.test.client import BOUNDARY, MULTIPART_CONTENT, RequestFactory, encode_multipart
from django.urls import reverse

from jobs.models import Job
from measures.imports.files import FileRejected, read_dataset
from measures.imports.previews import preview_folder, previews_expire
from measures.imports.results import ResultResource
from measures.imports.uploads import BoundedUploadHandler, upload_refusal
from measures.models import ImportRecord, Operation, Result
from measures.services_import import data_import
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory
from tests.jobs.workers import run_queued_jobs_here
from tests.measures.importing import (
    OPERATION_COLUMNS,
    analyst_kaz,
    csv_bytes,
    snapshot,
    wide_csv,
    world,
    xlsx_bomb,
    xlsx_bytes,
    xlsx_zip_bomb,
)

IMPORT_URL = reverse("admin:measures_result_import")
KAZ_ROW = ["ct-2023-2025", "2024", "firearms_seized", "", "KAZ", "", "590", "", "figure"]
# Well within a test's patience, far below the minutes these files took before they were bounded.
SECONDS = 10


def refused(data: bytes, name: str) -> tuple[str, float]:
    """Import a file as the command does; the one message it was refused with, and how long that took."""
    before = snapshot()
    start = time.perf_counter()
    outcome = data_import(kind="results", data=data, file_name=name)
    took = time.perf_counter() - start
    assert not outcome.ok
    assert len(outcome.errors) == 1 and outcome.errors[0].row is None
    assert snapshot() == before
    assert ImportRecord.objects.get().outcome == ImportRecord.Outcome.REFUSED
    return outcome.errors[0].message, took


def test_csv_with_100000_header_columns_is_refused_at_once(world):
    """A 0.7 MB CSV whose header has 100,000 columns is refused in a moment, naming the limit."""
    data = wide_csv(100_000)
    assert len(data) < 1024 * 1024

    message, took = refused(data, "wide.csv")

    assert message == "The header row has 100000 columns; a spreadsheet to import has at most 100."
    assert took < SECONDS


def test_header_check_is_linear_in_the_width(world):
    """Even past the reader's cap, 100,000 unknown or repeated columns are named in one message
    in a moment (counting each column against all the others took minutes)."""
    headers = ["year", "indicator", "value"] + [f"extra{i % 50_000}" for i in range(100_000)]
    start = time.perf_counter()
    result = ResultResource().import_data(tablib.Dataset(headers=headers), dry_run=True)
    took = time.perf_counter() - start

    message = str(result.base_errors[0].error)
    assert message.startswith("unknown column(s): “extra0”")
    assert "column(s) given twice: extra0, extra1" in message
    assert took < SECONDS


def test_xlsx_expanding_to_millions_of_rows_is_refused(world):
    """A workbook of a few hundred KB whose sheet (without <dimension>) holds 3 million rows is
    refused before openpyxl walks it."""
    data = xlsx_bomb(rows=3_000_000)
    assert len(data) < 1024 * 1024

    message, took = refused(data, "rows.xlsx")

    assert message == "The file has more than 200000 data rows; split it into files of at most 200000 rows."
    assert took < SECONDS


def test_xlsx_with_millions_of_shared_strings_is_refused(world):
    """A workbook listing 4 million shared texts is refused before openpyxl loads them all."""
    data = xlsx_bomb(shared_strings=4_000_000)
    assert len(data) < 1024 * 1024

    message, took = refused(data, "strings.xlsx")

    assert message == "The XLSX file holds 4000000 different texts; at most 3200000 can be read."
    assert took < SECONDS


def test_xlsx_unpacking_past_the_limit_is_refused_unopened(world, settings):
    """A workbook whose zip entries unpack to more than 20 times the upload limit is refused by
    the sizes its zip directory declares."""
    settings.IMPORT_MAX_UPLOAD_BYTES = 1024 * 1024
    data = xlsx_zip_bomb(unpacked_mb=30)

    message, took = refused(data, "zip.xlsx")

    assert message.startswith(
        "The XLSX file unpacks to 30.02 MB, more than the 20 MB a workbook to import may hold"
    )
    assert took < SECONDS


def test_rows_are_counted_while_read(world, settings):
    """Past IMPORT_MAX_ROWS data rows, a CSV and an XLSX file are refused, whatever their size."""
    settings.IMPORT_MAX_ROWS = 10
    rows = [["", "2024", "firearms_seized", "", "KAZ", "", str(i), "", ""] for i in range(11)]

    for data, name in ((csv_bytes(rows), "many.csv"), (xlsx_bytes(rows), "many.xlsx")):
        with pytest.raises(FileRejected, match="more than 10 data rows"):
            read_dataset(data=data, file_name=name)
    assert len(read_dataset(data=csv_bytes(rows[:10]), file_name="ten.csv")) == 10


def test_upload_over_the_limit_is_cut_off_while_received(settings):
    """The handler stops reading the request once a file passes the limit: the rest of the body
    is never read, nothing of the file is kept, and the request carries the reason."""
    settings.IMPORT_MAX_UPLOAD_BYTES = 100_000
    body = encode_multipart(BOUNDARY, {"import_file": SimpleUploadedFile("big.csv", b"x" * 2_000_000)})
    request = RequestFactory().get("/")
    meta = {"CONTENT_TYPE": MULTIPART_CONTENT, "CONTENT_LENGTH": str(len(body))}
    stream = io.BytesIO(body)
    handlers = [BoundedUploadHandler(request)]

    _post, files = MultiPartParser(meta, stream, handlers).parse()

    assert "import_file" not in files
    assert stream.tell() < len(body) / 2
    assert upload_refusal(request) == (
        "The file is larger than 0.1 MB; files of at most 0.1 MB can be imported."
    )


def test_upload_a_little_over_the_limit_is_read_to_its_end_and_dropped(settings):
    """A request less than twice the limit is read to its end (so the browser gets the page that
    says why), but nothing of its file is kept."""
    settings.IMPORT_MAX_UPLOAD_BYTES = 100_000
    body = encode_multipart(BOUNDARY, {"import_file": SimpleUploadedFile("big.csv", b"x" * 150_000)})
    request = RequestFactory().get("/")
    meta = {"CONTENT_TYPE": MULTIPART_CONTENT, "CONTENT_LENGTH": str(len(body))}
    stream = io.BytesIO(body)

    _post, files = MultiPartParser(meta, stream, [BoundedUploadHandler(request)]).parse()

    assert "import_file" not in files
    assert stream.tell() == len(body)
    assert upload_refusal(request).startswith("The file is larger than 0.1 MB")


def _previews() -> set[str]:
    return {path.name for path in preview_folder().iterdir()}


def test_admin_upload_over_the_limit_is_refused_with_the_limit(world, secretariat_client, settings):
    """An upload past IMPORT_MAX_UPLOAD_BYTES gets the import page back with the limit named;
    no preview file is kept and nothing is imported."""
    settings.IMPORT_MAX_UPLOAD_BYTES = 50_000
    before, files = snapshot(), _previews()
    data = csv_bytes([KAZ_ROW] * 2000)
    assert len(data) > 50_000

    page = secretariat_client.post(
        IMPORT_URL,
        {"resource": "0", "format": "0", "import_file": SimpleUploadedFile("big.csv", data)},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert page.status_code == 200
    assert "files of at most 0.05 MB can be imported" in page.content.decode()
    assert page.context["confirm_form"] is None if "confirm_form" in page.context else True
    assert _previews() == files
    assert snapshot() == before


def _upload(client, data: bytes, name: str) -> Job:
    response = client.post(
        IMPORT_URL,
        {"resource": "0", "format": "0", "import_file": SimpleUploadedFile(name, data)},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    run_queued_jobs_here()
    return Job.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[-1])


def test_refused_check_keeps_no_file(world, secretariat_client):
    """A file whose rows are refused by the check is not kept: nothing could import it later."""
    bad = ["", "2024", "guns", "", "KAZ", "", "1", "", ""]

    job = _upload(secretariat_client, csv_bytes([bad]), "bad.csv")

    assert job.status == Job.Status.FAILED
    assert not job.upload.storage.exists(job.upload.name)


def test_a_checked_file_is_imported_once(world, secretariat_client):
    """Confirming the same check twice imports once; the second time says the file is gone."""
    job = _upload(secretariat_client, csv_bytes([KAZ_ROW]), "ok.csv")
    confirm = job.result["confirm_url"]
    secretariat_client.post(confirm, HTTP_ACCEPT_LANGUAGE="en")
    run_queued_jobs_here()

    again = secretariat_client.post(confirm, HTTP_ACCEPT_LANGUAGE="en", follow=True)

    assert "This file was already imported, or is no longer kept" in again.content.decode()
    assert Result.objects.count() == 1


def test_nobody_confirms_anothers_check(world, secretariat_client, client, analyst_kaz):
    """The confirmation of a check is its author's alone: for anyone else it does not exist."""
    job = _upload(secretariat_client, csv_bytes([KAZ_ROW]), "ok.csv")
    client.force_login(analyst_kaz)

    assert client.post(job.result["confirm_url"], HTTP_ACCEPT_LANGUAGE="en").status_code == 404
    assert Result.objects.count() == 0


def test_operation_name_over_200_characters_is_a_row_message(world):
    """A name longer than the 200 characters an operation holds is the row's error, not the
    database's text."""
    row = ["N" * 201, "2024", "border", "", "", "KAZ", "", "", "", "", ""]

    outcome = data_import(
        kind="operations", data=csv_bytes([row], header=OPERATION_COLUMNS), file_name="o.csv"
    )

    assert [(e.row, e.column, e.message) for e in outcome.errors] == [
        (2, "name", "at most 200 characters (this one has 201)")
    ]
    assert not Operation.objects.filter(year=2024, name__startswith="NNN").exists()


def test_result_stored_meanwhile_is_a_clear_message(world, monkeypatch):
    """A result with a key of the file stored by someone else while the file was read (after the
    lookup, before the write) makes the import refuse with a message in words, writing nothing."""
    look_up = ResultResource.look_up_batch

    def stored_meanwhile(resource, start):
        look_up(resource, start)
        ResultFactory(indicator=world.firearms, programme=world.ct, state=world.kaz, year=2024, value=1)

    monkeypatch.setattr(ResultResource, "look_up_batch", stored_meanwhile)

    outcome = data_import(kind="results", data=csv_bytes([KAZ_ROW]), file_name="race.csv")

    assert [str(error) for error in outcome.errors] == [
        "Some of these records were stored by someone else while this file was being imported; "
        "nothing was imported. Import the file again to see what changed."
    ]
    # The stand-in for the other writer ran inside the import's transaction: rolled back with it.
    assert Result.objects.count() == 0


def test_rows_are_numbered_as_the_spreadsheet_shows_them(world):
    """The header is row 1 and blank rows count: the bad row after a blank line is row 4."""
    good = ["", "2024", "firearms_seized", "", "KAZ", "", "5", "", ""]
    bad = ["", "2024", "guns", "", "BLR", "", "5", "", ""]
    data = csv_bytes([good]) + b",,,,,,,,\r\n" + csv_bytes([bad]).split(b"\r\n", 1)[1]

    for name, content in (("gap.csv", data), ("gap.xlsx", xlsx_bytes([good, [None] * 9, bad]))):
        outcome = data_import(kind="results", data=content, file_name=name, dry_run=True)
        assert [(e.row, e.column) for e in outcome.errors] == [(4, "indicator")], name


def test_check_counts_a_changed_result_as_updated(world, secretariat_client):
    """The check of a file that changes a stored result counts it as updated, not new."""
    ResultFactory(
        indicator=world.firearms,
        programme=world.ct,
        state=world.kaz,
        value=500,
        notes="figure",
        status=Result.Status.SUBMITTED,
    )

    job = _upload(secretariat_client, csv_bytes([KAZ_ROW]), "c.csv")

    assert dict(job.result["summary"])["Updated"] == 1
    assert dict(job.result["summary"])["New"] == 0


def test_result_form_and_import_say_new_results_are_drafts(world, secretariat_client):
    """The admin's result form and the import page say a new result starts as a draft."""
    form = secretariat_client.get(reverse("admin:measures_result_add"), HTTP_ACCEPT_LANGUAGE="en")
    page = secretariat_client.get(IMPORT_URL, HTTP_ACCEPT_LANGUAGE="en")

    assert "A new result is saved as a draft, as an imported one is" in form.content.decode()
    assert "New results are entered as drafts" in page.content.decode()


def test_import_reads_only_the_results_of_the_files_keys(world, monkeypatch):
    """However many results the year holds, the import loads only those of the file's keys."""
    states = [MemberStateFactory() for _ in range(60)]
    indicators = [IndicatorFactory() for _ in range(5)]
    Result.objects.bulk_create(
        Result(indicator=indicator, state=state, year=2024, value=1)
        for indicator in indicators
        for state in states
    )
    ResultFactory(
        indicator=world.firearms,
        programme=world.ct,
        state=world.kaz,
        value=500,
        status=Result.Status.SUBMITTED,
    )
    assert Result.objects.filter(year=2024).count() == 301
    loaded = []
    from_db = Result.from_db.__func__

    def counting(cls, db, field_names, values):
        loaded.append(values)
        return from_db(cls, db, field_names, values)

    monkeypatch.setattr(Result, "from_db", classmethod(counting))

    outcome = data_import(kind="results", data=csv_bytes([KAZ_ROW]), file_name="one.csv")

    assert outcome.ok and outcome.updated == 1
    assert len(loaded) == 1


@pytest.mark.django_db(transaction=True)
def test_result_committed_by_another_connection_meanwhile_is_a_clear_message(world, monkeypatch):
    """Two writers at once on PostgreSQL: another connection commits a result of the file's key
    after the import looked its keys up; the import refuses in words and the other's figure stays."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one connection write at a time: the other writer would wait for the import")
    look_up = ResultResource.look_up_batch

    def other_writer():
        try:
            ResultFactory(
                indicator=world.firearms,
                programme=world.ct,
                state=world.kaz,
                year=2024,
                value=1,
                status=Result.Status.SUBMITTED,
            )
        finally:
            connections.close_all()

    def committed_meanwhile(resource, start):
        look_up(resource, start)
        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join()

    monkeypatch.setattr(ResultResource, "look_up_batch", committed_meanwhile)

    outcome = data_import(kind="results", data=csv_bytes([KAZ_ROW]), file_name="race.csv")

    assert [str(error) for error in outcome.errors] == [
        "Some of these records were stored by someone else while this file was being imported; "
        "nothing was imported. Import the file again to see what changed."
    ]
    assert list(Result.objects.values_list("value", flat=True)) == [1]
    assert ImportRecord.objects.get().outcome == ImportRecord.Outcome.REFUSED


def test_xml_entity_expansion_in_a_workbook_is_refused(world):
    """A sheet declaring entities that expand to gigabytes ("billion laughs") is refused as a
    damaged workbook: its XML is parsed through defusedxml, which forbids entities."""
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode()
            for n in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    base = zipfile.ZipFile(io.BytesIO(xlsx_bytes([KAZ_ROW])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        for info in base.infolist():
            data = laughs if info.filename == "xl/worksheets/sheet1.xml" else base.read(info.filename)
            book.writestr(info, data)

    message, took = refused(out.getvalue(), "laughs.xlsx")

    assert message == "The XLSX file is damaged or is not an Excel workbook."
    assert took < SECONDS


def test_import_reads_only_the_operations_the_file_names(world, monkeypatch):
    """However many operations the year holds, a results import loads only those its rows name,
    and an operations import only those of its names."""
    Operation.objects.bulk_create(
        Operation(name=f"Other {n}", name_key=f"other-{n}", year=2024, kind=Operation.Kind.BORDER)
        for n in range(50)
    )
    loaded = []
    from_db = Operation.from_db.__func__

    def counting(cls, db, field_names, values):
        loaded.append(values)
        return from_db(cls, db, field_names, values)

    monkeypatch.setattr(Operation, "from_db", classmethod(counting))
    row = ["ct-2023-2025", "2024", "firearms_seized", "tral - Anti-Terror", "KAZ", "", "5", "", ""]

    outcome = data_import(kind="results", data=csv_bytes([row]), file_name="one.csv", dry_run=True)

    assert outcome.ok, outcome.errors
    assert len(loaded) == 1
    loaded.clear()
    operation = ["West 2024", "2024", "border", "ct-2023-2025", "", "BLR", "", "", "", "", ""]
    data = csv_bytes([operation], header=OPERATION_COLUMNS)

    outcome = data_import(kind="operations", data=data, file_name="op.csv", dry_run=True)

    assert outcome.ok, outcome.errors
    assert len(loaded) == 1
