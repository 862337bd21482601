"""
Sign-in throttling with django-axes: after AXES_FAILURE_LIMIT failed sign-ins for one
account, or from one address, further attempts are refused until AXES_COOLOFF_TIME has
passed, whatever the password (see the AXES_* settings in congdoan/settings/base.py).

Axes decides; this module only says it in the admin's words: the sign-in page again,
with a Vietnamese message, answered with 429 Too Many Requests.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import ngettext


def lockout_message():
    """What a locked-out person reads, with how long to wait."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return ngettext(
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minute; please try again later.",
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minutes; please try again later.",
        minutes,
    ) % {"minutes": minutes}


def is_locked_out(request):
    """Whether axes refused (or has just locked) the sign-in attempt of this request."""
    return bool(getattr(request, "axes_locked_out", False))


def lockout_response(request, original_response=None, credentials=None):
    """
    AXES_LOCKOUT_CALLABLE: the admin's sign-in page as the login view rendered it (its
    form already shows lockout_message(), see forms.LoginForm), with status 429; any other
    place that authenticates gets the message alone.
    """
    if original_response is not None and "form" in (getattr(original_response, "context_data", None) or {}):
        original_response.status_code = settings.AXES_HTTP_RESPONSE_CODE
        return original_response
    return HttpResponse(
        lockout_message(), status=settings.AXES_HTTP_RESPONSE_CODE, content_type="text/plain; charset=utf-8"
    )


def client_ip_address(request):
    """
    AXES_CLIENT_IP_CALLABLE: the address a request came from. Behind TRUSTED_PROXY_COUNT
    reverse proxies every request arrives from the proxy's own address, so the address
    is the one the outermost trusted proxy appended to X-Forwarded-For; entries further
    left were written by the client and could be anything.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
