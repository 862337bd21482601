from django.urls import include, path
from wagtail import hooks

from congdoan.unions.tree_hooks import DISSOLUTION_REFUSAL_HOOK, UNION_MERGER_HOOK

from . import services, urls


@hooks.register("register_admin_urls")
def register_member_urls():
    return [path("doan-vien/", include(urls, namespace="members"))]


# The tree's changes that move or keep members (unions.tree_hooks).
hooks.register(UNION_MERGER_HOOK, services.move_members_of_merged_union)
hooks.register(DISSOLUTION_REFUSAL_HOOK, services.dissolution_refusal)
