"""RSS feeds: all news at /rss/, and each category at <category>/rss/."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from . import selectors

FEED_LENGTH = 30


class LatestArticlesFeed(Feed):
    def get_object(self, request, category=None):
        self.request = request
        return category

    def title(self, category):
        federation = selectors.site_chrome(self.request).get("federation", {})
        name = federation.get("name", "")
        return f"{category.title} - {name}" if category else name

    def link(self, category):
        if category:
            return category.get_url(self.request)
        site = Site.find_for_request(self.request)
        return site.root_page.get_url(self.request) if site else "/"

    def description(self, category):
        if category:
            return category.intro or category.title
        return _("The latest news")

    def items(self, category):
        articles = selectors.category_articles(category) if category else selectors.live_articles()
        return articles[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_link(self, article):
        return article.get_url(self.request)

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.byline or None
