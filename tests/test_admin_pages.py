"""Every admin page of the project's apps opens for the secretariat at a cost that does not grow."""

import hashlib

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from measures.models import ImportRecord, Operation, ReportingRound, Result, YearLock
from reports.models import AnnualReport, ReportRevision
from tests.factories import IndicatorFactory, OperationFactory, ResultFactory

PROJECT_APPS = {"programmes", "measures", "reports", "accounts"}
MODEL_ADMINS = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model in admin.site._registry
    if model._meta.app_label in PROJECT_APPS
)
# Objects the demo does not hold, made for the change page.
CREATE_IF_ABSENT = {
    "measures.yearlock": lambda: YearLock.objects.create(year=2030, reason="Report issued"),
    "measures.reportinground": lambda: ReportingRound.objects.create(year=2030, deadline="2031-03-01"),
    "reports.reportrevision": lambda: ReportRevision.objects.create(
        report=AnnualReport.objects.get(year=2024),
        number=1,
        pdf_en=b"%PDF",
        pdf_ru=b"%PDF",
        sha256_en=hashlib.sha256(b"%PDF").hexdigest(),
        sha256_ru=hashlib.sha256(b"%PDF").hexdigest(),
        snapshot={},
        issued_by=User.objects.first(),
        issued_at=timezone.now(),
    ),
    "measures.importrecord": lambda: ImportRecord.objects.create(
        file_name="results.csv", kind="results", source="command", outcome="imported"
    ),
}
# Issued report revisions are made only by issuing a report, import records only by importing:
# their admin has no add page.
NO_ADD_PAGE = {"reports.reportrevision", "measures.importrecord"}
# Enough for a dozen objects; what matters is that it stays the same with hundreds more.
MAX_QUERIES = 40


def add_many_rows() -> None:
    indicator = IndicatorFactory(code="bulk_indicator")
    operations = OperationFactory.create_batch(60, year=2024)
    for operation in operations:
        ResultFactory(indicator=indicator, operation=operation, year=2024)


@pytest.mark.django_db
@pytest.mark.parametrize(("app_label", "model_name"), MODEL_ADMINS)
def test_changelist_opens_with_bounded_queries(
    app_label, model_name, demo, secretariat_client, django_assert_max_num_queries
):
    """The changelist answers 200, with the same bounded number of queries after adding many rows."""
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    with django_assert_max_num_queries(MAX_QUERIES):
        assert secretariat_client.get(url).status_code == 200
    add_many_rows()
    with django_assert_max_num_queries(MAX_QUERIES):
        assert secretariat_client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("app_label", "model_name"), MODEL_ADMINS)
def test_change_and_add_pages_open(
    app_label, model_name, demo, secretariat_client, django_assert_max_num_queries
):
    """The add page and the change page of an existing object answer 200 with bounded queries."""
    model = next(m for m in admin.site._registry if m._meta.label_lower == f"{app_label}.{model_name}")
    add_many_rows()
    expected = 403 if f"{app_label}.{model_name}" in NO_ADD_PAGE else 200
    with django_assert_max_num_queries(MAX_QUERIES):
        assert secretariat_client.get(reverse(f"admin:{app_label}_{model_name}_add")).status_code == expected
    obj = model.objects.order_by("pk").first() or CREATE_IF_ABSENT[f"{app_label}.{model_name}"]()
    with django_assert_max_num_queries(MAX_QUERIES):
        response = secretariat_client.get(reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk]))
    assert response.status_code == 200


@pytest.mark.django_db
def test_operation_page_with_many_results_keeps_its_query_count(
    demo, secretariat_client, django_assert_max_num_queries
):
    """An operation's page lists its results inline without a query per result."""
    operation = OperationFactory(year=2024)
    for index in range(40):
        ResultFactory(indicator=IndicatorFactory(code=f"inline_{index}"), operation=operation, year=2024)
    url = reverse("admin:measures_operation_change", args=[operation.pk])
    with django_assert_max_num_queries(MAX_QUERIES):
        assert secretariat_client.get(url).status_code == 200
    assert Result.objects.filter(operation=operation).count() == 40
    assert Operation.objects.filter(pk=operation.pk).exists()
