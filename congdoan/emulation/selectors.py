"""
Reading emulation movements, registrations and annual evaluations.

Functions that take a user scope by the union tree (``congdoan.accounts.scoping``):
outside the user's subtree, a record does not exist (404). A union joins the
movements launched above it, so a movement launched by an ancestor of the
user's union is visible too (its registrations only within the user's subtree).
Lists take a fixed number of queries, whatever their length.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, F, Model, Prefetch, Q, QuerySet
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.backoffice.concurrency import fingerprint
from congdoan.members.selectors import members_for
from congdoan.plans.selectors import quota_results, terms_of
from congdoan.unions.models import Organisation
from congdoan.unions.selectors import in_subtree, organisation_for, organisations_for, units_answering_to

from .models import Evaluation, EvaluationCriterion, Movement, Registration
from .scales import QUOTA_CRITERION_MAX_POINTS, QUOTA_CRITERION_NAME, Scale, scale_for_year

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from congdoan.accounts.models import User
    from congdoan.members.models import Member
    from congdoan.plans.selectors import QuotaResult

_M = TypeVar("_M", bound=Model)


def _one(queryset: QuerySet[_M], pk: int | str) -> _M:
    """The row ``pk`` of ``queryset`` (already scoped), or 404 as if it did not exist."""
    try:
        return queryset.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404 from None


def _ancestor_paths(path: str) -> list[str]:
    """The tree paths of the node at ``path`` and of every node above it (no query)."""
    step = Organisation.steplen
    return [path[:length] for length in range(step, len(path) + 1, step)]


def _registration_counts(organisation: Organisation, years: tuple[int, int] | None = None) -> dict[str, Count]:
    """Annotations counting a movement's registrations of units and members (and awards) in ``organisation``'s subtree."""
    condition = in_subtree(organisation, "registrations__organisation")
    if years is not None:
        condition &= Q(registrations__year__gte=years[0], registrations__year__lte=years[1])
    return {
        "units_registered": Count(
            "registrations__organisation",
            filter=condition & Q(registrations__member__isnull=True),
            distinct=True,
        ),
        "members_registered": Count(
            "registrations__member", filter=condition & Q(registrations__member__isnull=False), distinct=True
        ),
        "awards": Count("registrations", filter=condition & ~Q(registrations__award=""), distinct=True),
    }


# Movements


def movements_for(user: User | AnonymousUser, organisation: Organisation) -> QuerySet[Movement]:
    """
    The movements ``organisation`` may join: those it launched and those launched
    by the unions above it, latest first, each with how many of its units and
    members registered (in all years) and the awards they received. 404 if
    ``user`` may not see ``organisation``. One query.
    """
    if not scope_of(user).covers(organisation):
        raise Http404
    return (
        Movement.objects.filter(organisation__path__in=_ancestor_paths(organisation.path))
        .select_related("organisation")
        .annotate(**_registration_counts(organisation))
        .order_by("-started_on", "name", "pk")
    )


def movement_for(user: User | AnonymousUser, pk: int | str) -> Movement:
    """
    The movement ``pk`` if ``user`` may see it: launched in their subtree or by a
    union above theirs (which they may join); otherwise 404.
    """
    scope = scope_of(user)
    if not scope.reaches_anything:
        raise Http404
    movements = Movement.objects.select_related("organisation")
    if scope.path:
        movements = movements.filter(
            Q(organisation__path__startswith=scope.path) | Q(organisation__path__in=_ancestor_paths(scope.path))
        )
    return _one(movements, pk)


def may_change_movement(user: User | AnonymousUser, movement: Movement) -> bool:
    """Whether ``user`` manages the union that launched ``movement`` (its subtree holds it)."""
    scope = scope_of(user)
    return scope.manages_organisations and scope.covers(movement.organisation)


def may_launch_movement(user: User | AnonymousUser, organisation: Organisation) -> bool:
    """Whether ``user`` may launch a movement of ``organisation``: an official whose subtree holds it, while it is active."""
    scope = scope_of(user)
    return scope.manages_organisations and scope.covers(organisation) and organisation.is_active


def may_register(user: User | AnonymousUser, movement: Movement) -> bool:
    """
    Whether ``user`` may register units or members for ``movement`` (and record
    their results): an official; what they may register is what lies in both
    their subtree and the launching union's (``registrable_units``).
    """
    return scope_of(user).manages_organisations


def movement_seen_from(user: User | AnonymousUser, movement: Movement) -> Organisation:
    """
    The union a movement's pages sit under for ``user``: the launching union if
    ``user`` sees it, else (launched above them) the user's own union.
    """
    scope = scope_of(user)
    if scope.covers(movement.organisation):
        return movement.organisation
    return organisation_for(user, scope.organisation_id)  # type: ignore[arg-type]


def registrations_for(user: User | AnonymousUser, movement: Movement) -> QuerySet[Registration]:
    """The registrations for ``movement`` within ``user``'s subtree: latest year first, units before members."""
    registrations = scope_of(user).filter(movement.registrations.all(), path_field="organisation__path")
    return registrations.select_related("organisation", "member").order_by(
        "-year", F("member_id").asc(nulls_first=True), "organisation__name_key", "member__name_key", "pk"
    )


@dataclass
class YearResults:
    year: int
    units: int
    members: int
    awards: int
    registrations: list[Registration] = field(default_factory=list)


def results_per_year(user: User | AnonymousUser, movement: Movement) -> list[YearResults]:
    """
    Per year, latest first: the units and members of ``user``'s subtree that
    registered for ``movement``, the awards they received, and the registrations
    themselves. One query.
    """
    years: dict[int, YearResults] = {}
    for registration in registrations_for(user, movement):
        row = years.setdefault(registration.year, YearResults(registration.year, 0, 0, 0))
        row.registrations.append(registration)
        if registration.member_id:
            row.members += 1
        else:
            row.units += 1
        if registration.award:
            row.awards += 1
    return [years[year] for year in sorted(years, reverse=True)]


def registration_for(user: User | AnonymousUser, pk: int | str) -> Registration:
    """The registration ``pk`` with its movement, unit and member if ``user`` may see its unit; otherwise 404."""
    registrations = scope_of(user).filter(
        Registration.objects.select_related("movement__organisation", "organisation", "member"),
        path_field="organisation__path",
    )
    return _one(registrations, pk)


def registrable_units(user: User | AnonymousUser, movement: Movement) -> QuerySet[Organisation]:
    """The active units ``user`` may register for ``movement``: in both their subtree and the launching union's."""
    return (
        organisations_for(user)
        .filter(path__startswith=movement.organisation.path, status="active")
        .order_by("depth", "name_key")
    )


def registrable_years(movement: Movement, today: datetime.date | None = None) -> list[int]:
    """
    The years one may register for ``movement``, latest first: from its start
    (at most twenty years back) to its end, or to next year while it goes on.
    """
    today = today or datetime.date.today()
    last = movement.ended_on.year if movement.ended_on else today.year + 1
    return list(range(last, max(movement.started_on.year, last - 20) - 1, -1))


def member_by_card(user: User | AnonymousUser, card_number: str | None) -> Member | None:
    """The member with union card ``card_number`` if ``user`` may see them (None otherwise)."""
    card_number = "".join((card_number or "").split())
    if not card_number:
        return None
    return members_for(user).filter(card_number__iexact=card_number).select_related("organisation").first()


@dataclass
class MovementSummary:
    movement: Movement
    launched_here: bool
    units_registered: int
    members_registered: int
    awards: int


def emulation_summary(organisation: Organisation, start: datetime.date, end: datetime.date) -> list[MovementSummary]:
    """
    For the term report of ``organisation`` from ``start`` to ``end``: each movement
    it launched or joined (launched above it) that ran during the period, or that
    one of its units or members registered for in the period's years, with the
    units and members of its subtree that registered in those years and the
    awards they received. One query.
    """
    years = (start.year, end.year)
    in_period = Q(started_on__lte=end) & (Q(ended_on__isnull=True) | Q(ended_on__gte=start))
    registered = Registration.objects.filter(in_subtree(organisation), year__gte=years[0], year__lte=years[1])
    movements = (
        Movement.objects.filter(
            (Q(organisation__path__in=_ancestor_paths(organisation.path)) & in_period)
            | Q(pk__in=registered.values("movement_id"))
        )
        .select_related("organisation")
        .annotate(**_registration_counts(organisation, years))
        .order_by("started_on", "name", "pk")
    )
    return [
        MovementSummary(
            movement=movement,
            launched_here=movement.organisation_id == organisation.pk,
            units_registered=movement.units_registered,  # type: ignore[attr-defined]
            members_registered=movement.members_registered,  # type: ignore[attr-defined]
            awards=movement.awards,  # type: ignore[attr-defined]
        )
        for movement in movements
    ]


# Evaluations


def _criteria() -> Prefetch[Any]:
    return Prefetch("criteria", queryset=EvaluationCriterion.objects.order_by("position", "pk"))


@dataclass
class EvaluationRow:
    unit: Organisation
    evaluation: Evaluation | None  # None: not evaluated for the year


def evaluations_of_units(units: Iterable[Organisation], years: Iterable[int]) -> QuerySet[Evaluation]:
    """The evaluations of ``units`` for any of ``years``, oldest year first: one query (none without units)."""
    return Evaluation.objects.filter(organisation__in=[unit.pk for unit in units], year__in=list(years)).order_by(
        "year", "pk"
    )


def evaluations_of(organisation: Organisation, year: int) -> list[EvaluationRow]:
    """
    The direct sub-units of ``organisation`` (``units_answering_to``) that existed
    in ``year`` (or were evaluated for it), each with its evaluation for ``year``
    or None: the table of the union's executive committee. Two queries (three for
    a union that no longer exists).
    """
    units = units_answering_to(organisation)
    evaluations = {
        evaluation.organisation_id: evaluation
        for evaluation in Evaluation.objects.filter(organisation__in=units.values("pk"), year=year).select_related(
            "evaluated_by"
        )
    }
    return [
        EvaluationRow(unit, evaluations.get(unit.pk))
        for unit in units.order_by("status", "name_key")
        if existed_in(unit, year) or unit.pk in evaluations
    ]


def existed_in(unit: Organisation, year: int) -> bool:
    """Whether ``unit`` existed for at least part of ``year`` (founded by its end, not dissolved before it)."""
    return (unit.founded_on is None or unit.founded_on.year <= year) and (
        unit.dissolved_on is None or unit.dissolved_on.year >= year
    )


def class_counts(rows: Iterable[EvaluationRow], scale: Scale) -> list[tuple[str, int]]:
    """``[(label, how many units)]`` of each class of ``scale``, best first, in a table of evaluations."""
    counts = {code: 0 for code, _label in scale.choices()}
    for row in rows:
        if row.evaluation and row.evaluation.classification in counts:
            counts[row.evaluation.classification] += 1
    return [(label, counts[code]) for code, label in scale.choices()]


def evaluated_count(rows: Iterable[EvaluationRow]) -> int:
    """How many units of a table of evaluations have been evaluated."""
    return sum(1 for row in rows if row.evaluation)


def evaluation_of(organisation: Organisation, year: int | None) -> Evaluation | None:
    """The evaluation of ``organisation`` for ``year`` with its criteria (None if there is none)."""
    return Evaluation.objects.filter(organisation=organisation, year=year).prefetch_related(_criteria()).first()  # type: ignore[misc]


def evaluation_values(organisation: Organisation, year: int | None) -> dict[str, Any]:
    """
    What the scoring sheet of ``organisation`` for ``year`` edits, as it stands:
    the classification, its decision and note, and the criteria entered (not the
    quota criterion, which is computed). {} before the first evaluation. The
    sheet's version is their fingerprint (see backoffice.concurrency).
    """
    evaluation = Evaluation.objects.filter(organisation=organisation, year=year).first()  # type: ignore[misc]
    if evaluation is None:
        return {}
    values = {name: getattr(evaluation, name) for name in ("classification", "decided_on", "decision_number", "note")}
    lines = evaluation.criteria.filter(from_quotas=False).order_by("position", "pk")
    values["criteria"] = sheet_text((line.name, line.max_points, line.points) for line in lines)
    return values


def sheet_text(lines: Iterable[tuple[str, Decimal, Decimal]]) -> str:
    """A scoring sheet ``[(name, max_points, points)]`` in one line, as the audit log and the conflict page show it."""
    return "; ".join(f"{name}: {number_text(points)}/{number_text(max_points)}" for name, max_points, points in lines)


def number_text(value: Decimal | int | str) -> str:
    """Points as people write them: no trailing zeros, no exponent (``Decimal("20.50")`` → ``"20.5"``)."""
    return format(Decimal(value).normalize(), "f")


def evaluation_for(user: User | AnonymousUser, pk: int | str) -> Evaluation:
    """The evaluation ``pk`` with its union and criteria if ``user`` may see that union; otherwise 404."""
    evaluations = scope_of(user).filter(
        Evaluation.objects.select_related("organisation", "evaluated_by").prefetch_related(_criteria()),
        path_field="organisation__path",
    )
    return _one(evaluations, pk)


@dataclass
class QuotaCriterion:
    """The criterion "Results of allocated quotas" of a unit's evaluation for a year."""

    name: str
    results: list[QuotaResult]  # the unit's quotas
    met: int
    total: int
    max_points: Decimal
    points: Decimal


def quota_criterion(organisation: Organisation, year: int) -> QuotaCriterion | None:
    """
    The quota criterion of ``organisation``'s evaluation for ``year``, or None if no
    quota was allocated to it for that year or for a term covering it.

    Quotas are allocated by the unit's parent on the targets of the parent's
    terms: every term of the parent that covers part of ``year`` counts, with
    its quotas for ``year`` and its quotas for the whole term, each counted up
    to the end of ``year`` (a whole-term quota counts as met once the unit has
    reached it). Points: ``QUOTA_CRITERION_MAX_POINTS`` × the share of the
    quotas met. Queries grow with the parent's targets, not with its units.
    """
    parent = organisation.get_parent()
    if parent is None:
        return None
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    results = []
    for term in terms_of(parent).filter(starts_on__lte=last, ends_on__gte=first).order_by("starts_on"):
        results += [result for result in quota_results(term, year, day=last) if result.unit.pk == organisation.pk]
    if not results:
        return None
    met = sum(1 for result in results if result.met)
    points = (QUOTA_CRITERION_MAX_POINTS * met / len(results)).quantize(Decimal("0.01"))
    return QuotaCriterion(str(QUOTA_CRITERION_NAME), results, met, len(results), QUOTA_CRITERION_MAX_POINTS, points)


def evaluable(organisation: Organisation) -> bool:
    """Whether ``organisation`` is evaluated here: by the union above it, so not the top of the tree."""
    return organisation.depth > 1


def may_evaluate(user: User | AnonymousUser, organisation: Organisation) -> bool:
    """
    Whether ``user`` may evaluate ``organisation``: an official of the union above
    it (or higher up), never of the union itself; a union with no parent is not
    evaluated here.
    """
    scope = scope_of(user)
    return (
        scope.manages_organisations
        and evaluable(organisation)
        and organisation.pk != scope.organisation_id
        and scope.covers(organisation)
    )


def may_evaluate_units(user: User | AnonymousUser, organisation: Organisation) -> bool:
    """
    Whether ``user`` may evaluate the units of ``organisation``'s table: an official
    whose subtree holds ``organisation``, so that its units lie below their own union.
    """
    scope = scope_of(user)
    return scope.manages_organisations and scope.covers(organisation)


def evaluation_table_of(user: User | AnonymousUser, evaluation: Evaluation) -> Organisation | None:
    """The union whose table of units lists ``evaluation`` (the parent of its union), if ``user`` sees it; else None."""
    organisation = evaluation.organisation
    parent = organisation.get_parent() if evaluable(organisation) else None
    return parent if parent is not None and scope_of(user).covers(parent) else None


def sheet_defaults(existing: Evaluation | None, scale: Scale) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """
    What a scoring sheet on ``scale`` opens with, as (the classification's fields,
    the criteria lines): the last sheet ``existing`` (its class only if it was
    made on the same scale; the quota criterion is computed, not entered), else
    the scale's default criteria with no points.
    """
    if existing is None:
        return {}, [{"name": str(item.name), "max_points": item.max_points} for item in scale.default_criteria]
    lines = [
        {"name": line.name, "max_points": line.max_points, "points": line.points}
        for line in existing.criteria.all()
        if not line.from_quotas
    ]
    fields = {
        "classification": existing.classification if existing.scale == scale.code else None,
        "decided_on": existing.decided_on,
        "decision_number": existing.decision_number,
        "note": existing.note,
    }
    return fields, lines


@dataclass
class ScoringSheet:
    """The scoring sheet of a unit for a year as it opens."""

    scale: Scale
    existing: Evaluation | None  # the evaluation it replaces, if any
    quota: QuotaCriterion | None  # the criterion computed from quotas, if any
    initial: dict[str, Any]  # the classification's fields
    lines: list[dict[str, Any]]  # the criteria entered
    version: str  # see backoffice.concurrency


def scoring_sheet(organisation: Organisation, year: int) -> ScoringSheet:
    """The scoring sheet of ``organisation`` for ``year``: its scale, what it opens with, its version."""
    scale = scale_for_year(year)
    existing = evaluation_of(organisation, year)
    quota = quota_criterion(organisation, year)
    initial, lines = sheet_defaults(existing, scale)
    version = fingerprint(evaluation_values(organisation, year))
    return ScoringSheet(scale, existing, quota, initial, lines, version)
