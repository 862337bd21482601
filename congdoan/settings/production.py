"""
Production settings: everything from the environment, and a refusal to start
with a configuration that would be unsafe on the internet.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DEBUG, REDIS_URL, SECRET_KEY, STORAGES, env_bool

KNOWN_UNSAFE_SECRET_KEYS = {
    "",
    "dev-only-not-secret-congdoan",
    "test-only-not-secret-congdoan",
    "change-me",
    "changeme",
    "secret",
}


def refuse_unsafe_configuration(debug, secret_key, allowed_hosts):
    """Raise ImproperlyConfigured for each way production would be unsafe."""
    problems = []
    if debug:
        problems.append("DEBUG must be off in production (unset DEBUG or set DEBUG=0).")
    if secret_key in KNOWN_UNSAFE_SECRET_KEYS or secret_key.startswith("django-insecure") or len(secret_key) < 50:
        problems.append("SECRET_KEY must be set to a long random value (at least 50 characters).")
    if not allowed_hosts:
        problems.append("ALLOWED_HOSTS must list the site's host names (comma-separated).")
    if problems:
        raise ImproperlyConfigured("Refusing to start: " + " ".join(problems))


refuse_unsafe_configuration(DEBUG, SECRET_KEY, ALLOWED_HOSTS)

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
X_FRAME_OPTIONS = "SAMEORIGIN"

# Several worker processes must share one cache, or a publish would leave other
# processes serving stale pages: without Redis the anonymous page cache is off.
if not REDIS_URL:
    PORTAL_PAGE_CACHE_ENABLED = False
