"""
The anonymous page cache: whole responses for readers who are not signed in.

Keys carry the content version (see content_version.py), so a publish makes every
cached page stale at once. A key is computed when the request arrives: a page that
was being rendered while something was published is stored under the old version
and can never be served afterwards.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from . import content_version

UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/_util/", "/static/", "/media/")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")


def is_cacheable_request(request):
    return (
        settings.PORTAL_PAGE_CACHE_ENABLED
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(UNCACHED_PREFIXES)
    )


def is_cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-cache" not in cache_control
    )


def key_for(request):
    location = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha1(location.encode(), usedforsecurity=False).hexdigest()
    return f"portal:page:{content_version.current()}:{digest}"


def fetch(key):
    """The cached response stored under `key`, or None."""
    stored = cache.get(key)
    if stored is None:
        return None
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def store(key, response):
    headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
    cache.set(key, (response.status_code, headers, response.content), settings.PORTAL_PAGE_CACHE_SECONDS)
