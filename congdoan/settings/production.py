"""
Production settings: everything from the environment, and a refusal to start
with a configuration that would be unsafe on the internet.
"""

import os

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DEBUG, REDIS_URL, RELEASE, SECRET_KEY, STORAGES, env_bool
from .safety import refuse_unknown_release, refuse_unsafe_configuration

refuse_unsafe_configuration(DEBUG, SECRET_KEY, ALLOWED_HOSTS)
refuse_unknown_release(RELEASE)

STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"

# HTTPS everywhere; a reverse proxy terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN on themselves
# The TLS-terminating proxy appends the reader's address to X-Forwarded-For: sign-in
# throttling by address (AXES_*) must count readers, not the proxy.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))

# Several worker processes must share one cache, or a publish would leave other
# processes serving stale pages: without Redis the anonymous page cache is off.
if not REDIS_URL:
    PORTAL_PAGE_CACHE_ENABLED = False
