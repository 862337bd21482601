"""
The anonymous page cache serves readers quickly, and never serves a stale page
after something is published, unpublished or edited.
"""

import pytest
from django.core.cache import cache

from congdoan.conftest import vietnam_time
from congdoan.portal import content_version, selectors
from congdoan.portal.models import Slogan


def test_second_anonymous_request_is_served_from_the_cache(client, portal):
    article = portal.publish("Tin thứ nhất", when=vietnam_time(2024, 1, 1))
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"


def test_publishing_shows_the_new_article_at_once_on_home_category_and_search(client, portal):
    portal.publish("Tin cũ về hội nghị", when=vietnam_time(2024, 1, 1))
    pages = ["/", portal.local_news.url, portal.news.url, "/tim-kiem/?q=hoi+nghi"]
    for url in pages:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    portal.publish("Tin mới về hội nghị người lao động", when=vietnam_time(2024, 6, 1))

    for url in pages:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "người lao động" in response.content.decode(), url


def test_unpublishing_removes_the_article_from_cached_pages(client, portal):
    article = portal.publish("Tin sẽ gỡ xuống", when=vietnam_time(2024, 1, 1))
    client.get("/")
    assert "Tin sẽ gỡ xuống" in client.get("/").content.decode()
    article.unpublish()
    assert "Tin sẽ gỡ xuống" not in client.get("/").content.decode()
    assert client.get(article.url).status_code == 404


def test_a_new_slogan_appears_on_cached_pages(client, portal):
    client.get("/")
    Slogan.objects.create(text="Công đoàn Việt Nam là tổ chức của người lao động!")
    assert "Công đoàn Việt Nam là tổ chức của người lao động!" in client.get("/").content.decode()


def test_signed_in_users_always_get_a_fresh_page(client, portal, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    client.get("/")
    response = client.get("/")
    assert "X-Page-Cache" not in response


def test_pages_that_set_cookies_are_not_cached(client, portal):
    from congdoan.portal.models import ContactPage

    contact = portal.home.add_child(instance=ContactPage(title="Liên hệ", to_address="a@example.vn"))
    contact.save_revision().publish()
    first = client.get(contact.url)
    assert "csrftoken" in first.cookies
    assert "X-Page-Cache" not in client.get(contact.url)


def test_cache_can_be_switched_off(client, portal, settings):
    settings.PORTAL_PAGE_CACHE_ENABLED = False
    client.get("/")
    assert "X-Page-Cache" not in client.get("/")


def test_renamed_article_moves_to_its_new_address_at_once(client, portal):
    article = portal.publish("Tin đổi địa chỉ", when=vietnam_time(2024, 1, 1))
    old_url = article.url
    assert client.get(old_url).status_code == 200
    article.slug = "tin-dia-chi-moi"
    article.save_revision().publish()
    article.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(article.url).status_code == 200


def test_replacing_an_image_file_shows_the_new_rendition_at_once(client, portal):
    import io

    from django.core.files.images import ImageFile

    from congdoan.demo.pictures import draw_picture, save_image

    image = save_image("Ảnh bìa", draw_picture("#114477", "a", (640, 360)), "bia.jpg")
    article = portal.publish("Tin có ảnh bìa", when=vietnam_time(2024, 1, 1), image=image)
    before = client.get(article.url).content.decode()
    # What the admin's image edit view does when an editor uploads a new file.
    image.file = ImageFile(io.BytesIO(draw_picture("#771144", "b", (800, 450))), name="bia-moi.jpg")
    image.renditions.all().delete()
    image.save()
    after = client.get(article.url).content.decode()
    assert "bia-moi" in after and "bia-moi" not in before


# Security headers that SecurityMiddleware, the CSP and XFrameOptions middlewares set in production.
SECURITY_HEADERS = (
    "Strict-Transport-Security",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Content-Security-Policy",
)


@pytest.fixture
def production_security(settings):
    """The HTTPS settings of production.py, behind a proxy that sets X-Forwarded-Proto."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    settings.SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
    settings.X_FRAME_OPTIONS = "DENY"


def behind_the_proxy(scheme):
    """The headers the TLS-terminating proxy sends: the same Host for http and https."""
    return {"host": "testserver", "x-forwarded-proto": scheme}


def test_a_cached_page_carries_the_same_security_headers_as_a_rendered_one(client, portal, production_security):
    article = portal.publish("Tin an toàn", when=vietnam_time(2024, 1, 1))
    miss = client.get(article.url, headers=behind_the_proxy("https"))
    hit = client.get(article.url, headers=behind_the_proxy("https"))
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    for header in SECURITY_HEADERS:
        assert miss.has_header(header), header
        assert hit.get(header) == miss.get(header), header


def test_plain_http_is_redirected_to_https_even_when_the_page_is_cached(client, portal, production_security):
    article = portal.publish("Tin chỉ qua https", when=vietnam_time(2024, 1, 1))
    client.get(article.url, headers=behind_the_proxy("https"))
    assert client.get(article.url, headers=behind_the_proxy("https"))["X-Page-Cache"] == "hit"
    response = client.get(article.url, headers=behind_the_proxy("http"))
    assert response.status_code == 301
    assert response["Location"].startswith("https://")
    assert "X-Page-Cache" not in response


@pytest.mark.parametrize("cookie", ["made-up", "a" * 32])
def test_a_made_up_session_cookie_is_still_served_from_the_cache(client, portal, cookie):
    article = portal.publish("Tin cho mọi người", when=vietnam_time(2024, 1, 1))
    client.get(article.url)
    client.cookies["sessionid"] = cookie
    assert client.get(article.url)["X-Page-Cache"] == "hit"


def test_a_real_signed_in_session_bypasses_the_cache(client, portal, django_user_model):
    article = portal.publish("Tin cho người đăng nhập", when=vietnam_time(2024, 1, 1))
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    client.force_login(django_user_model.objects.create_user("bandoc", password="x"))
    assert "X-Page-Cache" not in client.get(article.url)


def test_an_expired_session_no_longer_bypasses_the_cache(client, portal, django_user_model):
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    article = portal.publish("Tin sau khi hết phiên", when=vietnam_time(2024, 1, 1))
    client.get(article.url)
    client.force_login(django_user_model.objects.create_user("bandoc", password="x"))
    Session.objects.update(expire_date=timezone.now() - timezone.timedelta(minutes=1))
    assert client.get(article.url)["X-Page-Cache"] == "hit"


def test_after_a_deploy_no_page_cached_by_the_previous_release_is_served(client, portal, settings):
    settings.RELEASE = "release-1"
    article = portal.publish("Tin trước khi nâng cấp", when=vietnam_time(2024, 1, 1))
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    settings.RELEASE = "release-2"
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"


# What a previous release left in the shared cache: an object the new code cannot use
# (a page or a site pickled with another class layout).
OLD_LAYOUT = "pickled by the previous release"


def test_after_a_deploy_no_object_pickled_by_the_previous_release_is_used(client, portal, settings):
    settings.RELEASE = "release-1"
    article = portal.publish("Tin trước khi triển khai", when=vietnam_time(2024, 1, 1))
    assert client.get(article.url).status_code == 200
    old = content_version.generation()
    cache.set(f"portal:live-page:{old}:{article.pk}", OLD_LAYOUT)
    cache.set(f"portal:site:{old}:testserver", OLD_LAYOUT)
    assert selectors.live_page(article.pk, article.content_type_id) == OLD_LAYOUT  # the key the portal reads

    settings.RELEASE = "release-2"
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Tin trước khi triển khai" in response.content.decode()
    assert selectors.live_page(article.pk, article.content_type_id) == article


def test_editors_never_get_a_cached_page(client, portal, editorial_users):
    article = portal.publish("Tin biên tập viên xem", when=vietnam_time(2024, 1, 1))
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    client.force_login(editorial_users["editor"])
    for url in (article.url, "/", portal.news.url):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response, url
