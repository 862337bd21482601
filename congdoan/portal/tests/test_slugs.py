"""Page URLs are ASCII, transliterated the Vietnamese way (đ → d, tones stripped)."""

import json

from congdoan.portal.models import VIETNAMESE_SLUG_FORMATTERS, CategoryPage, vietnamese_slug_input


def test_page_saved_without_slug_gets_the_vietnamese_transliteration(portal):
    page = portal.home.add_child(instance=CategoryPage(title="Công đoàn cơ sở Giao thông vận tải"))
    assert page.slug == "cong-doan-co-so-giao-thong-van-tai"
    assert page.url.endswith("/cong-doan-co-so-giao-thong-van-tai/")


def test_unicode_slug_from_the_browser_is_stored_as_ascii(portal):
    page = portal.home.add_child(instance=CategoryPage(title="Đời sống", slug="đời-sống-công-nhân"))
    assert page.slug == "doi-song-cong-nhan"


def test_wagtails_dj_for_d_is_not_what_the_admin_produces():
    """The admin's slug field gets formatters that map đ to d before Wagtail's own transliteration."""
    attrs = vietnamese_slug_input().attrs
    formatters = json.loads(attrs["data-w-slug-formatters-value"])
    by_replacement = {replacement: pattern[0] for pattern, replacement in formatters}
    assert "đ" in by_replacement["d"] and "Đ" in by_replacement["d"]
    assert all(letter in by_replacement["o"] for letter in "ộỘơớ")
    assert len(VIETNAMESE_SLUG_FORMATTERS) == 7
