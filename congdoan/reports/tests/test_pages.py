"""The report on screen, its downloads, and what a wrong day or missing fonts show (never a 500)."""

import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.reports.documents import pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(world, client):
    user = User.objects.create_user(
        "xem", password="x", organisation=world.unions.transport, union_role=UnionRole.VIEWER
    )
    client.force_login(user)
    return user


def url(world, name="reports:term"):
    return reverse(name, args=[world.unions.transport.pk, world.term.pk])


def test_the_report_page_shows_the_figures_and_three_charts(client, world, settings):
    # An official sees the Party figures; every count shown as it is (no small-count threshold here).
    settings.SENSITIVE_COUNT_THRESHOLD = 1
    chair = User.objects.create_user("chu-tich", organisation=world.unions.transport, union_role=UnionRole.OFFICIAL)
    client.force_login(chair)
    response = client.get(url(world), {"ngay": "19/12/2022"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('<svg class="report-chart"') == 3
    for expected in (
        "Chỉ tiêu: tỷ lệ đạt được",
        "Đoàn viên và đảng viên theo đơn vị",
        "Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng",
        "120 %",
        "4/3 (133,33 %)",
        "Hoàn thành xuất sắc nhiệm vụ",
        "Lao động giỏi, lao động sáng tạo",
    ):
        assert expected in page, expected
    report = response.context["report"]
    assert (report.members, report.party_members, report.pipeline["introduced"]) == (12, 4, 6)


def test_a_viewer_reads_and_downloads_but_does_not_draft_articles(client, world, viewer):
    page = client.get(url(world), {"ngay": "19/12/2022"}).content.decode()
    assert "Hoàn thành xuất sắc nhiệm vụ" in page and "Lao động giỏi, lao động sáng tạo" in page
    assert "Soạn tin bài từ báo cáo này" not in page
    assert "tai-ve.docx?ngay=19/12/2022" in page


def test_the_default_day_is_today_or_the_terms_end(client, world, viewer):
    report = client.get(url(world)).context["report"]
    assert report.day == world.term.ends_on  # the term 2017–2022 is over


@pytest.mark.parametrize("day", ["32/13/2022", "hôm qua", "2022-02-30"])
def test_a_wrong_day_is_explained_in_vietnamese(client, world, viewer, day):
    response = client.get(url(world), {"ngay": day})
    assert response.status_code == 200
    assert "Nhập ngày theo dạng" in response.content.decode()
    assert response.context["report"].day == world.term.ends_on


def test_a_day_before_the_term_is_refused_with_the_terms_start(client, world, viewer):
    response = client.get(url(world), {"ngay": "01/01/2016"})
    assert "Nhiệm kỳ bắt đầu từ ngày 20/03/2017" in response.content.decode()
    download = client.get(url(world, "reports:term_docx"), {"ngay": "01/01/2016"})
    assert download.status_code == 400 and "Nhiệm kỳ bắt đầu từ ngày 20/03/2017" in download.content.decode()


def test_downloads_are_attachments_with_their_type(client, world, viewer):
    docx = client.get(url(world, "reports:term_docx"), {"ngay": "19/12/2022"})
    assert docx.status_code == 200
    assert docx["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert 'attachment; filename="bao-cao-nhiem-ky-2017-2022-' in docx["Content-Disposition"]
    assert docx.content[:2] == b"PK"
    if pdf.fonts_available():
        made = client.get(url(world, "reports:term_pdf"))
        assert made["Content-Type"] == "application/pdf" and made.content.startswith(b"%PDF")


def test_without_fonts_the_pdf_link_explains_in_vietnamese(client, world, viewer, monkeypatch, tmp_path):
    monkeypatch.setattr(pdf, "FONT_DIR", tmp_path)
    response = client.get(url(world, "reports:term_pdf"), {"ngay": "19/12/2022"}, follow=True)
    assert response.status_code == 200
    assert "Không tạo được tệp PDF" in response.content.decode()


def test_the_terms_page_links_each_terms_report(client, world, viewer):
    page = client.get(reverse("reports:terms", args=[world.unions.transport.pk])).content.decode()
    assert url(world) in page and "2017–2022" in page
    assert client.get(reverse("reports:index")).url == reverse("reports:terms", args=[world.unions.transport.pk])


def test_the_union_page_links_to_its_term_reports(client, world, viewer):
    page = client.get(reverse("unions:detail", args=[world.unions.transport.pk])).content.decode()
    assert reverse("reports:terms", args=[world.unions.transport.pk]) in page
