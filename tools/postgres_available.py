"""Exit 0 if the PostgreSQL server named by DATABASE_URL answers within 3 seconds, else 1."""

import os
import sys

import psycopg

url = os.environ.get("DATABASE_URL", "")
try:
    psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", connect_timeout=3).close()
except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
    print(f"{type(error).__name__}: {str(error).strip().splitlines()[0] if str(error).strip() else ''}")
    sys.exit(1)
sys.exit(0)
