"""URLs of the programmes app's pages: programmes are named by their slug."""

from django.urls import path

from . import views

app_name = "programmes"

urlpatterns = [
    path("", views.programme_list, name="list"),
    path("timeline/", views.timeline, name="timeline"),
    path("<slug:slug>/", views.programme_detail, name="detail"),
]
