"""URLs of the measures app's pages: operations by year and name key, indicators by code."""

from django.urls import path

from . import views

app_name = "measures"

urlpatterns = [
    path("operations/", views.operation_list, name="operation_list"),
    path("operations/<int:year>/<str:key>/", views.operation_detail, name="operation_detail"),
    path("indicators/", views.indicator_list, name="indicator_list"),
    path("indicators/<slug:code>/", views.indicator_detail, name="indicator_detail"),
]
