"""The stored figures never disagree with the results, whichever way the results are written."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import F
from django.urls import reverse

from accounts.policy import visible_results
from measures import figure_store
from measures.models import FigurePart, Result
from measures.selectors import figures
from measures.services import result_return, result_submit, result_verify, year_lock, year_unlock
from tests.admin_forms import admin_form_data
from tests.factories import (
    IndicatorFactory,
    MemberStateFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def agree() -> None:
    """The stored rows are exactly what a recomputation from the results gives."""
    assert figure_store.differences() == []


@pytest.fixture
def world(db):
    """Two states, a programme with an operation, a CIS-wide total and parts of every status."""
    kaz, blr = MemberStateFactory(code="KAZ"), MemberStateFactory(code="BLR")
    programme = ProgrammeFactory(start_year=2023, end_year=2025)
    operation = OperationFactory(name="Barrier", year=2024, programme=programme, host_state=kaz)
    seized, detained = IndicatorFactory(code="seized"), IndicatorFactory(code="detained")
    rows = {
        "total": ResultFactory(indicator=seized, value=100, programme=programme),
        "kaz_draft": ResultFactory(indicator=seized, state=kaz, value=30, status=Result.Status.DRAFT),
        "blr_submitted": ResultFactory(
            indicator=detained, state=blr, value=7, status=Result.Status.SUBMITTED
        ),
        "kaz_verified": ResultFactory(
            indicator=detained, state=kaz, value=5, qualifier=Result.Qualifier.ABOUT
        ),
        "in_operation": ResultFactory(indicator=detained, operation=operation, state=kaz, value=2),
        "old": ResultFactory(indicator=seized, year=2023, value=90, programme=programme),
    }
    return {"kaz": kaz, "blr": blr, "programme": programme, "operation": operation, "seized": seized, **rows}


def test_the_stored_figures_give_what_the_results_give_to_every_role(world, secretariat, reviewer):
    """Secretariat, reviewer and analyst see the same figures from the stored sums as from the results."""
    analyst = UserFactory(username="ana", role="analyst", role__state=world["kaz"])
    agree()
    for user in (secretariat, reviewer, analyst):
        stored = figures(visible_results(user, FigurePart.objects.all()))
        counted = figures(visible_results(user, Result.objects.all()))
        assert stored == counted, user.username
    # The analyst's own draft makes the 2024 sum provisional only for the analyst (the total wins here).
    detained = figures(visible_results(analyst, FigurePart.objects.all()))[
        (world["kaz_verified"].indicator_id, 2024)
    ]
    assert (detained.value, detained.qualifier) == (Decimal(7), Result.Qualifier.ABOUT)


def test_workflow_transitions_move_the_sums(world, secretariat):
    """Submitting, verifying and returning a result change the stored sums in the same transaction."""
    analyst = UserFactory(username="ana", role="analyst", role__state=world["kaz"])
    result_submit(result=world["kaz_draft"], user=analyst)
    agree()
    result_verify(result=world["kaz_draft"], user=secretariat)
    agree()
    assert FigurePart.objects.filter(state_id=world["kaz"].pk).count() == 0  # verified: summed over states
    result_return(result=world["kaz_draft"], user=secretariat, comment="Check the quarter")
    agree()


def test_an_admin_save_and_delete_move_the_sums(world, client, secretariat):
    """A value changed and a result deleted through the admin are reflected at once."""
    client.force_login(secretariat)
    url = reverse("admin:measures_result_change", args=[world["kaz_verified"].pk])
    assert client.post(url, admin_form_data(client.get(url), value="50")).status_code == 302
    agree()
    assert figures(FigurePart.objects.all())[(world["kaz_verified"].indicator_id, 2024)].value == 59
    delete = reverse("admin:measures_result_delete", args=[world["in_operation"].pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    agree()
    assert figures(FigurePart.objects.all())[(world["kaz_verified"].indicator_id, 2024)].value == 57


def test_an_import_creating_and_updating_rows_moves_the_sums(world, tmp_path):
    """The import's bulk_create and bulk_update (one statement for many rows) keep the sums exact."""
    path = tmp_path / "results.csv"
    path.write_text(
        "programme,year,indicator,operation,state,body,value,qualifier,notes\n"
        ",2024,seized,,KAZ,,31,,\n"  # updates the draft
        ",2024,seized,,BLR,,12,more_than,\n"  # a new row
        ",2025,seized,,BLR,,4,,\n",
        encoding="utf-8",
    )
    call_command("import_data", "results", str(path), stdout=StringIO())
    agree()
    by_key = figures(FigurePart.objects.all())
    assert by_key[(world["seized"].pk, 2025)].value == 4
    assert by_key[(world["seized"].pk, 2024)].parts_sum == 43


def test_bulk_writes_and_raw_sql_move_the_sums(world):
    """bulk_create, bulk_update, QuerySet.update and delete, and INSERT ... SELECT: all covered."""
    rows = Result.objects.bulk_create(
        Result(indicator=world["seized"], year=2022, state=state, value=n, status=Result.Status.SUBMITTED)
        for n, state in enumerate(MemberStateFactory.create_batch(5), start=1)
    )
    agree()
    for row in rows:
        row.value += 1
        row.qualifier = Result.Qualifier.MORE_THAN
    Result.objects.bulk_update(rows, ["value", "qualifier"])
    agree()
    Result.objects.filter(year=2022).update(status=Result.Status.VERIFIED, value=F("value") * 2)
    agree()
    Result.objects.filter(notes="").update(notes="checked")  # no counted column: nothing moves
    agree()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO measures_result (indicator_id, year, programme_id, operation_id, state_id, body_id, "
            "value, qualifier, notes, status, review_comment, entered_by_id, created_at, updated_at) "
            "SELECT indicator_id, 2021, programme_id, operation_id, state_id, body_id, value, qualifier, "
            "notes, status, review_comment, entered_by_id, created_at, updated_at "
            "FROM measures_result WHERE year = 2022"
        )
    agree()
    assert figures(FigurePart.objects.all())[(world["seized"].pk, 2021)].value == 40
    Result.objects.filter(year__in=[2021, 2022]).delete()
    agree()
    assert not FigurePart.objects.filter(year__in=[2021, 2022]).exists()


def test_an_operation_moved_to_another_programme_moves_its_results(world, client):
    """The programme page counts an operation's results under the operation's current programme."""
    other = ProgrammeFactory(slug="ct-2024-2026", start_year=2024, end_year=2026)
    world["operation"].programme = other
    world["operation"].save()
    agree()
    assert FigurePart.objects.filter(operation_programme_key=other.pk).exists()
    assert not FigurePart.objects.filter(operation_programme_key=world["programme"].pk).exists()


def test_locking_and_unlocking_a_year_leave_the_figures_as_they_are(world, secretariat):
    """A lock changes who may write, not the figures: stored and recomputed still agree."""
    before = figures(FigurePart.objects.all())
    year_lock(year=2024, user=secretariat, reason="Report issued")
    agree()
    year_unlock(year=2024, user=secretariat, reason="Correction of the Kazakh figures")
    agree()
    assert figures(FigurePart.objects.all()) == before


def test_check_names_each_difference_and_rebuild_repairs_it(world):
    """`figures_rebuild --check` fails naming the row that drifted; `figures_rebuild` puts it right."""
    FigurePart.objects.filter(year=2023).update(value_sum=F("value_sum") + 1)
    FigurePart.objects.filter(status=Result.Status.DRAFT).delete()
    err = StringIO()
    with pytest.raises(CommandError, match="in 2 places"):
        call_command("figures_rebuild", "--check", stdout=StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert len(lines) == 2
    assert any(
        "indicator=seized" in line and "year=2023" in line and "value_sum=91.000" in line for line in lines
    )
    assert any("status=draft" in line and "stored no row" in line for line in lines)
    out = StringIO()
    call_command("figures_rebuild", stdout=out)
    assert "rebuilt" in out.getvalue()
    call_command("figures_rebuild", "--check", stdout=out)
    agree()


def test_missing_triggers_are_reported_and_reinstalled(world):
    """A database restored without the triggers fails the check; the rebuild puts them back."""
    figure_store.drop_triggers()
    assert not figure_store.triggers_installed()
    with pytest.raises(CommandError, match="triggers"):
        call_command("figures_rebuild", "--check", stdout=StringIO(), stderr=StringIO())
    call_command("figures_rebuild", stdout=StringIO())
    assert figure_store.triggers_installed()
    ResultFactory(indicator=world["seized"], year=2020, value=3)
    agree()


def test_reading_figures_is_one_query_on_few_stored_rows(world, django_assert_num_queries):
    """Many results of one key are one stored row; the figures are still one query."""
    Result.objects.bulk_create(
        Result(indicator=world["seized"], year=2020, operation=OperationFactory(year=2020), value=1)
        for _ in range(30)
    )
    assert FigurePart.objects.filter(year=2020).count() == 1
    with django_assert_num_queries(1):
        assert figures(FigurePart.objects.filter(year=2020))[(world["seized"].pk, 2020)].value == 30
