"""Settings for `make run`: the embedded default on one machine (SQLite, local-memory cache)."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

# DEBUG stays off unless asked for (DEBUG=1), so `make run` shows the real Vietnamese
# 404 and 500 pages; runserver --insecure serves static files and SERVE_MEDIA the uploads.
DEBUG = env_bool("DEBUG", False)
SERVE_MEDIA = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-congdoan"  # noqa: S105 - refused by production.py
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
