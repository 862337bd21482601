"""Uncached pages run a fixed, small number of SQL queries, whatever the amount of content."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from congdoan.conftest import vietnam_time
from congdoan.demo.pictures import draw_picture, save_image
from congdoan.portal import content_version


def queries_for(client, url, cold=False):
    """
    SQL queries of one request for `url`, after a warm-up request (as on any running site).
    `cold`: as the first request after a publish, when every per-version cache (site, menu,
    routes, template fragments) is empty and only image renditions are still cached.
    """
    client.get(url)
    if cold:
        content_version.bump()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def publish_with_images(portal, title, count=3):
    from wagtail.rich_text import RichText

    from congdoan.portal.models import ArticlePage

    images = [
        save_image(f"Ảnh {n}", draw_picture("#336699", f"{title}{n}", (320, 180)), f"a{n}.jpg") for n in range(count)
    ]
    article = ArticlePage(
        title=title,
        lead="Tóm tắt.",
        image=images[0],
        body=[("paragraph", RichText("<p>Đoạn văn.</p>"))]
        + [
            ("image", {"image": image, "caption": f"Ảnh: chú thích {n}", "alt_text": ""})
            for n, image in enumerate(images)
        ],
        author="Hồng Vân",
        author_unit="CĐCS Giao thông vận tải",
        first_published_at=vietnam_time(2024, 2, 2),
    )
    portal.local_news.add_child(instance=article)
    article.save_revision().publish()
    return article


def test_article_page_needs_at_most_eight_queries(client, portal, settings):
    settings.PORTAL_PAGE_CACHE_ENABLED = False
    for number in range(6):
        publish_with_images(portal, f"Tin liên quan {number}", count=1)
    article = publish_with_images(portal, "Tin có nhiều ảnh", count=4)
    assert queries_for(client, article.url) <= 8
    assert queries_for(client, article.url, cold=True) <= 16


def test_category_page_queries_do_not_grow_with_articles(client, portal, settings):
    settings.PORTAL_PAGE_CACHE_ENABLED = False
    portal.publish("Tin 1", when=vietnam_time(2024, 1, 1))
    few = queries_for(client, portal.news.url, cold=True)
    for number in range(15):
        portal.publish(f"Tin thêm {number}", when=vietnam_time(2024, 2, number + 1))
    assert queries_for(client, portal.news.url, cold=True) == few


def test_home_page_queries_do_not_grow_with_categories_or_articles(client, portal, settings):
    settings.PORTAL_PAGE_CACHE_ENABLED = False
    portal.publish("Tin 1", when=vietnam_time(2024, 1, 1))
    few = queries_for(client, "/", cold=True)
    extra = portal.add_category(portal.home, "Chính sách pháp luật")
    for number in range(8):
        portal.publish(f"Tin pháp luật {number}", category=extra, when=vietnam_time(2024, 3, number + 1))
    assert queries_for(client, "/", cold=True) == few


def test_serving_a_page_does_not_look_the_site_up_in_the_database(client, portal, settings):
    settings.PORTAL_PAGE_CACHE_ENABLED = False
    article = portal.publish("Tin về trang web", when=vietnam_time(2024, 1, 1))
    for url in ("/", portal.news.url, article.url, f"{article.url}in/", "/tim-kiem/?q=trang+web"):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        assert not [query for query in captured if "wagtailcore_site" in query["sql"]], url
