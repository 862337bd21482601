"""
Reads of the portal: routing, the site chrome (menu, slogans, federation details),
article lists. Each function runs one query or a fixed few, never one per row.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr
from django.utils import timezone
from wagtail.models import Page, Site

from . import content_version

CHROME_TIMEOUT = 3600
MENU_DEPTH = 2  # levels below the home page shown in the menu


def deepest_page_on_path(root, path_components):
    """
    The deepest page under `root` whose URL is a prefix of `path_components`,
    as (specific page, number of components it consumed), or (None, 0).
    """
    candidates = [
        root.url_path + "/".join(path_components[:length]) + "/" for length in range(1, len(path_components) + 1)
    ]
    match = (
        Page.objects.filter(url_path__in=candidates, path__startswith=root.path)
        .order_by("-depth")
        .values_list("pk", "content_type_id", "depth")
        .first()
    )
    if match is None:
        return None, 0
    pk, content_type_id, depth = match
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    queryset = model.objects.all()
    related = getattr(model, "route_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    return queryset.get(pk=pk), depth - root.depth


def site_for_request(request):
    """The Wagtail Site for this host, with its specific root page, cached between requests."""
    host = request.get_host().lower()
    key = f"portal:site:{host}:{content_version.current()}"
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - loaded now so the cached copy carries it
            cache.set(key, site, CHROME_TIMEOUT)
    return site


def _menu_items(home, request):
    """The live in-menu pages below `home`, MENU_DEPTH levels deep, as nested dicts."""
    pages = (
        Page.objects.live()
        .public()
        .in_menu()
        .descendant_of(home)
        .filter(depth__lte=home.depth + MENU_DEPTH)
        .order_by("path")
        .only("id", "title", "url_path", "path", "depth")
    )
    top, by_path = [], {}
    for page in pages:
        item = {"title": page.title, "url": page.get_url(request), "children": []}
        by_path[page.path] = item
        parent = by_path.get(page.path[: -Page.steplen])
        (parent["children"] if parent else top).append(item)
    return top


def _section_pages(home, request):
    """Every live page below `home` that is not an article, by tree path: the breadcrumb trail."""
    from .models import ArticlePage

    pages = Page.objects.live().descendant_of(home).not_type(ArticlePage).only("id", "title", "url_path", "path")
    return {page.path: {"title": page.title, "url": page.get_url(request)} for page in pages}


def breadcrumbs(page, chrome):
    """The pages between the home page and `page` (both excluded), from the cached chrome."""
    sections = chrome.get("sections", {})
    steps = range(chrome.get("home_depth", 2) + 1, page.depth)
    return [sections[page.path[: depth * Page.steplen]] for depth in steps if page.path[: depth * Page.steplen] in sections]


def _federation(site):
    from .models import FederationSettings

    federation = FederationSettings.for_site(site)
    logo = federation.logo.get_rendition("height-96") if federation.logo_id else None
    return {
        "name": federation.name,
        "tagline": federation.tagline,
        "logo": {"url": logo.url, "width": logo.width, "height": logo.height} if logo else None,
        "address": federation.address,
        "phone": federation.phone,
        "email": federation.email,
        "licence": federation.licence,
        "related_portals": [
            {"label": link.value["label"], "url": link.value["url"]} for link in federation.related_portals
        ],
    }


def site_chrome(request):
    """
    What every page shows around its content: federation details, menu, slogans.
    Computed once per content version and day, then served from the cache.
    """
    from .models import Slogan

    site = Site.find_for_request(request)
    if site is None:
        return {}
    today = timezone.localdate()
    key = f"portal:chrome:{site.pk}:{content_version.current()}:{today.isoformat()}"
    chrome = cache.get(key)
    if chrome is None:
        home = site.root_page
        chrome = {
            "federation": _federation(site),
            "menu": _menu_items(home, request),
            "slogans": list(Slogan.objects.shown_on(today).values_list("text", flat=True)),
            "home_url": home.get_url(request),
            "home_depth": home.depth,
            "sections": _section_pages(home, request),
        }
        cache.set(key, chrome, CHROME_TIMEOUT)
    return chrome


def live_articles():
    from .models import ArticlePage

    return ArticlePage.objects.live().public().select_related("image").order_by("-first_published_at", "-pk")


def category_articles(category):
    """The live articles of a category and all its sub-categories, newest first."""
    return live_articles().descendant_of(category)


def related_articles(article, limit=5):
    """Other articles of the same category, newest first."""
    parent_path = article.path[: -article.steplen]
    return list(
        live_articles()
        .filter(path__startswith=parent_path, depth=article.depth)
        .exclude(pk=article.pk)[:limit]
    )


def latest_per_top_category(home, per_category=5):
    """
    For each top-level category under `home`, its newest articles — in one query,
    numbering articles within each top-level category with a window function.
    """
    from .models import CategoryPage

    categories = list(CategoryPage.objects.live().child_of(home).order_by("path"))
    if not categories:
        return []
    prefix_length = (home.depth + 1) * Page.steplen
    ranked = (
        live_articles()
        .descendant_of(home)
        .annotate(
            top_path=Substr("path", 1, prefix_length),
            rank=Window(
                RowNumber(),
                partition_by=[Substr("path", 1, prefix_length)],
                order_by=[F("first_published_at").desc(), F("pk").desc()],
            ),
        )
        .filter(rank__lte=per_category)
        .order_by("top_path", "rank")
    )
    by_category = {}
    for article in ranked:
        by_category.setdefault(article.top_path, []).append(article)
    return [(category, by_category.get(category.path, [])) for category in categories]


def home_page_blocks(home):
    """The home page's slider, featured articles and per-category blocks."""
    from .models import Slide

    today = timezone.localdate()
    slides = list(Slide.objects.shown_on(today).select_related("image", "link_page"))
    return {
        "slides": slides,
        "featured_articles": list(live_articles().filter(featured=True)[:3]),
        "category_blocks": latest_per_top_category(home),
    }


def paginate(queryset, page_number, per_page):
    """A page of `queryset`; a missing or wrong page number gives the first or last page."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class SearchHits:
    """
    The articles matching a search, as a sequence a Paginator can page through:
    counting and slicing each run one query, and a slice returns articles in rank order.
    """

    def __init__(self, query):
        from . import article_search

        self.query = query
        self.words = article_search.query_words(query)
        self._search = article_search

    def count(self):
        return self._search.count(self.words) if self.words else 0

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        if not self.words:
            return []
        start = window.start or 0
        ids = self._search.find(self.words, limit=window.stop - start, offset=start)
        articles = live_articles().in_bulk(ids)
        return [articles[pk] for pk in ids if pk in articles]


def search_articles(query):
    return SearchHits(query)
