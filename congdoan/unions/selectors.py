"""
Reading the union tree. Every function that serves a user takes the user and
returns only their part of the tree (``congdoan.accounts.scoping``).
"""

from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.vietnamese import fold

from .models import AncestryPeriod, CommitteeSeat, Organisation, Position


def organisations_for(user):
    """The organisations ``user`` may see: their own and everything under it."""
    return scope_of(user).filter(Organisation.objects.all())


def organisation_for(user, pk):
    """The organisation ``pk`` if ``user`` may see it; otherwise 404, as if it did not exist."""
    try:
        return organisations_for(user).get(pk=pk)
    except (Organisation.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def subtree_on(organisation, day):
    """
    The ids of ``organisation`` and every organisation under it on ``day``,
    as a subquery: one indexed lookup in the ancestry periods, however deep.
    """
    return (
        AncestryPeriod.objects.filter(ancestor=organisation, valid_from__lte=day)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=day))
        .values("organisation_id")
    )


def current_subtree(organisation):
    """``organisation`` and everything under it today, by tree path."""
    return Organisation.objects.filter(path__startswith=organisation.path)


def children_of(organisation):
    """The units directly under ``organisation``, in Vietnamese alphabetical order."""
    return organisation.get_children().order_by("status", "name_key")


def breadcrumbs(user, organisation):
    """The ancestors of ``organisation`` that ``user`` may see, top first."""
    scope = scope_of(user)
    if organisation.pk == scope.organisation_id or organisation.depth == 1:
        return []  # nothing above it that the user may see: no query
    return [ancestor for ancestor in organisation.get_ancestors() if scope.covers(ancestor)]


def history_of(organisation):
    """The events of ``organisation``, oldest first, with their decisions."""
    return organisation.events.select_related("decision", "old_parent", "new_parent", "related_organisation")


def committees_of(organisation):
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


def organisation_choices_for(user, query="", levels=None, limit=20):
    """Active organisations ``user`` may pick (autocomplete), matching ``query`` without accents."""
    queryset = organisations_for(user).filter(status="active")
    if levels:
        queryset = queryset.filter(level__in=levels)
    for word in fold(query).split():
        queryset = queryset.filter(name_folded__contains=f" {word}")
    return queryset.order_by("depth", "name_key")[:limit]


def totals_per_subtree(units, queryset, *, path_field, **aggregates):
    """
    Aggregate ``queryset`` once per unit of ``units``, over each unit's whole
    subtree today: ``{unit.pk: {name: value}}`` (units with no rows get none).

    ``path_field`` leads from a row to the tree path of its organisation (e.g.
    ``"organisation__path"``). One grouped query per distinct depth among
    ``units`` (a tree has at most eight levels), however many units there are:
    rows are grouped by the first ``depth × steplen`` characters of their path.
    """
    from django.db.models.functions import Substr

    units = list(units)
    totals = {}
    for depth in sorted({unit.depth for unit in units}):
        level_units = {unit.path: unit.pk for unit in units if unit.depth == depth}
        length = depth * Organisation.steplen
        rows = (
            queryset.filter(**{f"{path_field}__startswith": _common_prefix(level_units, Organisation.steplen)})
            .annotate(subtree_root=Substr(path_field, 1, length))
            .filter(subtree_root__in=list(level_units))
            .values("subtree_root")
            .annotate(**aggregates)
            .order_by()
        )
        for row in rows:
            root = row.pop("subtree_root")
            totals[level_units[root]] = row
    return totals


def daily_totals_per_subtree(units, queryset, *, path_field, date_field, start, end):
    """
    Count the rows of ``queryset`` whose ``date_field`` lies between ``start`` and
    ``end`` (both included) per unit of ``units`` (its whole subtree today) and per
    day: ``{unit.pk: {day: count}}``. Like ``totals_per_subtree``, one grouped
    query per distinct depth among ``units``; it lets a caller count each unit over
    a window of its own (e.g. its own term) by adding up the days it wants.
    """
    from django.db.models import Count
    from django.db.models.functions import Substr

    units = list(units)
    totals = {}
    for depth in sorted({unit.depth for unit in units}):
        level_units = {unit.path: unit.pk for unit in units if unit.depth == depth}
        length = depth * Organisation.steplen
        rows = (
            queryset.filter(
                **{
                    f"{path_field}__startswith": _common_prefix(level_units, Organisation.steplen),
                    f"{date_field}__gte": start,
                    f"{date_field}__lte": end,
                }
            )
            .annotate(subtree_root=Substr(path_field, 1, length))
            .filter(subtree_root__in=list(level_units))
            .values_list("subtree_root", date_field)
            .annotate(count=Count("pk"))
            .order_by()
        )
        for root, day, count in rows:
            totals.setdefault(level_units[root], {})[day] = count
    return totals


def _common_prefix(paths, steplen):
    """The longest tree path all ``paths`` start with (whole steps only), to let the database use its index."""
    paths = list(paths)
    first, last = min(paths), max(paths)
    length = 0
    while length < len(first) and length < len(last) and first[length] == last[length]:
        length += 1
    return first[: length - length % steplen]
