"""`make run` loads the demo federation once: menu, slides, slogans, 40+ Vietnamese articles over several years."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from congdoan.demo.portal_demo import load_portal_demo
from congdoan.portal.models import ArticlePage, Slide, Slogan


@pytest.fixture
def demo(db):
    assert load_portal_demo() is True
    return ArticlePage.objects.live()


def test_demo_content_logins_and_search(demo, client):
    """One test, because loading the demo takes seconds: content, roles, search."""
    assert demo.count() >= 40
    assert len({article.first_published_at.year for article in demo}) >= 4
    assert Slide.objects.count() == 5
    assert Slogan.objects.count() >= 5
    menu = [item["title"] for item in client.get("/").context["chrome"]["menu"]]
    for title in [
        "Giới thiệu",
        "Tin tức - Sự kiện",
        "Hoạt động công đoàn",
        "Chính sách pháp luật",
        "Văn bản",
        "Liên hệ",
    ]:
        assert title in menu
    assert client.get("/tim-kiem/", {"q": "doan vien uu tu"}).context["results"].paginator.count >= 4

    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    correspondent = User.objects.get(username="congtacvien")
    editor = User.objects.get(username="bientap")
    article = demo.first()
    assert not article.permissions_for_user(correspondent).can_publish()
    assert article.permissions_for_user(editor).can_publish()
    response = client.post(reverse("wagtailadmin_login"), {"username": "congtacvien", "password": "ctv-demo-2026"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_loading_twice_changes_nothing(demo, capsys):
    count = demo.count()
    assert load_portal_demo() is False
    call_command("load_demo")
    assert ArticlePage.objects.count() == count
    assert "congtacvien" in capsys.readouterr().out
