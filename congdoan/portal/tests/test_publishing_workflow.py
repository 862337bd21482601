"""
Editorial work through the admin: a correspondent writes and submits but cannot publish;
an editor approves (the article goes live) or sends back with a reason; scheduled
articles go live at their time with no cron.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from congdoan.portal.models import ArticlePage
from congdoan.vietnamese import slugify


def article_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),  # what the admin's slug field fills in as the editor types
            "lead": "Tóm tắt của tin bài.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung tin bài.</p>"))]),
            "author": "Hồng Vân",
            "author_unit": "Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn",
            "comments": inline_formset([]),
            **extra,
        }
    )


def create_url(portal):
    return reverse("wagtailadmin_pages:add", args=("portal", "articlepage", portal.local_news.pk))


def test_correspondent_cannot_publish(client, portal, editorial_users):
    client.force_login(editorial_users["correspondent"])
    response = client.post(create_url(portal), article_form("Tin của cộng tác viên", **{"action-publish": "publish"}))
    article = ArticlePage.objects.get(title="Tin của cộng tác viên")
    assert response.status_code in (200, 302)
    assert not article.live
    assert client.get(article.url or "/khong-co/").status_code == 404
    assert not article.permissions_for_user(editorial_users["correspondent"]).can_publish()


def test_correspondent_submits_and_editor_approves_then_it_is_live(client, portal, editorial_users):
    client.force_login(editorial_users["correspondent"])
    client.post(create_url(portal), article_form("Tin gửi duyệt", **{"action-submit": "submit"}))
    article = ArticlePage.objects.get(title="Tin gửi duyệt")
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not article.live

    client.force_login(editorial_users["editor"])
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk)),
        {"comment": "Đã duyệt, đăng ngay."},
    )
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_editor_sends_back_with_a_reason(client, portal, editorial_users):
    client.force_login(editorial_users["correspondent"])
    client.post(create_url(portal), article_form("Tin cần sửa", **{"action-submit": "submit"}))
    article = ArticlePage.objects.get(title="Tin cần sửa")
    state = WorkflowState.objects.get(object_id=str(article.pk))
    client.force_login(editorial_users["editor"])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "reject", state.current_task_state.pk)),
        {"comment": "Bổ sung ảnh và nguồn tin."},
    )
    state.refresh_from_db()
    article.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not article.live
    assert state.current_task_state.comment == "Bổ sung ảnh và nguồn tin."


def test_editor_can_publish_directly(client, portal, editorial_users):
    client.force_login(editorial_users["editor"])
    client.post(create_url(portal), article_form("Tin biên tập viên đăng", **{"action-publish": "publish"}))
    article = ArticlePage.objects.get(title="Tin biên tập viên đăng")
    assert article.live
    assert article.slug == "tin-bien-tap-vien-dang"


def test_new_article_byline_comes_from_the_correspondents_profile(client, portal, editorial_users):
    client.force_login(editorial_users["correspondent"])
    form = client.get(create_url(portal)).context["form"]
    assert form.initial["author"] == "Hồng Vân"
    assert form.initial["author_unit"] == "Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn"


@pytest.mark.django_db
def test_scheduled_article_goes_live_at_its_time_without_cron(client, portal, editorial_users, monkeypatch):
    client.force_login(editorial_users["editor"])
    go_live = timezone.now() + datetime.timedelta(hours=2)
    local = timezone.localtime(go_live)
    client.post(
        create_url(portal),
        article_form(
            "Tin hẹn giờ đăng",
            go_live_at=local.strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "publish"},
        ),
    )
    article = ArticlePage.objects.get(title="Tin hẹn giờ đăng")
    assert not article.live
    client.logout()
    assert "Tin hẹn giờ đăng" not in client.get("/").content.decode()

    # Three hours later, the first reader's request publishes it before the page is served.
    later = timezone.now() + datetime.timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    home = client.get("/").content.decode()
    article.refresh_from_db()
    assert article.live
    assert "Tin hẹn giờ đăng" in home
    assert "Tin hẹn giờ đăng" in client.get(portal.local_news.url).content.decode()
    found = client.get("/tim-kiem/", {"q": "tin hen gio dang"}).context["results"].object_list
    assert [hit.title for hit in found] == ["Tin hẹn giờ đăng"]
    assert Page.objects.get(pk=article.pk).live


def test_editors_manage_slides_and_slogans_correspondents_do_not(client, portal, editorial_users):
    slides = reverse("wagtailsnippets_portal_slide:list")
    slogans = reverse("wagtailsnippets_portal_slogan:add")
    client.force_login(editorial_users["editor"])
    assert client.get(slides).status_code == 200
    assert client.post(slogans, {"text": "Khẩu hiệu mới", "sort_order": 0}).status_code == 302
    client.force_login(editorial_users["correspondent"])
    assert client.get(slides).status_code in (302, 403)
    assert client.post(slogans, {"text": "Khẩu hiệu lạ", "sort_order": 0}).status_code in (302, 403)
    from congdoan.portal.models import Slogan

    assert list(Slogan.objects.values_list("text", flat=True)) == ["Khẩu hiệu mới"]
