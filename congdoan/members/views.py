"""
Back-office views of the member registry. Thin: parse the request, let the
selectors scope and fetch, let the services write, render.
"""

import datetime
from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.accounts.sensitive import hidden_fields, sees_sensitive_figures
from congdoan.backoffice.concurrency import EditConflict, conflict_response
from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import back_office_page, show_refusal
from congdoan.unions.navigation import breadcrumb_items
from congdoan.unions.selectors import organisation_for

from . import selectors, services
from .forms import (
    EndMembershipForm,
    MemberEditForm,
    MemberFilterForm,
    MemberForm,
    StatisticsForm,
    TransferForm,
)
from .page_links import member_page_links
from .vocabularies import PartyStatus, PeriodEnd

PAGE_SIZE = 50


def _crumbs(request, organisation, *extra):
    return breadcrumb_items(request.user, organisation, *extra)


_page = partial(back_office_page, icon="group")


@back_office_view
def member_list(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    scope = request.scope
    form = MemberFilterForm(request.GET, sees_sensitive_data=scope.sees_sensitive_data)
    criteria = form.criteria(organisation)
    members = selectors.member_list(request.user, criteria)
    page = Paginator(members, PAGE_SIZE).get_page(request.GET.get("trang"))
    page.object_list = selectors.with_shown_fields(request.user, page.object_list)
    query = request.GET.copy()
    query.pop("trang", None)
    title = _("Members of %(union)s") % {"union": organisation}
    return _page(
        request,
        "members/member_list.html",
        title,
        _crumbs(request, organisation, (request.path, _("Members"))),
        organisation=organisation,
        form=form,
        page=page,
        criteria=criteria,
        query_string=query.urlencode(),
        scope=scope,
    )


@back_office_view(manages_members=True)
def member_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = MemberForm(request.POST or None, sees_sensitive_data=request.scope.sees_sensitive_data)
    if request.method == "POST" and form.is_valid():
        try:
            member = services.admit_member(organisation=organisation, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("%(name)s has been added.") % {"name": member})
            return redirect("members:detail", member.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("New member of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("New member"))),
        form=form,
        organisation=organisation,
    )


@back_office_view
def member_detail(request, pk):
    member = selectors.member_for(request.user, pk)
    scope = request.scope
    return _page(
        request,
        "members/member_detail.html",
        member.full_name,
        _crumbs(request, member.organisation, (request.path, member.full_name)),
        member=member,
        profile=selectors.member_profile(member, scope.sees_sensitive_data),
        periods=selectors.membership_history(member),
        party_status=PartyStatus(member.party_status).label if scope.sees_sensitive_data else None,
        links=member_page_links(member, scope),
        scope=scope,
    )


@back_office_view(manages_members=True)
def member_edit(request, pk):
    member = selectors.member_for(request.user, pk)
    sees_sensitive_data = request.scope.sees_sensitive_data
    form = MemberEditForm(request.POST or None, instance=member, sees_sensitive_data=sees_sensitive_data)
    crumbs = _crumbs(request, member.organisation, (reverse("members:detail", args=[member.pk]), member.full_name))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_member(member, user=request.user, version=form.submitted_version(), **form.changes())
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            hidden = hidden_fields(request.user, type(member))
            back = reverse("members:detail", args=[member.pk])
            return conflict_response(
                request, form, conflict, back_url=back, breadcrumbs_items=crumbs, hidden_fields=hidden
            )
        else:
            messages.success(request, _("The record of %(name)s has been saved.") % {"name": member})
            return redirect("members:detail", member.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("Edit %(name)s") % {"name": member.full_name},
        crumbs,
        form=form,
        organisation=member.organisation,
        member=member,
    )


@back_office_view(manages_members=True)
def member_transfer(request, pk):
    member = selectors.member_for(request.user, pk)
    form = TransferForm(request.POST or None, destinations=selectors.transfer_destinations(request.user))

    def transfer(data):
        to = None if data["outside"] else data["to"]
        services.transfer_member(member, to=to, on=data["on"], user=request.user, note=data["note"])

    return _member_action(
        request, member, form, transfer,
        title=_("Transfer %(name)s") % {"name": member.full_name},
        submit_label=_("Transfer"),
        done=_("%(name)s has been transferred.") % {"name": member},
    )  # fmt: skip


@back_office_view(manages_members=True)
def member_end(request, pk):
    member = selectors.member_for(request.user, pk)

    def end(data):
        reason = PeriodEnd(data["reason"])
        services.end_membership(member, on=data["on"], reason=reason, user=request.user, note=data["note"])

    return _member_action(
        request, member, EndMembershipForm(request.POST or None), end,
        title=_("End the membership of %(name)s") % {"name": member.full_name},
        submit_label=_("End membership"),
        done=_("The membership of %(name)s has ended.") % {"name": member},
    )  # fmt: skip


def _member_action(request, member, form, perform, *, title, submit_label, done):
    """A one-form action on a member: on a valid POST ``perform(cleaned_data)``, then back to the record."""
    if request.method == "POST" and form.is_valid():
        try:
            perform(form.cleaned_data)
        except ValidationError as error:
            show_refusal(form, error)
        else:
            messages.success(request, done)
            return redirect("members:detail", member.pk)
    return _page(
        request,
        "members/member_action.html",
        title,
        _crumbs(request, member.organisation, (reverse("members:detail", args=[member.pk]), member.full_name)),
        form=form,
        member=member,
        submit_label=submit_label,
    )


@back_office_view
def member_history(request, pk):
    member = selectors.member_for(request.user, pk)
    return _page(
        request,
        "backoffice/history.html",
        _("History of %(name)s") % {"name": member.full_name},
        _crumbs(
            request,
            member.organisation,
            (reverse("members:detail", args=[member.pk]), member.full_name),
            (request.path, _("History")),
        ),
        entries=audit.readable_entries(member, request.user),
    )


@back_office_view
def member_search(request):
    """Autocomplete: members the user may see, by name (accents optional), card number, phone or ID."""
    found = selectors.search_members(request.user, request.GET.get("q", ""))
    return JsonResponse(
        {
            "results": [
                {
                    "id": member.pk,
                    "name": member.full_name,
                    "card_number": member.card_number,
                    "union": str(member.organisation),
                    "url": reverse("members:detail", args=[member.pk]),
                }
                for member in found
            ]
        }
    )


@back_office_view
def member_statistics(request, organisation_pk):
    """Members, Party members, and the breakdown by sex and ethnicity of a union's subtree on a chosen day."""
    organisation = organisation_for(request.user, organisation_pk)
    form = StatisticsForm(request.GET or None)
    day = form.cleaned_data["ngay"] if form.is_valid() and form.cleaned_data.get("ngay") else datetime.date.today()
    statistics = selectors.statistics_on(organisation, day)
    return _page(
        request,
        "members/member_statistics.html",
        _("Member statistics of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Member statistics"))),
        organisation=organisation,
        form=form,
        statistics=statistics,
        sees_sensitive_figures=sees_sensitive_figures(request.user),
    )
