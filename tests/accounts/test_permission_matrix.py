"""Each role against each model, through the admin's own pages: what it may view, add, change and delete."""

import itertools

import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.roles import ANALYST, PROJECT_APPS, REVIEWER, SECRETARIAT
from measures.models import Event, ImportRecord, Indicator, Measure, Operation, Result, YearLock
from programmes.models import Body, LegalInstrument, MemberState, Objective, Programme
from reports.models import AnnualReport, Mandate, ReportRevision
from tests.admin_forms import admin_form_data
from tests.factories import (
    BodyFactory,
    EventFactory,
    IndicatorFactory,
    LegalInstrumentFactory,
    MeasureFactory,
    MemberStateFactory,
    ObjectiveFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ALL = frozenset({"view", "add", "change", "delete"})
VIEW = frozenset({"view"})

_years = itertools.count(2000)

# A new record per call. The analyst's are their own (their state's draft, an operation it
# hosts); a reviewer's result is verified, since drafts are not theirs to see.
FACTORIES = {
    MemberState: lambda own, role: MemberStateFactory(),
    Body: lambda own, role: BodyFactory(),
    Programme: lambda own, role: ProgrammeFactory(start_year=(year := next(_years)), end_year=year + 2),
    Objective: lambda own, role: ObjectiveFactory(),
    LegalInstrument: lambda own, role: LegalInstrumentFactory(),
    Measure: lambda own, role: MeasureFactory(),
    Operation: lambda own, role: OperationFactory(host_state=own),
    Event: lambda own, role: EventFactory(),
    Indicator: lambda own, role: IndicatorFactory(),
    Result: lambda own, role: ResultFactory(
        state=own,
        indicator=IndicatorFactory(),
        status=Result.Status.VERIFIED if role == REVIEWER else Result.Status.DRAFT,
    ),
    YearLock: lambda own, role: YearLock.objects.create(year=next(_years), reason="Report issued"),
    Mandate: lambda own, role: _mandate(),
    AnnualReport: lambda own, role: AnnualReport.objects.create(year=next(_years), mandate=_mandate()),
    ReportRevision: lambda own, role: ReportRevision.objects.create(
        report=AnnualReport.objects.create(year=next(_years), mandate=_mandate()),
        number=1,
        pdf_en=b"%PDF",
        pdf_ru=b"%PDF",
        sha256_en="0" * 64,
        sha256_ru="0" * 64,
        snapshot={},
        issued_by=UserFactory(username=f"issuer-{next(_years)}"),
        issued_at="2025-05-13T10:00:00Z",
    ),
    ImportRecord: lambda own, role: ImportRecord.objects.create(
        file_name="results.csv", kind="results", source="command", outcome="imported"
    ),
}

EXPECTED = {
    SECRETARIAT: {model: ALL for model in FACTORIES}
    | {YearLock: frozenset({"view", "add"}), ReportRevision: VIEW}  # revisions are made by issuing only
    | {ImportRecord: VIEW},  # import records by importing only
    ANALYST: {model: VIEW for model in FACTORIES}
    | {Result: frozenset({"view", "add", "change"}), Operation: frozenset({"view", "add", "change"})}
    | {ImportRecord: frozenset()},  # who imported what is the secretariat's to read
}


def _mandate() -> Mandate:
    return Mandate.objects.create(
        resolution=f"78/{next(_years)}", adopted_on="2023-12-07", paragraph=23, subject_en="x", subject_ru="x"
    )


def _url(model, page: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


def _allowed(client, model, make) -> set[str]:
    """Which of view/add/change/delete the logged-in user gets, judged by the HTTP answers alone."""
    obj = make()
    allowed = set()
    changelist = client.get(_url(model, "changelist")).status_code
    change_page = client.get(_url(model, "change", obj.pk))
    assert changelist in (200, 403) and change_page.status_code in (200, 403), model
    if changelist == 200 and change_page.status_code == 200:
        allowed.add("view")

    add_page = client.get(_url(model, "add")).status_code
    if add_page == 200:
        allowed.add("add")
    else:
        assert add_page == 403 and client.post(_url(model, "add"), {}).status_code == 403, model

    if change_page.status_code == 200:
        response = client.post(_url(model, "change", obj.pk), admin_form_data(change_page))
        assert response.status_code in (302, 403), (model, response.status_code, _form_errors(response))
        if response.status_code == 302:
            allowed.add("change")

    victim = make()
    delete_page = client.get(_url(model, "delete", victim.pk)).status_code
    response = client.post(_url(model, "delete", victim.pk), {"post": "yes"})
    gone = not model.objects.filter(pk=victim.pk).exists()
    if delete_page == 200 and response.status_code == 302 and gone:
        allowed.add("delete")
    else:
        assert (delete_page, response.status_code, gone) == (403, 403, False), model
    return allowed


def _form_errors(response):
    context = getattr(response, "context", None)
    if not context or "adminform" not in context:
        return None
    return context["adminform"].form.errors, [f.errors for f in context.get("inline_admin_formsets", [])]


def test_every_registered_project_model_is_in_the_matrix():
    """A model added to the admin must be added here too, with what each role may do to it."""
    registered = {model for model in admin.site._registry if model._meta.app_label in PROJECT_APPS}
    assert registered - set(FACTORIES) == set()


@pytest.mark.parametrize("role", [SECRETARIAT, ANALYST])
def test_role_permissions_through_admin_pages(client, role, kaz):
    """Secretariat: everything but editing or deleting a year lock; analyst: views all, adds and changes
    its own results and operations, deletes nothing."""
    user = UserFactory(username=f"matrix-{role}", role=role, role__state=kaz if role == ANALYST else None)
    client.force_login(user)
    actual = {
        model.__name__: sorted(_allowed(client, model, lambda m=model: FACTORIES[m](kaz, role)))
        for model in FACTORIES
    }
    assert actual == {model.__name__: sorted(perms) for model, perms in EXPECTED[role].items()}


def test_reviewer_has_no_admin(client, kaz):
    """A reviewer reads the site's pages: every admin page sends them to the admin's login, and a
    POST changes nothing."""
    client.force_login(UserFactory(username="matrix-reviewer", role=REVIEWER))
    assert client.get(reverse("admin:index")).status_code == 302
    for model, make in FACTORIES.items():
        obj = make(kaz, REVIEWER)
        for page, args in (("changelist", ()), ("add", ()), ("change", (obj.pk,)), ("history", (obj.pk,))):
            response = client.get(_url(model, page, *args))
            assert response.status_code == 302 and "/admin/login/" in response["Location"], (model, page)
        assert client.post(_url(model, "delete", obj.pk), {"post": "yes"}).status_code == 302
        assert model.objects.filter(pk=obj.pk).exists(), model
