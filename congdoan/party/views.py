"""
Back-office views of the Party-development pipeline. Thin: parse the request,
let the selectors scope and fetch, let the services write, render.

Party status is sensitive personal data: every page needs a role that sees it
(officials and clerks); moving a candidacy is the executive committee's work
(officials only).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from congdoan.accounts import audit
from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import form_page
from congdoan.unions.navigation import Section
from congdoan.unions.selectors import organisation_for

from . import selectors, services
from .forms import STAGE_FORMS, CandidateFilterForm, CourseForm, IdentifyForm, WithdrawalForm
from .models import Stage

PAGE_SIZE = 50

section = Section(icon="group", index=("party:board", gettext_lazy("Party development")))
reads = back_office_view(sees_sensitive_data=True)
writes = back_office_view(manages_organisations=True, sees_sensitive_data=True)


def _candidate_crumbs(request, candidate, *extra):
    # Under the union that handles the candidacy now (its member's), which the user may see.
    return section.crumbs(
        request,
        candidate.member.organisation,
        (reverse("party:detail", args=[candidate.pk]), candidate.member.full_name),
        *extra,
    )


@reads
def pipeline_board(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    columns = selectors.board(organisation)
    return section.page(
        "party/board.html",
        _("Party development: %(union)s") % {"union": organisation},
        section.crumbs(request, organisation),
        organisation=organisation,
        columns=columns,
        in_progress=selectors.in_progress(columns),
        scope=request.scope,
    ).render(request)


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
    return section.page(
        "party/candidate_list.html",
        _("Party candidates of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("List of candidates"))),
        organisation=organisation,
        form=form,
        page=page,
        query_string=query.urlencode(),
        scope=request.scope,
    ).render(request)


@reads
def candidate_detail(request, pk):
    candidate = selectors.candidate_for(request.user, pk)
    return section.page(
        "party/candidate_detail.html",
        candidate.member.full_name,
        _candidate_crumbs(request, candidate),
        candidate=candidate,
        member=candidate.member,
        timeline=selectors.timeline(candidate),
        next_stage=services.next_stage(candidate),
        course_recordable=services.course_recordable(candidate),
        withdrawable=services.withdrawable(candidate),
        entries=audit.readable_entries(candidate, request.user),
        scope=request.scope,
    ).render(request)


@writes
def candidate_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = IdentifyForm(request.POST or None, initial={"card_number": request.GET.get("the", "")})

    def identify(form):
        data = form.cleaned_data
        member = selectors.member_to_identify(request.user, organisation, data["card_number"])
        if member is None:
            message = _("No member with this card number in %(union)s or a unit under it.") % {"union": organisation}
            raise ValidationError({"card_number": message})
        return services.identify_candidate(
            member=member, identified_on=data["identified_on"], note=data["note"], user=request.user
        )

    page = section.page(
        "backoffice/form.html",
        _("Identify a candidate in %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Identify a candidate"))),
        organisation=organisation,
        submit_label=_("Record the candidate"),
    )
    return form_page(
        request, form, identify, page,
        aliases={"member": "card_number"},
        done=lambda candidate: _("%(name)s has been recorded as a candidate.") % {"name": candidate.member},
        then=lambda candidate: reverse("party:detail", args=[candidate.pk]),
    )  # fmt: skip


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
        lambda form: services.TRANSITIONS[next_stage](candidate, user=request.user, **form.arguments()),
        title=_("%(stage)s: %(name)s") % {"stage": next_stage.label, "name": candidate.member.full_name},
        submit_label=_("Save"),
        done=_("%(name)s: “%(stage)s” has been recorded.") % {"name": candidate.member, "stage": next_stage.label},
    )  # fmt: skip


@writes
def candidate_course(request, pk):
    """Record the Party-awareness course and its certificate while the candidate is being fostered."""
    candidate = selectors.candidate_for(request.user, pk)
    form = CourseForm(
        request.POST or None,
        stage=Stage.FOSTERING,
        initial=selectors.course_of(candidate),
        version=services.version_of(candidate),
    )
    return _candidate_action(
        request, candidate, form,
        lambda form: services.record_course(candidate, user=request.user, **form.arguments()),
        title=_("Party-awareness course: %(name)s") % {"name": candidate.member.full_name},
        submit_label=_("Save"),
        done=_("The course of %(name)s has been recorded.") % {"name": candidate.member},
    )  # fmt: skip


@writes
def candidate_withdraw(request, pk):
    candidate = selectors.candidate_for(request.user, pk)
    if not services.withdrawable(candidate):
        messages.warning(request, _("This candidacy is complete and cannot be withdrawn."))
        return redirect("party:detail", candidate.pk)
    form = WithdrawalForm(request.POST or None, stage=candidate.stage, version=services.version_of(candidate))
    return _candidate_action(
        request, candidate, form,
        lambda form: services.withdraw(candidate, user=request.user, **form.arguments()),
        title=_("Withdraw the candidacy of %(name)s") % {"name": candidate.member.full_name},
        submit_label=_("Withdraw the candidacy"),
        done=_("The candidacy of %(name)s has been withdrawn.") % {"name": candidate.member},
    )  # fmt: skip


def _candidate_action(request, candidate, form, save, *, title, submit_label, done):
    """A one-form action on a candidacy: on a valid POST ``save(form)``, then back to the candidacy."""
    page = section.page(
        "backoffice/form.html",
        title,
        _candidate_crumbs(request, candidate, (request.path, title)),
        subject=f"{candidate.member.full_name} — {candidate.member.organisation} · {candidate.get_stage_display()}",
        submit_label=submit_label,
    )
    return form_page(request, form, save, page, done=done, then=reverse("party:detail", args=[candidate.pk]))


@reads
def pipeline_reminders(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    return section.page(
        "party/reminders.html",
        _("Party development reminders: %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Reminders"))),
        organisation=organisation,
        reminders=selectors.reminders(organisation, timezone.localdate()),
        scope=request.scope,
    ).render(request)
