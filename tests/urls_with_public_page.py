"""A URL configuration with one page that forgot its login check, to show the walk catches it."""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import path


def forgot_login(request, pk):
    return HttpResponse("figures")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("public/<int:pk>/", forgot_login, name="forgot-login"),
]
