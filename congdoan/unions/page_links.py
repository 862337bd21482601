"""
Links that apps above ``unions`` (party, plans, emulation, reports) put on a union's page.

``unions`` must not import them, so they register a function with the Wagtail hook
``UNION_PAGE_LINKS_HOOK`` in their ``wagtail_hooks.py``:

    @hooks.register(UNION_PAGE_LINKS_HOOK)
    def party_links(organisation, scope):
        return [PageLink(reverse("party:board", args=[organisation.pk]), _("Party development"))]

Each function gets the organisation and the user's scope and returns the links the
user may follow.
"""

from dataclasses import dataclass

from wagtail import hooks

UNION_PAGE_LINKS_HOOK = "congdoan_union_page_links"


@dataclass(frozen=True)
class PageLink:
    url: str
    label: str
    primary: bool = False  # the page's main way on (one per page), shown as the first, filled button


def links_from_hook(hook_name, *arguments):
    """The links every function registered with ``hook_name`` offers for ``arguments``, in hook order."""
    return [link for function in hooks.get_hooks(hook_name) for link in function(*arguments)]


def union_page_links(organisation, scope):
    """The links every registered app offers on ``organisation``'s page, in hook order."""
    return links_from_hook(UNION_PAGE_LINKS_HOOK, organisation, scope)
