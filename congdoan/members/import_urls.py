"""URLs of the member spreadsheets: template, import, export (included by members.urls)."""

urlpatterns = []
