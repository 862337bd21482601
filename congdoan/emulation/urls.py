from django.urls import path

from . import views

app_name = "emulation"

urlpatterns = [
    path("", views.emulation_index, name="index"),
    path("cong-doan/<int:organisation_pk>/phong-trao/", views.movement_list, name="movements"),
    path("cong-doan/<int:organisation_pk>/phong-trao/them/", views.movement_add, name="movement_add"),
    path("cong-doan/<int:organisation_pk>/danh-gia/", views.evaluation_list, name="evaluations"),
    path("cong-doan/<int:organisation_pk>/danh-gia/<int:year>/", views.evaluate, name="evaluate"),
    path("phong-trao/<int:pk>/", views.movement_detail, name="movement"),
    path("phong-trao/<int:pk>/sua/", views.movement_edit, name="movement_edit"),
    path("phong-trao/<int:pk>/dang-ky/", views.register, name="register"),
    path("dang-ky/<int:pk>/ket-qua/", views.record_result, name="result"),
    path("danh-gia/<int:pk>/", views.evaluation_detail, name="evaluation"),
]
