"""The round on the site: the secretariat's grid and downloads, honest figures, each role's home."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation

from measures.models import ReportingRound, Result
from tests.factories import ResultFactory, UserFactory
from tests.rounds import build_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def rw():
    return build_round()


@pytest.fixture
def english(client):
    """Pages in English (the product's default language is Russian)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def sec_client(client, secretariat, english):
    client.force_login(secretariat)
    return client


def test_the_secretariat_sees_the_grid_with_every_status(rw, sec_client, django_assert_num_queries):
    """The round page lists each state's status per indicator and who still has to submit."""
    with django_assert_num_queries(10):
        response = sec_client.get(reverse("portal:round_detail", args=[2025]))
    html = response.content.decode()
    assert response.status_code == 200
    for status in ("missing", "draft", "submitted", "returned", "verified"):
        assert f"status-{status}" in html
    assert "2 reporters have results still to submit." in html


def test_the_grid_downloads_as_csv_and_xlsx(rw, sec_client):
    """The CSV has reporter, indicator, status; the XLSX has reporters down and indicator codes across."""
    response = sec_client.get(reverse("portal:round_csv", args=[2025]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["reporter", "indicator", "status"]
    assert ["RUS", "wanted_detained", "missing"] in rows
    response = sec_client.get(reverse("portal:round_xlsx", args=[2025]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "reporter"
    header = values[0]
    rus = next(row for row in values if row[0] == "RUS")
    assert rus[header.index("wanted_detained")] == "missing"


def test_other_roles_cannot_open_the_grid(rw, client):
    """An analyst is refused the secretariat's grid and its downloads."""
    client.force_login(rw.analyst_kaz)
    assert client.get(reverse("portal:round_detail", args=[2025])).status_code == 403
    assert client.get(reverse("portal:round_csv", args=[2025])).status_code == 403


def test_a_year_without_an_opened_round_shows_its_default_grid(rw, sec_client, english):
    """A year the secretariat has not opened shows the default expectations, no deadline, and how to open it;
    a year outside the accepted range is not found."""
    page = sec_client.get(reverse("portal:round_detail", args=[2019]), HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert page.status_code == 200
    assert "This round is not opened yet" in html and "Open the round" in html
    assert "Deadline:" not in html
    csv = sec_client.get(reverse("portal:round_csv", args=[2019]))
    assert csv.status_code == 200 and csv.content.decode("utf-8-sig").startswith("reporter,indicator,status")
    assert sec_client.get(reverse("portal:round_detail", args=[1900])).status_code == 404


def test_the_dashboard_opens_on_the_latest_complete_year_with_a_link_to_the_one_in_progress(
    rw, client, reviewer, english
):
    """With only Kazakhstan's 2025 results verified, a reviewer sees 2024, and 2025 one link away."""
    client.force_login(reviewer)
    html = client.get("/").content.decode()
    assert "Figures of 2024" in html
    assert "The year in progress: 2025" in html
    html = client.get("/?year=2025").content.decode()
    assert "Figures of 2025 (provisional)" in html
    assert "1 of 3 states have all their results verified" in html


def test_the_dashboard_opens_on_the_year_once_all_is_verified(rw, client, reviewer, english):
    """Once every expected 2025 result is verified, 2025 is the dashboard's year, not provisional."""
    Result.objects.filter(year=2025).update(status=Result.Status.VERIFIED)
    ResultFactory(indicator=rw.wanted, year=2025, state=rw.rus)
    client.force_login(reviewer)
    html = client.get("/").content.decode()
    assert "Figures of 2025" in html
    assert "provisional" not in html


def test_the_indicator_page_marks_the_provisional_year(rw, client, reviewer, english):
    """The firearms page shows 2025 as provisional with 1 of 3 states; 2024 has no mark."""
    client.force_login(reviewer)
    html = client.get(reverse("portal:indicator_detail", args=["firearms_seized"])).content.decode()
    assert "provisional: 1 of 3 states" in html
    assert html.count("provisional-year") == 1


def test_the_analyst_home_shows_returned_drafts_missing_and_deadline(
    rw, client, english, django_assert_num_queries
):
    """Russia's analyst sees the returned result with its comment, what is missing and the deadline."""
    client.force_login(rw.analyst_rus)
    # One query fewer than a grid per round year: the figures' years and the dashboard's
    # completeness come from one batch of grids across all years.
    with django_assert_num_queries(25):
        html = client.get("/").content.decode()
    assert "Give the 2025 count, not 2024&#x27;s." in html
    assert "Wanted persons detained (missing)" in html
    assert "Round 2025: results due by" in html


def test_the_analyst_home_lists_drafts_to_submit(rw, client, english):
    """Belarus's analyst sees its draft."""
    client.force_login(rw.analyst_blr)
    html = client.get("/").content.decode()
    assert 'class="drafts"' in html
    assert "Wanted persons detained, 2025" in html


def test_the_secretariat_home_shows_awaiting_not_reported_and_readiness(
    rw, sec_client, django_assert_num_queries
):
    """The secretariat sees one result awaiting verification, Belarus and Russia not reported, not ready."""
    with django_assert_num_queries(24):  # the figures' grids in one batch across years, as above
        html = sec_client.get("/").content.decode()
    assert "1 result awaits verification" in html
    assert "Belarus (BLR)" in html and "Russian Federation (RUS)" in html
    assert "Not ready to issue" in html


def test_the_secretariat_home_says_when_the_year_is_ready(rw, sec_client):
    Result.objects.filter(year=2025).update(status=Result.Status.VERIFIED)
    ResultFactory(indicator=rw.wanted, year=2025, state=rw.rus)
    html = sec_client.get("/").content.decode()
    assert "the year is ready to issue" in html


def test_the_reviewer_home_is_the_figures(rw, client, reviewer, english, django_assert_num_queries):
    """A reviewer's dashboard has no round section, only the figures."""
    client.force_login(reviewer)
    with django_assert_num_queries(15):  # the figures' grids in one batch across years, as above
        html = client.get("/").content.decode()
    assert 'id="home-heading"' not in html
    assert "Figures of 2024" in html


def test_a_user_turns_reminders_off_on_the_settings_page(rw, client, english):
    """The analyst unticks reminders and saves; the profile remembers it."""
    client.force_login(rw.analyst_kaz)
    page = client.get(reverse("portal:account_settings")).content.decode()
    assert 'name="reminders"' in page and "checked" in page
    client.post(reverse("portal:account_settings"), {})
    rw.analyst_kaz.profile.refresh_from_db()
    assert rw.analyst_kaz.profile.reminders is False


def test_a_user_without_profile_can_save_settings(db, client, english):
    user = UserFactory(username="plain", role="reviewer")
    user.profile.delete()
    client.force_login(user)
    client.post(reverse("portal:account_settings"), {"reminders": "on"})
    user.refresh_from_db()
    assert user.profile.reminders is True


def test_the_issues_scenario_without_a_round_keeps_2024_as_the_figures(rw, client, reviewer, english):
    """No round opened for 2025 and only Kazakhstan's 2025 results verified: the reviewer still sees
    2024 (CIS-wide totals, verified) as the figures, and 2025 as a year in progress, 1 of 3 states."""
    rw.round.delete()
    client.force_login(reviewer)
    html = client.get("/").content.decode()
    assert "Figures of 2024" in html
    assert "Figures of 2025" not in html
    assert "The year in progress: 2025" in html
    html = client.get("/?year=2025").content.decode()
    assert "Figures of 2025 (provisional)" in html
    assert "1 of 3 states have all their results verified" in html
    page = client.get(reverse("portal:indicator_detail", args=["wanted_detained"])).content.decode()
    assert "provisional: 1 of 3 states" in page
    assert page.count("provisional-year") == 1


def test_a_verified_cis_wide_total_makes_its_indicator_final(rw, client, reviewer, english):
    """A verified CIS-wide total of 2025 firearms is the CIS's figure: that page has no provisional
    mark, while wanted persons, still awaited from Belarus and Russia, stay provisional."""
    ResultFactory(indicator=rw.firearms, year=2025, programme=rw.programme, value=900)
    client.force_login(reviewer)
    page = client.get(reverse("portal:indicator_detail", args=["firearms_seized"])).content.decode()
    assert "provisional-year" not in page
    page = client.get(reverse("portal:indicator_detail", args=["wanted_detained"])).content.decode()
    assert "provisional: 1 of 3 states" in page


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_figures_cost_the_same_queries_whatever_the_number_of_years(rw, client, reviewer, english):
    """Completeness is read in one batch: more years of results add no query to the dashboard or
    the indicator page."""
    client.force_login(reviewer)
    page = reverse("portal:indicator_detail", args=["firearms_seized"])
    before = (_queries(client, "/"), _queries(client, page))
    for year in (2019, 2020, 2021, 2022, 2023):
        ResultFactory(indicator=rw.firearms, year=year, state=rw.kaz, value=year)
        if year % 2:  # some years with a round opened, some without
            ReportingRound.objects.create(year=year, deadline=datetime.date(year + 1, 3, 1))
    assert (_queries(client, "/"), _queries(client, page)) == before
