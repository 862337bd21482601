"""
The term report of a union (báo cáo nhiệm kỳ): every figure it shows, gathered in a
fixed number of queries however many units the union has.

``term_report(organisation, term, day)`` reads through the selectors of the apps
below (members, party, plans, emulation) and returns a ``TermReport`` that the
screen, the .docx, the .pdf and the article draft render without any further
query. ``report_for(user, organisation_pk, term_pk)`` is the scoped way in for views.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.http import Http404

from congdoan.members.selectors import member_counts, statistics_on
from congdoan.party.selectors import pipeline_counts
from congdoan.plans.selectors import quota_results, target_progress, term_end, terms_of
from congdoan.unions.models import EventKind, Position
from congdoan.unions.selectors import (
    committees_of,
    history_of,
    names_on,
    organisation_for,
    shared_subtree_totals,
    union_on,
    units_answering_to,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from congdoan.accounts.models import User
    from congdoan.plans.models import Term
    from congdoan.plans.selectors import QuotaResult
    from congdoan.unions.models import Decision, Organisation
    from congdoan.unions.selectors import UnionOnDay


def party_share(party_members: int | None, members: int) -> float | None:
    """The share of Party members among ``members``, in % to one decimal (None: the Party figure is withheld)."""
    if party_members is None:
        return None
    return round(party_members * 100 / members, 1) if members else 0


@dataclass
class UnitRow:
    """One direct sub-unit of the reporting union, over its whole subtree."""

    unit: Organisation
    name: str  # the unit's name on the report's day
    members: int
    party_members: int | None  # None: not for this reader (reports.disclosure)
    pipeline: dict | None  # the figures of congdoan.party.selectors.PIPELINE_FIGURES; None: not for this reader
    quotas: list = field(default_factory=list)  # [QuotaResult] of the term allocated to this unit
    evaluations: dict = field(default_factory=dict)  # {year: EvaluationCell}
    # The Party figures as this reader may see them (a small count Withheld), by name:
    # "party_members", "introduced", "admitted", "in_procedure" (reports.disclosure).
    shown: dict = field(default_factory=dict)

    def figure(self, name: str) -> Any:
        """The Party figure ``name`` of this row as the reader may see it."""
        if name in self.shown:
            return self.shown[name]
        return self.party_members if name == "party_members" else (self.pipeline or {}).get(name)

    @property
    def party_share(self) -> float | None:
        return party_share(self.party_members, self.members)

    @property
    def short_name(self) -> str:
        """For charts: the unit's short name, unless it was renamed since the report's day (then its name then)."""
        return (self.unit.short_name or self.name) if self.name == self.unit.name else self.name


@dataclass(frozen=True)
class EvaluationCell:
    classification: str
    is_top_class: bool


@dataclass
class MovementRow:
    """An emulation movement or campaign with what the reporting union's subtree did in it during the term."""

    pk: int
    name: str
    kind: str
    kind_label: str
    launched_here: bool  # launched by the reporting union itself
    units_registered: int
    members_registered: int
    awards: int


@dataclass
class ClassificationCount:
    year: int
    classification: str
    is_top_class: bool
    units: int


@dataclass
class EmulationResults:
    movements: list = field(default_factory=list)  # [MovementRow]
    classifications: list = field(default_factory=list)  # [ClassificationCount] of the direct sub-units
    years: list = field(default_factory=list)  # the term's years counted so far

    @property
    def classification_years(self) -> dict[int, list[ClassificationCount]]:
        """{year: [ClassificationCount]} in year order, for tables."""
        years: dict[int, list[ClassificationCount]] = {}
        for row in self.classifications:
            years.setdefault(row.year, []).append(row)
        return years


@dataclass
class TermReport:
    organisation: Organisation
    term: Term
    day: datetime.date
    start: datetime.date  # the term's first day
    end: datetime.date  # the last day counted: the term's end, or ``day`` if earlier
    # The union as it stood on ``day`` (unions.selectors.union_on): its name, the union
    # above it (the issuing-body line and the recipient) and the place the report is
    # dated in, all as they were that day, not as the tree stands today.
    as_on_day: UnionOnDay
    members: int
    party_members: int | None  # None: not for this reader (reports.disclosure)
    women: int
    pipeline: dict | None  # None: not for this reader
    targets: list  # [TargetProgress]
    units: list  # [UnitRow]
    emulation: EmulationResults
    founding_decision: Decision | None = None  # the Decision that founded the union, if recorded
    founded_on: datetime.date | None = None
    chair_name: str = ""  # the chair of the executive committee on ``day``, if recorded
    # What reports.disclosure.report_as_seen_by left in: Party figures at all, and
    # whether some small counts per unit are withheld (the tables then say so).
    shows_party_figures: bool = True
    withheld_counts: bool = False

    @property
    def party_share(self) -> float | None:
        return party_share(self.party_members, self.members)

    @property
    def name(self) -> str:
        """The union's name on the report's day."""
        return self.as_on_day.name

    @property
    def parent(self) -> Organisation | None:
        """The union directly above on the report's day (None at the top of the tree)."""
        return self.as_on_day.parent

    @property
    def parent_name(self) -> str:
        return self.as_on_day.parent_name

    @property
    def place(self) -> str:
        """Where the report is dated ("Bắc Kạn, ngày …"): the province it was under that day."""
        return self.as_on_day.place

    @property
    def years(self) -> list[int]:
        return self.emulation.years

    @property
    def unit_totals(self) -> dict[str, Any]:
        """The per-unit table's totals row: members, Party members and each pipeline figure."""
        totals: dict[str, Any] = {"members": 0, "party_members": 0, "pipeline": {}}
        for row in self.units:
            totals["members"] += row.members
            totals["party_members"] += row.party_members or 0
            for name, value in (row.pipeline or {}).items():
                totals["pipeline"][name] = totals["pipeline"].get(name, 0) + value
        return totals


def report_day(term: Term, day: datetime.date | None = None) -> datetime.date:
    """The day a report is made for when none is asked: today, or the term's end if it is over (its start if it has not begun)."""
    today = day or datetime.date.today()
    return max(term.starts_on, min(today, term.ends_on))


def term_report(organisation: Organisation, term: Term, day: datetime.date) -> TermReport:
    """
    The report of ``organisation`` for ``term`` on ``day``: members and Party members
    on ``day``; the pipeline from the term's start to ``day`` (or the term's end);
    each target's progress; one row per direct sub-unit; emulation results.

    About thirty queries (more with more targets and term years), never more with
    more sub-units or members.
    """
    with shared_subtree_totals():
        end = term_end(term, day)
        start = term.starts_on
        years = [year for year in term.years if datetime.date(year, 1, 1) <= end]

        statistics = statistics_on(organisation, day)
        children = list(units_answering_to(organisation).order_by("name_key", "pk"))
        # The union's and its units' counts first, in one query each: the targets' indicators
        # ask for the same counts again and are answered from these (shared_subtree_totals).
        counts = member_counts([organisation, *children], day, recruited_from=start)
        unit_pipeline = pipeline_counts([organisation, *children], start, end)
        targets = target_progress(term, day, by_year=False)  # the report shows no trend per year

        units = [child for child in children if _active_on(child, day) or counts[child.pk]["members"]]
        pipeline = unit_pipeline[organisation.pk]
        quotas: dict[int, list[QuotaResult]] = {}
        if units:
            for result in quota_results(term, day=day):
                quotas.setdefault(result.unit.pk, []).append(result)
        emulation, evaluations = emulation_results(organisation, start, end, years, units)
        unit_names = names_on(units, day)
        rows = [
            UnitRow(
                unit=unit,
                name=unit_names[unit.pk],
                members=counts[unit.pk]["members"],
                party_members=counts[unit.pk]["party_members"],
                pipeline=unit_pipeline[unit.pk],
                quotas=quotas.get(unit.pk, []),
                evaluations=evaluations.get(unit.pk, {}),
            )
            for unit in units
        ]

    founding_decision, founded_on = _founding(organisation)
    return TermReport(
        organisation=organisation,
        term=term,
        day=day,
        start=start,
        end=end,
        as_on_day=union_on(organisation, day),
        members=statistics.members,
        party_members=statistics.party_members,
        women=statistics.women,
        pipeline=pipeline,
        targets=targets,
        units=rows,
        emulation=emulation,
        founding_decision=founding_decision,
        founded_on=founded_on,
        chair_name=_chair_on(organisation, day),
    )


def _active_on(unit: Organisation, day: datetime.date) -> bool:
    if unit.founded_on and unit.founded_on > day:
        return False
    if unit.dissolved_on and unit.dissolved_on <= day:
        return False
    return unit.is_active or unit.dissolved_on is not None


def _founding(organisation: Organisation) -> tuple[Decision | None, datetime.date | None]:
    """The decision that founded the union and its date: the founding event's, else the union's own fields."""
    event = history_of(organisation).filter(kind=EventKind.FOUNDED).first()
    if event is not None:
        return event.decision, event.occurred_on
    return None, organisation.founded_on


def _chair_on(organisation: Organisation, day: datetime.date) -> str:
    """The name of the chair of the union's executive committee on ``day`` ("" if none is recorded)."""
    for committee in committees_of(organisation):
        if committee.term_starts_on > day:
            continue
        for seat in committee.ordered_seats:  # type: ignore[attr-defined]
            if (
                seat.position == Position.CHAIR
                and seat.started_on <= day
                and (not seat.ended_on or seat.ended_on > day)
            ):
                return seat.full_name
    return ""


def emulation_results(
    organisation: Organisation,
    start: datetime.date,
    end: datetime.date,
    years: list[int],
    units: Sequence[Organisation],
) -> tuple[EmulationResults, dict[int, dict[int, EvaluationCell]]]:
    """
    The emulation movements that ``organisation`` launched or joined during the term,
    with the registrations of its subtree and their awards
    (``emulation.selectors.emulation_summary``); and each direct sub-unit's annual
    classification for the term's years (``emulation.selectors.evaluations_of_units``),
    counted per year and classification. Two queries.

    Returns the results and ``{unit pk: {year: EvaluationCell}}``.
    """
    from congdoan.emulation.selectors import emulation_summary, evaluations_of_units

    movements = [
        MovementRow(
            pk=summary.movement.pk,
            name=summary.movement.name,
            kind=summary.movement.kind,
            kind_label=str(summary.movement.get_kind_display()),
            launched_here=summary.launched_here,
            units_registered=summary.units_registered,
            members_registered=summary.members_registered,
            awards=summary.awards,
        )
        for summary in emulation_summary(organisation, start, end)
    ]
    cells: dict[int, dict[int, EvaluationCell]] = {}
    counts: dict[tuple[int, str, bool], int] = {}
    for evaluation in evaluations_of_units(units, years):
        label, year = str(evaluation.classification_label), evaluation.year
        cells.setdefault(evaluation.organisation_id, {})[year] = EvaluationCell(label, evaluation.is_top_class)
        key = (year, label, evaluation.is_top_class)
        counts[key] = counts.get(key, 0) + 1
    classifications = [
        ClassificationCount(year, classification, top, number)
        for (year, classification, top), number in sorted(
            counts.items(), key=lambda item: (item[0][0], not item[0][2], item[0][1])
        )
    ]
    return EmulationResults(movements=movements, classifications=classifications, years=years), cells


# The scoped way in, for views.


def report_for(user: User | AnonymousUser, organisation_pk: int | str, term_pk: int | str) -> tuple[Organisation, Term]:
    """
    The union ``organisation_pk`` and its term ``term_pk`` if ``user`` may see the
    union and the term is that union's; otherwise 404, as if they did not exist.
    """
    organisation = organisation_for(user, organisation_pk)
    term = terms_of(organisation).filter(pk=_as_int(term_pk)).first()
    if term is None:
        raise Http404
    term.organisation = organisation  # already scoped and loaded: no second query
    return organisation, term


def terms_for_report(user: User | AnonymousUser, organisation_pk: int | str) -> tuple[Organisation, list[Term]]:
    """The union ``organisation_pk`` (404 outside the user's subtree) and its terms, latest first."""
    organisation = organisation_for(user, organisation_pk)
    return organisation, list(terms_of(organisation))


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None
