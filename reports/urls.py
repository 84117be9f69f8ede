"""URLs of the reports app's pages."""

from django.urls import path

from . import text_views, views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="list"),
    path("<int:year>/", views.report_preview, name="preview"),
    path("<int:year>/draft-<str:lang>.pdf", views.report_draft_pdf, name="draft_pdf"),
    path("<int:year>/draft-<str:lang>.docx", views.report_draft_docx, name="draft_docx"),
    path("<int:year>/issue/", views.report_issue_view, name="issue"),
    path("<int:year>/text/", text_views.report_text, name="text"),
    path("<int:year>/revisions/<int:number>/<str:lang>.pdf", views.revision_pdf, name="revision_pdf"),
    path("<int:year>/revisions/<int:number>/<str:lang>.docx", views.revision_docx, name="revision_docx"),
]
