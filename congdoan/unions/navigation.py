"""Where a back-office page sits in the union tree, as the admin's breadcrumbs show it."""

from django.urls import reverse

from .selectors import breadcrumbs


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
