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
]

if settings.SERVE_MEDIA:
    # The embedded default serves uploads itself; production leaves them to the web server.
    urlpatterns.append(
        re_path(r"^%s(?P<path>.*)$" % settings.MEDIA_URL.lstrip("/"), serve_file, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns.append(path("", include(wagtail_urls)))
