"""
Reading the union tree. Every function that serves a user takes the user and
returns only their part of the tree (``congdoan.accounts.scoping``).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import operator
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import reduce
from typing import TYPE_CHECKING, Any

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.vietnamese import fold

from .levels import Level
from .models import (
    AncestryPeriod,
    CommitteeSeat,
    EventKind,
    Organisation,
    OrganisationEvent,
    Position,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from congdoan.accounts.models import User

    from .models import ExecutiveCommittee


def organisations_for(user: User | AnonymousUser) -> QuerySet[Organisation]:
    """The organisations ``user`` may see: their own and everything under it."""
    return scope_of(user).filter(Organisation.objects.all())


def organisation_for(user: User | AnonymousUser, pk: int | str) -> Organisation:
    """The organisation ``pk`` if ``user`` may see it; otherwise 404, as if it did not exist."""
    try:
        return organisations_for(user).get(pk=pk)
    except (Organisation.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def new_place_choices(user: User | AnonymousUser, organisation: Organisation) -> QuerySet[Organisation]:
    """
    The unions ``user`` may move ``organisation`` under or merge it into: active,
    in the user's subtree, neither itself nor one of its own units; by tree path.
    (Whether the levels fit is the service's to say.)
    """
    return organisations_for(user).filter(status="active").exclude(path__startswith=organisation.path).order_by("path")


def home_organisation_id(user: User | AnonymousUser) -> int | None:
    """Where a user's back office opens: their own union, a superuser's the top of the tree (None: nothing to see)."""
    scope = scope_of(user)
    if scope.organisation_id:
        return scope.organisation_id
    return organisations_for(user).filter(depth=1).order_by("path").values_list("pk", flat=True).first()


def subtree_on(organisation: Organisation | int, day: datetime.date) -> QuerySet[AncestryPeriod, Any]:
    """
    The ids of ``organisation`` and every organisation under it on ``day``,
    as a subquery: one indexed lookup in the ancestry periods, however deep.
    """
    return (
        AncestryPeriod.objects.filter(ancestor=organisation, valid_from__lte=day)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=day))
        .values("organisation_id")
    )


def current_subtree(organisation: Organisation) -> QuerySet[Organisation]:
    """``organisation`` and everything under it today, by tree path."""
    return Organisation.objects.filter(path__startswith=organisation.path)


# What a union answers for. A union counts the records of its subtree as the tree
# stands today; a union that no longer exists (merged away, split, dissolved) has
# no subtree today, so it answers for the subtree it had on its last day: its old
# term reports keep their figures after its units have moved on.


def last_day_of(organisation: Organisation) -> datetime.date | None:
    """The last day a union that no longer exists stood in the tree; None for one that still does."""
    if organisation.dissolved_on is None:
        return None
    return organisation.dissolved_on - datetime.timedelta(days=1)


def in_subtree(organisation: Organisation, field: str = "organisation") -> Q:
    """
    A filter for rows whose ``field`` (a foreign key to an organisation) lies in
    the subtree ``organisation`` answers for (see above).
    """
    last_day = last_day_of(organisation)
    if last_day is None:
        return Q(**{f"{field}__path__startswith": organisation.path})
    return Q(**{f"{field}__in": subtree_on(organisation, last_day)})


def units_answering_to(organisation: Organisation) -> QuerySet[Organisation]:
    """
    The units directly under ``organisation`` whose figures it reports: its
    children today, or for a union that no longer exists, those it had on its
    last day. A queryset (one query; two for a union that no longer exists).
    """
    last_day = last_day_of(organisation)
    if last_day is None:
        return organisation.get_children()
    return Organisation.objects.filter(pk__in=_children_on(organisation, last_day))


def _children_on(organisation: Organisation, day: datetime.date) -> QuerySet[AncestryPeriod, Any]:
    """The ids of the units directly under ``organisation`` on ``day`` (a subquery), from the ancestry periods."""
    on_day = Q(valid_from__lte=day) & (Q(valid_until__isnull=True) | Q(valid_until__gt=day))
    depth = AncestryPeriod.objects.filter(on_day, organisation=organisation).count()
    return (
        AncestryPeriod.objects.filter(on_day, organisation__in=subtree_on(organisation, day))
        .values("organisation_id")
        .annotate(ancestors=Count("pk"))
        .filter(ancestors=depth + 1)
        .values("organisation_id")
    )


# The union as it was on a given day. A document names things as they were on its
# day: a report of 19/12/2022 is issued under LĐLĐ tỉnh Bắc Kạn and dated "Bắc Kạn,
# ngày …", although the union has been under Thái Nguyên since the provinces merged
# on 1/7/2025. Names come from the "renamed" events, places in the tree from the
# ancestry periods; the current tree and current names answer only for today.

# Prefixes of a provincial federation's name that are not the place's name.
PROVINCE_NAME_PREFIXES = (
    "Liên đoàn Lao động thành phố ",
    "Liên đoàn Lao động tỉnh ",
    "Liên đoàn Lao động TP. ",
    "Liên đoàn Lao động ",
)
# Where the confederation (or a union with no province above it) dates its documents.
DEFAULT_PLACE = "Hà Nội"


@dataclass(frozen=True)
class UnionOnDay:
    """``organisation`` as it stood on ``day``: its name, the unions above it (top first) and their names."""

    organisation: Organisation
    day: datetime.date
    name: str
    ancestors: list = field(default_factory=list)  # the organisations above it on ``day``, top first
    names: dict = field(default_factory=dict)  # {pk: name on ``day``} of the organisation and its ancestors

    @property
    def parent(self) -> Organisation | None:
        """The union directly above on ``day`` (None at the top of the tree)."""
        return self.ancestors[-1] if self.ancestors else None

    @property
    def parent_name(self) -> str:
        return self.names[self.parent.pk] if self.parent else ""

    @property
    def province(self) -> Organisation | None:
        """The provincial federation the union was under (or was) on ``day``; None for none."""
        provinces = [node for node in [*self.ancestors, self.organisation] if node.level == Level.PROVINCE]
        return provinces[-1] if provinces else None

    @property
    def province_name(self) -> str:
        return self.names[self.province.pk] if self.province else ""

    @property
    def place(self) -> str:
        """Where a document of that day is dated: the province's name without "Liên đoàn Lao động tỉnh"."""
        name = self.province_name
        if not name:
            return DEFAULT_PLACE
        for prefix in PROVINCE_NAME_PREFIXES:
            if name.startswith(prefix):
                return name[len(prefix) :].strip() or name
        return name


def union_on(organisation: Organisation, day: datetime.date) -> UnionOnDay:
    """
    ``organisation`` as it was on ``day`` (a ``UnionOnDay``): its name then, the
    unions above it then and their names then. The one way a document or screen
    about a past day names a union, its upper union, its province and its place.
    At most five queries, however deep the tree.
    """
    ancestor_ids = _ancestor_ids_on(organisation, day)
    placed_on = day
    if not ancestor_ids:
        # Not yet in the tree on that day (founded later): where it was first placed.
        first = (
            AncestryPeriod.objects.filter(organisation=organisation, valid_from__gt=day)
            .exclude(ancestor_id=organisation.pk)
            .order_by("valid_from")
            .values_list("valid_from", flat=True)
            .first()
        )
        if first is not None:
            placed_on = first
            ancestor_ids = _ancestor_ids_on(organisation, first)
    ancestors = []
    if ancestor_ids:
        # Each one's depth on that day: how many ancestors it had itself.
        depths = dict(
            AncestryPeriod.objects.filter(_valid_on(placed_on), organisation_id__in=ancestor_ids)
            .values("organisation_id")
            .annotate(depth=Count("pk"))
            .values_list("organisation_id", "depth")
        )
        by_pk = Organisation.objects.in_bulk(ancestor_ids)
        ancestors = sorted(by_pk.values(), key=lambda node: (depths.get(node.pk, 0), node.path))
    names = names_on([organisation, *ancestors], day)
    return UnionOnDay(organisation=organisation, day=day, name=names[organisation.pk], ancestors=ancestors, names=names)


def _valid_on(day: datetime.date) -> Q:
    return Q(valid_from__lte=day) & (Q(valid_until__isnull=True) | Q(valid_until__gt=day))


def _ancestor_ids_on(organisation: Organisation, day: datetime.date) -> set[int]:
    return set(
        AncestryPeriod.objects.filter(_valid_on(day), organisation=organisation)
        .exclude(ancestor_id=organisation.pk)
        .values_list("ancestor_id", flat=True)
    )


def names_on(organisations: Iterable[Organisation], day: datetime.date) -> dict[int, str]:
    """
    ``{pk: name}``: the name each of ``organisations`` bore on ``day`` (a union
    renamed later is named as it was then). One query.
    """
    organisations = list(organisations)
    names = {organisation.pk: organisation.name for organisation in organisations}
    later = (
        OrganisationEvent.objects.filter(organisation_id__in=names, kind=EventKind.RENAMED, occurred_on__gt=day)
        .exclude(old_name="")
        .order_by("organisation_id", "-occurred_on", "-pk")
        .values_list("organisation_id", "old_name")
    )
    for organisation_id, old_name in later:  # the earliest rename after the day is the last one written
        names[organisation_id] = old_name
    return names


def children_of(organisation: Organisation) -> QuerySet[Organisation]:
    """The units directly under ``organisation``, in Vietnamese alphabetical order."""
    return organisation.get_children().order_by("status", "name_key")


def breadcrumbs(user: User | AnonymousUser, organisation: Organisation) -> list[Organisation]:
    """The ancestors of ``organisation`` that ``user`` may see, top first."""
    scope = scope_of(user)
    if organisation.pk == scope.organisation_id or organisation.depth == 1:
        return []  # nothing above it that the user may see: no query
    return [ancestor for ancestor in organisation.get_ancestors() if scope.covers(ancestor)]


def history_of(organisation: Organisation) -> QuerySet[OrganisationEvent]:
    """The events of ``organisation``, oldest first, with their decisions."""
    return organisation.events.select_related("decision", "old_parent", "new_parent", "related_organisation")


def committees_of(organisation: Organisation) -> QuerySet[ExecutiveCommittee]:
    """The executive committees of ``organisation``, latest term first, seats chair first (two queries)."""
    position_order = Case(
        When(position=Position.CHAIR, then=Value(0)),
        When(position=Position.VICE_CHAIR, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    seats = CommitteeSeat.objects.order_by(position_order, "started_on", "pk")
    return organisation.committees.select_related("decision").prefetch_related(
        Prefetch("seats", queryset=seats, to_attr="ordered_seats")
    )


def organisation_choices_for(
    user: User | AnonymousUser, query: str = "", levels: Iterable[str] | None = None, limit: int = 20
) -> QuerySet[Organisation]:
    """Active organisations ``user`` may pick (autocomplete), matching ``query`` without accents."""
    queryset = organisations_for(user).filter(status="active")
    if levels:
        queryset = queryset.filter(level__in=levels)
    for word in fold(query).split():
        queryset = queryset.filter(name_folded__contains=f" {word}")
    return queryset.order_by("depth", "name_key")[:limit]


_totals_cache: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar("subtree_totals_cache", default=None)


@contextlib.contextmanager
def shared_subtree_totals() -> Iterator[None]:
    """
    Within this block, ``totals_per_subtree`` answers a request from an earlier
    one when that one counted the same rows for more units or more figures (a
    report asks for the same counts through several selectors). Outside it,
    nothing is kept.
    """
    token = _totals_cache.set([])
    try:
        yield
    finally:
        _totals_cache.reset(token)


def totals_per_subtree(
    units: Iterable[Organisation], queryset: QuerySet[Any], *, path_field: str, **aggregates: Any
) -> dict[int, dict[str, Any]]:
    """
    Aggregate ``queryset`` once per unit of ``units``, over the whole subtree each
    unit answers for (today's; see ``in_subtree``): ``{unit.pk: {name: value}}``
    (units with no rows get none).

    ``path_field`` leads from a row to the tree path of its organisation (e.g.
    ``"organisation__path"``). The aggregates must add up (``Count``, ``Sum``):
    the database aggregates per organisation, using the index on the
    organisation, and each organisation's figures are added to the units above
    it here. Two queries, however many units there are (one more when some of
    them no longer exist).
    """
    units = list(units)
    if not units:
        return {}
    cache = _totals_cache.get()
    if cache is not None:
        rows_key = (str(queryset.query), path_field)
        wanted = {name: str(expression) for name, expression in aggregates.items()}
        unit_pks = {unit.pk for unit in units}
        for key, figures, covered, totals in cache:
            if key == rows_key and unit_pks <= covered and wanted.items() <= figures.items():
                return {pk: {name: row[name] for name in wanted} for pk, row in totals.items() if pk in unit_pks}
    totals = _totals_per_subtree(units, queryset, path_field, aggregates)
    if cache is not None:
        cache.append((rows_key, wanted, unit_pks, totals))
    return totals


def _totals_per_subtree(
    units: list[Organisation], queryset: QuerySet[Any], path_field: str, aggregates: dict[str, Any]
) -> dict[int, dict[str, Any]]:
    organisation_field = _organisation_field(path_field)
    in_subtrees, owners = _subtree_owners(units, organisation_field)
    rows = queryset.filter(in_subtrees).values(organisation_field).annotate(**aggregates).order_by()
    totals: dict[int, dict[str, Any]] = {}
    for row in rows:
        organisation_id = row.pop(organisation_field)
        for unit_pk in owners.get(organisation_id, ()):
            unit_totals = totals.setdefault(unit_pk, dict.fromkeys(row, 0))
            for name, value in row.items():
                unit_totals[name] += value or 0
    return totals


def daily_totals_per_subtree(
    units: Iterable[Organisation],
    queryset: QuerySet[Any],
    *,
    path_field: str,
    date_field: str,
    start: datetime.date,
    end: datetime.date,
) -> dict[int, dict[datetime.date, int]]:
    """
    Count the rows of ``queryset`` whose ``date_field`` lies between ``start`` and
    ``end`` (both included) per unit of ``units`` (the whole subtree it answers
    for) and per day: ``{unit.pk: {day: count}}``. Two queries, like ``totals_per_subtree``; it
    lets a caller count each unit over a window of its own (e.g. its own term) by
    adding up the days it wants.
    """
    from django.db.models import Count

    units = list(units)
    if not units:
        return {}
    organisation_field = _organisation_field(path_field)
    in_subtrees, owners = _subtree_owners(units, organisation_field)
    rows = (
        queryset.filter(in_subtrees, **{f"{date_field}__gte": start, f"{date_field}__lte": end})
        .values_list(organisation_field, date_field)
        .annotate(count=Count("pk"))
        .order_by()
    )
    totals: dict[int, dict[datetime.date, int]] = {}
    for organisation_id, day, count in rows:
        for unit_pk in owners.get(organisation_id, ()):
            days = totals.setdefault(unit_pk, {})
            days[day] = days.get(day, 0) + count
    return totals


def _organisation_field(path_field: str) -> str:
    if not path_field.endswith("__path"):
        raise ValueError(f"{path_field!r} does not lead to an organisation's path")
    return path_field.removesuffix("__path")


def _subtree_owners(units: Iterable[Organisation], organisation_field: str) -> tuple[Q, dict[int, list[int]]]:
    """
    A filter for the rows whose ``organisation_field`` lies in the subtrees of
    ``units`` and, for each organisation in them, the units whose subtree holds
    it (a unit inside another unit counts for both): ``(Q, {organisation id:
    [unit pk, ...]})``. A unit that no longer exists holds the subtree it had on
    its last day (``in_subtree``).
    """
    owners: dict[int, list[int]] = {}
    parts = []
    live = [unit for unit in units if unit.dissolved_on is None]
    gone = [unit for unit in units if unit.dissolved_on is not None]
    if live:
        steplen = Organisation.steplen
        units_by_depth: dict[int, dict[str, int]] = {}
        for unit in live:
            units_by_depth.setdefault(unit.depth, {})[unit.path] = unit.pk
        prefix = _common_prefix([unit.path for unit in live], steplen)
        organisations = Organisation.objects.filter(path__startswith=prefix)
        for organisation_id, path in organisations.order_by().values_list("pk", "path"):
            for depth, same_depth in units_by_depth.items():
                unit_pk = same_depth.get(path[: depth * steplen])
                if unit_pk is not None:
                    owners.setdefault(organisation_id, []).append(unit_pk)
        parts.append(Q(**{f"{organisation_field}__in": organisations.values("pk")}))
    if gone:
        on_last_days = [
            Q(ancestor__in=[unit.pk for unit in gone if last_day_of(unit) == last_day], valid_from__lte=last_day)
            & (Q(valid_until__isnull=True) | Q(valid_until__gt=last_day))
            for last_day in {last_day_of(unit) for unit in gone}
        ]
        periods = AncestryPeriod.objects.filter(reduce(operator.or_, on_last_days))
        for organisation_id, unit_pk in periods.order_by().values_list("organisation_id", "ancestor_id"):
            owners.setdefault(organisation_id, []).append(unit_pk)
        parts.append(Q(**{f"{organisation_field}__in": periods.values("organisation_id")}))
    return reduce(operator.or_, parts), owners


def _common_prefix(paths: Iterable[str], steplen: int) -> str:
    """The longest tree path all ``paths`` start with (whole steps only), to let the database use its index."""
    paths = list(paths)
    first, last = min(paths), max(paths)
    length = 0
    while length < len(first) and length < len(last) and first[length] == last[length]:
        length += 1
    return first[: length - length % steplen]
