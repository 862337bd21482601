"""
Settings for bench/portal.py: the `make run` settings (congdoan.settings.dev), plus a
URLconf with the bench-only baseline view. The database, media and static paths come
from environment variables that bench/portal.py sets (DATABASE_URL, MEDIA_ROOT, STATIC_ROOT).
"""

from congdoan.settings.dev import *  # noqa: F403
from congdoan.settings.dev import ALLOWED_HOSTS

# Figures are only meaningful without the debug machinery.
DEBUG = False
ROOT_URLCONF = "bench.bench_urls"
# The in-process query count uses django.test.Client, whose default host is "testserver".
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]
