"""URLs of the programmes app's pages."""

app_name = "programmes"

urlpatterns: list = []
