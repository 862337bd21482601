"""
Reading terms and targets: each target's progress (actual against target, per
year), and the results of the quotas allocated to sub-units.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from django.db.models import QuerySet, Sum
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.accounts.sensitive import sees_sensitive_figures
from congdoan.unions.levels import Level
from congdoan.unions.selectors import current_subtree, organisations_for, units_answering_to

from . import charts
from .indicators import PERCENT, indicator, is_sensitive, percentage
from .models import MANUAL_INDICATOR, Comparison, ManualResult, Quota, Target, TargetPeriod, Term

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrOrPromise

    from congdoan.accounts.models import User
    from congdoan.unions.models import Organisation


_Dated = TypeVar("_Dated", Quota, ManualResult)


@dataclass
class TargetProgress:
    """How far a target has come by ``day``."""

    target: Target
    unit: str  # "count" or "percent" (or the unit typed for a manual target)
    goal: Decimal  # the value to compare with (a per-year count target: value × years so far)
    actual: Decimal | None  # None: a manual target with no result entered yet
    achieved_percent: Decimal | None
    met: bool
    per_year: list = field(default_factory=list)  # [(year, actual or None)]
    quotas_total: Decimal = Decimal(0)
    quota_shortfall: bool = False  # the quotas allocated add up to less than the target


def term_end(term: Term, day: datetime.date | None = None) -> datetime.date:
    """The last day counted for ``term`` on ``day``: the term's end, or ``day`` if earlier."""
    return min(term.ends_on, day) if day else term.ends_on


def of_year(queryset: QuerySet[_Dated], year: int | None) -> QuerySet[_Dated]:
    """The quotas (or results entered by hand) of ``queryset`` for ``year``; None: those for the whole term."""
    return queryset.filter(year=year) if year is not None else queryset.filter(year__isnull=True)


def counted_on(asked: datetime.date | None = None) -> datetime.date:
    """The day figures are counted to: the day asked for, else today."""
    return asked or datetime.date.today()


def progress_day(term: Term, asked: datetime.date | None = None) -> datetime.date:
    """The day a term's progress page counts to: the day asked for (else today), kept inside the term."""
    return min(max(counted_on(asked), term.starts_on), term.ends_on)


def year_span(term: Term, year: int, end: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The part of ``year`` inside ``term`` and not after ``end``: (start, end)."""
    return max(term.starts_on, datetime.date(year, 1, 1)), min(end, datetime.date(year, 12, 31))


def achievement(comparison: str, goal: Decimal, actual: Decimal | None) -> tuple[Decimal | None, bool]:
    """Percentage of the goal achieved, and whether the target is met."""
    if actual is None:
        return None, False
    if comparison == Comparison.AT_MOST:
        met = actual <= goal
        if actual == 0:
            return Decimal(100), met
        return percentage(goal, actual), met
    return percentage(actual, goal) if goal else Decimal(100), actual >= goal


def target_progress(term: Term, day: datetime.date | None = None, *, by_year: bool = True) -> list[TargetProgress]:
    """
    The progress of every target of ``term`` for its union (whole subtree), counted
    up to ``day`` (default: the term's end). Queries grow with the number of
    targets and years, never with the number of units or members.

    ``by_year=False`` leaves out the computed indicators' figures per year (``per_year``
    is then empty for them) and counts each over the whole term only: one query
    per target instead of one per year and target (the term report needs no trend).
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
                for year in (years if by_year else [])
            ]
            whole_term = computed.values([organisation], term.starts_on, end)[organisation.pk]
        else:
            unit = target.unit
            per_year = [(year, manual.get((target.pk, year))) for year in years]
            yearly = [value for _, value in per_year if value is not None]
            whole_term = manual.get((target.pk, None), sum(yearly) if yearly else None)
        if computed and not by_year and target.period == TargetPeriod.YEAR and unit != PERCENT:
            # A count adds up over the years: the whole term's count is the years' sum.
            goal, actual = target.value * max(len(years), 1), whole_term
        else:
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


def _goal_and_actual(
    target: Target | TargetRow, unit: str, whole_term: Decimal | None, per_year: Sequence[tuple[int, Decimal | None]]
) -> tuple[Decimal, Decimal | None]:
    if target.period == TargetPeriod.YEAR and unit != PERCENT:
        # "at least N a year": N for each year so far, against the sum of the years.
        known = [value for _, value in per_year if value is not None]
        return target.value * max(len(per_year), 1), (sum(known, Decimal(0)) if known else None)
    return target.value, whole_term


def _manual_results(targets: Iterable[Any], organisation: Organisation) -> dict[tuple[int, int | None], Decimal]:
    manual_targets = [target.pk for target in targets if target.is_manual]
    if not manual_targets:
        return {}
    rows = ManualResult.objects.filter(target_id__in=manual_targets, organisation=organisation)
    return {(row.target_id, row.year): row.value for row in rows}


def _quota_totals(targets: Any) -> dict[tuple[int, int | None], Decimal]:
    """{(target pk, year or None): sum of quotas} for ``targets``, in one query."""
    rows = Quota.objects.filter(target__in=targets).values("target_id", "year").annotate(total=Sum("value")).order_by()
    return {(row["target_id"], row["year"]): row["total"] for row in rows}


def _quota_check(
    target: Target, quota_totals: dict[tuple[int, int | None], Decimal], years: Iterable[int]
) -> tuple[Decimal, bool]:
    """The quotas allocated for ``target`` in all, and whether they fall short of it."""
    if target.period == TargetPeriod.YEAR:
        yearly = [quota_totals.get((target.pk, year), Decimal(0)) for year in years]
        total = sum(yearly, Decimal(0))
        allocated = any(yearly)
        short = allocated and any(value < target.value for value in yearly)
    else:
        term_quotas = quota_totals.get((target.pk, None), Decimal(0))
        yearly_total = sum(
            (value for (pk, year), value in quota_totals.items() if pk == target.pk and year), Decimal(0)
        )
        total = term_quotas + yearly_total
        allocated = total > 0
        short = allocated and total < target.value
    if target.comparison == Comparison.AT_MOST:
        short = False  # quotas of an "at most" target are ceilings: less is fine
    return total, short


@dataclass
class QuotaResult:
    quota: Quota
    unit: Organisation  # the organisation the quota was allocated to
    year: int | None
    value: Decimal
    actual: Decimal | None
    achieved_percent: Decimal | None
    met: bool


def quota_results(term: Term, year: int | None = None, day: datetime.date | None = None) -> list[QuotaResult]:
    """
    The result of every quota of ``term`` (only those for ``year`` and for the whole
    term, if ``year`` is given): the unit's actual over the quota's period against
    the quota. Queries grow with targets and years, not with the number of units.
    """
    end = term_end(term, day)
    quotas = Quota.objects.filter(target__term=term).select_related("target", "organisation")
    if year is not None:
        quotas = quotas.filter(year__in=[year]) | quotas.filter(year__isnull=True)
    quotas = list(quotas.order_by("target__position", "target_id", "organisation__path", "year"))  # type: ignore[assignment]
    actuals: dict[int, Decimal | None] = {}
    groups: dict[tuple[int, int | None], list[Quota]] = {}
    for quota in quotas:
        groups.setdefault((quota.target_id, quota.year), []).append(quota)
    for (_target_id, quota_year), group in groups.items():
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
                for row in ManualResult.objects.filter(target=target, organisation__in=units, year=quota_year)
            }
        for quota in group:
            actuals[quota.pk] = values.get(quota.organisation_id)
    results = []
    for quota in quotas:
        actual = actuals.get(quota.pk)
        achieved, met = achievement(quota.target.comparison, quota.value, actual)
        results.append(QuotaResult(quota, quota.organisation, quota.year, quota.value, actual, achieved, met))
    return results


def terms_of(organisation: Organisation) -> QuerySet[Term]:
    """The terms of ``organisation``, latest first."""
    return Term.objects.filter(organisation=organisation).order_by("-starts_on")


def term_on(organisation: Organisation, day: datetime.date) -> Term | None:
    """The term of ``organisation`` that covers ``day`` (None if there is none)."""
    return Term.objects.filter(organisation=organisation, starts_on__lte=day, ends_on__gte=day).first()


# Reading for back-office users: every function here that takes a user scopes by the union tree.


def terms_for(user: User | AnonymousUser, organisation: Organisation) -> QuerySet[Term]:
    """The terms of ``organisation``, latest first, if ``user`` may see it; otherwise 404."""
    if not scope_of(user).covers(organisation):
        raise Http404
    return terms_of(organisation).select_related("organisation")


def term_for(user: User | AnonymousUser, pk: int | str) -> Term:
    """The term ``pk`` with its union if ``user`` may see that union; otherwise 404."""
    terms = scope_of(user).filter(Term.objects.select_related("organisation"), path_field="organisation__path")
    try:
        return terms.get(pk=pk)
    except (Term.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def target_for(user: User | AnonymousUser, pk: int | str) -> Target:
    """The target ``pk`` with its term and union if ``user`` may see that union; otherwise 404."""
    targets = scope_of(user).filter(
        Target.objects.select_related("term__organisation"), path_field="term__organisation__path"
    )
    try:
        target = targets.get(pk=pk)
    except (Target.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not may_see_target(user, target):
        raise Http404
    return target


def may_see_target(user: User | AnonymousUser, target: Target) -> bool:
    """
    Whether ``user`` may see ``target``'s figures: a target counted from Party status
    (``indicators.is_sensitive``) only by roles that may see such figures
    (``accounts.sensitive.sees_sensitive_figures``, as term reports and statistics).
    """
    return not is_sensitive(target.indicator) or sees_sensitive_figures(user)


def progress_seen_by(user: User | AnonymousUser, progress: Iterable[TargetProgress]) -> list[TargetProgress]:
    """The items of ``target_progress`` whose target ``user`` may see (``may_see_target``)."""
    return [item for item in progress if may_see_target(user, item.target)]


def targets_of(term: Term) -> QuerySet[Target]:
    """The targets of ``term`` in the resolution's order."""
    return term.targets.order_by("position", "pk")


def unit_of(target: Target) -> str:
    """What ``target`` counts in: "count", "percent", or the unit typed for a target entered by hand."""
    computed = indicator(target.indicator)
    return computed.unit if computed else target.unit


def indicator_label(target: Target) -> StrOrPromise | None:
    computed = indicator(target.indicator)
    return computed.label if computed else None


def quotas_summed(unit: str) -> bool:
    """
    Whether the quotas of a target in ``unit`` add up to it (a count), rather than
    each being compared with it on its own (a share, in %).
    """
    return unit != PERCENT


def progress_rows(progress: Iterable[TargetProgress]) -> list[dict[str, Any]]:
    """The rows of a term's progress page: each target's progress with its label, bar, trend per year and quotas."""
    return [
        {
            "progress": item,
            "label": indicator_label(item.target),
            "bar": charts.achievement_bar(item.achieved_percent),
            "trend": charts.year_bars(
                item.per_year,
                item.target.value if item.target.period == TargetPeriod.YEAR else None,
                at_most=item.target.comparison == Comparison.AT_MOST,
            ),
            "quotas_summed": quotas_summed(item.unit),
        }
        for item in progress
    ]


# Quotas of one target


def quotas_for_whole_term(target: Target) -> bool:
    """A target for the whole term may be allocated for the whole term (or year by year); one for each year, by year."""
    return target.period == TargetPeriod.TERM


def quota_year(target: Target, asked: int | None = None, today: datetime.date | None = None) -> int | None:
    """
    The year whose quotas of ``target`` a page shows (None: the whole term): the year
    asked for, else for a per-year target this year, or the term's first if this
    year is outside the term; else the whole term.
    """
    if asked is not None or quotas_for_whole_term(target):
        return asked
    years = target.term.years
    this_year = (today or datetime.date.today()).year
    return this_year if this_year in years else years[0]


@dataclass
class QuotaRow:
    unit: Organisation  # a direct sub-unit of the term's union
    quota: Decimal | None  # None: no quota allocated to it
    actual: Decimal | None
    achieved_percent: Decimal | None
    met: bool


@dataclass
class QuotaTable:
    """The quotas of a target for one year (or the whole term) against the target."""

    target: Target
    year: int | None
    unit: str
    rows: list
    goal: Decimal  # the target's value: what the allocation must add up to
    allocated: Decimal  # the sum of this allocation
    allocated_in_all: Decimal  # a whole-term target: every allocation (term and years) together
    shortfall: Decimal  # how much the allocation falls short of the target (0: it does not)
    summed: bool = True  # False for a percentage: each unit's quota is compared with the target instead

    @property
    def short(self) -> bool:
        return self.shortfall > 0

    @property
    def allocated_elsewhere(self) -> bool:
        """Whether other allocations (the term's and its years') count with this one against the target."""
        return self.allocated_in_all != self.allocated


def quota_span(term: Term, year: int | None, day: datetime.date | None = None) -> tuple[datetime.date, datetime.date]:
    """The days counted for a quota of ``year`` (None: the whole term), up to ``day``: (start, end)."""
    end = term_end(term, day)
    if year is None:
        return term.starts_on, end
    return year_span(term, year, end)


def quota_table(target: Target, year: int | None = None) -> QuotaTable:
    """
    Each direct sub-unit of the term's union with its quota for ``year`` (None:
    the whole term), what it achieved over that period, and the allocation
    against the target. Five queries however many sub-units.
    """
    term = target.term
    union = term.organisation
    quotas = Quota.objects.filter(target=target)
    quotas = of_year(quotas, year)
    allocated_to = {quota.organisation_id: quota.value for quota in quotas}
    units = [
        unit for unit in units_answering_to(union).order_by("name_key") if unit.is_active or unit.pk in allocated_to
    ]
    start, end = quota_span(term, year)
    computed = indicator(target.indicator)
    if not units:
        actuals: dict[int, Any] = {}
    elif computed:
        actuals = computed.values(units, start, end) if start <= end else {}
    else:
        results = ManualResult.objects.filter(target=target, organisation__in=units)
        results = of_year(results, year)
        actuals = {row.organisation_id: row.value for row in results}
    rows = []
    for unit in units:
        quota, actual = allocated_to.get(unit.pk), actuals.get(unit.pk)
        achieved, met = achievement(target.comparison, quota, actual) if quota is not None else (None, False)
        rows.append(QuotaRow(unit, quota, actual, achieved, met))
    allocated = sum(allocated_to.values(), Decimal(0))
    in_all = allocated
    if target.period == TargetPeriod.TERM:
        in_all = Quota.objects.filter(target=target).aggregate(total=Sum("value"))["total"] or Decimal(0)
    unit_name = unit_of(target)
    summed = quotas_summed(unit_name)
    shortfall = Decimal(0)
    if target.comparison == Comparison.AT_LEAST and allocated_to:
        if summed:
            shortfall = max(target.value - in_all, Decimal(0))
        else:
            shortfall = max((target.value - value for value in allocated_to.values()), default=Decimal(0))
            shortfall = max(shortfall, Decimal(0))
    return QuotaTable(target, year, unit_name, rows, target.value, allocated, in_all, shortfall, summed)


# Ranking units by achievement

FULL_SCORE = Decimal(100)  # a unit's score when its targets are met on average
SCORE_CAP = Decimal(200)  # one runaway target counts at most twice its goal in a unit's score


@dataclass
class TargetAchievement:
    target: Target | TargetRow
    unit: str
    goal: Decimal
    actual: Decimal | None
    achieved_percent: Decimal | None
    met: bool


@dataclass(frozen=True)
class TargetRow:
    """A target as the ranking reads it (its fields, without the cost of a model instance)."""

    FIELDS = ("pk", "term_id", "name", "indicator", "comparison", "value", "unit", "period")

    pk: int
    term_id: int
    name: str
    indicator: str
    comparison: str
    value: Decimal
    unit: str
    period: str

    @property
    def is_manual(self) -> bool:
        return self.indicator == MANUAL_INDICATOR


@dataclass
class RankedUnit:
    unit: Organisation
    term: Term | None  # None: no term covers the day
    achievements: list = field(default_factory=list)
    score: Decimal | None = None  # None: no term, or a term without targets
    rank: int | None = None

    @property
    def met_count(self) -> int:
        return sum(1 for item in self.achievements if item.met)

    @property
    def meets_its_targets(self) -> bool:
        """A score of 100 or more: on average the unit has met its targets."""
        return self.score is not None and self.score >= FULL_SCORE


def ranking_for(
    user: User | AnonymousUser, organisation: Organisation, level: str | None = None, day: datetime.date | None = None
) -> list[RankedUnit]:
    """
    ``achievement_ranking`` as ``user`` may see it: without the targets counted from
    Party status for a role that may not see Party figures, neither listed nor in the
    scores (a score with them would give their % achieved back).
    """
    return achievement_ranking(organisation, level, day, include_sensitive=sees_sensitive_figures(user))


def ranking_rows(ranked: Iterable[RankedUnit]) -> list[dict[str, Any]]:
    """The rows of the ranking page: each unit's entry, the bar of its score and whether it meets its targets."""
    return [
        {"entry": entry, "bar": charts.achievement_bar(entry.score), "met": entry.meets_its_targets} for entry in ranked
    ]


def achievement_ranking(
    organisation: Organisation,
    level: str | None = None,
    day: datetime.date | None = None,
    include_sensitive: bool = True,
) -> list[RankedUnit]:
    """
    Every unit of ``level`` (default: grassroots unions) in ``organisation``'s
    subtree today, with the targets of its term covering ``day`` and how far each
    has come, ranked by score: the mean of its targets' % achieved, each capped at
    ``SCORE_CAP`` (a target entered by hand with no result counts as 0). Units
    whose term has no targets come next, units with no term last.

    Queries do not grow with the number of units: units, terms, targets and hand
    results take one query each; a count indicator one grouped query per depth
    of the units, counted by day so that each unit adds up its own term's days;
    other indicators one per depth and distinct ``window`` of their periods.
    """

    level = level or Level.GRASSROOTS
    day = counted_on(day)
    unit_query = (
        current_subtree(organisation).filter(level=level).exclude(dissolved_on__lte=day).exclude(founded_on__gt=day)
    )
    units = list(
        unit_query.only("pk", "name", "short_name", "path", "depth", "level", "status", "dissolved_on").order_by(
            "name_key", "pk"
        )
    )
    unit_pks = [unit.pk for unit in units]
    covering = {"starts_on__lte": day, "ends_on__gte": day}
    terms = {}
    for term in Term.objects.filter(organisation_id__in=unit_pks, **covering).order_by("starts_on"):
        terms[term.organisation_id] = term  # terms do not overlap; the latest wins if they ever did
    targets: dict[int, list[TargetRow]] = {}
    rows = Target.objects.filter(term_id__in=[term.pk for term in terms.values()]).order_by("position", "pk")
    for row in rows.values_list(*TargetRow.FIELDS):  # thousands of targets: plain rows, not model instances
        target = TargetRow(*row)
        if include_sensitive or not is_sensitive(target.indicator):
            targets.setdefault(target.term_id, []).append(target)
    union_of_term = {term.pk: term.organisation_id for term in terms.values()}
    union_of_target = {
        target.pk: union_of_term[target.term_id] for group in targets.values() for target in group if target.is_manual
    }
    manual = {
        (target_id, year): value
        for target_id, organisation_id, year, value in ManualResult.objects.filter(
            target_id__in=list(union_of_target)
        ).values_list("target_id", "organisation_id", "year", "value")
        if organisation_id == union_of_target[target_id]  # the union's own result, as on its progress page
    }
    values = _unit_values(units, terms, targets, day)
    ranked = []
    for unit in units:
        term = terms.get(unit.pk)  # type: ignore[assignment]
        entry = RankedUnit(unit, term)
        if term is not None:
            end = term_end(term, day)
            years = [year for year in term.years if datetime.date(year, 1, 1) <= end]
            for target in targets.get(term.pk, []):
                entry.achievements.append(_achievement(target, term, end, years, values, manual, unit))
            if entry.achievements:
                capped = [min(item.achieved_percent or Decimal(0), SCORE_CAP) for item in entry.achievements]
                entry.score = (sum(capped, Decimal(0)) / len(capped)).quantize(Decimal("0.01"))
        ranked.append(entry)
    ranked.sort(key=lambda entry: (0, -entry.score) if entry.score is not None else (1 if entry.term else 2, 0))
    previous, rank = None, 0
    for position, entry in enumerate(ranked, start=1):
        if entry.score is None:
            break
        if entry.score != previous:
            rank, previous = position, entry.score
        entry.rank = rank
    return ranked


def _unit_values(
    units: Sequence[Organisation], terms: Any, targets: Any, day: datetime.date
) -> dict[tuple[str, datetime.date, datetime.date], dict[int, Decimal]]:
    """
    ``{(indicator code, term start, end): {unit.pk: value}}`` for every computed
    target of the units' terms, each unit counted over its own term up to ``day``.
    """
    by_pk = {unit.pk: unit for unit in units}
    wanted: dict[str, dict[int, tuple[datetime.date, datetime.date]]] = {}  # code -> {unit pk: (start, end)}
    for unit_pk, term in terms.items():
        for target in targets.get(term.pk, []):
            if indicator(target.indicator):
                wanted.setdefault(target.indicator, {})[unit_pk] = (term.starts_on, term_end(term, day))
    values: dict[tuple[str, datetime.date, datetime.date], dict[int, Decimal]] = {}
    for code, periods in wanted.items():
        computed = indicator(code)
        if computed.daily:
            # One query for all units: events per day, each unit adds up the days of its own term.
            first = min(start for start, _end in periods.values())
            last = max(end for _start, end in periods.values())
            days = computed.daily([by_pk[pk] for pk in periods], first, last)
            for pk, (start, end) in periods.items():
                counts = days.get(pk, {})
                total = sum((Decimal(n) for on, n in counts.items() if start <= on <= end), Decimal(0))
                values.setdefault((code, start, end), {})[pk] = total
            continue
        groups: dict[Any, list[int]] = {}
        for pk, (start, end) in periods.items():
            groups.setdefault(computed.window(start, end), []).append(pk)
        for pks in groups.values():
            start, end = periods[pks[0]]  # any period of the group: the values are the same
            figures = computed.values([by_pk[pk] for pk in pks], start, end)
            for pk in pks:
                values.setdefault((code, *periods[pk]), {})[pk] = figures.get(pk, Decimal(0))
    return values


def _achievement(
    target: TargetRow,
    term: Term,
    end: datetime.date,
    years: Sequence[int],
    values: dict[tuple[str, datetime.date, datetime.date], dict[int, Decimal]],
    manual: dict[tuple[int, int | None], Decimal],
    unit: Organisation,
) -> TargetAchievement:
    computed = indicator(target.indicator)
    whole_term: Decimal | None
    actual: Decimal | None
    if computed:
        whole_term = values[(target.indicator, term.starts_on, end)].get(unit.pk, Decimal(0))
        if target.period == TargetPeriod.YEAR and computed.unit != PERCENT:
            # A count is a number of events: the years' counts add up to the count over the whole span.
            goal, actual = target.value * max(len(years), 1), whole_term
        else:
            goal, actual = target.value, whole_term
        unit_name = computed.unit
    else:
        per_year = [(year, manual.get((target.pk, year))) for year in years]
        yearly = [value for _year, value in per_year if value is not None]
        whole_term = manual.get((target.pk, None), sum(yearly, Decimal(0)) if yearly else None)
        goal, actual = _goal_and_actual(target, target.unit, whole_term, per_year)
        unit_name = target.unit
    achieved, met = achievement(target.comparison, goal, actual)
    return TargetAchievement(target, unit_name, goal, actual, achieved, met)


# An upper level's view of its subtree


@dataclass
class SubtreeProgress:
    organisation: Organisation
    day: datetime.date
    term: Term | None
    start: datetime.date
    end: datetime.date
    targets: list  # TargetProgress of the organisation's own term (its whole subtree)
    indicators: list  # the computed indicators, in registry order
    rows: list  # [(direct sub-unit, [value per indicator])]
    totals: list  # per indicator: the sum over the sub-units (a percentage: the whole union's own figure)


def subtree_progress(organisation: Organisation, day: datetime.date | None = None) -> SubtreeProgress:
    """
    For an upper level on ``day``: the targets of ``organisation``'s own term (if
    one covers ``day``), counted over its whole subtree, and each computed
    indicator for each direct sub-unit over the term so far (no term: the
    calendar year so far), with their total. Queries grow with the targets and
    indicators, not with the number of sub-units.
    """
    from .indicators import indicator_choices

    day = counted_on(day)
    term = term_on(organisation, day)
    if term is not None:
        start, end = term.starts_on, term_end(term, day)
        targets = target_progress(term, day)
    else:
        start, end = datetime.date(day.year, 1, 1), day
        targets = []
    children = list(units_answering_to(organisation).exclude(dissolved_on__lt=start).order_by("status", "name_key"))
    computed = [indicator(code) for code, _label in indicator_choices() if indicator(code)]
    columns = []
    for item in computed:
        figures = item.values([*children, organisation], start, end)
        if item.unit == PERCENT:
            total = figures.get(organisation.pk, Decimal(0))
        else:
            total = sum((figures.get(child.pk, Decimal(0)) for child in children), Decimal(0))
        columns.append((figures, total))
    rows = [(child, [figures.get(child.pk, Decimal(0)) for figures, _total in columns]) for child in children]
    return SubtreeProgress(
        organisation, day, term, start, end, targets, computed, rows, [total for _figures, total in columns]
    )


def result_units(user: User | AnonymousUser, term: Term) -> QuerySet[Organisation]:
    """The units a result of ``term`` may be entered for: its union and the units directly under it that ``user`` sees."""
    organisation = term.organisation
    return (
        organisations_for(user)
        .filter(path__startswith=organisation.path, depth__lte=organisation.depth + 1)
        .order_by("depth", "name_key")
    )


def quota_values(target: Target, year: int | None = None) -> dict[str, Decimal]:
    """
    ``{unit pk (text): quota}`` of ``target`` for ``year`` (None: the whole term):
    the allocation a quota form edits as a whole, whose version it carries.
    """
    quotas = Quota.objects.filter(target=target)
    quotas = of_year(quotas, year)
    return {str(organisation_id): value for organisation_id, value in quotas.values_list("organisation_id", "value")}


def manual_result_values(target: Target) -> dict[str, str]:
    """
    ``{"unit pk/year": "value; evidence"}`` of every result of ``target`` entered by
    hand: what the result form's version covers. The form lets its user pick the
    unit and year, so the version covers them all.
    """
    return {
        f"{result.organisation_id}/{result.year or ''}": f"{result.value}; {result.evidence}"
        for result in ManualResult.objects.filter(target=target)
    }
