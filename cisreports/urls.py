"""URL configuration: the admin, language switching and the applications' pages."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

admin.site.site_header = _("CIS counter-terrorism reports")
admin.site.site_title = _("CIS counter-terrorism reports")
admin.site.index_title = _("Programmes, results and reports")

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("programmes/", include("programmes.urls")),
    path("measures/", include("measures.urls")),
    path("reports/", include("reports.urls")),
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
]
