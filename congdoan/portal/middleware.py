"""Request hooks of the portal: its security policy, scheduled publishing, the anonymous page cache."""

from csp.middleware import CSPMiddleware
from django.conf import settings

from . import page_cache, scheduled_publishing


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """
    django-csp's middleware, with the looser policy of CONTENT_SECURITY_POLICY_ADMIN under
    the admin's prefix only: Wagtail's admin runs inline scripts that the portal has no need
    of, so the portal keeps the strict CONTENT_SECURITY_POLICY. It sits outside the page
    cache, so a cached page gets the same header as a rendered one.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX)
        ):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


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
