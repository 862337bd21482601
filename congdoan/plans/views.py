"""
Back-office views of terms and targets. Thin: parse the request, let the
selectors scope and fetch, let the services write, render. Everyone with a
place in the tree reads (the figures are aggregates); officials write.
"""

import datetime
from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from congdoan.backoffice.concurrency import VERSION_FIELD, EditConflict, VersionedForm, conflict_response, fingerprint
from congdoan.backoffice.gate import back_office_view, forbidden
from congdoan.backoffice.pages import back_office_page, show_refusal
from congdoan.unions.navigation import breadcrumb_items, opens_on_home_union
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
from .models import Comparison, TargetPeriod

_page = partial(back_office_page, icon="list-ul")


def _crumbs(request, organisation, *extra):
    return breadcrumb_items(request.user, organisation, *extra)


def _term_crumbs(request, term, *extra):
    return _crumbs(
        request,
        term.organisation,
        (reverse("plans:terms", args=[term.organisation.pk]), _("Terms")),
        (reverse("plans:term", args=[term.pk]), _("Term %(term)s") % {"term": term.name}),
        *extra,
    )


plans_index = opens_on_home_union("plans:terms")


@back_office_view
def term_list(request, organisation_pk):
    """The terms of a union, and its sub-units' figures over the current term (or year)."""
    organisation = organisation_for(request.user, organisation_pk)
    form = DayForm(request.GET or None)
    day = form.cleaned_data["ngay"] if form.is_valid() and form.cleaned_data.get("ngay") else datetime.date.today()
    return _page(
        request,
        "plans/term_list.html",
        _("Terms of %(union)s") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Terms"))),
        organisation=organisation,
        terms=list(selectors.terms_for(request.user, organisation)),
        subtree=selectors.subtree_progress(organisation, day),
        form=form,
        scope=request.scope,
    )


@back_office_view(manages_organisations=True)
def term_add(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = TermForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            term = services.open_term(organisation, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The term %(term)s has been opened.") % {"term": term.name})
            return redirect("plans:term", term.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("New term of %(union)s") % {"union": organisation},
        _crumbs(
            request,
            organisation,
            (reverse("plans:terms", args=[organisation.pk]), _("Terms")),
            (request.path, _("New term")),
        ),
        form=form,
    )


@back_office_view
def term_detail(request, pk):
    """A term's progress: each target with its goal, actual, % achieved, trend per year and quotas."""
    term = selectors.term_for(request.user, pk)
    form = DayForm(request.GET or None)
    today = datetime.date.today()
    day = form.cleaned_data["ngay"] if form.is_valid() and form.cleaned_data.get("ngay") else today
    day = min(max(day, term.starts_on), term.ends_on)
    progress = selectors.progress_seen_by(request.user, selectors.target_progress(term, day))
    rows = [
        {
            "progress": item,
            "label": selectors.indicator_label(item.target),
            "is_percent": item.unit == "percent",
            "bar": charts.achievement_bar(item.achieved_percent),
            "trend": charts.year_bars(
                item.per_year,
                item.target.value if item.target.period == TargetPeriod.YEAR else None,
                at_most=item.target.comparison == Comparison.AT_MOST,
            ),
            "quotas_summed": item.unit != "percent",
        }
        for item in progress
    ]
    return _page(
        request,
        "plans/term_detail.html",
        _("Term %(term)s of %(union)s") % {"term": term.name, "union": term.organisation},
        _term_crumbs(request, term),
        term=term,
        rows=rows,
        day=day,
        form=form,
        scope=request.scope,
    )


@back_office_view(manages_organisations=True)
def term_edit(request, pk):
    term = selectors.term_for(request.user, pk)
    form = TermEditForm(request.POST or None, instance=term)
    crumbs = _term_crumbs(request, term, (request.path, _("Edit")))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_term(term, user=request.user, version=form.submitted_version(), **form.changes())
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            return conflict_response(
                request, form, conflict, back_url=reverse("plans:term", args=[term.pk]), breadcrumbs_items=crumbs
            )
        else:
            messages.success(request, _("The term %(term)s has been saved.") % {"term": form.cleaned_data["name"]})
            return redirect("plans:term", term.pk)
    return _page(request, "backoffice/form.html", _("Edit the term %(term)s") % {"term": term.name}, crumbs, form=form)


@back_office_view(manages_organisations=True)
def target_add(request, term_pk):
    term = selectors.term_for(request.user, term_pk)
    form = TargetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            target = services.add_target(term, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            show_refusal(form, error)
        else:
            messages.success(request, _("The target “%(target)s” has been added.") % {"target": target})
            return redirect("plans:term", term.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("New target of the term %(term)s") % {"term": term.name},
        _term_crumbs(request, term, (request.path, _("New target"))),
        form=form,
    )


@back_office_view(manages_organisations=True)
def target_edit(request, pk):
    target = selectors.target_for(request.user, pk)
    term = target.term
    crumbs = _term_crumbs(request, term, (request.path, _("Edit target")))
    back = reverse("plans:term", args=[term.pk])
    if request.method == "POST" and "remove" in request.POST:
        # The removal button sends the page's version alone: the target's fields are the edit form's business.
        removal = VersionedForm(request.POST)
        if removal.is_valid():
            try:
                services.remove_target(target, user=request.user, version=removal.submitted_version())
            except EditConflict as conflict:
                shown = TargetEditForm(instance=target)  # for the labels; nothing of it was submitted
                return conflict_response(
                    request, shown, conflict, back_url=back, breadcrumbs_items=crumbs, submitted={}
                )
            messages.success(request, _("The target “%(target)s” has been removed.") % {"target": target})
            return redirect("plans:term", term.pk)
        messages.error(request, removal.errors[VERSION_FIELD][0])
        return redirect("plans:target_edit", target.pk)
    form = TargetEditForm(request.POST or None, instance=target)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_target(target, user=request.user, version=form.submitted_version(), **form.changes())
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            return conflict_response(request, form, conflict, back_url=back, breadcrumbs_items=crumbs)
        else:
            messages.success(
                request, _("The target “%(target)s” has been saved.") % {"target": form.cleaned_data["name"]}
            )
            return redirect("plans:term", term.pk)
    return _page(
        request,
        "plans/target_form.html",
        _("Edit the target “%(target)s”") % {"target": target},
        crumbs,
        form=form,
        target=target,
    )


def _quota_year(request, target):
    """The year asked for (?nam=), or the default: this year (or the term's first) for a per-year target, else the term."""
    term = target.term
    per_year = target.period == TargetPeriod.YEAR
    chooser = YearChoiceForm(request.GET or None, term=term, whole_term=not per_year)
    if chooser.is_valid() and chooser.cleaned_data.get("nam"):
        return chooser, chooser.cleaned_data["nam"]
    if not per_year:
        return chooser, None
    this_year = datetime.date.today().year
    year = this_year if this_year in term.years else term.years[0]
    return YearChoiceForm({"nam": year}, term=term, whole_term=False), year


@back_office_view
def quota_allocation(request, pk):
    """The quotas of a target for one year (or the term): one input per direct sub-unit, the sum against the target."""
    target = selectors.target_for(request.user, pk)
    term = target.term
    chooser, year = _quota_year(request, target)
    table = selectors.quota_table(target, year)
    may_allocate = request.scope.manages_organisations
    form = None
    if may_allocate:
        form = QuotaForm(
            request.POST or None,
            units=[row.unit for row in table.rows],
            initial_values={row.unit.pk: row.quota for row in table.rows},
            version=fingerprint(selectors.quota_values(target, year)),
        )
    if request.method == "POST":
        if not may_allocate:
            return _forbidden(request)
        if form.is_valid():
            try:
                services.allocate_quotas(
                    target, form.allocation(), year, user=request.user, version=form.submitted_version()
                )
            except ValidationError as error:
                show_refusal(form, error)
            except EditConflict as conflict:
                submitted = {str(unit.pk): value for unit, value in form.allocation().items()}
                return conflict_response(
                    request, form, conflict, back_url=reverse("plans:term", args=[term.pk]), submitted=submitted,
                    breadcrumbs_items=_term_crumbs(request, term, (request.path, _("Quotas"))),
                )  # fmt: skip
            else:
                table = selectors.quota_table(target, year)
                if table.short:
                    messages.warning(request, _warning(table))
                messages.success(request, _("The quotas have been saved."))
                url = reverse("plans:quotas", args=[target.pk])
                return redirect(f"{url}?nam={year}" if year is not None else url)
    rows = [{"row": row, "field": form[QuotaForm.field_name(row.unit)] if form else None} for row in table.rows]
    return _page(
        request,
        "plans/quota_allocation.html",
        _("Quotas of “%(target)s”") % {"target": target},
        _term_crumbs(request, term, (request.path, _("Quotas"))),
        target=target,
        term=term,
        table=table,
        rows=rows,
        form=form,
        chooser=chooser,
        year=year,
        warning=_warning(table) if table.short else "",
        scope=request.scope,
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


def _forbidden(request):

    return forbidden(request)


@back_office_view(manages_organisations=True)
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
    crumbs = _term_crumbs(request, term, (request.path, _("Enter a result")))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_manual_result(
                target, data["organisation"], data["year"], data["value"], data["evidence"],
                user=request.user, version=form.submitted_version(),
            )  # fmt: skip
        except ValidationError as error:
            show_refusal(form, error)
        except EditConflict as conflict:
            return conflict_response(
                request, form, conflict, back_url=reverse("plans:term", args=[term.pk]), breadcrumbs_items=crumbs
            )
        else:
            messages.success(request, _("The result has been recorded."))
            return redirect("plans:term", term.pk)
    return _page(
        request,
        "backoffice/form.html",
        _("Result of “%(target)s”") % {"target": target},
        crumbs,
        form=form,
    )


@back_office_view
def ranking(request, organisation_pk):
    """The units of a level under a union, ranked by how far they have come on their targets."""
    organisation = organisation_for(request.user, organisation_pk)
    form = RankingForm(request.GET or None)
    day, level = form.day(), form.level()
    ranked = selectors.ranking_for(request.user, organisation, level, day)
    rows = [
        {
            "entry": entry,
            "bar": charts.achievement_bar(entry.score),
            "met": entry.score is not None and entry.score >= 100,
        }
        for entry in ranked
    ]
    return _page(
        request,
        "plans/ranking.html",
        _("Units of %(union)s ranked by achievement") % {"union": organisation},
        _crumbs(request, organisation, (request.path, _("Ranking by achievement"))),
        organisation=organisation,
        rows=rows,
        form=form,
        day=day,
        cap=selectors.SCORE_CAP,
    )
