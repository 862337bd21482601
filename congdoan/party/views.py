"""
Back-office views of the Party-development pipeline. Thin: parse the request,
let the selectors scope and fetch, let the services write, render.

Party status is sensitive personal data: every page needs a role that sees it
(officials and clerks); moving a candidacy is the executive committee's work
(officials only).
"""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.accounts.access import back_office_page, back_office_view, show_refusal
from congdoan.backoffice.concurrency import EditConflict, conflict_response
from congdoan.unions.navigation import breadcrumb_items
from congdoan.unions.selectors import organisation_for

from . import selectors, services
from .forms import STAGE_FORMS, CandidateFilterForm, CourseForm, IdentifyForm, WithdrawalForm
from .models import STAGE_DATE_FIELD, STAGE_ORDER, Stage

PAGE_SIZE = 50

_page = partial(back_office_page, icon="group")
reads = back_office_view(sees_sensitive_data=True)
writes = back_office_view(manages_organisations=True, sees_sensitive_data=True)


def _crumbs(request, organisation, *extra):
    return breadcrumb_items(
        request.user, organisation, (reverse("party:board", args=[organisation.pk]), _("Party development")), *extra
    )


def _candidate_crumbs(request, candidate, *extra):
    # Under the union that handles the candidacy now (its member's), which the user may see.
    return _crumbs(
        request,
        candidate.member.organisation,
        (reverse("party:detail", args=[candidate.pk]), candidate.member.full_name),
        *extra,
    )


@reads
def pipeline_board(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    columns = selectors.board(organisation)
    return _page(
        request,
        "party/board.html",
        _("Party development: %(union)s") % {"union": organisation},
        _crumbs(request, organisation),
        organisation=organisation,
        columns=columns,
        in_progress=sum(column.count for column in columns if column.stage not in (Stage.CONFIRMED, Stage.WITHDRAWN)),
        scope=request.scope,
    )


@reads
def candidate_list(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = CandidateFilterForm(
        request.GET,
        branches=selectors.branches_of(organisation),
        years=selectors.introduction_years(organisation),
    )
    candidates = selectors.candidate_list(request.user, organisation, form.criteria())
    page = Paginator(candidates, PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    return _page(
        request,
        "party/candidate_list.html",
        _("Party candidates of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("List of candidates"))),
        organisation=organisation,
        form=form,
        page=page,
        query_string=query.urlencode(),
        scope=request.scope,
    )


@reads
def candidate_detail(request, pk):
    candidate = selectors.candidate_for(request.user, pk)
    timeline = [
        {"stage": stage, "on": getattr(candidate, STAGE_DATE_FIELD[stage])}
        for stage in [*STAGE_ORDER, Stage.WITHDRAWN]
        if stage != Stage.WITHDRAWN or candidate.withdrawn_on
    ]
    next_stage = services.next_stage(candidate)
    return _page(
        request,
        "party/candidate_detail.html",
        candidate.member.full_name,
        _candidate_crumbs(request, candidate),
        candidate=candidate,
        member=candidate.member,
        timeline=timeline,
        next_stage=next_stage,
        entries=audit.readable_entries(candidate, request.user),
        scope=request.scope,
    )


@writes
def candidate_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = IdentifyForm(request.POST or None, initial={"card_number": request.GET.get("the", "")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        member = selectors.member_to_identify(request.user, organisation, data["card_number"])
        if member is None:
            form.add_error(
                "card_number",
                _("No member with this card number in %(union)s or a unit under it.") % {"union": organisation},
            )
        else:
            try:
                candidate = services.identify_candidate(
                    member=member, identified_on=data["identified_on"], note=data["note"], user=request.user
                )
            except ValidationError as error:
                show_refusal(form, error, aliases={"member": "card_number"})
            else:
                messages.success(request, _("%(name)s has been recorded as a candidate.") % {"name": member})
                return redirect("party:detail", candidate.pk)
    return _page(
        request,
        "party/candidate_form.html",
        _("Identify a candidate in %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Identify a candidate"))),
        form=form,
        organisation=organisation,
        submit_label=_("Record the candidate"),
    )


@writes
def candidate_advance(request, pk):
    """The form of the candidacy's next stage."""
    candidate = selectors.candidate_for(request.user, pk)
    next_stage = services.next_stage(candidate)
    if next_stage is None:
        messages.warning(request, _("This candidacy has no further stage."))
        return redirect("party:detail", candidate.pk)
    form = STAGE_FORMS[next_stage](request.POST or None, stage=candidate.stage, version=services.version_of(candidate))
    return _candidate_action(
        request, candidate, form,
        lambda arguments: services.TRANSITIONS[next_stage](candidate, user=request.user, **arguments),
        title=_("%(stage)s: %(name)s") % {"stage": next_stage.label, "name": candidate.member.full_name},
        submit_label=_("Save"),
        done=_("%(name)s: “%(stage)s” has been recorded.") % {"name": candidate.member, "stage": next_stage.label},
    )  # fmt: skip


@writes
def candidate_course(request, pk):
    """Record the Party-awareness course and its certificate while the candidate is being fostered."""
    candidate = selectors.candidate_for(request.user, pk)
    initial = {
        name: getattr(candidate, name)
        for name in ("course_started_on", "course_ended_on", "certificate_number", "certificate_issued_on")
    }
    form = CourseForm(
        request.POST or None, stage=Stage.FOSTERING, initial=initial, version=services.version_of(candidate)
    )
    return _candidate_action(
        request, candidate, form,
        lambda arguments: services.record_course(candidate, user=request.user, **arguments),
        title=_("Party-awareness course: %(name)s") % {"name": candidate.member.full_name},
        submit_label=_("Save"),
        done=_("The course of %(name)s has been recorded.") % {"name": candidate.member},
    )  # fmt: skip


@writes
def candidate_withdraw(request, pk):
    candidate = selectors.candidate_for(request.user, pk)
    if not candidate.is_open:
        messages.warning(request, _("This candidacy is complete and cannot be withdrawn."))
        return redirect("party:detail", candidate.pk)
    form = WithdrawalForm(request.POST or None, stage=candidate.stage, version=services.version_of(candidate))
    return _candidate_action(
        request, candidate, form,
        lambda arguments: services.withdraw(candidate, user=request.user, **arguments),
        title=_("Withdraw the candidacy of %(name)s") % {"name": candidate.member.full_name},
        submit_label=_("Withdraw the candidacy"),
        done=_("The candidacy of %(name)s has been withdrawn.") % {"name": candidate.member},
    )  # fmt: skip


def _candidate_action(request, candidate, form, perform, *, title, submit_label, done):
    """A one-form action on a candidacy: on a valid POST ``perform(arguments)``, then back to the candidacy."""
    crumbs = _candidate_crumbs(request, candidate, (request.path, title))
    if request.method == "POST" and form.is_valid():
        try:
            perform(form.arguments())
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            back = reverse("party:detail", args=[candidate.pk])
            return conflict_response(request, form, conflict, back_url=back, breadcrumbs_items=crumbs)
        else:
            messages.success(request, done)
            return redirect("party:detail", candidate.pk)
    return _page(
        request,
        "party/candidate_form.html",
        title,
        crumbs,
        form=form,
        candidate=candidate,
        submit_label=submit_label,
    )


@reads
def pipeline_reminders(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    return _page(
        request,
        "party/reminders.html",
        _("Party development reminders: %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Reminders"))),
        organisation=organisation,
        reminders=selectors.reminders(organisation, timezone.localdate()),
        scope=request.scope,
    )
