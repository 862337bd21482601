"""Settings for the test suite: SQLite in memory, or PostgreSQL when DATABASE_URL names one."""

import os

from .base import *  # noqa: F403
from .base import DATABASES, VAR_DIR

SECRET_KEY = "test-only-not-secret-congdoan"  # noqa: S105
DEBUG = False
SERVE_MEDIA = True
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
VAR_DIR.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = VAR_DIR / f"test-media-{os.getpid()}"
PRIVATE_UPLOAD_ROOT = VAR_DIR / f"test-private-{os.getpid()}"
DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # One test database per run, so two runs on one server never drop each other's.
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["NAME"] = ":memory:"
    # The test database is a file, so the live server's request threads (browser tests) each
    # open their own connection to it, and write at the same time as one another (an editor's
    # autosave, an editing-session ping, a form post). As in base.py: a writer waits up to 30 s
    # for the lock instead of failing at once; transactions take the write lock when they
    # begin (IMMEDIATE), so one that read first never fails to upgrade ("database is locked"
    # without waiting); WAL lets readers and the writer work at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    DATABASES["default"]["TEST"] = {"NAME": f"{VAR_DIR}/test-{os.getpid()}.sqlite3"}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
