"""
Scheduled publishing that happens without cron.

Wagtail stores a scheduled publish as a revision with `approved_go_live_at`, and a
scheduled unpublish as a page's `expire_at`; its `publish_scheduled` command acts
on those that are due. Here the next due moment is kept in the cache, and the first
request after it runs that command, so a scheduled article goes live on time in the
embedded default. In production a cron job running `publish_scheduled` does no harm.
"""

import io

from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Page, Revision

NEXT_DUE_KEY = "portal:next-scheduled-change"
LOCK_KEY = "portal:publishing-scheduled"
NOTHING_SCHEDULED = float("inf")
RECHECK_SECONDS = 60  # also picks up schedules made by other processes with a private cache


def _next_due_from_database():
    go_live = Revision.objects.filter(approved_go_live_at__isnull=False).aggregate(due=Min("approved_go_live_at"))[
        "due"
    ]
    expiry = Page.objects.filter(live=True, expire_at__isnull=False).aggregate(due=Min("expire_at"))["due"]
    moments = [moment.timestamp() for moment in (go_live, expiry) if moment is not None]
    return min(moments, default=NOTHING_SCHEDULED)


def next_due():
    """The timestamp of the next scheduled publish or unpublish (infinity if none)."""
    due = cache.get(NEXT_DUE_KEY)
    if due is None:
        due = _next_due_from_database()
        cache.set(NEXT_DUE_KEY, due, RECHECK_SECONDS)
    return due


def forget_next_due():
    """Called when something is scheduled, so the next request looks again."""
    cache.delete(NEXT_DUE_KEY)


def publish_if_due(now=None):
    """Publish and unpublish whatever is due. Returns True if it ran."""
    now = now or timezone.now()
    if now.timestamp() < next_due():
        return False
    if not cache.add(LOCK_KEY, True, timeout=120):
        return False  # another request is already doing it
    try:
        call_command("publish_scheduled", stdout=io.StringIO())
    finally:
        forget_next_due()
        cache.delete(LOCK_KEY)
    return True
