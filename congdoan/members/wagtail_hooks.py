from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, PageLink
from congdoan.unions.tree_hooks import DISSOLUTION_REFUSAL_HOOK, UNION_MERGER_HOOK

from . import services, urls


@hooks.register("register_admin_urls")
def register_member_urls():
    return [path("doan-vien/", include(urls, namespace="members"))]


# The tree's changes that move or keep members (unions.tree_hooks).
hooks.register(UNION_MERGER_HOOK, services.move_members_of_merged_union)
hooks.register(DISSOLUTION_REFUSAL_HOOK, services.dissolution_refusal)


@hooks.register(UNION_PAGE_LINKS_HOOK)
def member_links(organisation, scope):
    """On a union's page, for everyone who may open it: its members (the page's main way on) and their statistics."""
    return [
        PageLink(reverse("members:list", args=[organisation.pk]), _("Members"), primary=True),
        PageLink(reverse("members:statistics", args=[organisation.pk]), _("Member statistics")),
    ]
