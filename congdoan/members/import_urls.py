"""URLs of the member spreadsheets: template, import, export (included by members.urls)."""

from django.urls import path

from . import import_views

urlpatterns = [
    path("mau-nhap/", import_views.import_template, name="import_template"),
    path("cong-doan/<int:organisation_pk>/nhap/", import_views.member_import, name="import"),
    path("cong-doan/<int:organisation_pk>/xuat/", import_views.export, name="export"),
    path("nhap/<int:pk>/", import_views.import_status, name="import_status"),
    path("nhap/<int:pk>/xac-nhan/", import_views.import_confirm, name="import_confirm"),
    path("nhap/<int:pk>/loi.xlsx", import_views.import_errors, name="import_errors"),
]
