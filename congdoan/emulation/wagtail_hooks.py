from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from congdoan.accounts.scoping import scope_of

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
