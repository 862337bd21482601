from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from congdoan.accounts.menu import BackOfficeMenuItem
from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, PageLink

from . import urls


@hooks.register("register_admin_urls")
def register_emulation_urls():
    return [path("thi-dua/", include(urls, namespace="emulation"))]


@hooks.register("register_admin_menu_item")
def register_emulation_menu_item():
    return BackOfficeMenuItem(
        _("Emulation and evaluation"), reverse_lazy("emulation:index"), icon_name="tasks", order=165
    )


@hooks.register(UNION_PAGE_LINKS_HOOK)
def emulation_links(organisation, scope):
    """On a union's page: its emulation movements and the evaluations of the units under it."""
    return [
        PageLink(reverse("emulation:movements", args=[organisation.pk]), _("Emulation movements")),
        PageLink(reverse("emulation:evaluations", args=[organisation.pk]), _("Annual evaluation of its units")),
    ]
