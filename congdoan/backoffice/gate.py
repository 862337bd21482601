"""The gate in front of every back-office view: no scope, no entry."""

from functools import wraps

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from congdoan.accounts.scoping import scope_of


def back_office_view(view=None, *, manages_organisations=False, manages_members=False, sees_sensitive_data=False):
    """
    Let the request through only for a user with a scope in the union tree
    (and the right named, if any); the scope is put on ``request.scope``.
    Objects outside the scope are the selectors' business: they answer 404.

    A refusal is a real 403 page (Wagtail would turn PermissionDenied into a
    redirect to the dashboard, which hides what happened).
    """

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            scope = scope_of(request.user)
            if (
                not scope.reaches_anything
                or (manages_organisations and not scope.manages_organisations)
                or (manages_members and not scope.manages_members)
                or (sees_sensitive_data and not scope.sees_sensitive_data)
            ):
                return forbidden(request)
            request.scope = scope
            return view(request, *args, **kwargs)

        wrapped.behind_back_office_gate = True
        return wrapped

    return decorate(view) if view else decorate


def forbidden(request):
    """The 403 page of the back office, in the admin's frame."""
    return TemplateResponse(
        request,
        "backoffice/forbidden.html",
        {"header_title": _("Not allowed"), "header_icon": "warning"},
        status=403,
    )
