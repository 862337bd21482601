from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from congdoan.accounts.menu import BackOfficeMenuItem
from congdoan.unions.page_links import UNION_PAGE_LINKS_HOOK, PageLink

from . import urls


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("bao-cao/", include(urls, namespace="reports"))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return BackOfficeMenuItem(_("Term reports"), reverse_lazy("reports:index"), icon_name="doc-full", order=170)


@hooks.register(UNION_PAGE_LINKS_HOOK)
def report_links(organisation, scope):
    """On a union's page: its term reports (everyone who may see the union may read them)."""
    return [PageLink(reverse("reports:terms", args=[organisation.pk]), _("Term reports"))]
