"""The secretariat's reporting round in a real browser, from states missing to issued; axe checks."""

import datetime

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import Page, expect

from measures.models import ReportingRound, Result
from measures.rounds import round_grid
from reports.models import AnnualReport, ReportRevision
from tests.browser.test_reviewer_journey import log_in, serious_violations
from tests.jobs.workers import run_worker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server):
    """The demo data and accounts, an open 2025 round and the 2025 report's record."""
    call_command("load_demo", with_users=True, verbosity=0)
    ReportingRound.objects.create(year=2025, deadline=datetime.date(2026, 3, 31))
    AnnualReport.objects.create(year=2025)
    return live_server.url


def submit_every_expected_result() -> int:
    """What the states' analysts do meanwhile: each expected result entered and submitted."""
    grid = round_grid(2025)
    rows = [
        Result(
            indicator=indicator,
            year=2025,
            state_id=reporter.state_id,
            body_id=reporter.body_id,
            value=1500 + n,
            status=Result.Status.SUBMITTED,
        )
        for n, (reporter, indicator, _) in enumerate(grid.triples())
    ]
    Result.objects.bulk_create(rows)
    return len(rows)


def test_the_secretariat_takes_a_round_from_states_missing_to_issued(page: Page, site, artifacts):
    """The secretariat sees every state missing, then, once the states have submitted, verifies
    the whole list at 1366 px (value and status in view); the year is ready to issue, and issuing
    (confirmed on its page, run as a job) makes revision 1 and locks the year; the round's pages,
    the issue and job pages and the analysts' admin pages have no serious accessibility violation."""
    base = site
    problems: dict[str, list[str]] = {}
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, base, "secretariat", settings.DEMO_PASSWORD)
    page.get_by_role("button", name="English").click()

    home = page.locator("section.home")
    expect(home).to_contain_text("No result awaits verification.")
    expect(home.locator("ul.not-reported li").first).to_be_visible()
    expect(home).to_contain_text("Not ready to issue")
    problems["home"] = serious_violations(page)

    home.get_by_role("link", name="Completeness grid").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reporting round 2025")
    expect(page.locator(".round-grid .status-missing").first).to_be_visible()
    expect(page.locator(".round-grid .status-verified")).to_have_count(0)
    problems["round"] = serious_violations(page)
    page.screenshot(path=artifacts / "round-missing.png", full_page=True)

    count = submit_every_expected_result()
    # Submitted but unverified: 2025's figures are provisional wherever they show.
    page.goto(base + "/measures/indicators/firearms_seized/")
    expect(page.locator(".provisional-year")).to_contain_text("provisional: 0 of")
    problems["indicator-provisional"] = serious_violations(page)
    page.goto(base + "/?year=2025")
    expect(page.locator("#figures-heading")).to_have_text("Figures of 2025 (provisional)")
    problems["dashboard-provisional"] = serious_violations(page)
    page.goto(base + "/")
    expect(home).to_contain_text(f"{count} results await verification")
    home.get_by_role("link", name=f"{count} results await verification").click()

    # The verification list: names and formatted values, value and status within the screen.
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(count)
    first = rows.first
    expect(first.locator("td.field-value_shown")).to_have_text("1,500")
    for column in ("td.field-value_shown", "td.field-status"):
        box = first.locator(column).bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1366, column
    problems["verification-list"] = serious_violations(page)
    page.screenshot(path=artifacts / "verification-list.png")

    page.locator("#action-toggle").check()
    page.locator("select[name=action]").select_option("verify_selected")
    page.get_by_role("button", name="Go").click()
    expect(page.locator(".messagelist")).to_contain_text(f"{count} results verified.")

    page.goto(base + "/round/2025/")
    expect(page.locator(".round-grid .status-verified")).to_have_count(count)
    expect(page.locator(".round-state")).to_contain_text("ready to issue")
    page.goto(base + "/")
    expect(home).to_contain_text("the year is ready to issue")
    expect(page.locator("#figures-heading")).to_have_text("Figures of 2025")
    page.screenshot(path=artifacts / "round-verified.png", full_page=True)

    # Issuing: a look at what it will hold first, then the job, then the revision named.
    page.goto(base + "/reports/2025/issue/")
    problems["issue-page"] = serious_violations(page)
    page.get_by_role("button", name="Issue as revision 1").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("2025")
    run_worker()  # a real worker process, as `make run` starts beside the server
    # The job's page refreshes itself until the job is done: no reload by hand.
    expect(page.locator("main")).to_contain_text("issued as revision 1", timeout=15_000)
    problems["job-page"] = serious_violations(page)
    assert ReportRevision.objects.filter(report__year=2025, number=1).exists()
    page.goto(base + "/reports/2025/issue/")
    expect(page.locator("main")).to_contain_text("Revision 1, issued")
    expect(page.get_by_role("button", name="Unlock the year")).to_be_visible()
    page.screenshot(path=artifacts / "round-issued.png", full_page=True)

    # The admin pages an analyst works in: the results list, a result's form, the import.
    page.get_by_role("button", name="Log out").click()
    log_in(page, base, "analyst-kaz", settings.DEMO_PASSWORD)
    expect(page.locator("section.home")).to_contain_text("Everything the round asks of you is submitted.")
    problems["analyst-home"] = serious_violations(page)
    for name, path in [
        ("admin-results", "/admin/measures/result/"),
        ("admin-result-form", "/admin/measures/result/add/"),
        ("admin-import", "/admin/measures/result/import/"),
    ]:
        page.goto(base + path)
        expect(page.locator("#content")).to_be_visible()
        problems[name] = serious_violations(page)
        page.screenshot(path=artifacts / f"{name}.png", full_page=True)
    combobox = page.goto(base + "/admin/measures/result/add/") and page.locator(".select2-selection").first
    expect(combobox).to_have_attribute("aria-labelledby", "id_indicator-label select2-id_indicator-container")
    page.goto(base + "/account/settings/")
    problems["settings"] = serious_violations(page)

    assert {name: found for name, found in problems.items() if found} == {}
