"""
Changes to emulation movements, registrations and annual evaluations. Each rule
is checked here (a ``ValidationError`` with a message users can read, and
nothing saved), and each change is written to the audit log.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeGuard

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.accounts.scoping import scope_of
from congdoan.backoffice import concurrency
from congdoan.members.vocabularies import MemberStatus
from congdoan.unions.models import Organisation

from . import selectors
from .models import Evaluation, EvaluationCriterion, Movement, MovementKind, Registration
from .scales import CriterionFloor, scale_for_year

if TYPE_CHECKING:
    from congdoan.accounts.models import User
    from congdoan.members.models import Member

    from .scales import Scale

# A line of a scoring sheet: (criterion, maximum points, points).
SheetLine = tuple[str, Decimal, Decimal]

MOVEMENT_FIELDS = ("kind", "name", "started_on", "ended_on", "description")
REGISTRATION_FIELDS = ("movement", "year", "organisation", "member", "registered_on")
RESULT_FIELDS = ("result", "award", "award_decision")
EVALUATION_FIELDS = (
    "scale",
    "classification",
    "is_top_class",
    "points",
    "max_points",
    "decided_on",
    "decision_number",
    "note",
)
FIRST_YEAR = 1990  # no evaluation or registration is recorded before this year


def _day(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")


_number = selectors.number_text


# Movements


@transaction.atomic
def create_movement(
    organisation: Organisation,
    name: str,
    started_on: datetime.date,
    kind: str = MovementKind.MOVEMENT,
    ended_on: datetime.date | None = None,
    description: str = "",
    user: User | None = None,
) -> Movement:
    """Record an emulation movement or campaign launched by ``organisation`` for the units under it."""
    if not organisation.is_active:
        raise ValidationError(_("%(union)s has been dissolved: it cannot launch a movement.") % {"union": organisation})
    movement = Movement(
        organisation=organisation,
        kind=kind,
        name=(name or "").strip(),
        started_on=started_on,
        ended_on=ended_on,
        description=(description or "").strip(),
    )
    _check_movement(movement)
    movement.save()
    audit.record_creation(movement, MOVEMENT_FIELDS, user)
    return movement


@transaction.atomic
def update_movement(
    movement: Movement, *, user: User | None = None, version: str | None = None, **changes: Any
) -> Movement:
    """
    Correct a movement; its dates must still cover every year units registered for.
    ``version``: the edit form's token, refused if the movement changed since it was opened.
    """
    movement = Movement.objects.select_for_update().get(pk=movement.pk)
    concurrency.check_version(version, movement, concurrency.values_of(movement, changes))
    before = audit.apply_edit(movement, MOVEMENT_FIELDS, changes, strip=True)
    _check_movement(movement)
    years = sorted(set(movement.registrations.values_list("year", flat=True)))
    outside = [year for year in years if not movement.covers_year(year)]
    if outside:
        raise ValidationError(
            _("Units or members are registered for %(years)s, outside the new dates of the movement.")
            % {"years": ", ".join(str(year) for year in outside)}
        )
    movement.save()
    audit.record(movement, audit.EDIT, user, audit.changes_between(before, audit.snapshot(movement, MOVEMENT_FIELDS)))
    return movement


def _check_movement(movement: Movement) -> None:
    if not movement.name:
        raise ValidationError({"name": _("Give the movement a name.")})
    if movement.kind not in MovementKind.values:
        raise ValidationError({"kind": _("A movement is either an emulation movement or a campaign.")})
    if movement.started_on is None:
        raise ValidationError({"started_on": _("Give the day the movement starts.")})
    if movement.started_on.year < FIRST_YEAR:
        raise ValidationError({"started_on": _("A movement cannot start before %(year)s.") % {"year": FIRST_YEAR}})
    if movement.ended_on and movement.ended_on < movement.started_on:
        raise ValidationError({"ended_on": _("A movement cannot end before it starts.")})


# Registrations


@transaction.atomic
def register(
    movement: Movement,
    year: int,
    organisation: Organisation | None = None,
    member: Member | None = None,
    registered_on: datetime.date | None = None,
    user: User | None = None,
) -> Registration:
    """
    Register a unit (``organisation``) or a member for ``movement`` in ``year``.
    The unit, or the member's union, must be the launching union or a unit under
    it; one registration per unit (or member) per movement and year.
    """
    if member is not None:
        if member.status != MemberStatus.ACTIVE:
            raise ValidationError(
                _("%(member)s is no longer a member of the union: they cannot register.") % {"member": member}
            )
        organisation = member.organisation
    if organisation is None:
        raise ValidationError(_("Choose the unit or the member that registers."))
    launcher = movement.organisation
    if not organisation.path.startswith(launcher.path):
        raise ValidationError(
            _("%(unit)s is not %(union)s or a unit under it: only they may register for a movement it launched.")
            % {"unit": organisation, "union": launcher}
        )
    if member is None and not organisation.is_active:
        raise ValidationError(_("%(unit)s has been dissolved: it cannot register.") % {"unit": organisation})
    if year is None or not movement.covers_year(year):
        raise ValidationError({"year": _movement_years_message(movement, year)})
    registered_on = registered_on or datetime.date.today()
    if registered_on > datetime.date(year, 12, 31):
        raise ValidationError(
            {"registered_on": _("A registration for %(year)s cannot be made after that year.") % {"year": year}}
        )
    duplicate = Registration.objects.filter(movement=movement, year=year)
    duplicate = (
        duplicate.filter(member=member) if member else duplicate.filter(organisation=organisation, member__isnull=True)
    )
    if duplicate.exists():
        who = member if member else organisation
        raise ValidationError(
            _("%(who)s is already registered for this movement in %(year)s.") % {"who": who, "year": year}
        )
    registration = Registration.objects.create(
        movement=movement, year=year, organisation=organisation, member=member, registered_on=registered_on
    )
    audit.record_creation(registration, REGISTRATION_FIELDS, user)
    return registration


def _movement_years_message(movement: Movement, year: int) -> str:
    if movement.ended_on:
        return _("The movement runs from %(first)s to %(last)s: %(year)s is outside it.") % {
            "first": movement.started_on.year,
            "last": movement.ended_on.year,
            "year": year,
        }
    return _("The movement starts in %(first)s: %(year)s is before it.") % {
        "first": movement.started_on.year,
        "year": year,
    }


@transaction.atomic
def record_result(
    registration: Registration,
    result: str = "",
    award: str = "",
    award_decision: str = "",
    user: User | None = None,
    version: str | None = None,
) -> Registration:
    """
    Record (or correct) what came of a registration: its result, and the award with its decision.
    ``version``: the result form's token, refused if the result changed since the form was opened.
    """
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    concurrency.check_version(version, registration, concurrency.values_of(registration, RESULT_FIELDS))
    before = audit.snapshot(registration, RESULT_FIELDS)
    registration.result = (result or "").strip()
    registration.award = (award or "").strip()
    registration.award_decision = (award_decision or "").strip()
    if registration.award_decision and not registration.award:
        raise ValidationError({"award": _("Name the award the decision grants.")})
    registration.save(update_fields=list(RESULT_FIELDS))
    audit.record(
        registration, audit.EDIT, user, audit.changes_between(before, audit.snapshot(registration, RESULT_FIELDS))
    )
    return registration


# Annual evaluations


def _as_decimal(value: object, what: str) -> Decimal:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(_("The points of “%(criterion)s” are not a number.") % {"criterion": what}) from None


def _clean_criteria(criteria: Iterable[tuple[str | None, object, object]]) -> list[SheetLine]:
    """``[(name, max_points, points)]`` checked: a name, maximum points above 0, points within 0 and the maximum."""
    lines = []
    for name, max_points, points in criteria:
        name = (name or "").strip()
        if not name:
            raise ValidationError(_("Every criterion needs a name."))
        max_points, points = _as_decimal(max_points, name), _as_decimal(points, name)
        if max_points <= 0:
            raise ValidationError(
                _("The maximum points of “%(criterion)s” must be greater than zero.") % {"criterion": name}
            )
        if points < 0 or points > max_points:
            raise ValidationError(
                _("The points of “%(criterion)s” must be between 0 and %(max)s.")
                % {"criterion": name, "max": _number(max_points)}
            )
        lines.append((name, max_points, points))
    if not lines:
        raise ValidationError(_("Score at least one criterion."))
    return lines


def check_classification(scale: Scale, classification: str, lines: Sequence[SheetLine]) -> tuple[Decimal, Decimal]:
    """
    The rules of ``scale`` for rating a unit ``classification`` with the scoring
    sheet ``lines`` (``[(name, max_points, points)]``, the quota criterion
    included): the class belongs to the scale, the total reaches the class's
    minimum share, and every floor rule holds. Raises ``ValidationError``.
    """
    chosen = scale.get_class(classification)
    if chosen is None:
        raise ValidationError(
            {
                "classification": _("“%(class)s” is not a class of the scale %(scale)s.")
                % {"class": classification, "scale": scale.name}
            }
        )
    points = sum((line[2] for line in lines), Decimal(0))
    max_points = sum((line[1] for line in lines), Decimal(0))
    share = (points * 100 / max_points).quantize(Decimal("0.01")) if max_points else Decimal(0)
    if share < chosen.min_share:
        raise ValidationError(
            {
                "classification": _(
                    "“%(class)s” needs at least %(needed)s%% of the points; the sheet has %(points)s of %(max)s (%(share)s%%)."
                )
                % {
                    "class": chosen.label,
                    "needed": _number(chosen.min_share),
                    "points": _number(points),
                    "max": _number(max_points),
                    "share": _number(share),
                }
            }
        )
    for rule in scale.rules:
        if isinstance(rule, CriterionFloor) and classification in rule.classes:
            below = [name for name, line_max, line_points in lines if line_points * 100 < line_max * rule.share]
            if below:
                raise ValidationError(
                    {
                        "classification": _(
                            "A unit cannot be rated “%(class)s” when a criterion has less than %(share)s%% of its points: %(criteria)s."
                        )
                        % {"class": chosen.label, "share": _number(rule.share), "criteria": "; ".join(below)}
                    }
                )
    return points, max_points


@transaction.atomic
def evaluate(
    organisation: Organisation,
    year: int | None,
    criteria: Iterable[tuple[str | None, object, object]],
    classification: str,
    decided_on: datetime.date | None = None,
    decision_number: str = "",
    note: str = "",
    user: User | None = None,
    version: str | None = None,
) -> Evaluation:
    """
    Evaluate ``organisation`` for ``year`` (or re-evaluate it: one evaluation per
    union and year) on the scale in force that year, stored with it.

    ``criteria`` is the scoring sheet ``[(name, max_points, points)]``; the
    criterion "Results of allocated quotas" is added to it automatically when
    quotas were allocated to the unit (see ``selectors.quota_criterion``). The
    totals and whether the class is the scale's top one are set from the sheet.
    ``version``: the sheet's token (``selectors.evaluation_values``), refused if
    the unit was evaluated since the sheet was opened (the unit's row is the lock).
    """
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    concurrency.check_version(
        version, selectors.evaluation_of(organisation, year), selectors.evaluation_values(organisation, year),
        labels={"criteria": _("Scoring sheet")}, audit_fields={*EVALUATION_FIELDS, "criteria"},
    )  # fmt: skip
    today = datetime.date.today()
    if user is not None and scope_of(user).organisation_id == organisation.pk:
        raise ValidationError(_("A union is evaluated by the union above it, not by its own officials."))
    if not selectors.evaluable(organisation):
        raise ValidationError(_("%(union)s has no union above it to evaluate it.") % {"union": organisation})
    if not evaluable_year(year, today):
        raise ValidationError(
            {"year": _("Choose a year between %(first)s and %(last)s.") % {"first": FIRST_YEAR, "last": today.year}}
        )
    if organisation.founded_on and organisation.founded_on.year > year:
        raise ValidationError(
            _("%(union)s was founded on %(day)s: it cannot be evaluated for %(year)s.")
            % {"union": organisation, "day": _day(organisation.founded_on), "year": year}
        )
    if organisation.dissolved_on and organisation.dissolved_on.year < year:
        raise ValidationError(
            _("%(union)s was dissolved on %(day)s: it cannot be evaluated for %(year)s.")
            % {"union": organisation, "day": _day(organisation.dissolved_on), "year": year}
        )
    if decided_on is not None and decided_on < datetime.date(year, 1, 1):
        raise ValidationError(
            {"decided_on": _("The evaluation of %(year)s cannot be decided before that year.") % {"year": year}}
        )
    if decided_on is not None and decided_on > today:
        raise ValidationError({"decided_on": _("The day of the decision cannot be in the future.")})
    scale = scale_for_year(year)
    lines = _clean_criteria(criteria)
    from_quotas = selectors.quota_criterion(organisation, year)
    sheet = list(lines)
    if from_quotas is not None:
        sheet.append((from_quotas.name, from_quotas.max_points, from_quotas.points))
    points, max_points = check_classification(scale, classification, sheet)

    evaluation = Evaluation.objects.select_for_update().filter(organisation=organisation, year=year).first()
    before = audit.snapshot(evaluation, EVALUATION_FIELDS) if evaluation else {}
    if evaluation is not None:
        before["criteria"] = _sheet_text(
            (line.name, line.max_points, line.points) for line in evaluation.criteria.order_by("position", "pk")
        )
    else:
        evaluation = Evaluation(organisation=organisation, year=year)
    evaluation.scale = scale.code
    evaluation.classification = classification
    evaluation.is_top_class = scale.is_top(classification)
    evaluation.points = points
    evaluation.max_points = max_points
    evaluation.decided_on = decided_on
    evaluation.decision_number = (decision_number or "").strip()
    evaluation.note = (note or "").strip()
    evaluation.evaluated_by = user if user is not None and user.is_authenticated else None
    evaluation.save()
    evaluation.criteria.all().delete()
    EvaluationCriterion.objects.bulk_create(
        [
            EvaluationCriterion(
                evaluation=evaluation,
                name=name,
                max_points=line_max,
                points=line_points,
                from_quotas=from_quotas is not None and position == len(sheet),
                position=position,
            )
            for position, (name, line_max, line_points) in enumerate(sheet, start=1)
        ]
    )
    after = audit.snapshot(evaluation, EVALUATION_FIELDS)
    after["criteria"] = _sheet_text(sheet)
    audit.record(
        evaluation,
        audit.EDIT if before else audit.CREATE,
        user,
        audit.changes_between(before, after),
        note=_("Evaluation of %(year)s") % {"year": year},
    )
    return evaluation


def evaluable_year(year: int | None, today: datetime.date | None = None) -> TypeGuard[int]:
    """Whether a union may be evaluated for ``year``: from ``FIRST_YEAR`` to this year."""
    today = today or datetime.date.today()
    return year is not None and FIRST_YEAR <= year <= today.year


def sheet_opens(organisation: Organisation, year: int) -> bool:
    """
    Whether there is a scoring sheet of ``organisation`` for ``year`` (else 404): a
    union with a union above it (``selectors.evaluable``), for a year it may be evaluated for.
    """
    return selectors.evaluable(organisation) and evaluable_year(year)


_sheet_text = selectors.sheet_text
