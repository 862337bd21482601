"""
Changes to the Party-development pipeline: identify a candidate, then move them
one stage at a time (never skipping one) or withdraw them.

Every function checks all its rules before it writes anything, raises
``ValidationError`` with a message the user can act on (keyed by the argument
it is about, where there is one), runs in one transaction and writes the audit
log of the candidacy. Admission and confirmation also update the member's
Party dates through the member registry's service, which logs them there.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from congdoan.accounts import audit
from congdoan.backoffice import concurrency
from congdoan.members import services as member_services
from congdoan.members.vocabularies import MemberStatus

from .models import MAXIMUM_AGE, MINIMUM_AGE, PROBATION_MONTHS, STAGE_DATE_FIELD, STAGE_ORDER, Candidate, Stage, age_on

if TYPE_CHECKING:
    from congdoan.accounts.models import User
    from congdoan.members.models import Member

STAGE_CHANGE = "congdoan.party_stage"
WITHDRAWAL = "congdoan.party_withdrawal"
# Registered with Wagtail's log by wagtail_hooks (label of the action, message of an entry).
AUDIT_ACTIONS = [
    (STAGE_CHANGE, gettext_lazy("Move a Party candidate to the next stage"), gettext_lazy("Moved to the next stage")),
    (WITHDRAWAL, gettext_lazy("Withdraw a Party candidate"), gettext_lazy("Candidacy withdrawn")),
]

# The fields of a candidacy the audit log keeps before and after each change.
RECORD_FIELDS = (
    "stage", "identified_on", "fostering_started_on", "course_started_on", "course_ended_on",
    "certificate_number", "certificate_issued_on", "introduced_on", "introduction_resolution", "party_cell",
    "procedure_started_on", "admitted_on", "admission_decision", "confirmed_on", "confirmation_decision",
    "withdrawn_on", "withdrawn_at_stage", "withdrawal_reason", "note",
)  # fmt: skip


def _day(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")


class _Errors:
    """The problems found so far, reported all together (by argument name; None: about the whole request)."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def add(self, field: str | None, message: str) -> None:
        self.found.setdefault(field or "__all__", []).append(message)

    def raise_if_any(self) -> None:
        if self.found:
            raise ValidationError(self.found)


def _check_day(
    errors: _Errors,
    field: str,
    day: datetime.date | None,
    *,
    not_before: datetime.date | None = None,
    message: str | None = None,
    **params: Any,
) -> None:
    """``day`` is given, not in the future, and not before ``not_before`` (else ``message`` with ``params``)."""
    if day is None:
        errors.add(field, _("Enter the date."))
        return
    if day > timezone.localdate():
        errors.add(field, _("The date cannot be in the future."))
    if not_before is not None and day < not_before:
        errors.add(field, message % {"date": _day(not_before), **params})  # type: ignore[operator]


def _check_after_stage(errors: _Errors, candidate: Candidate, on: datetime.date | None, stage: Stage) -> None:
    """``on`` is a valid date for the stage after ``stage``: not in the future nor before ``stage``'s date."""
    _check_day(
        errors, "on", on,
        not_before=getattr(candidate, STAGE_DATE_FIELD[stage]),
        message=_("The date cannot be before %(date)s, the date of the previous stage (%(stage)s)."),
        stage=Stage(stage).label,
    )  # fmt: skip


def _require_text(errors: _Errors, field: str, value: str | None, message: str) -> str:
    value = (value or "").strip()
    if not value:
        errors.add(field, message)
    return value


def _require_stage(candidate: Candidate, required: str, next_stage: str) -> None:
    """Refuse a transition unless the candidacy is in ``required`` (the stage just before ``next_stage``)."""
    if candidate.stage != required:
        raise ValidationError(
            _(
                "%(name)s is at the stage “%(current)s”: “%(next)s” can only follow “%(required)s”;"
                " no stage may be skipped."
            )
            % {
                "name": candidate.member,
                "current": Stage(candidate.stage).label,
                "next": Stage(next_stage).label,
                "required": Stage(required).label,
            }
        )


def version_of(candidate: Candidate) -> str:
    """The version token of a candidacy, carried by every form that moves or corrects it (see backoffice.concurrency)."""
    return concurrency.version_of(candidate, RECORD_FIELDS)


def _lock(candidate: Candidate, version: str | None = None) -> dict[str, str]:
    """
    Reload ``candidate`` and hold its row until the transaction ends (two users cannot move it at once);
    refuse the change if the candidacy changed since the form (``version``) was opened.
    """
    candidate.refresh_from_db(from_queryset=Candidate.objects.select_for_update())
    current = concurrency.values_of(candidate, RECORD_FIELDS)
    shown = {name: value for name, value in current.items() if value not in (None, "")}
    concurrency.check_version(version, candidate, current, shown=shown)
    return audit.snapshot(candidate, RECORD_FIELDS)


def _save(candidate: Candidate, before: dict[str, str], action: str, user: User | None, note: str = "") -> Candidate:
    candidate.save()
    audit.record(
        candidate, action, user, audit.changes_between(before, audit.snapshot(candidate, RECORD_FIELDS)), note=note
    )
    return candidate


def _checked_course(
    errors: _Errors,
    *,
    course_started_on: datetime.date | None,
    course_ended_on: datetime.date | None,
    certificate_number: str | None,
    certificate_issued_on: datetime.date | None,
) -> dict[str, Any]:
    """The course fields of a candidacy, cleaned, with their problems added to ``errors``."""
    certificate_number = (certificate_number or "").strip()
    today = timezone.localdate()
    for field, day in (
        ("course_started_on", course_started_on),
        ("course_ended_on", course_ended_on),
        ("certificate_issued_on", certificate_issued_on),
    ):
        if day is not None and day > today:
            errors.add(field, _("The date cannot be in the future."))
    if course_started_on and course_ended_on and course_ended_on < course_started_on:
        errors.add("course_ended_on", _("The course cannot end before it began."))
    if certificate_issued_on:
        if course_ended_on and certificate_issued_on < course_ended_on:
            errors.add("certificate_issued_on", _("The certificate cannot be issued before the course ended."))
        elif course_started_on and certificate_issued_on < course_started_on:
            errors.add("certificate_issued_on", _("The certificate cannot be issued before the course began."))
    if certificate_number and not certificate_issued_on:
        errors.add("certificate_issued_on", _("Enter the date the certificate was issued."))
    if certificate_issued_on and not certificate_number:
        errors.add("certificate_number", _("Enter the certificate number."))
    return {
        "course_started_on": course_started_on,
        "course_ended_on": course_ended_on,
        "certificate_number": certificate_number,
        "certificate_issued_on": certificate_issued_on,
    }


def identification_refusal(member: Member, candidacies: Iterable[Candidate] | None = None) -> str | None:
    """
    Why ``member`` cannot be recorded as a candidate now, or None if they can: only
    an active union member who is not a Party member and has no candidacy in
    progress. ``candidacies``: the member's candidacies, if the caller has read them.
    """
    if member.status != MemberStatus.ACTIVE:
        return _("Only an active union member can become a candidate (%(name)s: %(status)s).") % {
            "name": member, "status": member.get_status_display()
        }  # fmt: skip
    if member.party_admitted_on:
        return _("%(name)s has been a Party member since %(date)s.") % {
            "name": member, "date": _day(member.party_admitted_on)
        }  # fmt: skip
    if candidacies is None:
        candidacies = Candidate.objects.filter(member=member).exclude(stage__in=[Stage.CONFIRMED, Stage.WITHDRAWN])[:1]
    open_candidacy = next((candidacy for candidacy in candidacies if candidacy.is_open), None)
    if open_candidacy is not None:
        return _("%(name)s already has a candidacy in progress (stage “%(stage)s”).") % {
            "name": member, "stage": Stage(open_candidacy.stage).label
        }  # fmt: skip
    return None


@transaction.atomic
def identify_candidate(*, member: Member, identified_on: datetime.date, user: User | None, note: str = "") -> Candidate:
    """Record that the union has found ``member``, an outstanding active member, as a candidate for the Party."""
    errors = _Errors()
    refusal = identification_refusal(member)
    if refusal:
        errors.add("member", refusal)
    _check_day(
        errors, "identified_on", identified_on,
        not_before=member.joined_union_on,
        message=_("The date cannot be before %(date)s, when the member joined the union."),
    )  # fmt: skip
    errors.raise_if_any()
    candidate = Candidate.objects.create(
        member=member,
        organisation_id=member.organisation_id,
        stage=Stage.IDENTIFIED,
        identified_on=identified_on,
        note=(note or "").strip(),
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )
    audit.record_creation(candidate, RECORD_FIELDS, user)
    return candidate


@transaction.atomic
def start_fostering(
    candidate: Candidate,
    *,
    on: datetime.date,
    course_started_on: datetime.date | None = None,
    course_ended_on: datetime.date | None = None,
    certificate_number: str = "",
    certificate_issued_on: datetime.date | None = None,
    user: User | None,
    version: str | None = None,
) -> Candidate:
    """Begin fostering an identified candidate; the Party-awareness course may be recorded now or later."""
    before = _lock(candidate, version)
    _require_stage(candidate, Stage.IDENTIFIED, Stage.FOSTERING)
    errors = _Errors()
    _check_after_stage(errors, candidate, on, Stage.IDENTIFIED)
    course = _checked_course(
        errors, course_started_on=course_started_on, course_ended_on=course_ended_on,
        certificate_number=certificate_number, certificate_issued_on=certificate_issued_on,
    )  # fmt: skip
    errors.raise_if_any()
    for name, value in course.items():
        setattr(candidate, name, value)
    candidate.fostering_started_on = on
    candidate.stage = Stage.FOSTERING
    return _save(candidate, before, STAGE_CHANGE, user)


@transaction.atomic
def record_course(
    candidate: Candidate,
    *,
    course_started_on: datetime.date | None = None,
    course_ended_on: datetime.date | None = None,
    certificate_number: str = "",
    certificate_issued_on: datetime.date | None = None,
    user: User | None,
    version: str | None = None,
) -> Candidate:
    """Record (or correct) the Party-awareness course and its certificate of a candidate being fostered."""
    before = _lock(candidate, version)
    if not course_recordable(candidate):
        raise ValidationError(
            _("The course is recorded while the candidate is at the stage “%(stage)s”; %(name)s is at “%(current)s”.")
            % {"stage": Stage.FOSTERING.label, "name": candidate.member, "current": Stage(candidate.stage).label}
        )
    errors = _Errors()
    course = _checked_course(
        errors, course_started_on=course_started_on, course_ended_on=course_ended_on,
        certificate_number=certificate_number, certificate_issued_on=certificate_issued_on,
    )  # fmt: skip
    errors.raise_if_any()
    for name, value in course.items():
        setattr(candidate, name, value)
    return _save(candidate, before, audit.EDIT, user)


@transaction.atomic
def introduce(
    candidate: Candidate,
    *,
    on: datetime.date,
    resolution_number: str,
    party_cell: str,
    user: User | None,
    version: str | None = None,
) -> Candidate:
    """
    The union's executive committee introduces the candidate to a party cell by a
    resolution. Needs a valid course certificate and an age of 18 to 60 that day.
    """
    before = _lock(candidate, version)
    _require_stage(candidate, Stage.FOSTERING, Stage.INTRODUCED)
    errors = _Errors()
    _check_after_stage(errors, candidate, on, Stage.FOSTERING)
    resolution_number = _require_text(
        errors, "resolution_number", resolution_number, _("Enter the number of the introduction resolution.")
    )
    party_cell = _require_text(
        errors, "party_cell", party_cell, _("Enter the party cell the candidate is introduced to.")
    )
    if on is not None:
        _check_certificate(errors, candidate, on)
        _check_age(errors, candidate.member, on)
    errors.raise_if_any()
    candidate.introduced_on = on
    candidate.introduction_resolution = resolution_number
    candidate.party_cell = party_cell
    candidate.stage = Stage.INTRODUCED
    return _save(candidate, before, STAGE_CHANGE, user)


def _check_certificate(errors: _Errors, candidate: Candidate, on: datetime.date) -> None:
    if not candidate.certificate_number or not candidate.certificate_issued_on:
        errors.add(
            None,
            _(
                "Record the Party-awareness course certificate (number and date of issue) before introducing the candidate."
            ),
        )
    elif candidate.certificate_issued_on > on:
        errors.add("on", _("The course certificate was issued on %(date)s, after the introduction date.") % {
            "date": _day(candidate.certificate_issued_on)
        })  # fmt: skip
    elif on > candidate.certificate_valid_until:
        errors.add(None, _(
            "The course certificate expired on %(date)s (it is valid for 5 years):"
            " the candidate must attend the Party-awareness course again before being introduced."
        ) % {"date": _day(candidate.certificate_valid_until)})  # fmt: skip


def _check_age(errors: _Errors, member: Member, on: datetime.date) -> None:
    if member.born_on is None:
        errors.add(None, _(
            "The date of birth of %(name)s is not recorded: record it in the member registry first,"
            " so that the age at introduction can be checked."
        ) % {"name": member})  # fmt: skip
        return
    age = age_on(member.born_on, on)
    if not MINIMUM_AGE <= age <= MAXIMUM_AGE:
        errors.add(None, _(
            "A candidate is introduced between the ages of %(minimum)d and %(maximum)d;"
            " on %(date)s %(name)s is %(age)d years old."
        ) % {"minimum": MINIMUM_AGE, "maximum": MAXIMUM_AGE, "date": _day(on), "name": member, "age": age})  # fmt: skip


@transaction.atomic
def start_procedure(
    candidate: Candidate, *, on: datetime.date, user: User | None, version: str | None = None
) -> Candidate:
    """The party cell begins the admission procedure (the dossier is prepared and considered)."""
    before = _lock(candidate, version)
    _require_stage(candidate, Stage.INTRODUCED, Stage.IN_PROCEDURE)
    errors = _Errors()
    _check_after_stage(errors, candidate, on, Stage.INTRODUCED)
    errors.raise_if_any()
    candidate.procedure_started_on = on
    candidate.stage = Stage.IN_PROCEDURE
    return _save(candidate, before, STAGE_CHANGE, user)


@transaction.atomic
def admit(
    candidate: Candidate, *, on: datetime.date, decision_number: str, user: User | None, version: str | None = None
) -> Candidate:
    """Admission as a probationary Party member by decision: the member's record shows it from ``on``."""
    before = _lock(candidate, version)
    _require_stage(candidate, Stage.IN_PROCEDURE, Stage.ADMITTED)
    errors = _Errors()
    _check_after_stage(errors, candidate, on, Stage.IN_PROCEDURE)
    decision_number = _require_text(
        errors, "decision_number", decision_number, _("Enter the number of the admission decision.")
    )
    member = candidate.member
    member.refresh_from_db()
    if member.party_admitted_on and member.party_admitted_on != on:
        errors.add(None, _("The member record of %(name)s already shows admission to the Party on %(date)s: correct it first.") % {
            "name": member, "date": _day(member.party_admitted_on)
        })  # fmt: skip
    errors.raise_if_any()
    candidate.admitted_on = on
    candidate.admission_decision = decision_number
    candidate.stage = Stage.ADMITTED
    _save(candidate, before, STAGE_CHANGE, user)
    member_services.update_member(member, user=user, party_admitted_on=on)
    return candidate


@transaction.atomic
def confirm(
    candidate: Candidate, *, on: datetime.date, decision_number: str, user: User | None, version: str | None = None
) -> Candidate:
    """Confirmation as a full Party member, twelve months of probation after admission at the earliest."""
    before = _lock(candidate, version)
    _require_stage(candidate, Stage.ADMITTED, Stage.CONFIRMED)
    errors = _Errors()
    _check_after_stage(errors, candidate, on, Stage.ADMITTED)
    if on is not None and on >= candidate.admitted_on and on < candidate.probation_ends_on:  # type: ignore[operator]
        errors.add("on", _(
            "Probation lasts %(months)d months: %(name)s, admitted on %(admitted)s, can be confirmed from %(date)s."
        ) % {
            "months": PROBATION_MONTHS, "name": candidate.member,
            "admitted": _day(candidate.admitted_on), "date": _day(candidate.probation_ends_on),  # type: ignore[arg-type]
        })  # fmt: skip
    decision_number = _require_text(
        errors, "decision_number", decision_number, _("Enter the number of the confirmation decision.")
    )
    errors.raise_if_any()
    candidate.confirmed_on = on
    candidate.confirmation_decision = decision_number
    candidate.stage = Stage.CONFIRMED
    _save(candidate, before, STAGE_CHANGE, user)
    member = candidate.member
    member.refresh_from_db()
    changes: dict[str, Any] = {"party_confirmed_on": on}
    if not member.party_admitted_on:  # the record lost its admission date: put it back
        changes["party_admitted_on"] = candidate.admitted_on
    member_services.update_member(member, user=user, **changes)
    return candidate


@transaction.atomic
def withdraw(
    candidate: Candidate, *, on: datetime.date, reason: str, user: User | None, version: str | None = None
) -> Candidate:
    """
    End a candidacy before confirmation (withdrawn, or not admitted), with the
    reason. A probationary member withdrawn (not recognised as a full member) is
    no longer a Party member from ``on``: the member's record says so.
    """
    before = _lock(candidate, version)
    if candidate.stage == Stage.CONFIRMED:
        raise ValidationError(
            _("%(name)s is a full Party member: the candidacy is complete and cannot be withdrawn.")
            % {"name": candidate.member}
        )
    if candidate.stage == Stage.WITHDRAWN:
        raise ValidationError(
            _("This candidacy was already withdrawn on %(date)s.") % {"date": _day(candidate.withdrawn_on)}  # type: ignore[arg-type]
        )
    errors = _Errors()
    stage = Stage(candidate.stage)
    _check_day(
        errors, "on", on,
        not_before=candidate.entered_stage_on,
        message=_("The date cannot be before %(date)s, when the candidate entered the current stage (%(stage)s)."),
        stage=stage.label,
    )  # fmt: skip
    if stage == Stage.ADMITTED and on == candidate.admitted_on:
        errors.add("on", _("A probationary member leaves the Party after the day of admission (%(date)s).") % {
            "date": _day(candidate.admitted_on)
        })  # fmt: skip
    reason = _require_text(errors, "reason", reason, _("Enter the reason."))
    errors.raise_if_any()
    candidate.withdrawn_on = on
    candidate.withdrawn_at_stage = stage
    candidate.withdrawal_reason = reason
    candidate.stage = Stage.WITHDRAWN
    _save(candidate, before, WITHDRAWAL, user, note=reason)
    if stage == Stage.ADMITTED:
        # Not recognised as a full member: no longer a Party member from that day (statistics follow).
        member = candidate.member
        member.refresh_from_db()
        if member.party_admitted_on and not member.party_left_on:
            member_services.update_member(member, user=user, party_left_on=on)
    return candidate


def course_recordable(candidate: Candidate) -> bool:
    """The Party-awareness course is recorded (or corrected) while the candidate is being fostered."""
    return candidate.stage == Stage.FOSTERING


def withdrawable(candidate: Candidate) -> bool:
    """A candidacy may be withdrawn until it is complete (confirmed) or already withdrawn."""
    return candidate.is_open


def next_stage(candidate: Candidate) -> Stage | None:
    """The stage a candidacy moves to next (None once confirmed or withdrawn)."""
    if not candidate.is_open:
        return None
    return STAGE_ORDER[STAGE_ORDER.index(Stage(candidate.stage)) + 1]


# The service that moves a candidacy into each stage.
TRANSITIONS = {
    Stage.FOSTERING: start_fostering,
    Stage.INTRODUCED: introduce,
    Stage.IN_PROCEDURE: start_procedure,
    Stage.ADMITTED: admit,
    Stage.CONFIRMED: confirm,
}
