"""The site's pages: login required, stable keys in URLs, pinned query counts, both languages."""

import re

import pytest
from django.urls import reverse
from django.utils.text import capfirst

from measures.models import MeasureProgress, Operation, Result
from programmes.models import Body
from tests.factories import (
    BodyFactory,
    IndicatorFactory,
    MeasureFactory,
    ObjectiveFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
)

# The dashboard reads the latest issued report once the report models exist (one query more).

# Every page of the site and the number of queries it runs, whatever the amount of data:
# session, user, the user's groups (role), then the page's own reads.
PAGES = [
    ("/", 8),
    ("/programmes/", 4),
    ("/programmes/timeline/", 4),
    ("/programmes/ct-2023-2025/", 11),
    ("/measures/operations/", 8),
    ("/measures/operations/?year=2024&kind=international&state=KAZ&programme=ct-2023-2025", 10),
    ("/measures/operations/{barrier}/", 9),
    ("/measures/indicators/", 4),
    ("/measures/indicators/firearms_seized/", 5),
]


def more_data(world) -> None:
    """Many more rows of every kind the pages read, to show their cost does not grow."""
    bodies = list(Body.objects.all())
    states = list(world.barrier.participating_states.all())
    for n in range(5):
        programme = ProgrammeFactory(slug=f"drugs-{n}", theme="drugs", start_year=2010 + n, end_year=2012 + n)
        ObjectiveFactory(programme=world.ct_2023, number=10 + n)
        measure = MeasureFactory(programme=world.ct_2023, code=f"9.{n}")
        measure.responsible_bodies.add(*bodies)
        MeasureProgress.objects.create(measure=measure, year=2024, note_en="Done", note_ru="Сделано")
        operation = OperationFactory(name=f"Extra {n}", year=2024, programme=world.ct_2023)
        operation.participating_states.add(*states)
        world.barrier.participating_bodies.add(BodyFactory())
        indicator = IndicatorFactory(code=f"extra_{n}")
        ResultFactory(indicator=indicator, year=2023, programme=world.ct_2023, value=n)
        ResultFactory(indicator=indicator, year=2024, programme=world.ct_2023, value=n + 1)
        ResultFactory(indicator=indicator, year=2024, operation=world.barrier, state=states[0], value=n)
        ResultFactory(indicator=world.firearms, year=2012 + n, programme=programme, value=n)


@pytest.mark.parametrize(("url", "queries"), PAGES)
def test_page_query_count_is_pinned_and_does_not_grow_with_data(
    client, world, reviewer, django_assert_num_queries, url, queries
):
    """Each page runs a fixed number of queries, the same with five times the rows."""
    client.force_login(reviewer)
    url = url.format(barrier=world.barrier.pk)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
    more_data(world)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", [url for url, _ in PAGES])
def test_every_page_requires_login(client, world, url):
    """An anonymous visitor is sent to the login page, and back to the page afterwards."""
    response = client.get(url.format(barrier=world.barrier.pk))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")


def test_login_page_logs_in_and_lands_on_the_dashboard(client, world, reviewer):
    """The login form accepts the user's password and opens the dashboard."""
    response = client.post(reverse("login"), {"username": reviewer.username, "password": "pw"})
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert client.get(response["Location"]).status_code == 200


def test_logout_is_a_post_and_ends_the_session(reviewer_client):
    """Logging out from the layout's button ends the session: pages ask for login again."""
    reviewer_client.post(reverse("logout"))
    assert reviewer_client.get("/").status_code == 302


@pytest.mark.parametrize(
    "url",
    [
        "/programmes/no-such-programme/",
        "/measures/operations/2023/barrier/",
        "/measures/operations/2024/no-such-operation/",
        "/measures/operations/999999/",
        "/measures/indicators/no_such_indicator/",
    ],
)
def test_unknown_keys_are_not_found(reviewer_client, world, url):
    """A programme, operation (by id, or by its earlier year + name) or indicator unknown gives 404."""
    assert reviewer_client.get(url).status_code == 404


def test_urls_use_stable_keys(world):
    """Programmes are addressed by slug, indicators by code, operations by id (their names are free
    text); an operation's earlier address by year and name redirects to its page."""
    assert reverse("portal:programme_detail", args=[world.ct_2023.slug]) == "/programmes/ct-2023-2025/"
    barrier = reverse("portal:operation_detail", args=[world.barrier.pk])
    assert barrier == f"/measures/operations/{world.barrier.pk}/"
    west = Operation.objects.get(name="West 2024")
    assert reverse("portal:operation_by_name", args=[west.year, west.name_key]).endswith("/2024/west-2024/")
    assert (
        reverse("portal:indicator_detail", args=["firearms_seized"])
        == "/measures/indicators/firearms_seized/"
    )


def test_layout_shows_navigation_user_role_and_language_switch(reviewer_client, world, reviewer):
    """Every page shows the navigation, the user's name and role, and a Russian/English switch."""
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    html = reviewer_client.get("/programmes/timeline/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for href in (
        "/",
        "/programmes/timeline/",
        "/programmes/",
        "/measures/operations/",
        "/measures/indicators/",
        "/reports/",
    ):
        assert f'href="{href}"' in html
    assert "Rita Reviewer" in html
    assert "(reviewer)" in html
    assert f'action="{reverse("set_language")}"' in html
    assert 'name="language" value="ru"' in html and 'name="language" value="en"' in html
    # Reviewers do not use the admin: no link to it.
    assert 'href="/admin/"' not in html


def test_analysts_and_the_secretariat_get_a_link_to_the_admin(client, world, analyst_kaz, secretariat):
    """Those who enter and verify data find the administration in the navigation."""
    for user in (analyst_kaz, secretariat):
        client.force_login(user)
        assert 'href="/admin/"' in client.get("/").content.decode()


def test_language_switch_shows_the_same_page_in_russian(reviewer_client, world):
    """After choosing Russian the programme page gives its Russian title and Russian numbers."""
    response = reviewer_client.post(
        reverse("set_language"), {"language": "ru", "next": "/programmes/ct-2023-2025/"}
    )
    assert response["Location"] == "/programmes/ct-2023-2025/"
    html = reviewer_client.get("/programmes/ct-2023-2025/").content.decode()
    assert '<html lang="ru">' in html
    assert world.ct_2023.title_ru in html
    assert world.firearms.name_ru in html
    assert "382,8" in html
    assert "14 октября 2022" in html
    reviewer_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = reviewer_client.get("/programmes/ct-2023-2025/").content.decode()
    assert world.ct_2023.title_en in html
    assert "382.8" in html
    assert "14 October 2022" in html


def test_programme_page_shows_decision_objectives_measures_operations_and_neighbours(reviewer_client, world):
    """The programme page gives its approving decision, objectives, measures with progress,
    operations by year and links to the previous and next programme of its series."""
    html = reviewer_client.get("/programmes/ct-2023-2025/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Council of Heads of State, 14 October 2022" in html
    assert "Prevention of terrorism" in html
    assert world.measure.text_en in html
    assert "in progress" in html
    assert "Exercise held in Uzbekistan" in html
    # The latest year first: the programme page shows the most recent operations.
    assert html.index("<h3>2024</h3>") < html.index("West 2024") < html.index("<h3>2023</h3>")
    assert html.index("<h3>2023</h3>") < html.index("Shield 2023")
    assert 'rel="prev" href="/programmes/ct-2020-2022/"' in html
    assert 'rel="next" href="/programmes/ct-2026-2028/"' in html
    assert f'href="/measures/operations/{world.barrier.pk}/"' in html


def test_programme_results_table_uses_totals_and_has_a_trend_per_indicator(reviewer_client, world):
    """The results table prints the CIS-wide total of each year and one trend chart per indicator."""
    response = reviewer_client.get("/programmes/ct-2023-2025/", HTTP_ACCEPT_LANGUAGE="en")
    years = response.context["years"]
    assert years == [2023, 2024]
    rows = {row["indicator"].code: row for row in response.context["table"]}
    assert [cell.value for cell in rows["firearms_seized"]["cells"]] == [500, 590]
    assert rows["explosives_seized_kg"]["cells"][0] is None
    assert str(rows["firearms_seized"]["chart"]).count('class="point"') == 2
    assert str(rows["explosives_seized_kg"]["chart"]).count('class="point"') == 1


def test_timeline_page_draws_every_programme_with_a_text_alternative(reviewer_client, world):
    """The timeline has a bar per programme with a period, a point for ct-2008, and a table."""
    html = reviewer_client.get("/programmes/timeline/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert html.count('<rect class="bar"') == 4
    for slug in ("ct-2020-2022", "ct-2023-2025", "ct-2026-2028", "border-2026-2030"):
        assert f'data-slug="{slug}"' in html
        assert html.count(f'href="/programmes/{slug}/"') == 2  # the bar and the table row
    assert '<circle class="point"' in html and 'data-slug="ct-2008"' in html
    assert "period unknown; in force in 2008" in html
    assert 'class="today"' in html


def test_dashboard_gives_latest_verified_year_changes_programmes_in_force_and_reports(reviewer_client, world):
    """The dashboard names the latest verified year (not a draft-only year), each indicator's
    figure with its change from the year before, the programmes in force and the reports."""
    from django.utils import timezone

    year = timezone.localdate().year
    current = ProgrammeFactory(slug="now", theme="crime", start_year=year - 1, end_year=year + 1)
    ProgrammeFactory(
        slug="agreeing", theme="drugs", start_year=year, end_year=year + 2, status="being_agreed"
    )
    response = reviewer_client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.context["year"] == 2024
    changes = {row.indicator.code: row for row in response.context["changes"]}
    assert changes["firearms_seized"].current.value == 590
    assert changes["firearms_seized"].change == 90
    assert changes["explosives_seized_kg"].previous is None
    html = response.content.decode()
    assert "+90" in html
    assert "no figure the year before" in html
    assert list(response.context["in_force"]) == [current]
    assert "No report has been issued yet." in html


def test_indicator_page_lists_every_year_with_chart_and_change(reviewer_client, world):
    """The indicator page gives each year's figure, its change from the year before, and a chart."""
    ResultFactory(indicator=world.firearms, year=2008, value=6500)
    response = reviewer_client.get("/measures/indicators/firearms_seized/", HTTP_ACCEPT_LANGUAGE="en")
    rows = response.context["rows"]
    assert [(r["figure"].year, r["figure"].value, r["change"]) for r in rows] == [
        (2008, 6500, None),
        (2023, 500, None),
        (2024, 590, 90),
    ]
    chart = str(response.context["chart"])
    assert [f'data-year="{y}"' in chart for y in (2008, 2023, 2024)] == [True, True, True]
    assert "6,500" in response.content.decode()


def test_operation_page_shows_participants_and_results(reviewer_client, world):
    """The operation page names its coordinating body, participating states and verified results."""
    html = reviewer_client.get(
        reverse("portal:operation_detail", args=[world.barrier.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "CIS Anti-Terrorism Centre" in html
    assert "Republic of Kazakhstan" in html and "Republic of Belarus" in html
    # Descriptions are clauses for the report's sentences; the page starts them with a capital.
    assert capfirst(world.barrier.description_en) in html
    assert "Firearms seized" in html
    assert Result.objects.filter(operation=world.barrier).count() == 2


def test_programme_page_lists_the_latest_operations_and_points_to_the_rest(demo, reviewer_client):
    """With thousands of operations the programme page lists the 50 latest and links to the full list."""
    from measures.models import Operation
    from portal.views.programmes import OPERATIONS_SHOWN
    from programmes.models import Programme

    programme = Programme.objects.get(slug="ct-2023-2025")
    Operation.objects.bulk_create(
        Operation(name=f"Drill {n}", name_key=f"drill-{n}", year=2023, kind="exercise", programme=programme)
        for n in range(1000)
    )
    html = reviewer_client.get("/programmes/ct-2023-2025/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert len(re.findall(r'href="/measures/operations/\d+/"', html)) == OPERATIONS_SHOWN
    assert "West 2024" in html  # the latest year comes first
    assert f"The {OPERATIONS_SHOWN} most recent are listed here." in html
    assert 'href="/measures/operations/?programme=ct-2023-2025"' in html
