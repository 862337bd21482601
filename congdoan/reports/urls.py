from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.report_index, name="index"),
    path("<int:organisation_pk>/", views.report_terms, name="terms"),
    path("<int:organisation_pk>/nhiem-ky/<int:term_pk>/", views.term_report_page, name="term"),
    path("<int:organisation_pk>/nhiem-ky/<int:term_pk>/tai-ve.docx", views.term_report_docx, name="term_docx"),
    path("<int:organisation_pk>/nhiem-ky/<int:term_pk>/tai-ve.pdf", views.term_report_pdf, name="term_pdf"),
    path("<int:organisation_pk>/nhiem-ky/<int:term_pk>/viet-tin/", views.draft_article, name="draft_article"),
]
