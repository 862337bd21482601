from django.urls import path

from . import views

app_name = "unions"

urlpatterns = [
    path("", views.organisation_index, name="index"),
    path("<int:pk>/", views.organisation_detail, name="detail"),
    path("<int:pk>/sua/", views.organisation_edit, name="edit"),
    path("<int:pk>/them-don-vi/", views.organisation_add_unit, name="add_unit"),
    path("<int:pk>/su-kien/<str:kind>/", views.organisation_event, name="event"),
    path("<int:pk>/ban-chap-hanh/them/", views.committee_add, name="committee_add"),
    path("<int:pk>/lich-su/", views.organisation_history, name="history"),
    path("tim/", views.organisation_autocomplete, name="autocomplete"),
]
