from urllib.parse import urlencode

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from congdoan.members.page_links import MEMBER_PAGE_LINKS_HOOK
from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, PageLink

from . import selectors, services, urls


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
    return [PageLink(reverse("party:board", args=[organisation.pk]), _("Party development"))]


@hooks.register(MEMBER_PAGE_LINKS_HOOK)
def candidacy_links(member, scope):
    """
    On a member's page, for the roles that may see Party status: the member's
    candidacies; and for officials, when the member may become one
    (``services.identification_refusal``), the form that records them as a candidate.
    """
    if not scope.sees_sensitive_data:
        return []
    candidacies = list(selectors.candidacies_of(member))
    links = [
        PageLink(
            reverse("party:detail", args=[candidacy.pk]),
            _("Party candidacy: %(stage)s") % {"stage": candidacy.get_stage_display()},
        )
        for candidacy in candidacies
    ]
    if scope.manages_organisations and services.identification_refusal(member, candidacies) is None:
        url = reverse("party:add", args=[member.organisation_id]) + "?" + urlencode({"the": member.card_number})
        links.append(PageLink(url, _("Record as a Party candidate")))
    return links
