"""`load_demo` holds every fact of the sources, and a second run writes nothing."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command

from measures.models import Event, Operation, Result
from programmes.models import LegalInstrument, Programme

pytestmark = pytest.mark.django_db

SEED_2024 = {
    "wanted_detained": Decimal(69),
    "wanted_imprisoned": Decimal(19),
    "financing_identified": Decimal(96),
    "crimes_suppressed": Decimal(388),
    "firearms_seized": Decimal(590),
    "ammunition_seized": Decimal(62364),
    "explosives_seized_kg": Decimal("382.8"),
    "explosive_devices_seized": Decimal(378),
}


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_second_run_writes_nothing():
    """Running load_demo twice leaves every table, history included, exactly as the first run did."""
    call_command("load_demo", "--with-users", verbosity=0)
    first = row_counts()
    latest = {m._meta.label: list(m.objects.order_by("pk").values()) for m in (Result, Programme, Operation)}
    call_command("load_demo", "--with-users", verbosity=0)
    assert row_counts() == first
    assert {
        m._meta.label: list(m.objects.order_by("pk").values()) for m in (Result, Programme, Operation)
    } == latest
    assert first["measures.HistoricalResult"] == first["measures.Result"]


def test_2024_results_of_the_programme_are_the_eight_seed_figures(demo):
    """The 2024 results under ct-2023-2025 are exactly the eight figures of the 2024 report, verified."""
    rows = Result.objects.filter(year=2024, programme__slug="ct-2023-2025").select_related("indicator")
    assert {r.indicator.code: r.value for r in rows} == SEED_2024
    assert {r.status for r in rows} == {Result.Status.VERIFIED}
    assert all(r.state_id is None and r.body_id is None for r in rows)


def test_2008_figures_keep_their_qualifiers(demo):
    """The 2008 figures carry no programme, and "more than" where the source says so."""
    rows = {r.indicator.code: r for r in Result.objects.filter(year=2008).select_related("indicator")}
    assert rows["wanted_detained"].value == 8200
    assert rows["wanted_detained"].qualifier == Result.Qualifier.MORE_THAN
    assert rows["narcotics_seized_t"].qualifier == Result.Qualifier.MORE_THAN
    assert rows["crimes_uncovered"].qualifier == Result.Qualifier.EXACT
    assert rows["crimes_uncovered"].value == 26200
    assert rows["personnel_trained"].value == 593
    assert "nine CIS countries" in rows["personnel_trained"].notes
    assert rows["officials_advanced_training"].value == 211
    assert all(r.programme_id is None for r in rows.values())


def test_programmes_and_their_status(demo):
    """Programmes carry the status and approval the sources give; 2008 ones have no period."""
    current = Programme.objects.get(slug="ct-2023-2025")
    assert current.approved_by.code == "chs"
    assert current.approved_on.isoformat() == "2022-10-14"
    assert current.objectives.count() == 4
    assert current.predecessor.slug == "ct-2020-2022"
    assert Programme.objects.get(slug="ct-2026-2028").status == Programme.Status.BEING_AGREED
    assert Programme.objects.get(slug="border-2026-2030").status == Programme.Status.FOR_SIGNING
    assert Programme.objects.get(slug="derad-2025-2027").approved_on.year == 2024
    undated = Programme.objects.filter(start_year__isnull=True)
    assert set(undated.values_list("slug", flat=True)) == {
        "ct-2008",
        "thb-2008",
        "drugs-2008",
        "migration-2008",
        "crime-2008",
    }
    assert set(undated.values_list("in_force_year", flat=True)) == {2008}


def test_operations_instruments_and_events_of_2024(demo):
    """The 2024 operations, the Protocol and the forum with its stated participation are present."""
    names = set(Operation.objects.filter(year=2024).values_list("name", flat=True))
    assert {"Tral – anti-terror", "Identification", "Barrier", "West 2024", "Shekara 2024"} <= names
    assert {"East-Anti-terror 2024", "Ashyk-Aspan 2024"} <= names
    protocol = LegalInstrument.objects.get(code="protocol-interstate-tracing-2024")
    assert protocol.amends.signed_on.isoformat() == "2010-12-10"
    assert (protocol.status_date.isoformat(), protocol.status_date_precision) == ("2024-10-01", "month")
    forum = Event.objects.get(code="forum-2024")
    assert (forum.states_count, forum.bodies_count, forum.intl_org_bodies_count) == (20, 11, 10)
    assert (forum.intl_orgs_count, forum.research_count) == (6, 22)
    assert set(forum.combines.values_list("code", flat=True)) == {
        "cis-ct-conference-2",
        "sco-rats-conference-10",
    }
    meeting = Event.objects.get(code="heads-meeting-18")
    # The source says 9 states and names 8: both are kept as given.
    assert meeting.states_count == 9
    assert meeting.participating_states.count() == 8


def test_demo_accounts_only_with_the_flag(settings):
    """Accounts are created only with --with-users, with the password of DEMO_PASSWORD."""
    call_command("load_demo", verbosity=0)
    assert not User.objects.exists()
    settings.DEMO_PASSWORD = "s3cret-demo"
    call_command("load_demo", "--with-users", verbosity=0)
    analyst = User.objects.get(username="analyst-kaz")
    assert analyst.check_password("s3cret-demo")
    assert analyst.profile.state.code == "KAZ"
    assert list(analyst.groups.values_list("name", flat=True)) == ["analyst"]
    assert set(User.objects.values_list("username", flat=True)) == {"analyst-kaz", "secretariat", "reviewer"}
