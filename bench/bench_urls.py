"""
The portal's URLconf plus one bench-only view: /__bench__/<name>/ answers with the bytes
of $BENCH_PAGES_DIR/<name>.html (read from disk once per process, then kept in memory).

It runs through the same project, middleware and server as the real pages, so the
difference between it and a real page is what rendering that page costs.
"""

import os
from pathlib import Path

from django.http import Http404, HttpResponse
from django.urls import path

from congdoan.urls import urlpatterns as portal_urlpatterns

_bodies = {}


def bench_page(request, name):
    body = _bodies.get(name)
    if body is None:
        pages_dir = os.environ.get("BENCH_PAGES_DIR")
        file = Path(pages_dir or "/nonexistent") / f"{name}.html"
        if not pages_dir or not file.is_file():
            raise Http404
        body = _bodies[name] = file.read_bytes()
    return HttpResponse(body, content_type="text/html; charset=utf-8")


# First, so the portal's catch-all Wagtail pattern never sees these paths.
urlpatterns = [path("__bench__/<slug:name>/", bench_page), *portal_urlpatterns]
