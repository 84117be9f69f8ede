"""URLs of the site's pages: programmes by slug, operations by id, indicators by code."""

from django.urls import path

from .views import operations, programmes

app_name = "portal"

urlpatterns = [
    path("programmes/", programmes.programme_list, name="programme_list"),
    path("programmes/timeline/", programmes.timeline, name="timeline"),
    path("programmes/<slug:slug>/", programmes.programme_detail, name="programme_detail"),
    path("measures/operations/", operations.operation_list, name="operation_list"),
    path("measures/operations/<int:pk>/", operations.operation_detail, name="operation_detail"),
    # The earlier address, by year and name: kept for bookmarks, redirected to the one by id.
    path("measures/operations/<int:year>/<str:key>/", operations.operation_by_name, name="operation_by_name"),
    path("measures/indicators/", operations.indicator_list, name="indicator_list"),
    path("measures/indicators/<slug:code>/", operations.indicator_detail, name="indicator_detail"),
]
