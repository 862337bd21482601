"""WSGI entry point of the bench servers: `gunicorn bench.bench_wsgi:application`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.bench_settings")
application = get_wsgi_application()
