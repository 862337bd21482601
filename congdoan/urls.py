from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from congdoan.portal import views as portal_views
from congdoan.portal.feeds import LatestArticlesFeed

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("tim-kiem/", portal_views.search, name="search"),
    path("rss/", LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("favicon.ico", portal_views.favicon),
]


def serve_media(request, path):
    """Uploads, served by Django itself in the embedded default (production leaves them to the web server)."""
    return serve_file(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    urlpatterns.append(re_path(r"^%s(?P<path>.*)$" % settings.MEDIA_URL.lstrip("/"), serve_media))

# Pages: the portal's serve view answers before Wagtail's own (same pattern, same name).
urlpatterns += [
    re_path(wagtail_urls.serve_pattern, portal_views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
