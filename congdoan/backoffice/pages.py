"""
The page frame of the back office: a page in the admin's frame (header, icon,
breadcrumbs), and a form page that lets a service decide.

Function views with these two helpers read better here than Wagtail's generic
views: every write goes through a keyword-only domain service (which checks the
rules, writes the audit entry and may refuse), and the objects come from scoped
selectors, so the generic views' model forms, querysets and permission policies
would all have to be overridden to get back to the same three lines.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from .concurrency import EditConflict, conflict_response


@dataclass
class Page:
    """Where a page sits (its title, icon and breadcrumbs) and what it shows."""

    template: str
    title: str
    crumbs: Sequence[Mapping[str, Any]]
    icon: str = "doc-full"
    context: dict[str, Any] = field(default_factory=dict)

    def render(self, request: HttpRequest, **context: Any) -> HttpResponse:
        return render(
            request,
            self.template,
            {
                **self.context,
                **context,
                "header_title": self.title,
                "header_icon": self.icon,
                "breadcrumbs_items": list(self.crumbs),
            },
        )


def back_office_page(request, template, header_title, breadcrumbs_items, *, icon, **context):
    """Render a back-office page in the admin's frame (see templates/backoffice/base.html)."""
    return Page(template, header_title, breadcrumbs_items, icon).render(request, **context)


def form_page(
    request: HttpRequest,
    form: forms.BaseForm,
    save: Callable[[Any], Any],
    page: Page,
    *,
    done: str | Callable[[Any], str],
    then: str | Callable[[Any], str],
    aliases: Mapping[str, str] | None = None,
    hidden_fields: Sequence[str] = (),
    submitted: Callable[[Any], Mapping[str, Any]] | None = None,
    formsets: Sequence[forms.BaseFormSet] = (),
    back: str | None = None,
) -> HttpResponse:
    """
    The one form page of the back office. A GET, or a form with errors, shows
    ``page`` with the form. A valid POST calls ``save(form)``, which calls a
    service: a refusal (``ValidationError``) is shown on the form, an edit
    conflict on the conflict page; otherwise the message ``done`` and a redirect
    to ``then`` (either may be a function of what ``save`` returned).
    ``hidden_fields`` and what ``submitted(form)`` returns go to the conflict page;
    ``back``: its way back, when not ``then`` (default: ``then`` if a URL, else this page).
    ``formsets`` (in ``page``'s context) must be valid too before ``save`` is called.
    """
    if request.method == "POST" and form.is_valid() and all(formset.is_valid() for formset in formsets):
        try:
            result = save(form)
        except ValidationError as error:
            show_refusal(form, error, aliases)
        except EditConflict as conflict:
            back = back or (then if isinstance(then, str) else request.get_full_path())
            return conflict_response(
                request,
                form,
                conflict,
                back_url=back,
                breadcrumbs_items=page.crumbs,
                hidden_fields=hidden_fields,
                submitted=submitted(form) if submitted else None,
            )
        else:
            messages.success(request, done(result) if callable(done) else done)
            return redirect(then(result) if callable(then) else then)
    return page.render(request, form=form)


def show_refusal(form: forms.BaseForm, error: ValidationError, aliases: Mapping[str, str] | None = None) -> None:
    """
    Show a service's ``ValidationError`` on ``form``: each message on the field it
    names (``aliases`` maps a service's field name to the form's), else above the fields.
    """
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    aliases = aliases or {}
    for name, errors in error.error_dict.items():
        name = aliases.get(name, name)
        form.add_error(name if name in form.fields else None, errors)
