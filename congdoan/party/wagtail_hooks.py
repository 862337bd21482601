from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, UnionPageLink

from . import services, urls


@hooks.register("register_admin_urls")
def register_party_urls():
    return [path("dang/", include(urls, namespace="party"))]


@hooks.register("register_log_actions")
def register_party_audit_actions(actions):
    for action, label, message in services.AUDIT_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register(UNION_PAGE_LINKS_HOOK)
def party_links(organisation, scope):
    """On a union's page, for the roles that may see Party status: its Party-development board."""
    if not scope.sees_sensitive_data:
        return []
    return [UnionPageLink(reverse("party:board", args=[organisation.pk]), _("Party development"))]
