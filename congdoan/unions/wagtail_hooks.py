from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from congdoan.accounts.menu import BackOfficeMenuItem

from . import urls


@hooks.register("register_admin_urls")
def register_union_urls():
    return [path("cong-doan/", include(urls, namespace="unions"))]


@hooks.register("register_admin_menu_item")
def register_union_menu_item():
    return BackOfficeMenuItem(_("Unions and members"), reverse_lazy("unions:index"), icon_name="site", order=150)
