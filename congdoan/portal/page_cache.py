"""
The anonymous page cache: whole responses for readers who are not signed in.

Keys carry the release and the content version (see content_version.py), so a
publish or a deploy makes every cached page stale at once. A key is computed when
the request arrives: a page that was being rendered while something was published
is stored under the old version and can never be served afterwards.

Who is "signed in" is decided by the session store, not by the mere presence of a
session cookie: anyone can send a made-up `sessionid`, and if that alone bypassed the
cache, every request of a flood would render its page (search fell from 494 to 43
requests a second). A cookie that is not shaped like a Django session key costs
nothing; one that is costs one lookup by primary key in the session store, far less
than rendering a page.
"""

import hashlib
import re
from importlib import import_module

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from . import content_version

UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/_util/", "/static/", "/media/")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")


# What Django's session stores generate (SessionBase._get_new_session_key).
SESSION_KEY_SHAPE = re.compile(r"[a-z0-9]{32}")


def is_cacheable_request(request):
    return (
        settings.PORTAL_PAGE_CACHE_ENABLED
        and request.method == "GET"
        and not request.path.startswith(UNCACHED_PREFIXES)
        and not has_live_session(request)
    )


def has_live_session(request):
    """
    Whether the request's session cookie names a session that exists and has not
    expired: only such a reader may be signed in and get a page of their own.
    """
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key or not SESSION_KEY_SHAPE.fullmatch(session_key):
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    # load() returns the data of a live session; for a missing or expired one it
    # forgets the key (the database store also checks the expiry date).
    store.load()
    return store.session_key is not None


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
    return f"portal:page:{content_version.generation()}:{digest}"


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
