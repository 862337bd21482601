"""
Back-office views of emulation movements and annual evaluations. Thin: parse
the request, let the selectors scope and fetch, let the services write, render.
Everyone with a place in the tree reads; officials write. A union is evaluated
by an official of a union above it: an official opening the scoring sheet of
their own union gets 403.
"""

import datetime

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from congdoan.backoffice.gate import back_office_view, forbidden
from congdoan.backoffice.pages import form_page
from congdoan.unions.navigation import Section, opens_on_home_union
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

movements = Section(icon="tasks", index=("emulation:movements", gettext_lazy("Emulation movements")))
evaluations = Section(icon="tasks")
writes = back_office_view(manages_organisations=True)


def _movement_crumbs(request, movement, *extra):
    """Crumbs of a movement: under the launching union if the user sees it, else under the user's own union."""
    base = selectors.movement_seen_from(request.user, movement)
    return movements.crumbs(request, base, (reverse("emulation:movement", args=[movement.pk]), movement.name), *extra)


def _movement_form(request, movement, form, save, *, title, crumb, done):
    """A form about ``movement`` (or one of its registrations): on a valid POST ``save(form)``, then back to it."""
    page = movements.page("backoffice/form.html", title, _movement_crumbs(request, movement, (request.path, crumb)))
    return form_page(request, form, save, page, done=done, then=reverse("emulation:movement", args=[movement.pk]))


emulation_index = opens_on_home_union("emulation:movements")


# Movements


@back_office_view
def movement_list(request, organisation_pk):
    """The movements a union launched or joins (launched above it), with its units' and members' registrations."""
    organisation = organisation_for(request.user, organisation_pk)
    return movements.page(
        "emulation/movement_list.html",
        _("Emulation movements of %(union)s") % {"union": organisation},
        movements.crumbs(request, organisation),
        organisation=organisation,
        movements=list(selectors.movements_for(request.user, organisation)),
        may_launch=selectors.may_launch_movement(request.user, organisation),
    ).render(request)


@writes
def movement_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    page = movements.page(
        "backoffice/form.html",
        _("New movement of %(union)s") % {"union": organisation},
        movements.crumbs(request, organisation, (request.path, _("New movement"))),
    )
    return form_page(
        request, MovementForm(request.POST or None),
        lambda form: services.create_movement(organisation, user=request.user, **form.cleaned_data),
        page,
        done=lambda movement: _("The movement “%(movement)s” has been recorded.") % {"movement": movement},
        then=lambda movement: reverse("emulation:movement", args=[movement.pk]),
    )  # fmt: skip


@writes
def movement_edit(request, pk):
    movement = selectors.movement_for(request.user, pk)
    if not selectors.may_change_movement(request.user, movement):
        return forbidden(request)  # launched above the user's union: they join it, they do not change it
    return _movement_form(
        request, movement, MovementEditForm(request.POST or None, instance=movement),
        lambda form: services.update_movement(
            movement, user=request.user, version=form.submitted_version(), **form.changes()
        ),
        title=_("Edit the movement “%(movement)s”") % {"movement": movement},
        crumb=_("Edit"),
        done=lambda saved: _("The movement “%(movement)s” has been saved.") % {"movement": saved},
    )  # fmt: skip


@back_office_view
def movement_detail(request, pk):
    """A movement with the registrations of the user's subtree per year, and their results and awards."""
    movement = selectors.movement_for(request.user, pk)
    return movements.page(
        "emulation/movement_detail.html",
        movement.name,
        _movement_crumbs(request, movement),
        movement=movement,
        years=selectors.results_per_year(request.user, movement),
        may_change=selectors.may_change_movement(request.user, movement),
        may_register=selectors.may_register(request.user, movement),
    ).render(request)


@writes
def register(request, pk):
    """Register a unit, or a member by card number, for a movement and a year."""
    movement = selectors.movement_for(request.user, pk)

    def save(form):
        data = form.cleaned_data
        return services.register(
            movement,
            data["year"],
            organisation=data["organisation"],
            member=data["member"],
            registered_on=data["registered_on"],
            user=request.user,
        )

    return _movement_form(
        request, movement, RegistrationForm(request.POST or None, user=request.user, movement=movement), save,
        title=_("Register for “%(movement)s”") % {"movement": movement},
        crumb=_("Register"),
        done=lambda registration: _("%(who)s has been registered for %(year)s.")
        % {"who": registration.member or registration.organisation, "year": registration.year},
    )  # fmt: skip


@writes
def record_result(request, pk):
    """Record what came of a registration: result, award and the award's decision."""
    registration = selectors.registration_for(request.user, pk)
    return _movement_form(
        request, registration.movement, ResultForm(request.POST or None, instance=registration),
        lambda form: services.record_result(
            registration, user=request.user, version=form.submitted_version(), **form.changes()
        ),
        title=_("Result of %(who)s in %(year)s")
        % {"who": registration.member or registration.organisation, "year": registration.year},
        crumb=_("Result"),
        done=_("The result has been recorded."),
    )  # fmt: skip


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
    return evaluations.page(
        "emulation/evaluation_list.html",
        _("Evaluation of the units of %(union)s in %(year)s") % {"union": organisation, "year": year},
        evaluations.crumbs(request, organisation, (request.path, _("Annual evaluation"))),
        organisation=organisation,
        year=year,
        form=form,
        rows=rows,
        scale=scale,
        counts=selectors.class_counts(rows, scale),
        evaluated=selectors.evaluated_count(rows),
        may_evaluate=selectors.may_evaluate_units(request.user, organisation),
    ).render(request)


@writes
def evaluate(request, organisation_pk, year):
    """
    The scoring sheet of a unit for a year: criteria lines (prefilled from the
    last sheet, or the scale's defaults), the quota criterion computed and shown
    read-only, and the classification on the year's scale.
    """
    organisation = organisation_for(request.user, organisation_pk)
    if not services.sheet_opens(organisation, year):
        raise Http404
    if not selectors.may_evaluate(request.user, organisation):
        return forbidden(request)  # a union's own officials do not evaluate it
    opened = selectors.scoring_sheet(organisation, year)
    form = EvaluationForm(request.POST or None, scale=opened.scale, initial=opened.initial, version=opened.version)
    sheet = CriterionFormSet(request.POST or None, initial=opened.lines, prefix="tieu-chi")

    def criteria():
        return [line for line in (item.line() for item in sheet.forms) if line]

    def save(form):
        return services.evaluate(
            organisation, year, criteria(), user=request.user, version=form.submitted_version(), **form.changes()
        )

    list_url = reverse("emulation:evaluations", args=[organisation.get_parent().pk]) + f"?nam={year}"
    page = evaluations.page(
        "emulation/evaluate.html",
        _("Evaluation of %(union)s for %(year)s") % {"union": organisation, "year": year},
        evaluations.crumbs(request, organisation, (list_url, _("Annual evaluation")), (request.path, str(year))),
        organisation=organisation,
        year=year,
        scale=opened.scale,
        sheet=sheet,
        quota=opened.quota,
        existing=opened.existing,
    )
    return form_page(
        request, form, save, page,
        formsets=[sheet],
        back=list_url,
        submitted=lambda form: {**form.changes(), "criteria": selectors.sheet_text(criteria())},
        done=lambda evaluation: _("%(union)s has been rated “%(class)s” for %(year)s.")
        % {"union": organisation, "class": evaluation.classification_label, "year": year},
        then=lambda evaluation: reverse("emulation:evaluation", args=[evaluation.pk]),
    )  # fmt: skip


@back_office_view
def evaluation_detail(request, pk):
    evaluation = selectors.evaluation_for(request.user, pk)
    organisation = evaluation.organisation
    table = selectors.evaluation_table_of(request.user, evaluation)
    return evaluations.page(
        "emulation/evaluation_detail.html",
        _("Evaluation of %(union)s for %(year)s") % {"union": organisation, "year": evaluation.year},
        evaluations.crumbs(request, organisation, (request.path, _("Evaluation %(year)s") % {"year": evaluation.year})),
        evaluation=evaluation,
        criteria=list(evaluation.criteria.all()),
        may_evaluate=selectors.may_evaluate(request.user, organisation),
        list_pk=table.pk if table is not None else None,
    ).render(request)
