"""Every page of the site over the demo data: each programme, operation and indicator opens."""

import pytest
from django.urls import reverse

from measures.models import Indicator, Operation
from programmes.models import Programme


@pytest.fixture
def demo_pages(demo) -> list[str]:
    return [
        "/",
        reverse("portal:timeline"),
        reverse("portal:programme_list"),
        reverse("portal:operation_list"),
        reverse("portal:indicator_list"),
        *(
            reverse("portal:programme_detail", args=[slug])
            for slug in Programme.objects.values_list("slug", flat=True)
        ),
        *(
            reverse("portal:operation_detail", args=[pk])
            for pk in Operation.objects.values_list("pk", flat=True)
        ),
        *(
            reverse("portal:indicator_detail", args=[code])
            for code in Indicator.objects.values_list("code", flat=True)
        ),
    ]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_demo_page_opens_in_both_languages_with_bounded_queries(
    reviewer_client, demo_pages, django_assert_max_num_queries, language
):
    """Each programme, operation and indicator of the demo has a working page in each language,
    none costing more than a dozen queries."""
    for url in demo_pages:
        with django_assert_max_num_queries(12):
            response = reviewer_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200, url
        assert f'<html lang="{language}">' in response.content.decode()


def test_demo_timeline_has_every_programme(reviewer_client, demo):
    """The timeline of the demo draws all its programmes: bars for periods, points for 2008."""
    html = reviewer_client.get(reverse("portal:timeline")).content.decode()
    with_period = Programme.objects.filter(start_year__isnull=False).count()
    without = Programme.objects.filter(start_year__isnull=True).count()
    assert html.count('<rect class="bar"') == with_period
    assert html.count('<circle class="point"') == without == 5


def test_demo_programme_page_gives_the_2024_figures_of_the_report(reviewer_client, demo):
    """ct-2023-2025's page shows the 2024 figures of the submission, in the language's format."""
    response = reviewer_client.get(
        reverse("portal:programme_detail", args=["ct-2023-2025"]), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.context["years"] == [2024]
    figures = {row["indicator"].code: row["cells"][0].value for row in response.context["table"]}
    assert figures["ammunition_seized"] == 62364
    html = response.content.decode()
    assert "62,364" in html and "382.8" in html
    html = reviewer_client.get(
        reverse("portal:programme_detail", args=["ct-2023-2025"]), HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "62\u00a0364" in html and "382,8" in html


def test_timeline_for_print_has_no_links(demo):
    """The annex's timeline (no links to the site) draws the same programmes without anchors."""
    from core.charts import timeline_svg
    from portal.selectors import timeline_bars

    svg = timeline_svg(timeline_bars(with_links=False), title="Timeline")
    assert "<a " not in svg
    assert svg.count('class="programme"') == Programme.objects.count()
