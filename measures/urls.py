"""URLs of the measures app's pages."""

app_name = "measures"

urlpatterns: list = []
