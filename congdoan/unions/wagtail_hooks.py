from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from congdoan.accounts.scoping import scope_of

from . import urls


class BackOfficeMenuItem(MenuItem):
    """Shown to users with a place in the union tree."""

    def is_shown(self, request):
        return scope_of(request.user).reaches_anything


@hooks.register("register_admin_urls")
def register_union_urls():
    return [path("cong-doan/", include(urls, namespace="unions"))]


@hooks.register("register_admin_menu_item")
def register_union_menu_item():
    return BackOfficeMenuItem(_("Unions and members"), reverse_lazy("unions:index"), icon_name="site", order=150)
