"""
Back-office views of the union tree. Thin: parse the request, let the
selectors scope and fetch, let the services write, render.
"""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.backoffice.concurrency import EditConflict, conflict_response
from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import back_office_page

from . import selectors, services
from .forms import (
    CommitteeForm,
    DissolveForm,
    MergeForm,
    MoveForm,
    NewUnitForm,
    OrganisationEditForm,
    RenameForm,
    SeatFormSet,
    SplitForm,
)
from .levels import ALLOWED_PARENTS
from .models import EventKind
from .navigation import breadcrumb_items
from .page_links import union_page_links


def _crumbs(request, organisation, *extra):
    return breadcrumb_items(request.user, organisation, *extra)


_page = partial(back_office_page, icon="site")


@back_office_view
def organisation_index(request):
    """The user's own union (a superuser: the top of the tree)."""
    home = selectors.home_organisation_id(request.user)
    if home is None:
        return _page(request, "unions/empty.html", _("Union organisations"), [])
    return redirect("unions:detail", home)


@back_office_view
def organisation_detail(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    return _page(
        request,
        "unions/organisation_detail.html",
        organisation.name,
        _crumbs(request, organisation),
        organisation=organisation,
        children=selectors.children_of(organisation),
        committees=selectors.committees_of(organisation),
        events=selectors.history_of(organisation),
        scope=request.scope,
        links=union_page_links(organisation, request.scope),
        may_add_units=any(organisation.level in parents for parents in ALLOWED_PARENTS.values()),
    )


@back_office_view(manages_organisations=True)
def organisation_edit(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    form = OrganisationEditForm(request.POST or None, instance=organisation)
    crumbs = _crumbs(request, organisation, (request.path, _("Edit")))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_organisation(organisation, request.user, version=form.submitted_version(), **form.changes())
        except ValidationError as error:
            form.add_error(None, error)
        except EditConflict as conflict:
            back = reverse("unions:detail", args=[organisation.pk])
            return conflict_response(request, form, conflict, back_url=back, breadcrumbs_items=crumbs)
        else:
            messages.success(request, _("The details of %(union)s have been saved.") % {"union": organisation})
            return redirect("unions:detail", organisation.pk)
    return _page(request, "backoffice/form.html", _("Edit %(union)s") % {"union": organisation}, crumbs, form=form)


@back_office_view(manages_organisations=True)
def organisation_add_unit(request, pk):
    parent = selectors.organisation_for(request.user, pk)
    form = NewUnitForm(request.POST or None, parent=parent)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        decision = None
        number, date, issuer = data.pop("decision_number"), data.pop("decision_date"), data.pop("decision_issuer")
        if number:
            decision = services.find_or_create_decision(number=number, signed_on=date, issuer=issuer)
        try:
            unit = services.found_organisation(parent=parent, user=request.user, decision=decision, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(union)s has been added.") % {"union": unit})
            return redirect("unions:detail", unit.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("New unit under %(union)s") % {"union": parent},
        _crumbs(request, parent, (request.path, _("New unit"))),
        form=form,
    )


EVENT_FORMS = {
    EventKind.RENAMED: RenameForm,
    EventKind.MOVED: MoveForm,
    EventKind.MERGED: MergeForm,
    EventKind.SPLIT: SplitForm,
    EventKind.DISSOLVED: DissolveForm,
}


@back_office_view(manages_organisations=True)
def organisation_event(request, pk, kind):
    """Record a change backed by a decision: rename, move, merge, split, dissolve."""
    organisation = selectors.organisation_for(request.user, pk)
    if kind not in EVENT_FORMS or organisation.pk == request.scope.organisation_id:
        # An official changes the units under them, not their own union (that is the upper union's call).
        raise Http404
    kind = EventKind(kind)
    form_class = EVENT_FORMS[kind]
    kwargs = {}
    if kind in (EventKind.MOVED, EventKind.MERGED):
        kwargs["targets"] = (
            selectors.organisations_for(request.user)
            .filter(status="active")
            .exclude(path__startswith=organisation.path)
            .order_by("path")
        )
    form = form_class(request.POST or None, **kwargs)
    if request.method == "POST" and form.is_valid():
        try:
            _apply_event(kind, organisation, form.cleaned_data, request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(event)s: recorded.") % {"event": kind.label})
            return redirect("unions:detail", organisation.pk)
    return _page(
        request,
        "backoffice/form.html",
        f"{kind.label}: {organisation}",
        _crumbs(request, organisation, (request.path, kind.label)),
        form=form,
    )


@transaction.atomic
def _apply_event(kind, organisation, data, user):
    decision = services.find_or_create_decision(
        number=data["decision_number"], signed_on=data["decision_date"], issuer=data["decision_issuer"]
    )
    on = data["occurred_on"]
    if kind == EventKind.RENAMED:
        services.rename_organisation(organisation, new_name=data["new_name"], decision=decision, on=on, user=user)
    elif kind == EventKind.MOVED:
        services.move_organisation(organisation, new_parent=data["new_parent"], decision=decision, on=on, user=user)
    elif kind == EventKind.MERGED:
        services.merge_organisation(organisation, into=data["into"], decision=decision, on=on, user=user)
    elif kind == EventKind.SPLIT:
        services.split_organisation(
            organisation, parts=data["parts"], decision=decision, on=on, user=user, dissolve=data["dissolve"]
        )
    elif kind == EventKind.DISSOLVED:
        services.dissolve_organisation(organisation, decision=decision, on=on, user=user)


@back_office_view(manages_organisations=True)
def committee_add(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    form = CommitteeForm(request.POST or None)
    seats = SeatFormSet(request.POST or None)
    if request.method == "POST" and form.is_valid() and seats.is_valid():
        committee = services.record_committee(
            organisation,
            user=request.user,
            seats=[seat for seat in (f.cleaned_data for f in seats.forms) if seat.get("full_name")],
            **form.cleaned_data,
        )
        messages.success(request, _("%(committee)s has been recorded.") % {"committee": committee})
        return redirect("unions:detail", organisation.pk)
    return _page(
        request,
        "unions/committee_form.html",
        _("New executive committee of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Executive committee"))),
        form=form,
        seats=seats,
    )


@back_office_view
def organisation_history(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    return _page(
        request,
        "backoffice/history.html",
        _("History of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("History"))),
        entries=audit.readable_entries(organisation, request.user),
    )


@back_office_view
def organisation_autocomplete(request):
    """Unions the user may see, matching the typed words without accents (for pickers)."""
    found = selectors.organisation_choices_for(request.user, request.GET.get("q", ""))
    return JsonResponse(
        {"results": [{"id": node.pk, "name": node.name, "level": node.get_level_display()} for node in found]}
    )
