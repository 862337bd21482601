"""URLs of the member spreadsheets: template, import, export (included by members.urls)."""

from django.urls import path

from . import views

urlpatterns = [
    path("mau-nhap/", views.import_template, name="import_template"),
    path("cong-doan/<int:organisation_pk>/nhap/", views.member_import, name="import"),
    path("cong-doan/<int:organisation_pk>/xuat/", views.export, name="export"),
    path("nhap/<int:pk>/", views.import_status, name="import_status"),
    path("nhap/<int:pk>/xac-nhan/", views.import_confirm, name="import_confirm"),
    path("nhap/<int:pk>/loi.xlsx", views.import_errors, name="import_errors"),
]
