from django.urls import include, path

from . import views
from .spreadsheets import urls as spreadsheet_urls

app_name = "members"

urlpatterns = [
    path("cong-doan/<int:organisation_pk>/", views.member_list, name="list"),
    path("cong-doan/<int:organisation_pk>/them/", views.member_add, name="add"),
    path("cong-doan/<int:organisation_pk>/thong-ke/", views.member_statistics, name="statistics"),
    path("<int:pk>/", views.member_detail, name="detail"),
    path("<int:pk>/sua/", views.member_edit, name="edit"),
    path("<int:pk>/chuyen-sinh-hoat/", views.member_transfer, name="transfer"),
    path("<int:pk>/ket-thuc/", views.member_end, name="end"),
    path("<int:pk>/lich-su/", views.member_history, name="history"),
    path("tim/", views.member_search, name="search"),
    path("", include(spreadsheet_urls)),
]
