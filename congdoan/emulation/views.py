"""
Back-office views of emulation movements and annual evaluations. Thin: parse
the request, let the selectors scope and fetch, let the services write, render.
Everyone with a place in the tree reads; officials write. A union is evaluated
by an official of a union above it: an official opening the scoring sheet of
their own union gets 403.
"""

import datetime
from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.backoffice.concurrency import EditConflict, conflict_response, fingerprint
from congdoan.backoffice.gate import back_office_view, forbidden
from congdoan.backoffice.pages import back_office_page, show_refusal
from congdoan.unions.navigation import breadcrumb_items, opens_on_home_union
from congdoan.unions.selectors import organisation_for

from . import selectors, services
from .forms import (
    CriterionFormSet,
    EvaluationForm,
    MovementEditForm,
    MovementForm,
    RegistrationForm,
    ResultForm,
    YearForm,
)
from .scales import scale_for_year

_page = partial(back_office_page, icon="tasks")


def _crumbs(request, organisation, *extra):
    return breadcrumb_items(request.user, organisation, *extra)


def _movement_crumbs(request, movement, *extra):
    """Crumbs of a movement: from the launching union if the user sees it, else from the user's own union."""
    launcher = movement.organisation
    if request.scope.covers(launcher):
        base = launcher
    else:
        base = organisation_for(request.user, request.scope.organisation_id)
    return _crumbs(
        request,
        base,
        (reverse("emulation:movements", args=[base.pk]), _("Emulation movements")),
        (reverse("emulation:movement", args=[movement.pk]), movement.name),
        *extra,
    )


emulation_index = opens_on_home_union("emulation:movements")


# Movements


@back_office_view
def movement_list(request, organisation_pk):
    """The movements a union launched or joins (launched above it), with its units' and members' registrations."""
    organisation = organisation_for(request.user, organisation_pk)
    return _page(
        request,
        "emulation/movement_list.html",
        _("Emulation movements of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Emulation movements"))),
        organisation=organisation,
        movements=list(selectors.movements_for(request.user, organisation)),
        scope=request.scope,
    )


@back_office_view(manages_organisations=True)
def movement_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = MovementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            movement = services.create_movement(organisation, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The movement “%(movement)s” has been recorded.") % {"movement": movement})
            return redirect("emulation:movement", movement.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("New movement of %(union)s") % {"union": organisation},
        _crumbs(
            request,
            organisation,
            (reverse("emulation:movements", args=[organisation.pk]), _("Emulation movements")),
            (request.path, _("New movement")),
        ),
        form=form,
    )


@back_office_view(manages_organisations=True)
def movement_edit(request, pk):
    movement = selectors.movement_for(request.user, pk)
    if not selectors.may_change_movement(request.user, movement):
        return forbidden(request)  # launched above the user's union: they join it, they do not change it
    form = MovementEditForm(request.POST or None, instance=movement)
    crumbs = _movement_crumbs(request, movement, (request.path, _("Edit")))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_movement(movement, user=request.user, version=form.submitted_version(), **form.changes())
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            back = reverse("emulation:movement", args=[movement.pk])
            return conflict_response(request, form, conflict, back_url=back, breadcrumbs_items=crumbs)
        else:
            messages.success(
                request, _("The movement “%(movement)s” has been saved.") % {"movement": form.cleaned_data["name"]}
            )
            return redirect("emulation:movement", movement.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("Edit the movement “%(movement)s”") % {"movement": movement},
        crumbs,
        form=form,
    )


@back_office_view
def movement_detail(request, pk):
    """A movement with the registrations of the user's subtree per year, and their results and awards."""
    movement = selectors.movement_for(request.user, pk)
    return _page(
        request,
        "emulation/movement_detail.html",
        movement.name,
        _movement_crumbs(request, movement),
        movement=movement,
        years=selectors.results_per_year(request.user, movement),
        may_change=selectors.may_change_movement(request.user, movement),
        may_register=request.scope.manages_organisations,
        scope=request.scope,
    )


@back_office_view(manages_organisations=True)
def register(request, pk):
    """Register a unit, or a member by card number, for a movement and a year."""
    movement = selectors.movement_for(request.user, pk)
    form = RegistrationForm(request.POST or None, user=request.user, movement=movement)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            registration = services.register(
                movement,
                data["year"],
                organisation=data["organisation"],
                member=data["member"],
                registered_on=data["registered_on"],
                user=request.user,
            )
        except ValidationError as error:
            show_refusal(form, error)
        else:
            who = registration.member or registration.organisation
            messages.success(
                request,
                _("%(who)s has been registered for %(year)s.") % {"who": who, "year": registration.year},
            )
            return redirect("emulation:movement", movement.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("Register for “%(movement)s”") % {"movement": movement},
        _movement_crumbs(request, movement, (request.path, _("Register"))),
        form=form,
    )


@back_office_view(manages_organisations=True)
def record_result(request, pk):
    """Record what came of a registration: result, award and the award's decision."""
    registration = selectors.registration_for(request.user, pk)
    movement = registration.movement
    form = ResultForm(request.POST or None, instance=registration)
    crumbs = _movement_crumbs(request, movement, (request.path, _("Result")))
    if request.method == "POST" and form.is_valid():
        try:
            services.record_result(registration, user=request.user, version=form.submitted_version(), **form.changes())
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            back = reverse("emulation:movement", args=[movement.pk])
            return conflict_response(request, form, conflict, back_url=back, breadcrumbs_items=crumbs)
        else:
            messages.success(request, _("The result has been recorded."))
            return redirect("emulation:movement", movement.pk)
    who = registration.member or registration.organisation
    return _page(
        request,
        "backoffice/form.html",
        _("Result of %(who)s in %(year)s") % {"who": who, "year": registration.year},
        crumbs,
        form=form,
    )


# Evaluations


def _year(request):
    form = YearForm(request.GET or None)
    if form.is_valid() and form.cleaned_data.get("nam"):
        return form, form.cleaned_data["nam"]
    year = datetime.date.today().year
    return YearForm(initial={"nam": year}), year


@back_office_view
def evaluation_list(request, organisation_pk):
    """The evaluation of each direct sub-unit of a union for a year (?nam=): the executive committee's table."""
    organisation = organisation_for(request.user, organisation_pk)
    form, year = _year(request)
    rows = selectors.evaluations_of(organisation, year)
    scale = scale_for_year(year)
    counts = {code: 0 for code, _label in scale.choices()}
    for row in rows:
        if row.evaluation and row.evaluation.classification in counts:
            counts[row.evaluation.classification] += 1
    return _page(
        request,
        "emulation/evaluation_list.html",
        _("Evaluation of the units of %(union)s in %(year)s") % {"union": organisation, "year": year},
        _crumbs(request, organisation, (request.path, _("Annual evaluation"))),
        organisation=organisation,
        year=year,
        form=form,
        rows=rows,
        scale=scale,
        counts=[(label, counts[code]) for code, label in scale.choices()],
        evaluated=sum(1 for row in rows if row.evaluation),
        may_evaluate=request.scope.manages_organisations,  # the sub-units lie below the user's own union
    )


@back_office_view(manages_organisations=True)
def evaluate(request, organisation_pk, year):
    """
    The scoring sheet of a unit for a year: criteria lines (prefilled from the
    last sheet, or the scale's defaults), the quota criterion computed and shown
    read-only, and the classification on the year's scale.
    """
    organisation = organisation_for(request.user, organisation_pk)
    if organisation.depth <= 1 or year < services.FIRST_YEAR or year > datetime.date.today().year:
        raise Http404
    if not selectors.may_evaluate(request.user, organisation):
        return forbidden(request)  # a union's own officials do not evaluate it
    scale = scale_for_year(year)
    existing = selectors.evaluation_of(organisation, year)
    quota = selectors.quota_criterion(organisation, year)
    if existing:
        lines = [line for line in existing.criteria.all() if not line.from_quotas]
        initial_lines = [{"name": line.name, "max_points": line.max_points, "points": line.points} for line in lines]
        initial = {
            "classification": existing.classification if existing.scale == scale.code else None,
            "decided_on": existing.decided_on,
            "decision_number": existing.decision_number,
            "note": existing.note,
        }
    else:
        initial_lines = [{"name": str(item.name), "max_points": item.max_points} for item in scale.default_criteria]
        initial = {}
    version = fingerprint(selectors.evaluation_values(organisation, year))
    form = EvaluationForm(request.POST or None, scale=scale, initial=initial, version=version)
    sheet = CriterionFormSet(request.POST or None, initial=initial_lines, prefix="tieu-chi")
    if request.method == "POST" and form.is_valid() and sheet.is_valid():
        criteria = [line for line in (item.line() for item in sheet.forms) if line]
        try:
            evaluation = services.evaluate(
                organisation, year, criteria, user=request.user, version=form.submitted_version(), **form.changes()
            )
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            parent = organisation.get_parent()
            return conflict_response(
                request, form, conflict,
                back_url=reverse("emulation:evaluations", args=[parent.pk]) + f"?nam={year}",
                submitted={**form.changes(), "criteria": selectors.sheet_text(criteria)},
                breadcrumbs_items=_crumbs(request, organisation, (request.path, str(year))),
            )  # fmt: skip
        else:
            messages.success(
                request,
                _("%(union)s has been rated “%(class)s” for %(year)s.")
                % {"union": organisation, "class": evaluation.classification_label, "year": year},
            )
            return redirect("emulation:evaluation", evaluation.pk)
    parent = organisation.get_parent()
    list_url = reverse("emulation:evaluations", args=[parent.pk]) + f"?nam={year}"
    return _page(
        request,
        "emulation/evaluate.html",
        _("Evaluation of %(union)s for %(year)s") % {"union": organisation, "year": year},
        _crumbs(request, organisation, (list_url, _("Annual evaluation")), (request.path, str(year))),
        organisation=organisation,
        year=year,
        scale=scale,
        form=form,
        sheet=sheet,
        quota=quota,
        existing=existing,
    )


@back_office_view
def evaluation_detail(request, pk):
    evaluation = selectors.evaluation_for(request.user, pk)
    organisation = evaluation.organisation
    parent = organisation.get_parent() if organisation.depth > 1 else None
    crumbs = _crumbs(request, organisation, (request.path, _("Evaluation %(year)s") % {"year": evaluation.year}))
    return _page(
        request,
        "emulation/evaluation_detail.html",
        _("Evaluation of %(union)s for %(year)s") % {"union": organisation, "year": evaluation.year},
        crumbs,
        evaluation=evaluation,
        criteria=list(evaluation.criteria.all()),
        may_evaluate=selectors.may_evaluate(request.user, organisation),
        list_pk=parent.pk if parent is not None and request.scope.covers(parent) else None,
    )
