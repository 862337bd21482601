"""
Back-office views of the union tree. Thin: parse the request, let the
selectors scope and fetch, let the services write, render.
"""

from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import form_page

from . import selectors, services
from .forms import (
    CommitteeForm,
    DissolveForm,
    MergeForm,
    MoveForm,
    NewUnitForm,
    OrganisationEditForm,
    RenameForm,
    SplitForm,
)
from .models import EventKind
from .navigation import Section
from .page_links import union_page_links

section = Section(icon="site")
changes = back_office_view(manages_organisations=True)


@back_office_view
def organisation_index(request):
    """The user's own union (a superuser: the top of the tree)."""
    home = selectors.home_organisation_id(request.user)
    if home is None:
        return section.page("unions/empty.html", _("Union organisations"), []).render(request)
    return redirect("unions:detail", home)


@back_office_view
def organisation_detail(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    return section.page(
        "unions/organisation_detail.html",
        organisation.name,
        section.crumbs(request, organisation),
        organisation=organisation,
        children=selectors.children_of(organisation),
        committees=selectors.committees_of(organisation),
        events=selectors.history_of(organisation),
        scope=request.scope,
        links=union_page_links(organisation, request.scope),
        open_to_changes=services.open_to_changes(organisation),
        may_add_units=services.may_add_units(organisation),
        events_recordable=services.events_recordable(organisation, request.scope),
    ).render(request)


@changes
def organisation_edit(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    form = OrganisationEditForm(request.POST or None, instance=organisation)
    page = section.page(
        "backoffice/form.html",
        _("Edit %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Edit"))),
    )
    return form_page(
        request, form,
        lambda form: services.update_organisation(
            organisation, request.user, version=form.submitted_version(), **form.changes()
        ),
        page,
        done=_("The details of %(union)s have been saved.") % {"union": organisation},
        then=reverse("unions:detail", args=[organisation.pk]),
    )  # fmt: skip


@changes
def organisation_add_unit(request, pk):
    parent = selectors.organisation_for(request.user, pk)
    page = section.page(
        "backoffice/form.html",
        _("New unit under %(union)s") % {"union": parent},
        section.crumbs(request, parent, (request.path, _("New unit"))),
    )
    return form_page(
        request, NewUnitForm(request.POST or None, parent=parent),
        lambda form: services.found_unit(parent=parent, user=request.user, **form.cleaned_data),
        page,
        done=lambda unit: _("%(union)s has been added.") % {"union": unit},
        then=lambda unit: reverse("unions:detail", args=[unit.pk]),
    )  # fmt: skip


EVENT_FORMS = {
    EventKind.RENAMED: RenameForm,
    EventKind.MOVED: MoveForm,
    EventKind.MERGED: MergeForm,
    EventKind.SPLIT: SplitForm,
    EventKind.DISSOLVED: DissolveForm,
}


@changes
def organisation_event(request, pk, kind):
    """Record a change backed by a decision: rename, move, merge, split, dissolve."""
    organisation = selectors.organisation_for(request.user, pk)
    if kind not in EVENT_FORMS or not services.events_recordable(organisation, request.scope):
        raise Http404
    kind = EventKind(kind)
    form = EVENT_FORMS[kind](request.POST or None, targets=selectors.new_place_choices(request.user, organisation))
    page = section.page(
        "backoffice/form.html",
        f"{kind.label}: {organisation}",
        section.crumbs(request, organisation, (request.path, kind.label)),
    )
    return form_page(
        request, form,
        lambda form: services.record_event(organisation, kind, user=request.user, **form.cleaned_data),
        page,
        done=_("%(event)s: recorded.") % {"event": kind.label},
        then=reverse("unions:detail", args=[organisation.pk]),
    )  # fmt: skip


@changes
def committee_add(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    page = section.page(
        "unions/committee_form.html",
        _("New executive committee of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Executive committee"))),
    )
    return form_page(
        request, CommitteeForm(request.POST or None),
        lambda form: services.record_committee(
            organisation, user=request.user, seats=form.filled_seats(), **form.cleaned_data
        ),
        page,
        done=lambda committee: _("%(committee)s has been recorded.") % {"committee": committee},
        then=reverse("unions:detail", args=[organisation.pk]),
    )  # fmt: skip


@back_office_view
def organisation_history(request, pk):
    organisation = selectors.organisation_for(request.user, pk)
    return section.page(
        "backoffice/history.html",
        _("History of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("History"))),
        entries=audit.readable_entries(organisation, request.user),
    ).render(request)


@back_office_view
def organisation_autocomplete(request):
    """Unions the user may see, matching the typed words without accents (for pickers)."""
    found = selectors.organisation_choices_for(request.user, request.GET.get("q", ""))
    return JsonResponse(
        {"results": [{"id": node.pk, "name": node.name, "level": node.get_level_display()} for node in found]}
    )
