"""`manage.py import_data results`: good files in every accepted form, and every kind of bad input refused."""

# ruff: noqa: F401, F811 - pytest fixtures imported from tests.measures.importing

from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext

from measures.models import ImportRecord, Result, YearLock
from measures.services_import import data_import
from tests.factories import IndicatorFactory, ResultFactory, UserFactory
from tests.measures.importing import (
    analyst_atc,
    analyst_kaz,
    csv_bytes,
    run_import,
    snapshot,
    world,
    write_csv,
    write_xlsx,
)

GOOD_ROWS = [
    ["ct-2023-2025", "2024", "firearms_seized", "", "KAZ", "", "590", "", "Kazakhstan's figure"],
    ["ct-2023-2025", "2024", "explosives_seized_kg", "TRAL-anti terror", "", "", "382.8", "about", ""],
    ["", "2024", "firearms_seized", "", "", "atc", "12", "more_than", "Центр"],
]


def good_file(tmp_path, form: str):
    if form == "xlsx":
        rows = [[cell if cell != "382.8" else 382.8 for cell in row] for row in GOOD_ROWS]
        rows = [[int(c) if c in ("2024", "590", "12") else c for c in row] for row in rows]
        return write_xlsx(tmp_path, rows)
    if form == "semicolon":
        rows = [[c.replace(".", ",") if c == "382.8" else c for c in row] for row in GOOD_ROWS]
        return write_csv(tmp_path, rows, delimiter=";")
    return write_csv(tmp_path, GOOD_ROWS, bom=form == "bom")


@pytest.mark.parametrize("form", ["comma", "bom", "semicolon", "xlsx"])
def test_good_file_imports_every_row_as_drafts(world, tmp_path, form):
    """A CSV (with "," or ";" and a decimal comma, with or without BOM) or XLSX file imports every row,
    each a draft as if entered in the admin's form, and the summary says they await submission."""
    run = run_import("results", good_file(tmp_path, form))

    assert run.code == 0, run.err
    assert "3 rows imported (3 new, 0 updated, 0 unchanged)" in run.out
    results = {(r.indicator.code, r.state_id, r.body_id): r for r in Result.objects.all()}
    kaz = results[("firearms_seized", world.kaz.pk, None)]
    assert kaz.value == Decimal("590")
    assert kaz.programme == world.ct
    assert kaz.qualifier == Result.Qualifier.EXACT
    assert kaz.notes == "Kazakhstan's figure"
    tral = results[("explosives_seized_kg", None, None)]
    assert tral.value == Decimal("382.8")
    assert tral.operation == world.tral
    assert tral.qualifier == Result.Qualifier.ABOUT
    assert results[("firearms_seized", None, world.atc.pk)].notes == "Центр"
    assert {r.status for r in results.values()} == {Result.Status.DRAFT}
    assert "New results are entered as drafts" in run.out


def test_imported_figures_add_up_for_the_year(world, tmp_path):
    """The year's figures (the imported drafts) are the file's figures."""
    run_import("results", good_file(tmp_path, "comma"))

    totals = dict(
        Result.objects.filter(year=2024, status=Result.Status.DRAFT)
        .values_list("indicator__code")
        .annotate(total=Sum("value"))
    )
    assert totals == {"firearms_seized": Decimal("602"), "explosives_seized_kg": Decimal("382.8")}


def test_imported_results_record_who_entered_them_and_history(world, analyst_kaz, tmp_path):
    """Results imported by a user carry that user as `entered by` and in their history records."""
    path = write_csv(tmp_path, [GOOD_ROWS[0]])

    assert run_import("results", path, "--user", "analyst-kaz").code == 0

    result = Result.objects.get()
    assert result.entered_by == analyst_kaz
    assert list(result.history.values_list("history_type", "history_user")) == [("+", analyst_kaz.pk)]


def test_reimport_with_changed_values_updates_rows_and_history(world, analyst_kaz, tmp_path):
    """Changed values update those rows, which keep their status as an edit in the admin does (a
    returned result stays returned until submitted), and the history says who changed them."""
    result = ResultFactory(
        indicator=world.firearms,
        programme=world.ct,
        state=world.kaz,
        value=500,
        status=Result.Status.RETURNED,
    )
    other = ResultFactory(indicator=world.explosives, state=world.kaz, value=7, status=Result.Status.DRAFT)
    rows = [GOOD_ROWS[0], ["", "2024", "explosives_seized_kg", "", "KAZ", "", "7", "", ""]]

    run = run_import("results", write_csv(tmp_path, rows), "--user", "analyst-kaz")

    assert run.code == 0, run.err
    assert "(0 new, 1 updated, 1 unchanged)" in run.out
    result.refresh_from_db()
    assert (result.value, result.status, result.entered_by) == (590, Result.Status.RETURNED, analyst_kaz)
    last = result.history.first()
    assert (last.history_type, last.history_user, last.value) == ("~", analyst_kaz, 590)
    assert last.prev_record.value == 500
    other.refresh_from_db()
    assert other.status == Result.Status.DRAFT  # unchanged rows are left as they were
    assert other.history.count() == 1


def test_dry_run_reports_counts_and_writes_nothing(world, tmp_path):
    """--dry-run says what would be imported, exits 0 and leaves the database as it was."""
    before = snapshot()

    run = run_import("results", good_file(tmp_path, "comma"), "--dry-run")

    assert run.code == 0
    assert "3 rows would be imported (3 new, 0 updated, 0 unchanged); nothing written" in run.out
    assert snapshot() == before
    record = ImportRecord.objects.get()
    assert (record.dry_run, record.outcome, record.rows_new) == (True, ImportRecord.Outcome.CHECKED, 3)


BAD_ROWS = {
    "unknown programme": (
        ["ct-1999-2001", "2024", "firearms_seized", "", "KAZ", "", "1", "", ""],
        "programme",
    ),
    "unknown indicator": (["", "2024", "guns", "", "KAZ", "", "1", "", ""], "indicator"),
    "unknown state": (["", "2024", "firearms_seized", "", "XYZ", "", "1", "", ""], "state"),
    "unknown body": (["", "2024", "firearms_seized", "", "", "nobody", "1", "", ""], "body"),
    "unknown operation": (["", "2024", "firearms_seized", "East 2031", "KAZ", "", "1", "", ""], "operation"),
    "operation of another year": (
        ["", "2023", "firearms_seized", "West 2024", "", "", "1", "", ""],
        "operation",
    ),
    "negative value": (["", "2024", "firearms_seized", "", "KAZ", "", "-3", "", ""], "value"),
    "value not a number": (["", "2024", "firearms_seized", "", "KAZ", "", "many", "", ""], "value"),
    "empty value": (["", "2024", "firearms_seized", "", "KAZ", "", "", "", ""], "value"),
    "year outside the programme": (
        ["ct-2023-2025", "2022", "firearms_seized", "", "KAZ", "", "1", "", ""],
        "year",
    ),
    "not a year": (["", "20x4", "firearms_seized", "", "KAZ", "", "1", "", ""], "year"),
    "year 0000": (["", "0000", "firearms_seized", "", "KAZ", "", "1", "", ""], "year"),
    "year 9999": (["", "9999", "firearms_seized", "", "KAZ", "", "1", "", ""], "year"),
    "unknown qualifier": (["", "2024", "firearms_seized", "", "KAZ", "", "1", "roughly", ""], "qualifier"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_bad_row_is_refused_with_row_column_and_reason(world, tmp_path, case):
    """One bad row among good ones: exit status 1, the row and column named, nothing written."""
    ResultFactory(indicator=world.firearms, state=world.blr, value=3)
    before = snapshot()
    bad, column = BAD_ROWS[case]
    path = write_csv(tmp_path, [GOOD_ROWS[0], GOOD_ROWS[1], bad])

    run = run_import("results", path)

    assert run.code == 1
    assert f"row 4, column “{column}”:" in run.err, run.err
    assert "nothing imported" in run.err
    assert snapshot() == before
    assert ImportRecord.objects.get().outcome == ImportRecord.Outcome.REFUSED


def test_messages_say_what_is_wrong(world, tmp_path):
    """The messages name the unknown code and the offending value, one line per problem."""
    rows = [
        ["ct-2023-2025", "2022", "guns", "", "XYZ", "", "-3", "", ""],
        ["", "2024", "firearms_seized", "", "KAZ", "", "12,5,1", "", ""],
    ]

    run = run_import("results", write_csv(tmp_path, rows))

    lines = run.err.splitlines()
    assert "row 2, column “indicator”: unknown indicator “guns”" in lines
    assert "row 2, column “state”: unknown state “XYZ”" in lines
    assert "row 2, column “value”: the value cannot be negative (-3)" in lines
    assert "row 2, column “year”: 2022 is outside the period 2023–2025 of programme ct-2023-2025" in lines
    assert "row 3, column “value”: “12,5,1” is not a number" in lines


@pytest.mark.parametrize("year", ["0000", "1990", "2101", "9999"])
def test_impossible_year_is_refused(world, tmp_path, year):
    """A year before 1991 or after 2100 (a typo such as 0000) is refused by name, nothing written."""
    before = snapshot()
    row = ["", year, "firearms_seized", "", "KAZ", "", "5", "", ""]

    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0], row]))

    assert run.code == 1
    assert f"row 3, column “year”: “{year}” is not a year between 1991 and 2100" in run.err.splitlines()
    assert snapshot() == before


def test_same_key_twice_in_the_file_is_refused(world, tmp_path):
    """Two rows for the same indicator, year, programme, operation, state and body: the second is named."""
    duplicate = list(GOOD_ROWS[0])
    duplicate[6] = "591"
    before = snapshot()

    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0], GOOD_ROWS[1], duplicate]))

    assert run.code == 1
    assert "row 4: the same programme, year, indicator, operation, state, body as row 2" in run.err
    assert snapshot() == before


def test_operation_name_matches_ignoring_case_and_dashes(world, tmp_path):
    """“tral - ANTI–terror” names the operation “Tral – anti-terror” of that year."""
    rows = [["", "2024", "firearms_seized", "tral - ANTI–terror", "", "", "4", "", ""]]

    assert run_import("results", write_csv(tmp_path, rows)).code == 0

    assert Result.objects.get().operation == world.tral


def test_missing_required_column_is_one_message(world, tmp_path):
    """A file without the `value` column is refused with one message naming the column."""
    header = ["programme", "year", "indicator", "state"]
    path = write_csv(tmp_path, [["", "2024", "firearms_seized", "KAZ"]], header=header)

    run = run_import("results", path)

    assert run.code == 1
    assert "missing required column(s): value" in run.err
    assert "row" not in run.err.split("nothing imported")[0]
    assert Result.objects.count() == 0


def test_unknown_column_is_refused(world, tmp_path):
    """A misspelt header (`Value`) is named rather than silently ignored."""
    header = ["year", "indicator", "state", "value", "Value"]
    run = run_import(
        "results", write_csv(tmp_path, [["2024", "firearms_seized", "KAZ", "1", "2"]], header=header)
    )

    assert run.code == 1
    assert "unknown column(s): “Value”" in run.err


def test_columns_in_any_order(world, tmp_path):
    """Header names are what count, not their order; optional columns may be left out."""
    header = ["value", "state", "indicator", "year"]
    path = write_csv(tmp_path, [["17", "BLR", "firearms_seized", "2024"]], header=header)

    assert run_import("results", path).code == 0

    assert Result.objects.get().state == world.blr


def test_locked_year_is_refused(world, tmp_path):
    """A year whose report was issued (YearLock) takes no new or changed figures."""
    YearLock.objects.create(year=2024, locked=True, reason="report issued")
    before = snapshot()

    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0]]))

    assert run.code == 1
    assert "row 2, column “year”: The figures of 2024 are locked because its report was issued" in run.err
    assert snapshot() == before


def test_verified_result_cannot_be_changed(world, tmp_path):
    """A verified figure is changed by the secretariat's hand only, not by an import."""
    ResultFactory(indicator=world.firearms, programme=world.ct, state=world.kaz, value=100)
    before = snapshot()

    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0]]))

    assert run.code == 1
    assert "row 2, column “value”: this result is already verified" in run.err
    assert snapshot() == before


def test_unchanged_verified_and_locked_rows_are_reported_unchanged(world, tmp_path):
    """Re-sending a verified figure of a locked year unchanged is no error: the row is unchanged."""
    ResultFactory(
        indicator=world.firearms, programme=world.ct, state=world.kaz, value=590, notes="Kazakhstan's figure"
    )
    YearLock.objects.create(year=2024, locked=True)
    before = snapshot()

    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0]]))

    assert run.code == 0, run.err
    assert "(0 new, 0 updated, 1 unchanged)" in run.out
    assert snapshot() == before


def test_analyst_imports_only_their_states_rows(world, analyst_kaz, tmp_path):
    """An analyst of Kazakhstan is refused a Belarus row or a CIS-wide total; nothing is written."""
    rows = [
        GOOD_ROWS[0],
        ["", "2024", "firearms_seized", "", "BLR", "", "5", "", ""],
        ["", "2024", "ammunition", "", "", "", "5", "", ""],
    ]
    rows[2][2] = "firearms_seized"
    before = snapshot()

    run = run_import("results", write_csv(tmp_path, rows), "--user", "analyst-kaz")

    assert run.code == 1
    assert "row 3, column “state”: This result belongs to another state or body than yours." in run.err
    assert "row 4, column “state”: This result belongs to another state" in run.err
    assert "row 2" not in run.err
    assert snapshot() == before


def test_body_analyst_imports_only_their_bodys_rows(world, analyst_atc, tmp_path):
    """An analyst of the Anti-Terrorism Centre imports the centre's rows, not a state's."""
    ok = write_csv(tmp_path, [GOOD_ROWS[2]], name="ok.csv")
    bad = write_csv(tmp_path, [GOOD_ROWS[0]], name="bad.csv")

    assert run_import("results", ok, "--user", "analyst-atc").code == 0
    run = run_import("results", bad, "--user", "analyst-atc")

    assert run.code == 1
    assert "row 2, column “body”: This result belongs to another state or body than yours." in run.err
    assert Result.objects.count() == 1


def test_reviewer_imports_nothing(world, reviewer, tmp_path):
    """A reviewer's import is refused as a whole with one message."""
    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0]]), "--user", reviewer.username)

    assert run.code == 1
    assert f"{reviewer.username} may not import results" in run.err
    assert Result.objects.count() == 0


def test_unknown_user_is_a_clear_error(world, tmp_path):
    """--user naming nobody stops before reading the file."""
    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0]]), "--user", "ghost")

    assert run.code == 1
    assert "There is no user “ghost”" in run.err


def test_analyst_without_state_or_body_imports_nothing(world, tmp_path):
    """An analyst whose profile names no state or body has no scope to import into."""
    UserFactory(username="lost", role="analyst")

    run = run_import("results", write_csv(tmp_path, [GOOD_ROWS[0]]), "--user", "lost")

    assert run.code == 1
    assert "without a member state or body" in run.err


def test_query_count_does_not_grow_with_rows(world, tmp_path):
    """300 rows cost the same lookups as 3: only the batched INSERTs grow, by the database's batch size."""
    indicators = [IndicatorFactory(code=f"count_{i}") for i in range(100)]

    def rows(n):
        states = ["KAZ", "BLR", "RUS"]
        return [
            ["", "2024", indicators[i // 3].code, "", states[i % 3], "", str(i), "", ""] for i in range(n)
        ]

    def queries(n):
        Result.objects.all().delete()
        with CaptureQueriesContext(connection) as context:
            assert data_import(kind="results", data=csv_bytes(rows(n)), file_name="a.csv").ok
        assert Result.objects.count() == n
        statements = [query["sql"] for query in context.captured_queries]
        inserts = [sql for sql in statements if sql.startswith("INSERT")]
        return [sql for sql in statements if not sql.startswith("INSERT")], len(inserts)

    small, small_inserts = queries(3)
    large, large_inserts = queries(300)

    assert len(large) == len(small)
    assert len(small) <= 20
    # Results and their history records: one INSERT per batch the database accepts.
    fields = len(Result._meta.concrete_fields)
    batches = -(-300 // connection.ops.bulk_batch_size([None] * (fields + 5), [None] * 300))
    assert small_inserts == 3  # two batches and the import record
    assert large_inserts <= 2 * batches + 1
