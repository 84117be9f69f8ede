"""The report preview names the reporters still missing from the year's round."""

import pytest
from django.urls import reverse

from measures.models import Result
from tests.factories import ResultFactory
from tests.rounds import build_round

pytestmark = pytest.mark.django_db


def test_the_preview_lists_the_missing_reporters(client, secretariat):
    """Belarus and Russia are named as still to come; Kazakhstan, all verified, is not."""
    build_round()
    client.force_login(secretariat)
    html = client.get(reverse("reports:preview", args=[2025]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Missing reporters" in html
    missing = html.split('class="missing-reporters"')[1].split("</ul>")[0]
    assert "(BLR)" in missing and "(RUS)" in missing and "(KAZ)" not in missing


def test_a_complete_round_lists_no_missing_reporter(client, secretariat):
    rw = build_round()
    Result.objects.filter(year=2025).update(status=Result.Status.VERIFIED)
    ResultFactory(indicator=rw.wanted, year=2025, state=rw.rus)
    client.force_login(secretariat)
    html = client.get(reverse("reports:preview", args=[2025]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Missing reporters" not in html


def test_the_preview_of_a_year_without_a_round_lists_the_missing_reporters(client, secretariat):
    """With no round opened for 2025, the default expectations still name Belarus and Russia."""
    build_round().round.delete()
    client.force_login(secretariat)
    html = client.get(reverse("reports:preview", args=[2025]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    missing = html.split('class="missing-reporters"')[1].split("</ul>")[0]
    assert "(BLR)" in missing and "(RUS)" in missing and "(KAZ)" not in missing
