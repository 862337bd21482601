"""Portal views that are not pages: search and robots.txt."""

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import selectors

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = selectors.paginate(selectors.search_articles(query), request.GET.get("trang"), SEARCH_RESULTS_PER_PAGE)
    return TemplateResponse(request, "portal/search.html", {"query": query, "results": results})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers that ask for /favicon.ico get the emblem."""
    return HttpResponsePermanentRedirect(static("portal/favicon.svg"))
