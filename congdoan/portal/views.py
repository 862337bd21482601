"""Portal views: the pages (Wagtail's serve view, with the site from the cache), search, robots.txt."""

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail import hooks

from . import selectors

SEARCH_RESULTS_PER_PAGE = 10


def serve(request, path):
    """
    Wagtail's page view (`wagtail.views.serve`, named `wagtail_serve` as Wagtail's is),
    with the site and its home page from the cache (`selectors.site_for_request`) instead
    of two queries per request; the same hooks run around serving the page.
    """
    site = selectors.site_for_request(request)
    if site is None:
        raise Http404
    path_components = [component for component in path.split("/") if component]
    page, args, kwargs = site.root_page.localized.specific.route(request, path_components)

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        serve_chain = wrap(serve_chain)
    for before in hooks.get_hooks("before_serve_page"):
        result = before(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return serve_chain(page, request, args, kwargs)


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
