from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from congdoan.accounts.scoping import scope_of
from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, UnionPageLink

from . import urls


class EmulationMenuItem(MenuItem):
    """Shown to users with a place in the union tree."""

    def is_shown(self, request):
        return scope_of(request.user).reaches_anything


@hooks.register("register_admin_urls")
def register_emulation_urls():
    return [path("thi-dua/", include(urls, namespace="emulation"))]


@hooks.register("register_admin_menu_item")
def register_emulation_menu_item():
    return EmulationMenuItem(_("Emulation and evaluation"), reverse_lazy("emulation:index"), icon_name="tasks", order=165)


@hooks.register(UNION_PAGE_LINKS_HOOK)
def emulation_links(organisation, scope):
    """On a union's page: its emulation movements and the evaluations of the units under it."""
    return [
        UnionPageLink(reverse("emulation:movements", args=[organisation.pk]), _("Emulation movements")),
        UnionPageLink(reverse("emulation:evaluations", args=[organisation.pk]), _("Annual evaluation of its units")),
    ]
