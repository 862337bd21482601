"""
Settings of bench/registry.py: the `make run` settings (congdoan.settings.dev) on the
bench's own database, which bench/registry.py names in DATABASE_URL (a PostgreSQL
database or a SQLite file under bench/results/; never the developer's db.sqlite3).
"""

import os

from congdoan.settings.dev import *  # noqa: F403
from congdoan.settings.dev import ALLOWED_HOSTS, DATABASES

if "DATABASE_URL" not in os.environ:
    raise RuntimeError("bench.registry_settings needs DATABASE_URL (bench/registry.py sets it)")

# Figures are only meaningful without the debug machinery.
DEBUG = False
# The member list is measured in process with django.test.Client ("testserver").
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]
# One connection for the whole run, as a server process keeps it.
DATABASES["default"]["CONN_MAX_AGE"] = None
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
