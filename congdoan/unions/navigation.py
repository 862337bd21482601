"""Where a back-office page sits in the union tree, as the admin's breadcrumbs show it."""

from dataclasses import dataclass
from typing import Any

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import Page

from .selectors import breadcrumbs, home_organisation_id


def breadcrumb_items(user, organisation, *extra):
    """
    The admin's breadcrumb items for a page about ``organisation``: the unions above it that
    ``user`` may see, the union itself, then ``extra`` (url, label) pairs.
    """
    items = [
        {"url": reverse("unions:detail", args=[node.pk]), "label": node.short_name or node.name}
        for node in [*breadcrumbs(user, organisation), organisation]
    ]
    return items + [{"url": url, "label": label} for url, label in extra]


@dataclass(frozen=True)
class Section:
    """
    An app's part of the back office: the icon of its pages and, if it has one,
    its own first page under a union (``index``: a URL name taking the union's
    id, and its label), which heads the breadcrumbs after the union.
    """

    icon: str
    index: tuple[str, Any] | None = None

    def crumbs(self, request, organisation, *extra):
        """Breadcrumbs of a page about ``organisation``: the tree, the section's index, then ``extra`` pairs."""
        head = [(reverse(self.index[0], args=[organisation.pk]), self.index[1])] if self.index else []
        return breadcrumb_items(request.user, organisation, *head, *extra)

    def page(self, template, title, crumbs, **context) -> Page:
        return Page(template, title, crumbs, self.icon, context)


def opens_on_home_union(url_name):
    """
    A back-office view that opens the page ``url_name`` (which takes a union's id) on
    the user's own union, a superuser's the top of the tree; 404 if there is none.
    """

    @back_office_view
    def view(request):
        home = home_organisation_id(request.user)
        if home is None:
            raise Http404
        return redirect(url_name, home)

    return view
