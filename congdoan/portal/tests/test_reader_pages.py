"""What a reader sees around the articles: menu, slider, ticker, categories, feeds, errors."""

import datetime
import re
import xml.etree.ElementTree as ET

from django.utils import timezone

from congdoan.conftest import vietnam_time
from congdoan.demo.pictures import draw_picture, save_image
from congdoan.portal.models import Slide, Slogan, StandardPage


def test_menu_has_two_levels_from_the_page_tree(client, portal):
    hidden = portal.home.add_child(instance=StandardPage(title="Trang ẩn", show_in_menus=False))
    hidden.save_revision().publish()
    chrome = client.get("/").context["chrome"]
    titles = [item["title"] for item in chrome["menu"]]
    assert titles == ["Tin tức - Sự kiện", "Hoạt động công đoàn"]
    assert [child["title"] for child in chrome["menu"][0]["children"]] == ["Tin trong tỉnh"]


def test_slides_and_slogans_show_only_between_their_dates(client, portal):
    today = timezone.localdate()
    image = save_image("Ảnh", draw_picture("#aa3344", "s", (400, 150)), "s.jpg")
    Slide.objects.create(image=image, caption="Ảnh đang hiện", shows_from=today - datetime.timedelta(days=1))
    Slide.objects.create(image=image, caption="Ảnh đã hết hạn", shows_until=today - datetime.timedelta(days=1))
    Slogan.objects.create(text="Khẩu hiệu đang chạy", shows_until=today)
    Slogan.objects.create(text="Khẩu hiệu chưa tới", shows_from=today + datetime.timedelta(days=1))
    html = client.get("/").content.decode()
    assert "Ảnh đang hiện" in html and "Ảnh đã hết hạn" not in html
    assert "Khẩu hiệu đang chạy" in html and "Khẩu hiệu chưa tới" not in html


def test_home_shows_the_latest_articles_of_each_category_and_featured(client, portal):
    portal.publish("Tin cũ hoạt động", category=portal.activities, when=vietnam_time(2020, 1, 1))
    portal.publish("Tin mới hoạt động", category=portal.activities, when=vietnam_time(2024, 1, 1))
    portal.publish("Tin nổi bật trong tỉnh", when=vietnam_time(2023, 1, 1), featured=True)
    html = client.get("/").content.decode()
    sections = {
        re.search(r"<h2[^>]*>(?:<a [^>]*>)?([^<]+)", section).group(1): re.findall(
            r'class="card__title"><a [^>]*>([^<]+)', section
        )
        for section in html.split("<section")[1:]
    }
    assert sections["Hoạt động công đoàn"] == ["Tin mới hoạt động", "Tin cũ hoạt động"]
    assert sections["Tin tức - Sự kiện"] == ["Tin nổi bật trong tỉnh"]
    assert sections["Tin nổi bật"] == ["Tin nổi bật trong tỉnh"]


def test_category_lists_its_subcategories_articles_newest_first_with_pages(client, portal):
    for day in range(1, 15):
        portal.publish(f"Tin ngày {day}", when=vietnam_time(2024, 1, day))
    first = client.get(portal.news.url).context["articles"]
    assert [a.title for a in first.object_list][:2] == ["Tin ngày 14", "Tin ngày 13"]
    assert first.paginator.num_pages == 2
    second = client.get(portal.news.url, {"trang": 2}).context["articles"]
    assert [a.title for a in second.object_list] == ["Tin ngày 2", "Tin ngày 1"]
    assert client.get(portal.news.url, {"trang": "abc"}).status_code == 200


def test_article_page_has_byline_breadcrumbs_meta_and_related(client, portal):
    portal.publish("Tin cùng chuyên mục", when=vietnam_time(2024, 1, 1))
    article = portal.publish(
        "Lễ kết nạp Đảng viên",
        when=vietnam_time(2024, 2, 1),
        author="Hồng Vân",
        author_unit="Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn",
    )
    html = client.get(article.url).content.decode()
    assert "Hồng Vân - Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn" in html
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert '<meta property="og:title" content="Lễ kết nạp Đảng viên">' in html
    assert 'name="twitter:card"' in html
    trail = html.split('aria-label="Đường dẫn"', 1)[1].split("</nav>", 1)[0]
    crumbs = re.findall(r"<li[^>]*>(?:<a [^>]*>)?([^<]+)", trail)
    assert crumbs == ["Trang chủ", "Tin tức - Sự kiện", "Tin trong tỉnh", "Lễ kết nạp Đảng viên"]
    assert "Tin cùng chuyên mục" in html


def test_print_view_is_a_printable_page_of_the_article(client, portal):
    article = portal.publish("Tin để in", paragraphs=["Đoạn văn cần in."], when=vietnam_time(2024, 1, 1))
    response = client.get(article.url + "in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đoạn văn cần in." in html and "print.css" in html and "window.print" not in html
    assert "data-print" in html


def test_rss_feeds_for_all_news_and_one_category(client, portal):
    portal.publish("Tin trong tỉnh A", when=vietnam_time(2024, 1, 1))
    portal.publish("Tin hoạt động B", category=portal.activities, when=vietnam_time(2024, 1, 2))
    all_titles = [item.findtext("title") for item in ET.fromstring(client.get("/rss/").content).iter("item")]
    assert all_titles == ["Tin hoạt động B", "Tin trong tỉnh A"]
    category_feed = client.get(portal.activities.url + "rss/")
    assert category_feed["Content-Type"].startswith("application/rss+xml")
    assert [item.findtext("title") for item in ET.fromstring(category_feed.content).iter("item")] == ["Tin hoạt động B"]


def test_sitemap_and_robots(client, portal):
    article = portal.publish("Tin trong sơ đồ trang", when=vietnam_time(2024, 1, 1))
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{article.url}" in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots


def test_unknown_page_gets_the_vietnamese_404(client, portal):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_server_error_page_is_vietnamese(client, portal):
    from django.template.loader import render_to_string

    assert "Xin lỗi" in render_to_string("500.html")


def test_unpublished_article_is_not_found(client, portal):
    article = portal.publish("Tin nháp", when=vietnam_time(2024, 1, 1))
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_private_category_is_hidden_from_readers_and_lists(client, portal):
    from wagtail.models import PageViewRestriction

    secret = portal.publish("Tin nội bộ", category=portal.activities, when=vietnam_time(2024, 5, 1))
    portal.publish("Tin công khai", when=vietnam_time(2024, 4, 1))
    assert "Tin nội bộ" in client.get("/").content.decode()
    PageViewRestriction.objects.create(page=portal.activities, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(secret.url).status_code == 302  # to the login page
    home = client.get("/").content.decode()
    assert "Tin nội bộ" not in home and "Tin công khai" in home
    feed_titles = [item.findtext("title") for item in ET.fromstring(client.get("/rss/").content).iter("item")]
    assert feed_titles == ["Tin công khai"]


def test_moving_a_category_moves_its_articles_in_the_lists(client, portal):
    portal.publish("Tin theo chuyên mục", when=vietnam_time(2024, 5, 1))
    portal.local_news.move(portal.activities, pos="last-child")
    activities = [a.title for a in client.get(portal.activities.url).context["articles"].object_list]
    news = [a.title for a in client.get(portal.news.url).context["articles"].object_list]
    assert activities == ["Tin theo chuyên mục"] and news == []
