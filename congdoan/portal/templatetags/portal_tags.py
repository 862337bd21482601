"""Template tags of the portal: page links, the Vietnamese update stamp and search highlighting."""

from django import template

from congdoan import vietnamese

from .. import selectors

register = template.Library()


@register.filter
def update_stamp(moment):
    """ "Cập nhật lúc 09:15 - 19/12/2022 (GMT +07:00)", always in Vietnam time."""
    return vietnamese.update_stamp(moment)


@register.filter
def highlight(text, query):
    """`text`, escaped, with the words of `query` in <mark>, ignoring accents and case."""
    return vietnamese.highlight(text or "", query or "")


@register.filter
def excerpt(text, query):
    return vietnamese.excerpt(text or "", query or "")


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """The sections between the home page and `page`, as dicts with title and url (no queries)."""
    return selectors.breadcrumbs(page, context["chrome"])


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """
    What Wagtail's `{% pageurl page %}` gives (relative on the current site), with the
    current site from the cache: `pageurl` asks Wagtail for it, a query per request.
    """
    request = context["request"]
    return page.relative_url(selectors.site_for_request(request), request)
