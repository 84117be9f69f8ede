"""A reviewer's journey through the site in a real browser, in English and Russian, checked by axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import Page, expect

from measures.models import Indicator
from programmes.models import Programme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SERIOUS = {"serious", "critical"}


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the current page, one line each."""
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


def log_in(page: Page, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + "/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label(re.compile("User name|Имя пользователя")).fill(username)
    page.get_by_label(re.compile("Password|Пароль")).fill(password)
    page.get_by_role("button", name=re.compile("Log in|Войти")).click()


def cell(page: Page, indicator: str, column: int):
    """The results table's cell of an indicator's row in a column (0 is the row header)."""
    row = page.locator("table.results tbody tr", has=page.get_by_role("link", name=indicator, exact=True))
    return row.locator("td").nth(column - 1)


@pytest.fixture
def site(live_server):
    """The live server with the demo data and the demo accounts."""
    call_command("load_demo", with_users=True, verbosity=0)
    return live_server.url


def test_reviewer_follows_the_timeline_to_the_2024_results_in_both_languages(page: Page, site, artifacts):
    """A reviewer logs in, opens the timeline, follows the 2023-2025 bar, reads its 2024
    figures, switches to Russian and reads the same page in Russian; no page has a serious
    accessibility violation."""
    base = site
    programme = Programme.objects.get(slug="ct-2023-2025")
    indicators = {i.code: i for i in Indicator.objects.all()}
    problems: dict[str, list[str]] = {}

    page.goto(base + "/accounts/login/")
    problems["login"] = serious_violations(page)
    log_in(page, base, "reviewer", settings.DEMO_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    expect(page.locator(".site-user")).to_contain_text("(reviewer)")
    problems["dashboard"] = serious_violations(page)
    page.screenshot(path=artifacts / "dashboard-en.png", full_page=True)

    page.get_by_role("navigation", name="Main navigation").get_by_role("link", name="Timeline").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Timeline of the programmes")
    bar = page.locator("svg.timeline a.programme", has=page.locator("rect[data-slug='ct-2023-2025']"))
    expect(bar).to_have_count(1)
    problems["timeline"] = serious_violations(page)
    page.screenshot(path=artifacts / "timeline-en.png", full_page=True)

    bar.click()
    expect(page).to_have_url(base + "/programmes/ct-2023-2025/")
    expect(page.get_by_role("heading", level=1)).to_have_text(programme.title_en)
    results = page.locator("table.results")
    header = [cell.strip() for cell in results.locator("thead th").all_inner_texts()]
    column = header.index("2024")
    expect(cell(page, indicators["firearms_seized"].name_en, column)).to_have_text("590")
    expect(cell(page, indicators["ammunition_seized"].name_en, column)).to_have_text("62,364")
    expect(cell(page, indicators["explosives_seized_kg"].name_en, column)).to_have_text("382.8")
    problems["programme"] = serious_violations(page)
    page.screenshot(path=artifacts / "programme-ct-2023-2025-en.png", full_page=True)

    page.get_by_role("button", name="Русский").click()
    expect(page).to_have_url(base + "/programmes/ct-2023-2025/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.get_by_role("heading", level=1)).to_have_text(programme.title_ru)
    expect(cell(page, indicators["firearms_seized"].name_ru, column)).to_have_text("590")
    # Russian groups digits with a no-break space and writes the decimal comma.
    expect(cell(page, indicators["ammunition_seized"].name_ru, column)).to_have_text("62\u00a0364")
    expect(cell(page, indicators["explosives_seized_kg"].name_ru, column)).to_have_text("382,8")
    problems["programme-ru"] = serious_violations(page)
    page.screenshot(path=artifacts / "programme-ct-2023-2025-ru.png", full_page=True)

    page.get_by_role("button", name="English").click()
    for name, path in [
        ("operations", "/measures/operations/"),
        ("operations-filtered", "/measures/operations/?year=2024&kind=international&state=KAZ"),
        ("operation", "/measures/operations/2024/east-anti-terror-2024/"),
        ("indicators", "/measures/indicators/"),
        ("indicator", "/measures/indicators/firearms_seized/"),
        ("programmes", "/programmes/"),
    ]:
        page.goto(base + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        problems[name] = serious_violations(page)
        page.screenshot(path=artifacts / f"{name}-en.png", full_page=True)

    assert {name: found for name, found in problems.items() if found} == {}


def test_site_is_usable_at_a_phones_width(page: Page, site, artifacts):
    """On a phone-sized screen the navigation stays reachable, no page scrolls sideways as a
    whole (wide tables and the timeline scroll inside their own box), and the keyboard focus
    is visible."""
    base = site
    page.set_viewport_size({"width": 375, "height": 740})
    log_in(page, base, "reviewer", settings.DEMO_PASSWORD)
    problems = {}
    for name, path in [
        ("dashboard", "/"),
        ("timeline", "/programmes/timeline/"),
        ("programme", "/programmes/ct-2023-2025/"),
        ("operations", "/measures/operations/"),
    ]:
        page.goto(base + path)
        expect(page.get_by_role("navigation", name="Main navigation")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
        problems[name] = serious_violations(page)
        page.screenshot(path=artifacts / f"{name}-phone.png", full_page=True)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    assert {name: found for name, found in problems.items() if found} == {}


def test_print_stylesheet_leaves_out_navigation_and_keeps_the_content(page: Page, site, artifacts):
    """Printed, a programme page drops the navigation, forms and footer and keeps its
    heading, results table and charts."""
    base = site
    log_in(page, base, "reviewer", settings.DEMO_PASSWORD)
    page.goto(base + "/programmes/ct-2023-2025/")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Main navigation")).to_be_hidden()
    expect(page.locator("form.language-switch")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("table.results")).to_be_visible()
    expect(page.locator("table.results svg.trend").first).to_be_visible()
    page.pdf(path=artifacts / "programme-ct-2023-2025-print.pdf", format="A4")
    assert (artifacts / "programme-ct-2023-2025-print.pdf").stat().st_size > 0
