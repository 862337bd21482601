"""
Reads of the portal: routing, the site chrome (menu, slogans, federation details),
article lists. Each function runs one query or a fixed few, never one per row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, Site

from . import content_version

if TYPE_CHECKING:
    from django.http import HttpRequest

    from .models import ArticlePage, CategoryPage

CHROME_TIMEOUT = 3600
MENU_DEPTH = 2  # levels below the home page shown in the menu


def _deepest_match(root: Page, path_components: Sequence[str]) -> tuple[int, int, int] | None:
    """(pk, content type id, depth) of the deepest page on the path, or None: one query."""
    candidates = [
        root.url_path + "/".join(path_components[:length]) + "/" for length in range(1, len(path_components) + 1)
    ]
    return (
        Page.objects.filter(slug__in=set(path_components), url_path__in=candidates)
        .order_by("-depth")
        .values_list("pk", "content_type_id", "depth")
        .first()
    )


def deepest_page_on_path(root: Page, path_components: Sequence[str]) -> tuple[Page | None, int]:
    """
    The deepest page under `root` whose URL is a prefix of `path_components`,
    as (specific page, number of components it consumed), or (None, 0).
    Which page a path leads to, and that page, are cached per release and content version
    (moves and publishes change the version), so a routed request usually runs no query.
    """
    path_digest = hashlib.sha1("/".join(path_components).encode(), usedforsecurity=False).hexdigest()
    key = f"portal:route:{content_version.generation()}:{root.pk}:{path_digest}"
    match = cache.get(key)
    if match is None:
        match = _deepest_match(root, path_components) or ()
        cache.set(key, match, CHROME_TIMEOUT)
    if not match:
        return None, 0
    pk, content_type_id, depth = match
    return live_page(pk, content_type_id), depth - root.depth


def live_page(pk: int, content_type_id: int) -> Page:
    """
    The specific page `pk` as it is live, cached per release and content version: the page
    row holds the live content (drafts live in revisions), and any publish changes the version.
    The cache holds the pickled page, so the key must change with the code (see content_version).
    """
    key = f"portal:live-page:{content_version.generation()}:{pk}"
    page = cache.get(key)
    if page is None:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.get(pk=pk)  # type: ignore[union-attr]
        cache.set(key, page, CHROME_TIMEOUT)
    return page


def site_for_request(request: HttpRequest) -> Site | None:
    """
    The Wagtail Site for this host, with its specific home page, cached per release and content
    version (Wagtail's `Site.find_for_request` runs a query for each request, and its home page
    one more), and kept on the request as `portal_site` for the rest of the request.
    """
    if hasattr(request, "portal_site"):
        return request.portal_site
    key = f"portal:site:{content_version.generation()}:{request.get_host().lower()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - loaded now so the cached copy carries it
            cache.set(key, site, CHROME_TIMEOUT)
    request.portal_site = site  # type: ignore[attr-defined]
    return site


def _menu_items(home: Page, request: HttpRequest) -> list[dict[str, Any]]:
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
    top: list[dict[str, Any]] = []
    by_path: dict[str, dict[str, Any]] = {}
    for page in pages:
        item = {"title": page.title, "url": page.get_url(request), "children": []}
        by_path[page.path] = item
        parent = by_path.get(page.path[: -Page.steplen])
        (parent["children"] if parent else top).append(item)
    return top


def _section_pages(home: Page, request: HttpRequest) -> dict[str, dict[str, Any]]:
    """Every live page below `home` that is not an article, by tree path: the breadcrumb trail."""
    from .models import ArticlePage

    pages = Page.objects.live().descendant_of(home).not_type(ArticlePage).only("id", "title", "url_path", "path")
    return {page.path: {"title": page.title, "url": page.get_url(request)} for page in pages}


def breadcrumbs(page: Page, chrome: dict[str, Any]) -> list[dict[str, Any]]:
    """The pages between the home page and `page` (both excluded), from the cached chrome."""
    sections = chrome.get("sections", {})
    steps = range(chrome.get("home_depth", 2) + 1, page.depth)
    return [
        sections[page.path[: depth * Page.steplen]] for depth in steps if page.path[: depth * Page.steplen] in sections
    ]


def _federation(site: Site) -> dict[str, Any]:
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


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    """
    What every page shows around its content: federation details, menu, slogans.
    Computed once per content version and day, then served from the cache.
    """
    from .models import Slogan

    site = site_for_request(request)
    if site is None:
        return {}
    today = timezone.localdate()
    key = f"portal:chrome:{site.pk}:{content_version.generation()}:{today.isoformat()}"
    chrome = cache.get(key)
    if chrome is None:
        home = site.root_page
        chrome = {
            "federation": _federation(site),
            "menu": _menu_items(home, request),
            "slogans": list(Slogan.objects.shown_on(today).values_list("text", flat=True)),
            "home_url": home.get_url(request),
            "home_depth": home.depth,
            # Template fragments are cached under this: any publish or deploy makes them stale.
            "version": content_version.generation(),
            "sections": _section_pages(home, request),
        }
        cache.set(key, chrome, CHROME_TIMEOUT)
    return chrome


def below(page: Page) -> Q:
    """Every path under `page`'s, as a range the database answers from an index."""
    return Q(path__gt=page.path, path__lte=page.path + "Z" * (Page._meta.get_field("path").max_length - len(page.path)))


# What an article card shows: lists load only these columns.
CARD_FIELDS = ("id", "title", "url_path", "path", "depth", "first_published_at", "last_published_at", "lead", "image")


def restricted_paths() -> list[str]:
    """Tree paths of pages with a view restriction (cached per release and content version)."""
    from wagtail.models import PageViewRestriction

    key = f"portal:restricted-paths:{content_version.generation()}"
    paths = cache.get(key)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, CHROME_TIMEOUT)
    return paths


def public(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """`queryset` without pages under a view restriction; no query when there are none."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def live_articles() -> QuerySet[ArticlePage]:
    """Live, public articles, newest first, with only what a card shows."""
    from .models import ArticlePage

    return public(
        ArticlePage.objects.live().only(*CARD_FIELDS).select_related("image").order_by("-first_published_at", "-pk")
    )


def articles_in_order(ids: Sequence[int]) -> list[ArticlePage]:
    """The live articles with these ids, in the order of `ids` (one query)."""
    found = live_articles().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


class ArticleSequence:
    """
    Articles as a sequence a Paginator can page through: `count()` and each slice
    run one query for ids (`ids_between`), and one more fetches the articles.
    """

    def count(self) -> int:
        raise NotImplementedError

    def ids_between(self, start: int, stop: int) -> list[int]:
        raise NotImplementedError

    def __getitem__(self, window: slice) -> list[ArticlePage]:
        start = window.start or 0
        return articles_in_order(self.ids_between(start, window.stop))


class ArticlesUnder(ArticleSequence):
    """The live articles under a page (a category and its sub-categories), newest first."""

    def __init__(self, page: Page, excluding: int | None = None) -> None:
        from .models import PublishedArticle

        rows = PublishedArticle.objects.filter(below(page))
        if excluding is not None:
            rows = rows.exclude(article_id=excluding)
        self.rows = rows.order_by("-published_at", "-article_id")

    def count(self) -> int:
        return self.rows.count()

    def ids_between(self, start: int, stop: int) -> list[int]:
        return list(self.rows.values_list("article_id", flat=True)[start:stop])


def category_articles(category: CategoryPage) -> ArticlesUnder:
    """The live articles of a category and all its sub-categories, newest first."""
    return ArticlesUnder(category)


def related_articles(article: ArticlePage, limit: int = 5) -> list[ArticlePage]:
    """Other articles of the same category, newest first."""
    parent = Page(path=article.path[: -article.steplen])
    return ArticlesUnder(parent, excluding=article.pk)[:limit]


def latest_per_top_category(home: Page, per_category: int = 5) -> list[tuple[CategoryPage, list[ArticlePage]]]:
    """
    For each top-level category under `home`, its newest articles: one query for the
    ids (a small index-only subquery per category, OR-ed together) and one for the articles.
    """
    from .models import CategoryPage, PublishedArticle

    categories = list(
        CategoryPage.objects.live().child_of(home).order_by("path").only("id", "title", "path", "url_path", "depth")
    )
    if not categories:
        return []
    newest = Q()
    for category in categories:
        newest |= Q(pk__in=ArticlesUnder(category).rows.values("pk")[:per_category])
    rows = PublishedArticle.objects.filter(newest).order_by("-published_at", "-article_id")
    articles = articles_in_order(list(rows.values_list("article_id", flat=True)))
    by_category: dict[str, list[ArticlePage]] = {category.path: [] for category in categories}
    prefix_length = len(categories[0].path)
    for article in articles:
        by_category[article.path[:prefix_length]].append(article)
    return [(category, by_category[category.path]) for category in categories]


def home_page_blocks(home: Page) -> dict[str, Any]:
    """The home page's slider, featured articles and per-category blocks."""
    from .models import Slide

    today = timezone.localdate()
    slides = list(Slide.objects.shown_on(today).select_related("image", "link_page"))
    return {
        "slides": slides,
        "featured_articles": list(live_articles().filter(featured=True)[:3]),
        "category_blocks": latest_per_top_category(home),
    }


def paginate(queryset: Any, page_number: int | str | None, per_page: int) -> PaginatorPage[Any]:
    """A page of `queryset`; a missing or wrong page number gives the first or last page."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class SearchHits(ArticleSequence):
    """The articles matching a search, best first (see article_search.py)."""

    def __init__(self, query: str) -> None:
        from . import article_search

        self.query = query
        self.words = article_search.query_words(query)
        self._search = article_search

    def count(self) -> int:
        return self._search.count(self.words) if self.words else 0

    def ids_between(self, start: int, stop: int) -> list[int]:
        return self._search.find(self.words, limit=stop - start, offset=start) if self.words else []


def search_articles(query: str) -> SearchHits:
    return SearchHits(query)
