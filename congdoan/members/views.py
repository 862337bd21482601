"""
Back-office views of the member registry. Thin: parse the request, let the
selectors scope and fetch, let the services write, render.
"""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.accounts.sensitive import hidden_fields, sees_sensitive_figures
from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import form_page
from congdoan.unions.navigation import Section
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

PAGE_SIZE = 50

section = Section(icon="group")
changes = back_office_view(manages_members=True)


def _member_crumbs(request, member, *extra):
    """Breadcrumbs of a page about ``member``: their union, their record, then ``extra`` pairs."""
    return section.crumbs(
        request, member.organisation, (reverse("members:detail", args=[member.pk]), member.full_name), *extra
    )


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
    return section.page(
        "members/member_list.html",
        _("Members of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Members"))),
        organisation=organisation,
        form=form,
        page=page,
        criteria=criteria,
        query_string=query.urlencode(),
        scope=scope,
    ).render(request)


@changes
def member_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = MemberForm(request.POST or None, sees_sensitive_data=request.scope.sees_sensitive_data)
    page = section.page(
        "backoffice/form.html",
        _("New member of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("New member"))),
        organisation=organisation,
    )
    return form_page(
        request, form,
        lambda form: services.admit_member(organisation=organisation, user=request.user, **form.cleaned_data),
        page,
        done=lambda member: _("%(name)s has been added.") % {"name": member},
        then=lambda member: reverse("members:detail", args=[member.pk]),
    )  # fmt: skip


@back_office_view
def member_detail(request, pk):
    member = selectors.member_for(request.user, pk)
    scope = request.scope
    return section.page(
        "members/member_detail.html",
        member.full_name,
        _member_crumbs(request, member),
        member=member,
        profile=selectors.member_profile(member, scope.sees_sensitive_data),
        periods=selectors.membership_history(member),
        party_status=selectors.party_status_shown(member, scope.sees_sensitive_data),
        membership_open=services.membership_open(member),
        links=member_page_links(member, scope),
        scope=scope,
    ).render(request)


@changes
def member_edit(request, pk):
    member = selectors.member_for(request.user, pk)
    form = MemberEditForm(request.POST or None, instance=member, sees_sensitive_data=request.scope.sees_sensitive_data)
    page = section.page(
        "backoffice/form.html",
        _("Edit %(name)s") % {"name": member.full_name},
        _member_crumbs(request, member),
        organisation=member.organisation,
        member=member,
    )
    return form_page(
        request, form,
        lambda form: services.update_member(
            member, user=request.user, version=form.submitted_version(), **form.changes()
        ),
        page,
        done=lambda member: _("The record of %(name)s has been saved.") % {"name": member},
        then=reverse("members:detail", args=[member.pk]),
        hidden_fields=hidden_fields(request.user, type(member)),
    )  # fmt: skip


@changes
def member_transfer(request, pk):
    member = selectors.member_for(request.user, pk)
    form = TransferForm(request.POST or None, destinations=selectors.transfer_destinations(request.user))
    return form_page(
        request, form,
        lambda form: services.transfer_member(member, user=request.user, **form.arguments()),
        _action_page(request, member, _("Transfer %(name)s") % {"name": member.full_name}, _("Transfer")),
        done=_("%(name)s has been transferred.") % {"name": member},
        then=reverse("members:detail", args=[member.pk]),
    )  # fmt: skip


@changes
def member_end(request, pk):
    member = selectors.member_for(request.user, pk)
    title = _("End the membership of %(name)s") % {"name": member.full_name}
    return form_page(
        request, EndMembershipForm(request.POST or None),
        lambda form: services.end_membership(member, user=request.user, **form.arguments()),
        _action_page(request, member, title, _("End membership")),
        done=_("The membership of %(name)s has ended.") % {"name": member},
        then=reverse("members:detail", args=[member.pk]),
    )  # fmt: skip


def _action_page(request, member, title, submit_label):
    """The page of a one-form action on a member (transfer, end): under their record."""
    return section.page(
        "backoffice/form.html",
        title,
        _member_crumbs(request, member),
        subject=f"{member.full_name} — {member.organisation}",
        submit_label=submit_label,
    )


@back_office_view
def member_history(request, pk):
    member = selectors.member_for(request.user, pk)
    return section.page(
        "backoffice/history.html",
        _("History of %(name)s") % {"name": member.full_name},
        _member_crumbs(request, member, (request.path, _("History"))),
        entries=audit.readable_entries(member, request.user),
    ).render(request)


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
    return section.page(
        "members/member_statistics.html",
        _("Member statistics of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Member statistics"))),
        organisation=organisation,
        form=form,
        statistics=selectors.statistics_on(organisation, selectors.statistics_day(form.chosen_day())),
        sees_sensitive_figures=sees_sensitive_figures(request.user),
    ).render(request)
