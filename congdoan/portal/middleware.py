"""Request hooks of the portal: scheduled publishing, the anonymous page cache, the site lookup."""

from . import page_cache, scheduled_publishing, selectors


class ScheduledPublishingMiddleware:
    """Before anything is served, publish what is due (one cache read when nothing is)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scheduled_publishing.publish_if_due()
        return self.get_response(request)


class AnonymousPageCacheMiddleware:
    """Serve readers who are not signed in from the cache; see page_cache.py."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache.is_cacheable_request(request):
            return self.get_response(request)
        key = page_cache.key_for(request)
        response = page_cache.fetch(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if page_cache.is_cacheable_response(response):
            page_cache.store(key, response)
            response["X-Page-Cache"] = "miss"
        return response


class CachedSiteMiddleware:
    """Find the Wagtail Site from the cache instead of one query per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = selectors.site_for_request(request)
        return self.get_response(request)
