from django.urls import path

from . import views

app_name = "party"

urlpatterns = [
    path("cong-doan/<int:organisation_pk>/", views.pipeline_board, name="board"),
    path("cong-doan/<int:organisation_pk>/danh-sach/", views.candidate_list, name="list"),
    path("cong-doan/<int:organisation_pk>/phat-hien/", views.candidate_add, name="add"),
    path("cong-doan/<int:organisation_pk>/nhac-viec/", views.pipeline_reminders, name="reminders"),
    path("<int:pk>/", views.candidate_detail, name="detail"),
    path("<int:pk>/buoc-tiep-theo/", views.candidate_advance, name="advance"),
    path("<int:pk>/lop-boi-duong/", views.candidate_course, name="course"),
    path("<int:pk>/dung/", views.candidate_withdraw, name="withdraw"),
]
