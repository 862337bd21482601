"""
Every page says which scripts may run (Content-Security-Policy): on the portal only its
own files and the one inline line it needs; the admin's looser policy stays under /admin/.
"""

import base64
import hashlib
import re

import pytest
from django.urls import reverse

from congdoan.conftest import vietnam_time

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL)


def policy_of(response):
    header = response["Content-Security-Policy"]
    return {
        name: values.split() for name, _space, values in (part.strip().partition(" ") for part in header.split(";"))
    }


def allowed_hash(script):
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


@pytest.fixture
def reader_pages(client, portal):
    article = portal.publish("Tin có chính sách an ninh", when=vietnam_time(2024, 1, 1))
    return [client.get(url) for url in ("/", portal.news.url, article.url, "/tim-kiem/?q=tin", "/khong-co-trang-nay/")]


def test_portal_pages_run_only_their_own_scripts(reader_pages):
    for response in reader_pages:
        policy = policy_of(response)
        assert policy["script-src"][0] == "'self'"
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
        # Each inline script the page has is allowed by its hash, or the browser would block it.
        for script in INLINE_SCRIPT.findall(response.content.decode()):
            assert allowed_hash(script) in policy["script-src"], script


def test_a_cached_page_has_the_same_policy(client, portal):
    article = portal.publish("Tin lưu tạm", when=vietnam_time(2024, 1, 1))
    miss, hit = client.get(article.url), client.get(article.url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]


def test_the_admin_has_its_own_policy_and_may_frame_its_previews(client, admin_user):
    login_page = client.get(reverse("wagtailadmin_login"))
    client.force_login(admin_user)
    dashboard = client.get(reverse("wagtailadmin_home"))
    for response in (login_page, dashboard):
        policy = policy_of(response)
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
        assert "blob:" in policy["img-src"] and policy["frame-ancestors"] == ["'self'"]
