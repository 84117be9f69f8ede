"""The results list as the verification list: names, formatted values, the year before and a flag."""

import pytest
from django.urls import reverse

from measures.admin_verification import format_value, is_jump
from measures.models import Result
from tests.rounds import build_round

pytestmark = pytest.mark.django_db


def test_values_are_written_in_the_readers_language_with_their_qualifier():
    """1500.000 reads 1,500 in English and "more than 8 200" in Russian, never a code."""
    from decimal import Decimal

    from django.utils import translation

    with translation.override("en"):
        assert format_value(Decimal("1500.000"), 0) == "1,500"
        assert format_value(Decimal("382.800"), 1, "about") == "about 382.8"
    with translation.override("ru"):
        assert format_value(Decimal("8200"), 0, "more_than") == "более 8\xa0200"


@pytest.mark.parametrize(
    ("value", "previous", "flagged"),
    [(301, 100, True), (300, 100, False), (33, 100, True), (34, 100, False), (5, None, False), (5, 0, False)],
)
def test_a_jump_over_three_times_or_under_a_third_is_flagged(value, previous, flagged):
    assert is_jump(value, previous) is flagged


def test_the_list_shows_names_last_year_and_the_change(client, secretariat, django_assert_num_queries):
    """Kazakhstan's 400 firearms beside last year's 100: +300 and a flag; the name, not the code."""
    build_round()
    client.force_login(secretariat)
    url = reverse("admin:measures_result_changelist") + "?year=2025"
    with django_assert_num_queries(11):
        html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Firearms seized" in html
    kaz_row = next(line for line in html.split("<tr") if "400" in line and "KAZ" in line)
    assert "+300" in kaz_row and "jump" in kaz_row
    assert "1500.000" not in html and ">400.000<" not in html


def test_another_states_unverified_value_of_last_year_stays_hidden(client):
    """Belarus's analyst sees Kazakhstan's verified 2025 value, but not its 2024 draft beside it."""
    rw = build_round()
    Result.objects.filter(year=2024, indicator=rw.firearms).update(status=Result.Status.DRAFT)
    client.force_login(rw.analyst_blr)
    url = reverse("admin:measures_result_changelist") + "?year=2025"
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    kaz_row = next(line for line in html.split("<tr") if "400" in line and "KAZ" in line)
    assert "+300" not in kaz_row
