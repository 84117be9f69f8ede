"""URL configuration: the admin, log in and out, language switching, the dashboard and the pages."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from portal.views.programmes import dashboard

admin.site.site_header = _("CIS counter-terrorism reports")
admin.site.site_title = _("CIS counter-terrorism reports")
admin.site.index_title = _("Programmes, results and reports")

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    # Only log in and out: no self-service password reset (accounts are given by the secretariat).
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("reports/", include("reports.urls")),
    path("jobs/", include("jobs.urls")),
    path("", include("portal.urls")),
    path("", dashboard, name="dashboard"),
]
