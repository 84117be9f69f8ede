"""A URL configuration with one page that forgot its login check, to show the walk catches it."""

from django.http import HttpResponse
from django.urls import path

from cisreports.urls import urlpatterns as project_urlpatterns


def forgot_login(request, pk):
    return HttpResponse("figures")


urlpatterns = [
    *project_urlpatterns,
    path("public/<int:pk>/", forgot_login, name="forgot-login"),
]
