"""
The portal as a reader sees it, in a real browser: Playwright (Python) driving Debian's
Chromium (`apt-get install chromium`; never a downloaded browser), against the live server
with the demo federation loaded.

One walkthrough, at 1280 px and at 360 px wide: the slider, the slogan ticker and the menu
on the home page; the phone menu behind its toggle; an article opened from the menu; a
search typed without accents that finds accented text; the skip link and image alt texts.
Screenshots go to test-artifacts/browser/ (git-ignored).

Skipped, with the reason, when Chromium or the playwright package is missing.
"""

import re

import pytest

from congdoan.browser_testing import (
    ARTIFACTS,
    BROWSER_MARKS,
    TIMEOUT_MS,
    chromium_browser,
    expect,
    restore_wagtail_roots,
)

STAMP = re.compile(r"Cập nhật lúc \d\d:\d\d - \d\d/\d\d/\d{4} \(GMT \+07:00\)")

pytestmark = BROWSER_MARKS


@pytest.fixture
def browser(live_server, demo_site):
    """Debian's Chromium, started after the data is loaded and stopped before the database is flushed."""
    with chromium_browser() as chromium:
        yield chromium


@pytest.fixture
def demo_site(transactional_db):
    """The demo federation (menu with sub-menus, 48 articles, slides, slogans) in the test database."""
    from congdoan.demo.portal_demo import load_portal_demo
    from congdoan.portal.models import Slogan

    restore_wagtail_roots()
    assert load_portal_demo()
    return {"slogans": [slogan.text for slogan in Slogan.objects.all()]}


def _screenshot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=False)


def _new_page(browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "response",
        lambda response: errors.append(f"{response.status} {response.url}") if response.status >= 400 else None,
    )
    return page, errors


def _freeze_ticker(page, seconds=15):
    """Pause the scrolling ticker a few seconds in, so a screenshot shows slogans (it starts off-screen)."""
    page.evaluate(
        """ms => document.querySelectorAll('.ticker__track').forEach(track =>
               track.getAnimations().forEach(animation => { animation.pause(); animation.currentTime = ms; }))""",
        seconds * 1000,
    )


def _images_not_loaded(page, images):
    """
    The src of each image that did not load. Each is brought into view first (a lazy image
    loads only near the view, and the load event does not wait for it), and read once the
    browser has finished with it, loaded or failed.
    """
    not_loaded = []
    for index in range(images.count()):
        image = images.nth(index)
        image.evaluate("img => img.scrollIntoView({block: 'center'})")
        page.wait_for_function("img => img.complete", arg=image.element_handle())
        if not image.evaluate("img => img.naturalWidth > 0"):
            not_loaded.append(image.get_attribute("src"))
    page.evaluate("window.scrollTo(0, 0)")
    return not_loaded


def _no_horizontal_overflow(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width + 1, f"the page is {scroll_width} px wide in a {width} px window"


def test_reader_walkthrough(live_server, demo_site, browser):
    slogans = demo_site["slogans"]  # no database access below: see the browser fixture

    # Wide screen: slider, ticker and menu bar on the home page.
    page, errors = _new_page(browser, 1280, 900)
    page.goto(live_server.url + "/")
    slider = page.locator("[data-slider]")
    expect(slider).to_be_visible()
    first_slide_image = slider.locator(".slider__slide img").first
    expect(first_slide_image).to_be_visible()
    assert not _images_not_loaded(page, first_slide_image), "the first slide's image did not load (media not served?)"
    expect(page.locator(".ticker")).to_be_visible()
    ticker_text = page.locator(".ticker").inner_text()
    assert any(text in ticker_text for text in slogans), f"no slogan in the ticker: {ticker_text!r}"
    assert page.locator(".ticker__track").evaluate("track => getComputedStyle(track).animationName") == "ticker"
    nav = page.locator("nav.main-nav")
    expect(nav).to_be_visible()
    expect(nav.locator(".main-nav__toggle")).to_be_hidden()
    for title in ("Tin tức - Sự kiện", "Hoạt động công đoàn", "Xây dựng Đảng"):
        expect(nav.get_by_role("link", name=title, exact=True)).to_be_visible()
    _freeze_ticker(page)
    _screenshot(page, "home-1280.png")

    # Keyboard and alt texts: the first Tab reaches the skip link; every image in main has alt.
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_have_text("Bỏ qua, đến nội dung chính")
    expect(skip_link).to_be_in_viewport()
    images_without_alt = page.locator("main img:not([alt])")
    assert images_without_alt.count() == 0, images_without_alt.evaluate_all("imgs => imgs.map(img => img.src)")
    assert page.locator("main img").count() > 0

    # Open an article from the menu: a sub-category through its drop-down, then its first article.
    parent = nav.locator(".main-nav__item--parent", has=page.get_by_role("link", name="Tin tức - Sự kiện", exact=True))
    parent.locator(".main-nav__expand").click()
    nav.get_by_role("link", name="Tin trong tỉnh", exact=True).click()
    expect(page.locator("main h1")).to_have_text("Tin trong tỉnh")
    first_card_link = page.locator(".article-list .card__title a").first
    article_title = first_card_link.inner_text().strip()
    first_card_link.click()
    expect(page.locator("h1.article__title")).to_have_text(article_title)
    expect(page.locator(".article__stamp")).to_have_text(STAMP)
    expect(page.locator(".article__byline")).to_be_visible()
    expect(page.locator(".article__byline")).not_to_be_empty()
    broken = _images_not_loaded(page, page.locator("main img"))
    assert not broken, f"images that did not load on the article page: {broken}"
    _screenshot(page, "article-1280.png")
    assert not errors, errors
    page.context.close()

    # Phone: the menu list is hidden behind the "Menu" toggle; nothing overflows sideways.
    page, errors = _new_page(browser, 360, 800)
    page.goto(live_server.url + "/")
    nav = page.locator("nav.main-nav")
    toggle = nav.locator(".main-nav__toggle")
    expect(toggle).to_be_visible()
    expect(toggle).to_contain_text("Menu")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    news_link = nav.get_by_role("link", name="Tin tức - Sự kiện", exact=True)
    expect(news_link).to_be_hidden()
    expect(page.locator("[data-slider] .slider__slide img").first).to_be_visible()
    expect(page.locator(".ticker")).to_be_visible()
    page.wait_for_load_state("load")
    _no_horizontal_overflow(page, 360)
    _freeze_ticker(page)
    _screenshot(page, "home-360.png")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(news_link).to_be_visible()
    expect(nav.get_by_role("link", name="Hoạt động công đoàn", exact=True)).to_be_visible()
    _no_horizontal_overflow(page, 360)
    _screenshot(page, "home-360-menu-open.png")

    # Search without accents from the header box; a hit opens an article with the accented words.
    search_box = page.locator("#site-search-q")
    search_box.fill("dang vien uu tu")
    search_box.press("Enter")
    page.wait_for_url(re.compile(r"/tim-kiem/\?q=dang"))
    hits = page.locator(".search-result")
    expect(hits.first).to_be_visible()
    first_title = hits.first.locator(".search-result__title a")
    expect(first_title.locator("mark").first).to_be_visible()
    _no_horizontal_overflow(page, 360)
    hits.first.scroll_into_view_if_needed()
    _screenshot(page, "search-360.png")
    first_title.click()
    heading = page.locator("h1.article__title")
    expect(heading).to_be_visible()
    assert re.search(r"[Đđ]ảng", heading.inner_text()), heading.inner_text()
    _no_horizontal_overflow(page, 360)
    assert not errors, errors
    page.context.close()
