from django.urls import path

from . import views

app_name = "plans"

urlpatterns = [
    path("", views.plans_index, name="index"),
    path("cong-doan/<int:organisation_pk>/", views.term_list, name="terms"),
    path("cong-doan/<int:organisation_pk>/them/", views.term_add, name="term_add"),
    path("cong-doan/<int:organisation_pk>/xep-hang/", views.ranking, name="ranking"),
    path("<int:pk>/", views.term_detail, name="term"),
    path("<int:pk>/sua/", views.term_edit, name="term_edit"),
    path("<int:term_pk>/chi-tieu/them/", views.target_add, name="target_add"),
    path("chi-tieu/<int:pk>/sua/", views.target_edit, name="target_edit"),
    path("chi-tieu/<int:pk>/giao-chi-tieu/", views.quota_allocation, name="quotas"),
    path("chi-tieu/<int:pk>/ket-qua/", views.manual_result, name="result"),
]
