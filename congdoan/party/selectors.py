"""Reading the Party-development pipeline. Counts come from the stage dates, so any past day can be asked."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.unions.selectors import current_subtree, daily_totals_per_subtree, totals_per_subtree
from congdoan.vietnamese import fold

from .models import (
    CERTIFICATE_VALID_YEARS,
    PROBATION_MONTHS,
    STAGE_DATE_FIELD,
    STAGE_ORDER,
    Candidate,
    Stage,
    months_after,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrOrPromise

    from congdoan.accounts.models import User
    from congdoan.members.models import Member
    from congdoan.unions.models import Organisation

PIPELINE_FIGURES = ("identified", "fostered", "introduced", "admitted", "confirmed", "in_procedure", "withdrawn")


def _between(field: str, start: datetime.date, end: datetime.date) -> Q:
    return Q(**{f"{field}__gte": start, f"{field}__lte": end})


def pipeline_counts(
    units: Sequence[Organisation], start: datetime.date, end: datetime.date
) -> dict[int, dict[str, int]]:
    """
    For each unit of ``units`` (its whole subtree): how many candidates were
    identified, began fostering, were introduced, admitted, confirmed and withdrawn
    between ``start`` and ``end`` (both included), and how many were in the
    admission procedure on ``end``. ``{unit.pk: {figure: n}}``, every figure
    present; a fixed number of queries however many units.

    A candidacy counts for the union that found it (``Candidate.organisation``,
    never rewritten), so a report of a past day keeps its figures when the member
    later moves; who handles it now is ``handled_in`` (the member's union).
    """
    in_procedure_on_end = (
        Q(procedure_started_on__lte=end)
        & (Q(admitted_on__isnull=True) | Q(admitted_on__gt=end))
        & (Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=end))
    )
    totals = totals_per_subtree(
        units,
        Candidate.objects.all(),
        path_field="organisation__path",
        identified=Count("id", filter=_between("identified_on", start, end)),
        fostered=Count("id", filter=_between("fostering_started_on", start, end)),
        introduced=Count("id", filter=_between("introduced_on", start, end)),
        admitted=Count("id", filter=_between("admitted_on", start, end)),
        confirmed=Count("id", filter=_between("confirmed_on", start, end)),
        withdrawn=Count("id", filter=_between("withdrawn_on", start, end)),
        in_procedure=Count("id", filter=in_procedure_on_end),
    )
    return {unit.pk: {figure: totals.get(unit.pk, {}).get(figure, 0) for figure in PIPELINE_FIGURES} for unit in units}


# The day each figure of ``pipeline_counts`` counts a candidate on (in procedure is a state, not an event).
FIGURE_DAYS = {
    "identified": "identified_on",
    "fostered": "fostering_started_on",
    "introduced": "introduced_on",
    "admitted": "admitted_on",
    "confirmed": "confirmed_on",
    "withdrawn": "withdrawn_on",
}


def pipeline_counts_by_day(
    units: Sequence[Organisation], start: datetime.date, end: datetime.date, figure: str
) -> dict[int, dict[datetime.date, int]]:
    """
    For each unit of ``units`` (its whole subtree): how many candidates reached
    ``figure`` (a key of ``FIGURE_DAYS``) on each day between ``start`` and ``end``,
    ``{unit.pk: {day: n}}``: summed over any window inside, the same as
    ``pipeline_counts``. A fixed number of queries however many units.
    """
    return daily_totals_per_subtree(
        units,
        Candidate.objects.all(),
        path_field="organisation__path",
        date_field=FIGURE_DAYS[figure],
        start=start,
        end=end,
    )


# ---------------------------------------------------------------------------
# What back-office users see: every function takes the user (or an
# organisation a view got through ``organisation_for``) and stays in its subtree.
#
# Who handles a candidacy now is the union its member belongs to now, not the
# union that found it (``Candidate.organisation``): a candidacy follows its member
# through transfers and mergers. The member registry already keeps the member's
# union in step (``members.services.transfer_member`` and ``merge_unions``), so
# nothing needs copying and nothing can fall behind; ``Candidate.organisation``
# stays the dated fact "found by", which the counts above report by.

HANDLING_UNION = "member__organisation"


def handled_in(organisation: Organisation) -> Q:
    """
    The condition "the candidacy is handled in ``organisation``'s subtree today":
    its member belongs to it now (an id subquery on the tree path; SQLite cannot
    index LIKE across a join).
    """
    return Q(**{f"{HANDLING_UNION}_id__in": current_subtree(organisation).values("pk")})


def candidates_for(user: User | AnonymousUser) -> QuerySet[Candidate]:
    """The candidacies ``user`` may see: those whose member belongs to a union in the user's subtree now."""
    return scope_of(user).filter(Candidate.objects.all(), path_field=f"{HANDLING_UNION}__path")


def candidate_for(user: User | AnonymousUser, pk: int | str) -> Candidate:
    """The candidacy ``pk`` with its member and union if ``user`` may see it; otherwise 404."""
    try:
        return candidates_for(user).select_related("member__organisation", "organisation").get(pk=pk)
    except (Candidate.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def _of_subtree(organisation: Organisation) -> QuerySet[Candidate]:
    return Candidate.objects.filter(handled_in(organisation))


def stage_on_condition(stage: str, day: datetime.date) -> Q:
    """The condition "the candidacy was in ``stage`` on ``day``", the same rule as ``Candidate.stage_on``."""
    stage = Stage(stage)
    if stage == Stage.WITHDRAWN:
        return Q(withdrawn_on__lte=day)
    condition = Q(identified_on__lte=day) & (Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=day))
    position = STAGE_ORDER.index(stage)
    if position > 0:
        condition &= Q(**{f"{STAGE_DATE_FIELD[stage]}__lte": day})
    for later in STAGE_ORDER[position + 1 :]:
        field = STAGE_DATE_FIELD[later]
        condition &= Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gt": day})
    return condition


# Stages whose cards show the most recent first; in the others, who has waited longest comes first.
_FINISHED = (Stage.CONFIRMED, Stage.WITHDRAWN)
BOARD_CARDS = 50  # cards shown per column; the list shows them all


@dataclass
class Column:
    stage: Stage
    count: int
    cards: list  # candidates, each with ``entered_on``: the day it entered this stage

    @property
    def label(self) -> StrOrPromise:
        return self.stage.label

    @property
    def more(self) -> int:
        return self.count - len(self.cards)


def board(organisation: Organisation, day: datetime.date | None = None) -> list[Column]:
    """
    The pipeline of ``organisation``'s subtree as columns, one per stage (all
    seven, the withdrawn last): the number of candidacies in it and up to
    ``BOARD_CARDS`` of them with member and union. Stages as they are now, or
    as they were on ``day``. Eight queries, however many candidacies.
    """
    candidates = _of_subtree(organisation)
    stages = [*STAGE_ORDER, Stage.WITHDRAWN]
    if day is None:
        conditions = {stage: Q(stage=stage) for stage in stages}
    else:
        conditions = {stage: stage_on_condition(stage, day) for stage in stages}
    counts = candidates.aggregate(**{stage.value: Count("id", filter=conditions[stage]) for stage in stages})
    columns = []
    for stage in stages:
        field = STAGE_DATE_FIELD[stage]
        order = [f"-{field}", "-pk"] if stage in _FINISHED else [field, "pk"]
        cards = list(
            candidates.filter(conditions[stage])
            .select_related("member__organisation", "organisation")
            .order_by(*order)[:BOARD_CARDS]
            if counts[stage.value]
            else []
        )
        for card in cards:
            card.entered_on = getattr(card, field)  # type: ignore[attr-defined]
        columns.append(Column(stage=stage, count=counts[stage.value], cards=cards))
    return columns


def in_progress(columns: Sequence[Column]) -> int:
    """How many candidacies of a board are still under way (neither confirmed nor withdrawn)."""
    return sum(column.count for column in columns if column.stage not in _FINISHED)


def timeline(candidate: Candidate) -> list[dict[str, object]]:
    """The stages of a candidacy in order, each with the day it was entered (None: not yet); withdrawal if any."""
    return [
        {"stage": stage, "on": getattr(candidate, STAGE_DATE_FIELD[stage])}
        for stage in [*STAGE_ORDER, Stage.WITHDRAWN]
        if stage != Stage.WITHDRAWN or candidate.withdrawn_on
    ]


COURSE_FIELDS = ("course_started_on", "course_ended_on", "certificate_number", "certificate_issued_on")


def course_of(candidate: Candidate) -> dict[str, object]:
    """The Party-awareness course as recorded on a candidacy: what its form opens with."""
    return {name: getattr(candidate, name) for name in COURSE_FIELDS}


@dataclass
class CandidateFilter:
    """What a candidate list shows: a stage, a year of introduction, a unit of the union, name words."""

    stage: str = ""
    year: int | None = None  # introduced that year
    branch: Organisation | None = None  # an organisation under the union (its subtree)
    query: str = ""


def candidate_list(
    user: User | AnonymousUser, organisation: Organisation, filters: CandidateFilter
) -> QuerySet[Candidate]:
    """
    The candidacies of ``organisation``'s subtree that ``user`` may see,
    filtered, in Vietnamese name order. One query per page and one to count.
    """
    scope = scope_of(user)
    if not scope.covers(organisation):
        raise Http404
    queryset = _of_subtree(organisation)
    if filters.branch is not None:
        if not filters.branch.path.startswith(organisation.path):
            raise Http404
        queryset = queryset.filter(handled_in(filters.branch))
    if filters.stage:
        queryset = queryset.filter(stage=filters.stage)
    if filters.year:
        queryset = queryset.filter(introduced_on__year=filters.year)
    for word in fold(filters.query).split():
        queryset = queryset.filter(member__name_folded__contains=f" {word}")
    return queryset.select_related("member__organisation", "organisation").order_by(
        "member__name_key", "identified_on", "pk"
    )


def branches_of(organisation: Organisation) -> QuerySet[Organisation]:
    """The units under ``organisation`` a list can be narrowed to, in tree order."""
    return current_subtree(organisation).filter(depth__gt=organisation.depth).order_by("path")


def introduction_years(organisation: Organisation) -> list[int]:
    """The years in which candidates of ``organisation``'s subtree were introduced, latest first."""
    return sorted(
        {
            day.year
            for day in _of_subtree(organisation).filter(introduced_on__isnull=False).dates("introduced_on", "year")
        },
        reverse=True,
    )


def candidacies_of(member: Member) -> QuerySet[Candidate]:
    """The candidacies of ``member`` (a member the caller may see), latest first."""
    return Candidate.objects.filter(member=member).order_by("-identified_on", "-pk")


def member_to_identify(user: User | AnonymousUser, organisation: Organisation, card_number: str) -> Member | None:
    """The member with ``card_number`` in ``organisation``'s subtree that ``user`` may see, or None."""
    from congdoan.members.selectors import members_for

    card_number = "".join(card_number.split())
    if not card_number:
        return None
    return (
        members_for(user)
        .filter(card_number__iexact=card_number, organisation_id__in=current_subtree(organisation).values("pk"))
        .select_related("organisation")
        .first()
    )


@dataclass
class Reminder:
    candidate: Candidate
    due_on: datetime.date  # the day probation ends / the last day the certificate is valid
    days_left: int  # negative: overdue / expired

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def days_overdue(self) -> int:
        return -self.days_left


@dataclass
class Reminders:
    day: datetime.date
    within_days: int
    confirmations: list  # probationary members whose 12 months end within the window or have ended
    certificates: list  # fostered candidates whose certificate expires within the window or has expired


def reminders(organisation: Organisation, day: datetime.date, within_days: int = 60) -> Reminders:
    """
    What needs doing soon in ``organisation``'s subtree, as of ``day``:
    probationary members whose twelve months of probation end within
    ``within_days`` or have ended (due for confirmation), and candidates being
    fostered whose course certificate expires within ``within_days`` or has
    expired (they cannot be introduced with it). Soonest first; two queries.
    """
    horizon = day + datetime.timedelta(days=within_days)
    candidates = _of_subtree(organisation).select_related("member__organisation", "organisation")
    # A day's margin in SQL for the 29th of February; the exact date is the model's.
    latest_admission = months_after(horizon, -PROBATION_MONTHS) + datetime.timedelta(days=1)
    confirmations = [
        Reminder(candidate, candidate.probation_ends_on, (candidate.probation_ends_on - day).days)
        for candidate in candidates.filter(stage=Stage.ADMITTED, admitted_on__lte=latest_admission)
        if candidate.probation_ends_on <= horizon
    ]
    latest_issue = months_after(horizon, -12 * CERTIFICATE_VALID_YEARS) + datetime.timedelta(days=2)
    certificates = [
        Reminder(candidate, candidate.certificate_valid_until, (candidate.certificate_valid_until - day).days)
        for candidate in candidates.filter(stage=Stage.FOSTERING, certificate_issued_on__lte=latest_issue)
        if candidate.certificate_valid_until <= horizon
    ]
    confirmations.sort(key=lambda item: (item.due_on, item.candidate.pk))
    certificates.sort(key=lambda item: (item.due_on, item.candidate.pk))
    return Reminders(day=day, within_days=within_days, confirmations=confirmations, certificates=certificates)
