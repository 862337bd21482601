from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from congdoan.accounts.menu import BackOfficeMenuItem
from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, PageLink

from . import urls


@hooks.register("register_admin_urls")
def register_plans_urls():
    return [path("nhiem-ky/", include(urls, namespace="plans"))]


@hooks.register("register_admin_menu_item")
def register_plans_menu_item():
    return BackOfficeMenuItem(_("Terms and targets"), reverse_lazy("plans:index"), icon_name="list-ul", order=160)


@hooks.register(UNION_PAGE_LINKS_HOOK)
def plans_links(organisation, scope):
    """On a union's page: its terms and targets, and the ranking of the units under it."""
    return [
        PageLink(reverse("plans:terms", args=[organisation.pk]), _("Terms and targets")),
        PageLink(reverse("plans:ranking", args=[organisation.pk]), _("Ranking by achievement")),
    ]
