"""
Changes to terms, targets, quotas and results entered by hand. Each rule is
checked here (a ``ValidationError`` with a message users can read, and nothing
saved), and each change is written to the audit log.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.backoffice import concurrency

from . import selectors
from .indicators import indicator_choices
from .models import MANUAL_INDICATOR, Comparison, ManualResult, Quota, Target, TargetPeriod, Term

if TYPE_CHECKING:
    from congdoan.accounts.models import User
    from congdoan.accounts.scoping import Scope
    from congdoan.unions.models import Organisation

TERM_FIELDS = (
    "name",
    "starts_on",
    "ends_on",
    "congress_held_on",
    "resolution_number",
    "resolution_signed_on",
    "resolution_summary",
)
TARGET_FIELDS = ("name", "indicator", "comparison", "value", "unit", "period", "position")
# The fields of a target its edit form shows (and whose version a removal from that page checks).
TARGET_FORM_FIELDS = ("name", "indicator", "comparison", "value", "period", "unit")


def _day(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")


def may_change_plans(scope: Scope) -> bool:
    """Officials open and correct terms, targets, quotas and results entered by hand; the others read them."""
    return scope.manages_organisations


def term_openable(organisation: Organisation) -> bool:
    """A term is opened for a union that has not been dissolved."""
    return organisation.is_active


def may_open_term(scope: Scope, organisation: Organisation) -> bool:
    """Whether the page of ``organisation``'s terms offers ``scope`` to open one."""
    return may_change_plans(scope) and term_openable(organisation)


# Terms


@transaction.atomic
def open_term(
    organisation: Organisation,
    name: str,
    starts_on: datetime.date,
    ends_on: datetime.date,
    congress_held_on: datetime.date,
    resolution_number: str = "",
    resolution_signed_on: datetime.date | None = None,
    resolution_summary: str = "",
    user: User | None = None,
) -> Term:
    """Record the term a congress of ``organisation`` opened, with its resolution."""
    if not term_openable(organisation):
        raise ValidationError(
            _("%(union)s has been dissolved: no term can be opened for it.") % {"union": organisation}
        )
    term = Term(
        organisation=organisation,
        name=name.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        congress_held_on=congress_held_on,
        resolution_number=resolution_number.strip(),
        resolution_signed_on=resolution_signed_on,
        resolution_summary=resolution_summary.strip(),
    )
    _check_term(term)
    term.save()
    audit.record_creation(term, TERM_FIELDS, user)
    return term


@transaction.atomic
def update_term(term: Term, *, user: User | None = None, version: str | None = None, **changes: Any) -> Term:
    """
    Correct a term's details; its dates must still hold every quota and result already recorded.
    ``version``: the edit form's token, refused if the term changed since it was opened.
    """
    term = Term.objects.select_for_update().get(pk=term.pk)
    concurrency.check_version(version, term, concurrency.values_of(term, changes))
    before = audit.apply_edit(term, TERM_FIELDS, changes, strip=True)
    _check_term(term)
    recorded = set(Quota.objects.filter(target__term=term, year__isnull=False).values_list("year", flat=True))
    recorded |= set(ManualResult.objects.filter(target__term=term, year__isnull=False).values_list("year", flat=True))
    outside = sorted(recorded - set(term.years))  # type: ignore[type-var]
    if outside:
        raise ValidationError(
            _("Quotas or results are recorded for %(years)s, outside the new dates of the term: change them first.")
            % {"years": ", ".join(str(year) for year in outside)}
        )
    term.save()
    audit.record(term, audit.EDIT, user, audit.changes_between(before, audit.snapshot(term, TERM_FIELDS)))
    return term


def _check_term(term: Term) -> None:
    if not term.name:
        raise ValidationError(_("Give the term a name, for example 2017–2022."))
    if term.ends_on <= term.starts_on:
        raise ValidationError(_("A term must end after it starts."))
    if term.congress_held_on > term.ends_on:
        raise ValidationError(_("The congress that opens a term cannot be held after the term ends."))
    if term.resolution_signed_on and term.resolution_signed_on < term.congress_held_on:
        raise ValidationError(_("The congress resolution cannot be signed before the congress is held."))
    overlapping = (
        Term.objects.filter(organisation=term.organisation, starts_on__lte=term.ends_on, ends_on__gte=term.starts_on)
        .exclude(pk=term.pk)
        .order_by("starts_on")
        .first()
    )
    if overlapping is not None:
        raise ValidationError(
            _("The term overlaps the term %(term)s (%(start)s–%(end)s) of the same union.")
            % {"term": overlapping.name, "start": _day(overlapping.starts_on), "end": _day(overlapping.ends_on)}
        )


# Targets


@transaction.atomic
def add_target(
    term: Term,
    name: str,
    indicator: str,
    value: Decimal | int,
    comparison: str = Comparison.AT_LEAST,
    period: str = TargetPeriod.TERM,
    unit: str = "",
    position: int | None = None,
    user: User | None = None,
) -> Target:
    """Add a target to ``term``'s resolution."""
    if position is None:
        position = (max((target.position for target in term.targets.all()), default=0)) + 1
    target = Target(
        term=term,
        name=name.strip(),
        indicator=indicator,
        comparison=comparison,
        value=value,
        unit=(unit or "").strip(),
        period=period,
        position=position,
    )
    _check_target(target)
    target.save()
    audit.record_creation(target, TARGET_FIELDS, user)
    return target


@transaction.atomic
def update_target(target: Target, *, user: User | None = None, version: str | None = None, **changes: Any) -> Target:
    """
    Correct a target. Its indicator cannot change once quotas or results are recorded for it.
    ``version``: the edit form's token, refused if the target changed since it was opened.
    """
    target = Target.objects.select_for_update().select_related("term").get(pk=target.pk)
    concurrency.check_version(version, target, concurrency.values_of(target, changes))
    before = audit.apply_edit(target, TARGET_FIELDS, changes, strip=True)
    _check_target(target)
    if target.indicator != before["indicator"] and target.results.exists():
        raise ValidationError(
            _("Results entered by hand are recorded for this target: its indicator cannot change any more.")
        )
    if target.period != before["period"] and target.quotas.exists():
        raise ValidationError(_("Quotas are allocated for this target: its period cannot change any more."))
    target.save()
    audit.record(target, audit.EDIT, user, audit.changes_between(before, audit.snapshot(target, TARGET_FIELDS)))
    return target


@transaction.atomic
def remove_target(target: Target, user: User | None = None, version: str | None = None) -> None:
    """
    Remove a target from its term, with its quotas and results (the term's log keeps a note).
    ``version``: the token of the page it is removed from, refused if the target changed meanwhile.
    """
    target = Target.objects.select_for_update().select_related("term").get(pk=target.pk)
    concurrency.check_version(version, target, concurrency.values_of(target, TARGET_FORM_FIELDS))
    term = target.term
    quotas, results = target.quotas.count(), target.results.count()
    name = target.name
    target.delete()
    audit.record(
        term,
        audit.EDIT,
        user,
        note=_("Target removed: %(target)s (with %(quotas)s quotas and %(results)s results entered by hand)")
        % {"target": name, "quotas": quotas, "results": results},
    )


def _check_target(target: Target) -> None:
    if not target.name:
        raise ValidationError(_("Give the target a name."))
    if target.indicator not in {code for code, _label in indicator_choices()}:
        raise ValidationError(_("Choose one of the indicators offered."))
    if target.comparison not in Comparison.values:
        raise ValidationError(_("A target is either “at least” or “at most” its value."))
    if target.period not in TargetPeriod.values:
        raise ValidationError(_("A target holds either for the whole term or for each year."))
    if target.value is None or Decimal(target.value) <= 0:
        raise ValidationError(_("The value of a target must be greater than zero."))
    if target.indicator == MANUAL_INDICATOR and not target.unit:
        raise ValidationError(_("A target entered by hand needs its unit, for example “members” or “%”."))
    if target.indicator != MANUAL_INDICATOR:
        target.unit = ""  # a computed indicator has its own unit


# Quotas


@transaction.atomic
def allocate_quotas(
    target: Target,
    allocation: Mapping[Organisation, Decimal | int | str | None],
    year: int | None = None,
    user: User | None = None,
    version: str | None = None,
) -> list[Quota]:
    """
    Allocate ``target`` to the sub-units of its term's union: ``allocation`` is
    ``{unit: value}`` for ``year`` (None: the whole term). It replaces that year's
    allocation as a whole; a unit left out or given nothing has no quota.
    ``version``: the quota form's token, refused if that allocation changed since
    the form was opened (the target's row is the lock). Returns the quotas saved.
    """
    target = Target.objects.select_for_update().select_related("term__organisation").get(pk=target.pk)
    current = selectors.quota_values(target, year)
    names = {str(unit.pk): unit.name for unit in target.term.organisation.get_children()}
    concurrency.check_version(
        version, target, current,
        shown={pk: current.get(pk) for pk in names}, labels=names, audit_fields=set(names.values()),
    )  # fmt: skip
    term = target.term
    union = term.organisation
    if year is not None and year not in term.years:
        raise ValidationError(
            _("The term %(term)s covers the years %(first)s to %(last)s: %(year)s is outside it.")
            % {"term": term.name, "first": term.years[0], "last": term.years[-1], "year": year}
        )
    if year is None and target.period == TargetPeriod.YEAR:
        raise ValidationError(_("A target for each year is allocated year by year: choose the year."))
    children = {child.pk: child for child in union.get_children()}
    existing = Quota.objects.filter(target=target)
    existing = selectors.of_year(existing, year)
    before = {quota.organisation_id: quota.value for quota in existing}
    cleaned = {}
    for unit, value in allocation.items():
        child = children.get(unit.pk)
        if child is None:
            raise ValidationError(
                _("%(unit)s is not a unit directly under %(union)s: quotas go to its direct sub-units.")
                % {"unit": unit, "union": union}
            )
        if value is None or value == "":
            continue
        value = Decimal(value)
        if value < 0:
            raise ValidationError(_("The quota of %(unit)s cannot be negative.") % {"unit": child})
        if value == 0:
            continue
        if not child.is_active and before.get(child.pk) != value:
            # A dissolved unit keeps the quota it had; it receives no new one.
            raise ValidationError(_("%(unit)s has been dissolved: it cannot receive a quota.") % {"unit": child})
        cleaned[child.pk] = value
    existing.delete()
    quotas = Quota.objects.bulk_create(
        [Quota(target=target, organisation_id=pk, year=year, value=value) for pk, value in cleaned.items()]
    )
    unit_names = {pk: str(children[pk]) if pk in children else str(pk) for pk in set(before) | set(cleaned)}
    changes = [
        {"field": unit_names[pk], "before": _number(before.get(pk)), "after": _number(cleaned.get(pk))}
        for pk in sorted(set(before) | set(cleaned), key=lambda pk: unit_names[pk])
        if before.get(pk) != cleaned.get(pk)
    ]
    audit.record(
        target,
        audit.EDIT,
        user,
        changes,
        note=_("Quotas for %(year)s") % {"year": year} if year is not None else _("Quotas for the whole term"),
    )
    return quotas


def _number(value: Decimal | int | str | None) -> str:
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f")


# Results entered by hand


@transaction.atomic
def record_manual_result(
    target: Target,
    organisation: Organisation,
    year: int | None,
    value: Decimal | int | str,
    evidence: str,
    user: User | None = None,
    version: str | None = None,
) -> ManualResult:
    """
    Record (or correct) the result of a target entered by hand for ``organisation``
    (the term's union or a unit under it) in ``year`` (None: the whole term).
    ``version``: the result form's token, refused if a result of the target was
    entered or corrected since the form was opened (the target's row is the lock).
    """
    target = Target.objects.select_for_update().select_related("term__organisation").get(pk=target.pk)
    term = target.term
    if not target.is_manual:
        raise ValidationError(_("This target is counted from records: its results cannot be entered by hand."))
    if not organisation.path.startswith(term.organisation.path):
        raise ValidationError(
            _("%(unit)s is not %(union)s or one of its units.") % {"unit": organisation, "union": term.organisation}
        )
    if year is not None and year not in term.years:
        raise ValidationError(
            _("The term %(term)s covers the years %(first)s to %(last)s: %(year)s is outside it.")
            % {"term": term.name, "first": term.years[0], "last": term.years[-1], "year": year}
        )
    if year is None and target.period == TargetPeriod.YEAR:
        raise ValidationError(_("The result of a target for each year is entered year by year: choose the year."))
    if value is None or Decimal(value) < 0:
        raise ValidationError(_("A result cannot be negative."))
    evidence = (evidence or "").strip()
    if not evidence:
        raise ValidationError(_("Say where the figure comes from (the evidence): a report, a decision, a list…"))
    lookup = {"target": target, "organisation": organisation}
    lookup.update({"year": year} if year is not None else {"year__isnull": True})
    result = ManualResult.objects.select_for_update().filter(**lookup).first()
    fields = ("organisation", "year", "value", "evidence")
    concurrency.check_version(
        version, result, selectors.manual_result_values(target),
        shown={"value": result.value if result else None, "evidence": result.evidence if result else ""},
        audit_fields={"value", "evidence"},
    )  # fmt: skip
    before = audit.snapshot(result, fields) if result else {}
    if result is None:
        result = ManualResult(target=target, organisation=organisation, year=year)
    result.value = Decimal(value)
    result.evidence = evidence
    result.recorded_by = user if user is not None and user.is_authenticated else None
    result.save()
    audit.record(
        result,
        audit.EDIT if before else audit.CREATE,
        user,
        audit.changes_between(before, audit.snapshot(result, fields)),
    )
    return result
