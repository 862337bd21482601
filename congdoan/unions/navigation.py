"""Where a back-office page sits in the union tree, as the admin's breadcrumbs show it."""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse

from congdoan.accounts.access import back_office_view

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
