"""Template context shared by every portal page."""

from django.utils.functional import SimpleLazyObject

from . import selectors


def site_chrome(request):
    """`chrome`: the federation's details, the menu and the slogans (cached; see selectors)."""
    return {"chrome": SimpleLazyObject(lambda: selectors.site_chrome(request))}
