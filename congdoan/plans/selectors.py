"""
Reading terms and targets: each target's progress (actual against target, per
year), and the results of the quotas allocated to sub-units.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Sum

from .indicators import PERCENT, indicator, percentage
from .models import Comparison, ManualResult, Quota, TargetPeriod, Term


@dataclass
class TargetProgress:
    """How far a target has come by ``day``."""

    target: object
    unit: str  # "count" or "percent" (or the unit typed for a manual target)
    goal: Decimal  # the value to compare with (a per-year count target: value × years so far)
    actual: Decimal | None  # None: a manual target with no result entered yet
    achieved_percent: Decimal | None
    met: bool
    per_year: list = field(default_factory=list)  # [(year, actual or None)]
    quotas_total: Decimal = Decimal(0)
    quota_shortfall: bool = False  # the quotas allocated add up to less than the target


def term_end(term, day=None):
    """The last day counted for ``term`` on ``day``: the term's end, or ``day`` if earlier."""
    return min(term.ends_on, day) if day else term.ends_on


def year_span(term, year, end):
    """The part of ``year`` inside ``term`` and not after ``end``: (start, end)."""
    return max(term.starts_on, datetime.date(year, 1, 1)), min(end, datetime.date(year, 12, 31))


def achievement(comparison, goal, actual):
    """Percentage of the goal achieved, and whether the target is met."""
    if actual is None:
        return None, False
    if comparison == Comparison.AT_MOST:
        met = actual <= goal
        if actual == 0:
            return Decimal(100), met
        return percentage(goal, actual), met
    return percentage(actual, goal) if goal else Decimal(100), actual >= goal


def target_progress(term, day=None):
    """
    The progress of every target of ``term`` for its union (whole subtree), counted
    up to ``day`` (default: the term's end). Queries grow with the number of
    targets and years, never with the number of units or members.
    """
    end = term_end(term, day)
    organisation = term.organisation
    years = [year for year in term.years if datetime.date(year, 1, 1) <= end]
    targets = list(term.targets.all())
    manual = _manual_results(targets, organisation)
    quota_totals = _quota_totals(targets)
    progress = []
    for target in targets:
        computed = indicator(target.indicator)
        if computed:
            unit = computed.unit
            per_year = [
                (year, computed.values([organisation], *year_span(term, year, end))[organisation.pk])
                for year in years
            ]
            whole_term = computed.values([organisation], term.starts_on, end)[organisation.pk]
        else:
            unit = target.unit
            per_year = [(year, manual.get((target.pk, year))) for year in years]
            yearly = [value for _, value in per_year if value is not None]
            whole_term = manual.get((target.pk, None), sum(yearly) if yearly else None)
        goal, actual = _goal_and_actual(target, unit, whole_term, per_year)
        achieved, met = achievement(target.comparison, goal, actual)
        quotas_total, shortfall = _quota_check(target, quota_totals, years)
        progress.append(
            TargetProgress(
                target=target,
                unit=unit,
                goal=goal,
                actual=actual,
                achieved_percent=achieved,
                met=met,
                per_year=per_year,
                quotas_total=quotas_total,
                quota_shortfall=shortfall,
            )
        )
    return progress


def _goal_and_actual(target, unit, whole_term, per_year):
    if target.period == TargetPeriod.YEAR and unit != PERCENT:
        # "at least N a year": N for each year so far, against the sum of the years.
        known = [value for _, value in per_year if value is not None]
        return target.value * max(len(per_year), 1), (sum(known) if known else None)
    return target.value, whole_term


def _manual_results(targets, organisation):
    manual_targets = [target.pk for target in targets if target.is_manual]
    if not manual_targets:
        return {}
    rows = ManualResult.objects.filter(target_id__in=manual_targets, organisation=organisation)
    return {(row.target_id, row.year): row.value for row in rows}


def _quota_totals(targets):
    """{(target pk, year or None): sum of quotas} for ``targets``, in one query."""
    rows = (
        Quota.objects.filter(target__in=targets)
        .values("target_id", "year")
        .annotate(total=Sum("value"))
        .order_by()
    )
    return {(row["target_id"], row["year"]): row["total"] for row in rows}


def _quota_check(target, quota_totals, years):
    """The quotas allocated for ``target`` in all, and whether they fall short of it."""
    if target.period == TargetPeriod.YEAR:
        yearly = [quota_totals.get((target.pk, year), Decimal(0)) for year in years]
        total = sum(yearly, Decimal(0))
        allocated = any(yearly)
        short = allocated and any(value < target.value for value in yearly)
    else:
        term_quotas = quota_totals.get((target.pk, None), Decimal(0))
        yearly = sum((value for (pk, year), value in quota_totals.items() if pk == target.pk and year), Decimal(0))
        total = term_quotas + yearly
        allocated = total > 0
        short = allocated and total < target.value
    if target.comparison == Comparison.AT_MOST:
        short = False  # quotas of an "at most" target are ceilings: less is fine
    return total, short


@dataclass
class QuotaResult:
    quota: object
    unit: object  # the organisation the quota was allocated to
    year: int | None
    value: Decimal
    actual: Decimal | None
    achieved_percent: Decimal | None
    met: bool


def quota_results(term, year=None, day=None):
    """
    The result of every quota of ``term`` (only those for ``year`` and for the whole
    term, if ``year`` is given): the unit's actual over the quota's period against
    the quota. Queries grow with targets and years, not with the number of units.
    """
    end = term_end(term, day)
    quotas = Quota.objects.filter(target__term=term).select_related("target", "organisation")
    if year is not None:
        quotas = quotas.filter(year__in=[year]) | quotas.filter(year__isnull=True)
    quotas = list(quotas.order_by("target__position", "target_id", "organisation__path", "year"))
    actuals = {}
    groups = {}
    for quota in quotas:
        groups.setdefault((quota.target_id, quota.year), []).append(quota)
    for (target_id, quota_year), group in groups.items():
        target = group[0].target
        units = [quota.organisation for quota in group]
        if quota_year:
            start, stop = year_span(term, quota_year, end)
        else:
            start, stop = term.starts_on, end
        if start > stop:
            continue  # a year that has not begun by ``day``
        computed = indicator(target.indicator)
        if computed:
            values = computed.values(units, start, stop)
        else:
            values = {
                row.organisation_id: row.value
                for row in ManualResult.objects.filter(
                    target=target, organisation__in=units, year=quota_year
                )
            }
        for quota in group:
            actuals[quota.pk] = values.get(quota.organisation_id)
    results = []
    for quota in quotas:
        actual = actuals.get(quota.pk)
        achieved, met = achievement(quota.target.comparison, quota.value, actual)
        results.append(QuotaResult(quota, quota.organisation, quota.year, quota.value, actual, achieved, met))
    return results


def terms_of(organisation):
    """The terms of ``organisation``, latest first."""
    return Term.objects.filter(organisation=organisation).order_by("-starts_on")


def term_on(organisation, day):
    """The term of ``organisation`` that covers ``day`` (None if there is none)."""
    return Term.objects.filter(organisation=organisation, starts_on__lte=day, ends_on__gte=day).first()
