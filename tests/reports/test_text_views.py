"""The editor of the report's text, through HTTP: who may edit, what a save changes in the PDF."""

import pytest
from django.urls import reverse

from jobs.models import Job
from measures.models import Result
from reports.models import AnnualReport, Mandate, Passage
from tests.factories import IndicatorFactory, MemberStateFactory, ResultFactory, UserFactory
from tests.jobs.workers import run_queued_jobs_here

from .conftest import docx_paragraphs, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(db):
    mandate = Mandate.objects.create(
        resolution="78/115",
        adopted_on="2023-12-07",
        paragraph=23,
        subject_en="the measures",
        subject_ru="мерах",
    )
    report = AnnualReport.objects.create(year=2024, mandate=mandate, include_annex=False)
    indicator = IndicatorFactory(code="firearms_seized", noun_en_one="firearm", noun_en_other="firearms")
    ResultFactory(indicator=indicator, value=590)
    Passage.objects.create(
        report=report, position=1, text_en="Work went on.", text_ru="Работа шла.", edited=True
    )
    Passage.objects.create(
        report=report,
        position=2,
        key="results",
        text_en="In all, {{ firearms_seized }} {{ firearms_seized.verb }}.",
        text_ru="Всего {{ firearms_seized.verb }} {{ firearms_seized }}.",
        edited=True,
    )
    return report


def form(report, **changes) -> dict:
    """The editor's form as a browser sends it, with some texts changed."""
    data = {"passage": [], "action": changes.pop("action", "save")}
    for passage in report.passages.order_by("position"):
        data["passage"].append(str(passage.pk))
        for lang in ("ru", "en"):
            name = f"passage-{passage.pk}-{lang}"
            data[name] = changes.get(name, getattr(passage, f"text_{lang}"))
    return data


def english_pdf(client, year=2024) -> str:
    """The English draft PDF, rendered by its job and downloaded from the job's page."""
    started = client.post(reverse("reports:draft_pdf", args=[year, "en"]))
    assert started.status_code == 302
    run_queued_jobs_here()
    job = Job.objects.filter(kind="report_draft").latest("pk")
    response = client.get(reverse("jobs:download", args=[job.pk]))
    assert response.status_code == 200
    return pdf_text(b"".join(response.streaming_content))


def test_the_editor_shows_both_languages_and_the_years_references(
    secretariat_client, report, django_assert_num_queries
):
    """The secretariat gets a plain form: each passage in Russian and English, the references listed.

    The page costs a fixed number of queries, however many passages the report has.
    """
    for n in range(3, 8):
        Passage.objects.create(report=report, position=n, key="operations" if n % 2 else "")
    with django_assert_num_queries(14):
        page = secretariat_client.get(reverse("reports:text", args=[2024]))
    html = page.content.decode()
    assert page.status_code == 200
    assert 'name="passage-' in html and 'lang="ru"' in html and 'lang="en"' in html
    assert "{{ firearms_seized }}" in html and "590" in html
    # Each passage with references also shows how the report prints it.
    assert "In all, 590 firearms were seized." in html
    assert reverse("reports:preview", args=[2024]) in html


def test_an_edit_appears_in_the_pdf_and_is_recorded_in_history(secretariat_client, report):
    """A saved passage is what the PDF and the Word file print; the save leaves a history record
    with its author."""
    first = report.passages.get(position=1)
    response = secretariat_client.post(
        reverse("reports:text", args=[2024]),
        form(report, **{f"passage-{first.pk}-en": "The secretariat rewrote this sentence."}),
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.text_en == "The secretariat rewrote this sentence." and first.en_edited_at
    assert first.history.count() == 2 and first.history.first().history_user.username == "sec"
    assert "The secretariat rewrote this sentence." in english_pdf(secretariat_client)
    assert secretariat_client.post(reverse("reports:draft_docx", args=[2024, "en"])).status_code == 302
    run_queued_jobs_here()
    word = secretariat_client.get(reverse("jobs:download", args=[Job.objects.latest("pk").pk]))
    assert "The secretariat rewrote this sentence." in docx_paragraphs(b"".join(word.streaming_content))


def test_a_reference_follows_the_verified_figure(secretariat_client, report):
    """After the verified figure changes, the edited passage states the new value."""
    assert "In all, 590 firearms were seized." in english_pdf(secretariat_client)
    Result.objects.filter(indicator__code="firearms_seized").update(value=1)
    assert "In all, 1 firearm was seized." in english_pdf(secretariat_client)


def test_an_unknown_reference_is_refused_with_its_name(secretariat_client, report):
    """Nothing is saved, and the message names the reference and the passage."""
    first = report.passages.get(position=1)
    response = secretariat_client.post(
        reverse("reports:text", args=[2024]),
        form(report, **{f"passage-{first.pk}-ru": "Изъято {{ firearm_seized }}."}),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "{{ firearm_seized }}" in response.content.decode()
    first.refresh_from_db()
    assert first.text_ru == "Работа шла."


@pytest.mark.parametrize("role", ["analyst", "reviewer"])
def test_analysts_and_reviewers_cannot_edit(client, report, role):
    """Reading the editor and posting to it are both forbidden to anyone but the secretariat."""
    user = UserFactory(
        username=role, role=role, role__state=MemberStateFactory() if role == "analyst" else None
    )
    client.force_login(user)
    url = reverse("reports:text", args=[2024])
    assert client.get(url).status_code == 403
    assert client.post(url, form(report, action="add")).status_code == 403
    assert report.passages.count() == 2


def test_passages_are_added_moved_and_removed(secretariat_client, report):
    """Add after a passage, move it up, remove it: the order follows each step."""
    url = reverse("reports:text", args=[2024])
    first, second = report.passages.order_by("position")
    secretariat_client.post(url, form(report, action=f"add:{first.pk}"))
    added = report.passages.get(position=2)
    assert added.pk not in (first.pk, second.pk)
    secretariat_client.post(url, form(report, action=f"up:{added.pk}"))
    assert list(report.passages.order_by("position").values_list("pk", flat=True)) == [
        added.pk,
        first.pk,
        second.pk,
    ]
    secretariat_client.post(url, form(report, action=f"remove:{added.pk}"))
    assert list(report.passages.order_by("position").values_list("pk", flat=True)) == [first.pk, second.pk]


def test_composing_an_edited_passage_again_asks_first(secretariat_client, report):
    """The first click shows a confirmation and changes nothing; confirming lets the data word it."""
    url = reverse("reports:text", args=[2024])
    results = report.passages.get(key="results")
    page = secretariat_client.post(url, form(report, action=f"compose:{results.pk}"))
    assert page.status_code == 200 and f"compose-confirmed:{results.pk}" in page.content.decode()
    results.refresh_from_db()
    assert results.edited and "{{ firearms_seized }}" in results.text_en
    secretariat_client.post(url, {"action": f"compose-confirmed:{results.pk}"})
    results.refresh_from_db()
    assert not results.edited and results.text_en == ""
    assert "In 2024, 590 firearms were seized." in english_pdf(secretariat_client)


def test_the_preview_warns_about_the_text(secretariat_client, report):
    """A typed figure, a figure no passage states, an English older than its Russian: each is named."""
    first = report.passages.get(position=1)
    results = report.passages.get(key="results")
    Passage.objects.filter(pk=first.pk).update(
        text_en="We seized 590 firearms.", ru_edited_at="2025-05-10T00:00Z", en_edited_at="2025-05-01T00:00Z"
    )
    Passage.objects.filter(pk=results.pk).update(text_ru="Без цифр.")
    page = secretariat_client.get(reverse("reports:preview", args=[2024]), HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert "Passage 1 (EN): “590” is typed by hand" in html
    assert "Passage 1: the English was last edited before its Russian original." in html
    assert "is stated by no passage of the RU text" in html
    assert "no passage of the EN text" not in html


def test_a_new_years_text_starts_from_last_years(secretariat_client, report):
    """Drafting 2025: last year's written passages and edited results sentence carry over with 2025's
    figure; nothing of 2024 is stated as 2025's."""
    ResultFactory(indicator=IndicatorFactory(code="firearms_seized"), year=2025, value=12)
    Passage.objects.filter(report=report, position=1).update(text_en="Work went on in {{ year }}.")
    new = AnnualReport.objects.create(year=2025, mandate=report.mandate, include_annex=False)
    url = reverse("reports:text", args=[2025])
    assert "Draft the text" in secretariat_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    secretariat_client.post(url, {"action": "draft"})
    assert list(new.passages.values_list("key", "edited")) == [("", True), ("results", True)]
    assert all(p.history.exists() for p in new.passages.all())
    text = english_pdf(secretariat_client, 2025)
    assert "Work went on in 2025." in text and "In all, 12 firearms were seized." in text
    assert "590" not in text and "2024" not in text


def test_saving_the_form_unchanged_writes_nothing(secretariat_client, report):
    """The texts as the page shows them (a composed passage's included) post back as no change:
    no history record, and the composed passage keeps following the data."""
    import html
    import re

    from tests.factories import OperationFactory

    OperationFactory(name="Barrier")
    live = Passage.objects.create(report=report, position=3, key="operations")
    url = reverse("reports:text", args=[2024])
    page = secretariat_client.get(url).content.decode()
    data = {"action": "save", "passage": re.findall(r'name="passage" value="(\d+)"', page)}
    for name, text in re.findall(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = html.unescape(text)
    assert "Barrier" in data[f"passage-{live.pk}-en"]
    before = Passage.history.count()
    assert secretariat_client.post(url, data).status_code == 302
    assert Passage.history.count() == before
    live.refresh_from_db()
    assert live.text_en == "" and not live.edited
