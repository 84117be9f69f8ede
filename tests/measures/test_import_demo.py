"""Acceptance on the demonstration data: an analyst's year of figures, and the demo's own round trip."""

from decimal import Decimal

from django.db.models import Sum
from django.urls import reverse

from measures.imports.resources import RESOURCES
from measures.models import Indicator, Measure, Operation, Result
from measures.services import result_submit
from measures.services_import import data_import
from programmes.models import MemberState
from reports.selectors import report_data
from tests.factories import UserFactory
from tests.measures.importing import csv_bytes, run_import, snapshot, write_csv

FIGURES_2025 = [
    ["ct-2023-2025", "2025", "wanted_detained", "", "KAZ", "", "7", "", ""],
    ["ct-2023-2025", "2025", "firearms_seized", "", "KAZ", "", "41", "more_than", "first half-year"],
    ["ct-2023-2025", "2025", "explosives_seized_kg", "", "KAZ", "", "12,5", "about", ""],
]


def test_analysts_year_of_figures_counts_among_the_years_figures(demo, tmp_path):
    """An analyst of Kazakhstan imports 2025 figures (";" and decimal comma); they enter as drafts
    and the year's sums per indicator, drafts counted, are the file's figures."""
    UserFactory(username="kaz", role="analyst", role__state=MemberState.objects.get(code="KAZ"))
    path = write_csv(tmp_path, FIGURES_2025, delimiter=";", bom=True)

    run = run_import("results", path, "--user", "kaz")

    assert run.code == 0, run.err
    sums = dict(
        Result.objects.filter(year=2025, status__in=[Result.Status.DRAFT, Result.Status.VERIFIED])
        .values_list("indicator__code")
        .annotate(total=Sum("value"))
    )
    assert sums == {
        "wanted_detained": Decimal("7"),
        "firearms_seized": Decimal("41"),
        "explosives_seized_kg": Decimal("12.5"),
    }
    assert set(Result.objects.filter(year=2025).values_list("status", flat=True)) == {"draft"}
    # The verified 2024 figures of the report are untouched.
    assert Result.objects.get(year=2024, indicator__code="ammunition_seized").value == Decimal("62364")


def test_demo_exports_reimport_unchanged(demo):
    """The demo's results (verified), operations and measures, exported and re-imported: all unchanged."""
    before = snapshot()
    measures_before = list(Measure.objects.values_list("pk", "status", "due_from", "due_to").order_by("pk"))

    for kind, count in (("results", Result.objects.count()), ("operations", Operation.objects.count())):
        dataset = RESOURCES[kind]().export()
        outcome = data_import(kind=kind, data=dataset.export("csv").encode(), file_name=f"{kind}.csv")
        assert outcome.ok, (kind, outcome.errors[:5])
        assert (outcome.new, outcome.updated, outcome.unchanged) == (0, 0, count), kind
    dataset = RESOURCES["measures"]().export()
    outcome = data_import(kind="measures", data=dataset.export("csv").encode(), file_name="measures.csv")
    assert outcome.ok, outcome.errors[:5]
    assert outcome.updated == outcome.new == 0

    assert snapshot() == before
    assert (
        list(Measure.objects.values_list("pk", "status", "due_from", "due_to").order_by("pk"))
        == measures_before
    )


def test_changing_a_verified_demo_figure_is_refused(demo):
    """The 2024 report's figures are verified: a file changing one is refused, naming the row."""
    rows = [["ct-2023-2025", "2024", "firearms_seized", "", "", "", "591", "", ""]]

    outcome = data_import(kind="results", data=csv_bytes(rows), file_name="change.csv")

    assert not outcome.ok
    assert [(e.row, e.column) for e in outcome.errors] == [(2, "value")]
    assert Result.objects.get(year=2024, indicator__code="firearms_seized", state=None).value == 590


def test_imported_figures_reach_the_report_on_their_year(demo, tmp_path, client):
    """Imported figures, once the analyst submits them, count in the report drafted with unverified
    results, not in the verified-only report, and the preview tells the secretariat they await
    verification."""
    kaz = MemberState.objects.get(code="KAZ")
    analyst = UserFactory(username="kaz", role="analyst", role__state=kaz)
    assert run_import("results", write_csv(tmp_path, FIGURES_2025, delimiter=";"), "--user", "kaz").code == 0
    for result in Result.objects.filter(year=2025):
        result_submit(result=result, user=analyst)

    draft = {figure.code: figure for figure in report_data(year=2025, include_unverified=True).figures}
    verified = {figure.code: figure for figure in report_data(year=2025).figures}

    assert (draft["firearms_seized"].value, draft["firearms_seized"].qualifier) == (41, "more_than")
    assert (draft["explosives_seized_kg"].value, draft["explosives_seized_kg"].qualifier) == (
        Decimal("12.5"),
        "about",
    )
    assert draft["wanted_detained"].value == 7
    assert verified["firearms_seized"].value is None
    client.force_login(UserFactory(username="sec-preview", role="secretariat"))
    page = client.get(reverse("reports:preview", args=[2025]) + "?lang=en", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    firearms = Indicator.objects.get(code="firearms_seized").name_en
    assert f"{firearms}: 1 result submitted, not verified (41): not counted." in page.content.decode()
