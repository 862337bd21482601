"""The admin menu entries of the back office."""

from wagtail.admin.menu import MenuItem

from .scoping import scope_of


class BackOfficeMenuItem(MenuItem):
    """A menu entry shown only to users with a place in the union tree."""

    def is_shown(self, request):
        return scope_of(request.user).reaches_anything
