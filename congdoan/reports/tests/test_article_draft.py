"""“Draft a news article from this report”: a draft with the report's figures, in the editors' workflow."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState

from congdoan.accounts.models import User
from congdoan.accounts.roles import CORRESPONDENTS, UnionRole
from congdoan.portal.models import ArticlePage
from congdoan.reports.selectors import term_report
from congdoan.reports.services import article_text

from .conftest import REPORT_DAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def chair(world):
    return User.objects.create_user(
        "chutich",
        password="x",
        organisation=world.unions.transport,
        union_role=UnionRole.OFFICIAL,
        first_name="Nông Văn",
        last_name="Tú",
    )


def draft(client, world, user):
    client.force_login(user)
    return client.post(
        reverse("reports:draft_article", args=[world.unions.transport.pk, world.term.pk]), {"ngay": "19/12/2022"}
    )


def test_the_article_text_carries_the_reports_figures(world):
    title, lead, paragraphs = article_text(term_report(world.unions.transport, world.term, REPORT_DAY))
    body = " ".join(paragraphs)
    assert (
        title == "Công đoàn cơ sở Sở Giao thông vận tải: kết quả giới thiệu đoàn viên ưu tú cho Đảng nhiệm kỳ 2017–2022"
    )
    assert "giới thiệu 6 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt 120% chỉ tiêu Nghị quyết Đại hội" in lead
    assert "2 đồng chí đã được kết nạp Đảng" in body
    assert "1 đồng chí đang hoàn thiện thủ tục kết nạp" in body
    assert "Công đoàn có 12 đoàn viên, trong đó 4 đảng viên" in body
    assert "Quyết định số 589/QĐ-LĐLĐ ngày 20/03/2017 của LĐLĐ tỉnh Bắc Kạn" in body
    assert "“Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng”" in body
    assert "giao chỉ tiêu cho 2 đơn vị trực thuộc" in body


def test_an_official_drafts_an_article_that_waits_for_the_editors(client, world, chair, editorial_users, portal):
    response = draft(client, world, chair)
    article = ArticlePage.objects.get()
    assert not article.live and article.has_unpublished_changes
    assert article.get_parent().specific == portal.activities  # the category about union activity
    assert (article.author, article.author_unit) == ("Nông Văn Tú", "Công đoàn cơ sở Sở Giao thông vận tải")
    revision = article.latest_revision.as_object()
    assert "đạt 120% chỉ tiêu" in revision.lead
    assert "12 đoàn viên, trong đó 4 đảng viên" in str(revision.body)
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == chair
    # Not a page editor: back to the report, told where the draft went.
    assert response.status_code == 302 and response.url.startswith(
        reverse("reports:term", args=[world.unions.transport.pk, world.term.pk])
    )
    assert "gửi biên tập viên duyệt" in [str(message) for message in get_messages(response.wsgi_request)][0]
    # The editor finds it awaiting review on the dashboard.
    client.force_login(editorial_users["editor"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert article.title in dashboard
    assert client.get(article.url or "/khong-co/").status_code == 404  # not published


def test_an_official_who_also_writes_for_the_portal_lands_in_the_page_editor(client, world, chair, editorial_users):
    from django.contrib.auth.models import Group

    chair.groups.add(Group.objects.get(name=CORRESPONDENTS))
    response = draft(client, world, chair)
    article = ArticlePage.objects.get()
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=[article.pk])
    edit = client.get(response.url, follow=True)
    assert edit.status_code == 200 and "Đã tạo bản nháp tin bài" in edit.content.decode()


def test_without_a_news_category_the_official_is_told(client, world, chair):
    from wagtail.models import Page

    Page.get_first_root_node().get_children().delete()
    response = draft(client, world, chair)
    assert response.status_code == 302
    assert "chưa có chuyên mục tin tức" in str(list(get_messages(response.wsgi_request))[0])
    assert not ArticlePage.objects.exists()


def test_drafting_twice_gives_two_drafts(client, world, chair, editorial_users):
    draft(client, world, chair)
    response = draft(client, world, chair)
    assert response.status_code == 302
    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert len(slugs) == 2 and slugs[0] != slugs[1]
