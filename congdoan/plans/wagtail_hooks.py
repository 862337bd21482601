from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from congdoan.accounts.scoping import scope_of

from . import urls


class PlansMenuItem(MenuItem):
    """Shown to users with a place in the union tree."""

    def is_shown(self, request):
        return scope_of(request.user).reaches_anything


@hooks.register("register_admin_urls")
def register_plans_urls():
    return [path("nhiem-ky/", include(urls, namespace="plans"))]


@hooks.register("register_admin_menu_item")
def register_plans_menu_item():
    return PlansMenuItem(_("Terms and targets"), reverse_lazy("plans:index"), icon_name="list-ul", order=160)
