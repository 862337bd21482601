"""
One number that changes whenever anything a reader sees changes.

Every cached page and the cached site chrome are stored under the current number,
so publishing, unpublishing or editing a slide makes all of them stale at once:
no cached page is ever served after a publish. (The cache must be shared by all
processes: local memory for the single-process embedded default, Redis otherwise.)

The keys carry the running release too (`generation`): the cache outlives a deploy,
and the new code must never unpickle a page or site object of the old class layout,
nor serve pages and fragments rendered by the old templates.
"""

import time

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "portal:content-version"


def current():
    """The current content version (created on first use)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # Start from the clock so a restarted process never reuses an old number.
        version = int(time.time() * 1000)
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY, version)
    return version


def bump():
    """Mark everything cached so far as stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, int(time.time() * 1000), timeout=None)


def generation() -> str:
    """What every portal cache key carries: the running release and the current content version."""
    return f"{settings.RELEASE}.{current()}"
