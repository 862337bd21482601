"""
What the browser tests share: Debian's Chromium driven by Playwright for Python (never a
downloaded browser), the marks that skip them with a reason where either is missing, and
where their screenshots go (test-artifacts/browser/, git-ignored).
"""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    expect = sync_playwright = None

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "browser"
TIMEOUT_MS = 30_000  # a bound for what never comes; nothing waits for it to pass

BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"),
    pytest.mark.skipif(
        sync_playwright is None, reason="the playwright Python package is not installed (pip install playwright)"
    ),
]

__all__ = [
    "ARTIFACTS",
    "BROWSER_MARKS",
    "CHROMIUM",
    "TIMEOUT_MS",
    "chromium_browser",
    "expect",
    "restore_wagtail_roots",
]


@contextmanager
def chromium_browser():
    """
    Debian's Chromium, for a fixture to start after the test data is loaded.

    While Playwright's sync API is started, this thread counts as running an asyncio event loop:
    Django then refuses database access here (SynchronousOnlyOperation), and with
    DJANGO_ALLOW_ASYNC_UNSAFE it would open a second connection that is never closed (on
    PostgreSQL the test database then cannot be dropped). So a test reads everything it needs
    from the database before the browser starts, and the variable is not set.
    """
    playwright = sync_playwright().start()
    try:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as error:  # noqa: BLE001 - a browser that cannot start is a skip, not a failure
            pytest.skip(f"Debian's chromium at {CHROMIUM} would not start: {error}")
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


def restore_wagtail_roots():
    """
    Recreate what Wagtail's migrations add (locale, root page, root collection): a browser
    test's database is flushed after each transactional test, and these go with it.
    """
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    if not Locale.objects.exists():
        Locale.objects.create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page)))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
