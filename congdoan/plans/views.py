"""
Back-office views of terms and targets. Thin: parse the request, let the
selectors scope and fetch, let the services write, render. Everyone with a
place in the tree reads (the figures are aggregates); officials write.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.backoffice.concurrency import VERSION_FIELD, EditConflict, VersionedForm, conflict_response, fingerprint
from congdoan.backoffice.gate import back_office_view, forbidden
from congdoan.backoffice.pages import form_page
from congdoan.unions.navigation import Section, opens_on_home_union
from congdoan.unions.selectors import organisation_for

from . import charts, selectors, services
from .forms import (
    DayForm,
    ManualResultForm,
    QuotaForm,
    RankingForm,
    TargetEditForm,
    TargetForm,
    TermEditForm,
    TermForm,
    YearChoiceForm,
)

section = Section(icon="list-ul")
writes = back_office_view(manages_organisations=True)


def _terms_crumb(organisation):
    return (reverse("plans:terms", args=[organisation.pk]), _("Terms"))


def _term_crumbs(request, term, *extra):
    return section.crumbs(
        request,
        term.organisation,
        _terms_crumb(term.organisation),
        (reverse("plans:term", args=[term.pk]), _("Term %(term)s") % {"term": term.name}),
        *extra,
    )


def _term_url(term):
    return reverse("plans:term", args=[term.pk])


plans_index = opens_on_home_union("plans:terms")


@back_office_view
def term_list(request, organisation_pk):
    """The terms of a union, and its sub-units' figures over the current term (or year)."""
    organisation = organisation_for(request.user, organisation_pk)
    form = DayForm(request.GET or None)
    return section.page(
        "plans/term_list.html",
        _("Terms of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Terms"))),
        organisation=organisation,
        terms=list(selectors.terms_for(request.user, organisation)),
        subtree=selectors.subtree_progress(organisation, form.asked_day()),
        form=form,
        may_open_term=services.may_open_term(request.scope, organisation),
    ).render(request)


@writes
def term_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    page = section.page(
        "backoffice/form.html",
        _("New term of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, _terms_crumb(organisation), (request.path, _("New term"))),
    )
    return form_page(
        request,
        TermForm(request.POST or None),
        lambda form: services.open_term(organisation, user=request.user, **form.cleaned_data),
        page,
        done=lambda term: _("The term %(term)s has been opened.") % {"term": term.name},
        then=_term_url,
    )


@back_office_view
def term_detail(request, pk):
    """A term's progress: each target with its goal, actual, % achieved, trend per year and quotas."""
    term = selectors.term_for(request.user, pk)
    form = DayForm(request.GET or None)
    day = selectors.progress_day(term, form.asked_day())
    progress = selectors.progress_seen_by(request.user, selectors.target_progress(term, day))
    return section.page(
        "plans/term_detail.html",
        _("Term %(term)s of %(union)s") % {"term": term.name, "union": term.organisation},
        _term_crumbs(request, term),
        term=term,
        rows=selectors.progress_rows(progress),
        day=day,
        form=form,
        may_change=services.may_change_plans(request.scope),
    ).render(request)


def _term_form(request, term, form, save, *, title, crumb, done, template="backoffice/form.html", **context):
    """A form page under ``term`` (its last crumb: ``crumb``): on a valid POST ``save(form)``, then back to the term."""
    page = section.page(template, title, _term_crumbs(request, term, (request.path, crumb)), **context)
    return form_page(request, form, save, page, done=done, then=_term_url(term))


@writes
def term_edit(request, pk):
    term = selectors.term_for(request.user, pk)
    return _term_form(
        request, term, TermEditForm(request.POST or None, instance=term),
        lambda form: services.update_term(term, user=request.user, version=form.submitted_version(), **form.changes()),
        title=_("Edit the term %(term)s") % {"term": term.name},
        crumb=_("Edit"),
        done=lambda term: _("The term %(term)s has been saved.") % {"term": term.name},
    )  # fmt: skip


@writes
def target_add(request, term_pk):
    term = selectors.term_for(request.user, term_pk)
    return _term_form(
        request, term, TargetForm(request.POST or None),
        lambda form: services.add_target(term, user=request.user, **form.cleaned_data),
        title=_("New target of the term %(term)s") % {"term": term.name},
        crumb=_("New target"),
        done=lambda target: _("The target “%(target)s” has been added.") % {"target": target},
    )  # fmt: skip


@writes
def target_edit(request, pk):
    target = selectors.target_for(request.user, pk)
    if request.method == "POST" and "remove" in request.POST:
        return _remove_target(request, target)
    return _term_form(
        request, target.term, TargetEditForm(request.POST or None, instance=target),
        lambda form: services.update_target(
            target, user=request.user, version=form.submitted_version(), **form.changes()
        ),
        title=_("Edit the target “%(target)s”") % {"target": target},
        crumb=_("Edit target"),
        done=lambda target: _("The target “%(target)s” has been saved.") % {"target": target.name},
        template="plans/target_form.html",
        target=target,
    )  # fmt: skip


def _remove_target(request, target):
    # Not form_page: the removal button sends the page's version alone (the target's fields are the edit
    # form's business), a stale page is told by a message on the edit page, and the conflict page labels
    # its rows with the edit form, of which nothing was submitted.
    removal = VersionedForm(request.POST)
    if not removal.is_valid():
        messages.error(request, removal.errors[VERSION_FIELD][0])
        return redirect("plans:target_edit", target.pk)
    term = target.term
    try:
        services.remove_target(target, user=request.user, version=removal.submitted_version())
    except EditConflict as conflict:
        crumbs = _term_crumbs(request, term, (request.path, _("Edit target")))
        shown = TargetEditForm(instance=target)
        return conflict_response(
            request, shown, conflict, back_url=_term_url(term), breadcrumbs_items=crumbs, submitted={}
        )
    messages.success(request, _("The target “%(target)s” has been removed.") % {"target": target})
    return redirect("plans:term", term.pk)


def _quota_year(request, target):
    """The year chooser and the year whose quotas are shown (None: the whole term; see selectors.quota_year)."""
    whole_term = selectors.quotas_for_whole_term(target)
    chooser = YearChoiceForm(request.GET or None, term=target.term, whole_term=whole_term)
    asked = chooser.cleaned_data.get("nam") if chooser.is_valid() else None
    year = selectors.quota_year(target, asked)
    if year != asked:
        chooser = YearChoiceForm({"nam": year}, term=target.term, whole_term=whole_term)
    return chooser, year


@back_office_view
def quota_allocation(request, pk):
    """The quotas of a target for one year (or the term): one input per direct sub-unit, the sum against the target."""
    target = selectors.target_for(request.user, pk)
    term = target.term
    chooser, year = _quota_year(request, target)
    table = selectors.quota_table(target, year)
    may_allocate = services.may_change_plans(request.scope)
    if request.method == "POST" and not may_allocate:
        return forbidden(request)
    form = None
    if may_allocate:
        form = QuotaForm(
            request.POST or None,
            units=[row.unit for row in table.rows],
            initial_values={row.unit.pk: row.quota for row in table.rows},
            version=fingerprint(selectors.quota_values(target, year)),
        )
    page = section.page(
        "plans/quota_allocation.html",
        _("Quotas of “%(target)s”") % {"target": target},
        _term_crumbs(request, term, (request.path, _("Quotas"))),
        target=target,
        term=term,
        table=table,
        rows=[{"row": row, "field": form[QuotaForm.field_name(row.unit)] if form else None} for row in table.rows],
        chooser=chooser,
        year=year,
        warning=_warning(table) if table.short else "",
    )
    if form is None:
        return page.render(request, form=None)

    def allocate(form):
        services.allocate_quotas(target, form.allocation(), year, user=request.user, version=form.submitted_version())
        saved = selectors.quota_table(target, year)
        if saved.short:  # saved all the same, with a warning before the confirmation
            messages.warning(request, _warning(saved))

    url = reverse("plans:quotas", args=[target.pk])
    return form_page(
        request,
        form,
        allocate,
        page,
        done=_("The quotas have been saved."),
        then=f"{url}?nam={year}" if year is not None else url,
        back=_term_url(term),
        submitted=lambda form: {str(unit.pk): value for unit, value in form.allocation().items()},
    )


def _warning(table):
    if table.summed:
        return _(
            "The quotas allocated add up to %(allocated)s, %(shortfall)s short of the target (%(goal)s): "
            "even if every unit meets its quota, the target will not be met."
        ) % {
            "allocated": charts.number(table.allocated_in_all),
            "shortfall": charts.number(table.shortfall),
            "goal": charts.number(table.goal),
        }
    return _(
        "Some quotas are below the target (%(goal)s%%): even if every unit meets its quota, the target may not be met."
    ) % {"goal": charts.number(table.goal)}


@writes
def manual_result(request, pk):
    """Enter (or correct) the result of a target entered by hand, with its evidence."""
    target = selectors.target_for(request.user, pk)
    term = target.term
    if not target.is_manual:
        raise Http404
    form = ManualResultForm(
        request.POST or None,
        target=target,
        units=selectors.result_units(request.user, term),
        initial={"organisation": term.organisation},
        version=fingerprint(selectors.manual_result_values(target)),
    )

    def record(form):
        data = form.cleaned_data
        return services.record_manual_result(
            target, data["organisation"], data["year"], data["value"], data["evidence"],
            user=request.user, version=form.submitted_version(),
        )  # fmt: skip

    return _term_form(
        request, term, form, record,
        title=_("Result of “%(target)s”") % {"target": target},
        crumb=_("Enter a result"),
        done=_("The result has been recorded."),
    )  # fmt: skip


@back_office_view
def ranking(request, organisation_pk):
    """The units of a level under a union, ranked by how far they have come on their targets."""
    organisation = organisation_for(request.user, organisation_pk)
    form = RankingForm(request.GET or None)
    day = selectors.counted_on(form.asked_day())
    ranked = selectors.ranking_for(request.user, organisation, form.asked_level(), day)
    return section.page(
        "plans/ranking.html",
        _("Units of %(union)s ranked by achievement") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Ranking by achievement"))),
        organisation=organisation,
        rows=selectors.ranking_rows(ranked),
        form=form,
        day=day,
        cap=selectors.SCORE_CAP,
    ).render(request)
