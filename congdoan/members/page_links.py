"""
Links that apps above ``members`` (party) put on a member's page, the way they put
links on a union's page (``congdoan.unions.page_links``): ``members`` imports none
of them. A function registered with ``MEMBER_PAGE_LINKS_HOOK`` gets the member and
the user's scope and returns the ``PageLink``s the user may follow.
"""

from congdoan.unions.page_links import PageLink, links_from_hook

__all__ = ["MEMBER_PAGE_LINKS_HOOK", "PageLink", "member_page_links"]

MEMBER_PAGE_LINKS_HOOK = "congdoan_member_page_links"


def member_page_links(member, scope):
    """The links every registered app offers on ``member``'s page, in hook order."""
    return links_from_hook(MEMBER_PAGE_LINKS_HOOK, member, scope)
