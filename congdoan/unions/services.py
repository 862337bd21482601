"""
Changes to the union tree. Each change is an event backed by a decision, may
be dated in the past, keeps every record, and is written to the audit log.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.backoffice import concurrency

from . import tree_hooks
from .levels import Level, may_hold, unit_levels
from .models import (
    BEGINNING,
    AncestryPeriod,
    Decision,
    EventKind,
    Organisation,
    OrganisationEvent,
    OrganisationStatus,
)

if TYPE_CHECKING:
    from congdoan.accounts.models import User
    from congdoan.accounts.scoping import Scope

    from .models import ExecutiveCommittee

EDITABLE_FIELDS = ("name", "short_name", "code", "address", "phone", "email", "employer", "founded_on")


def find_or_create_decision(*, number: str, signed_on: datetime.date, issuer: str, summary: str = "") -> Decision:
    """The decision with this number, date and issuer, recorded once."""
    decision, _created = Decision.objects.get_or_create(
        number=number.strip(), signed_on=signed_on, issuer=issuer.strip(), defaults={"summary": summary}
    )
    return decision


@transaction.atomic
def found_organisation(
    *,
    parent: Organisation | None,
    name: str,
    level: str,
    code: str,
    user: User | None = None,
    decision: Decision | None = None,
    founded_on: datetime.date | None = None,
    **fields: Any,
) -> Organisation:
    """
    Create an organisation under ``parent`` (None: the top of the tree).

    With a ``decision``, a "founded" event records it; founding a union by
    merging others is this followed by ``merge_organisation`` for each.
    """
    parent_level = parent.level if parent else None
    if not may_hold(parent_level, level):
        raise ValidationError(
            _("A %(child)s cannot sit under a %(parent)s.")
            % {"child": Level(level).label, "parent": Level(parent_level).label if parent_level else _("nothing")}
        )
    if parent is not None and not parent.is_active:
        raise ValidationError(_("%(parent)s has been dissolved: nothing can be added under it.") % {"parent": parent})
    organisation = Organisation(
        name=name,
        level=level,
        code=code,
        founded_on=founded_on or (decision.signed_on if decision else None),
        founding_decision=decision,
        **fields,
    )
    organisation.full_clean(exclude=["path", "depth", "numchild"])
    organisation = parent.add_child(instance=organisation) if parent else Organisation.add_root(instance=organisation)
    _place(organisation, parent, since=organisation.founded_on or BEGINNING)
    if decision is not None:
        _add_event(organisation, EventKind.FOUNDED, organisation.founded_on, decision, user, new_parent=parent)
    audit.record_creation(organisation, EDITABLE_FIELDS, user)
    return organisation


@transaction.atomic
def found_unit(
    *,
    parent: Organisation,
    user: User | None = None,
    decision_number: str = "",
    decision_date: datetime.date | None = None,
    decision_issuer: str = "",
    **fields: Any,
) -> Organisation:
    """
    Found a unit under ``parent`` (``found_organisation``), by its founding
    decision if one is given (a unit may be recorded without one).
    """
    decision = None
    if decision_number and decision_date is not None:
        decision = find_or_create_decision(number=decision_number, signed_on=decision_date, issuer=decision_issuer)
    return found_organisation(parent=parent, user=user, decision=decision, **fields)


@transaction.atomic
def update_organisation(
    organisation: Organisation, user: User | None, version: str | None = None, **changes: Any
) -> Organisation:
    """
    Correct an organisation's details (a change of name goes through ``rename_organisation``).
    ``version``: the edit form's token, refused if the details changed since it was opened.
    """
    organisation.refresh_from_db(from_queryset=Organisation.objects.select_for_update())
    concurrency.check_version(version, organisation, concurrency.values_of(organisation, changes))
    before = audit.apply_edit(organisation, EDITABLE_FIELDS, changes)
    organisation.full_clean(exclude=["path", "depth", "numchild"])
    organisation.save()
    audit.record(
        organisation, audit.EDIT, user, audit.changes_between(before, audit.snapshot(organisation, EDITABLE_FIELDS))
    )
    return organisation


@transaction.atomic
def rename_organisation(
    organisation: Organisation, *, new_name: str, decision: Decision, on: datetime.date, user: User | None = None
) -> Organisation:
    _require_active(organisation)
    old_name = organisation.name
    organisation.name = new_name
    organisation.save()
    _add_event(organisation, EventKind.RENAMED, on, decision, user, old_name=old_name, new_name=new_name)
    return organisation


@transaction.atomic
def move_organisation(
    organisation: Organisation,
    *,
    new_parent: Organisation,
    decision: Decision,
    on: datetime.date,
    user: User | None = None,
) -> Organisation:
    """Put ``organisation`` and everything under it under ``new_parent`` from ``on``."""
    _require_active(organisation)
    if not may_hold(new_parent.level, organisation.level):
        raise ValidationError(
            _("A %(child)s cannot sit under a %(parent)s.")
            % {"child": organisation.get_level_display(), "parent": new_parent.get_level_display()}
        )
    if new_parent.path.startswith(organisation.path):
        raise ValidationError(_("A union cannot be moved under itself or one of its own units."))
    old_parent = organisation.get_parent()
    if old_parent and old_parent.pk == new_parent.pk:
        raise ValidationError(_("The union already sits under %(parent)s.") % {"parent": new_parent})
    _reparent(organisation, new_parent, on)
    _add_event(organisation, EventKind.MOVED, on, decision, user, old_parent=old_parent, new_parent=new_parent)
    return Organisation.objects.get(pk=organisation.pk)


@transaction.atomic
def merge_organisation(
    organisation: Organisation,
    *,
    into: Organisation,
    decision: Decision,
    on: datetime.date,
    user: User | None = None,
    note: str = "",
) -> OrganisationEvent:
    """
    Merge ``organisation`` into ``into`` on ``on``: the apps above the tree carry
    their records over first (``tree_hooks``: its members continue in ``into``),
    then its units move under ``into`` and it is marked dissolved (kept, with its
    history).
    """
    _require_active(organisation)
    _require_active(into)
    if into.pk == organisation.pk or into.path.startswith(organisation.path):
        raise ValidationError(_("A union cannot be merged into itself or one of its own units."))
    notes = tree_hooks.carry_out_merger(organisation, into=into, decision=decision, on=on, user=user)
    note = "; ".join(filter(None, [note, *notes]))
    for child in organisation.get_children().filter(status=OrganisationStatus.ACTIVE):
        if not may_hold(into.level, child.level):
            raise ValidationError(
                _("%(child)s cannot move under %(target)s: merge or dissolve it first.")
                % {"child": child, "target": into}
            )
        _reparent(child, into, on)
    _close(organisation, on)
    return _add_event(organisation, EventKind.MERGED, on, decision, user, related_organisation=into, note=note)


@transaction.atomic
def split_organisation(
    organisation: Organisation,
    *,
    parts: Iterable[Mapping[str, Any]],
    decision: Decision,
    on: datetime.date,
    user: User | None = None,
    dissolve: bool = True,
) -> list[Organisation]:
    """
    Found the new unions ``parts`` (dicts of ``found_organisation`` fields) next
    to ``organisation`` from ``on``; by default the original is dissolved.
    Members then move to the new unions by transfer.
    """
    _require_active(organisation)
    parent = organisation.get_parent()
    created = []
    for part in parts:
        part = {"level": organisation.level, **part}
        new = found_organisation(parent=parent, decision=decision, founded_on=on, user=user, **part)
        OrganisationEvent.objects.filter(organisation=new, kind=EventKind.FOUNDED).update(
            related_organisation=organisation
        )
        created.append(new)
    _add_event(
        organisation, EventKind.SPLIT, on, decision, user,
        note=", ".join(str(new) for new in created),
    )  # fmt: skip
    if dissolve:
        _close(organisation, on)
    return created


@transaction.atomic
def dissolve_organisation(
    organisation: Organisation, *, decision: Decision, on: datetime.date, user: User | None = None
) -> Organisation:
    """
    Dissolve a union with no active units, once no app above the tree refuses
    (``tree_hooks``: it still has members); it stays readable.
    """
    _require_active(organisation)
    refusals = tree_hooks.dissolution_refusals(organisation)
    if refusals:
        raise ValidationError(refusals)
    active_units = organisation.get_descendants().filter(status=OrganisationStatus.ACTIVE).count()
    if active_units:
        raise ValidationError(
            _("%(union)s still has %(units)d active units: merge or dissolve them first.")
            % {"union": organisation, "units": active_units}
        )
    _close(organisation, on)
    _add_event(organisation, EventKind.DISSOLVED, on, decision, user)
    return organisation


@transaction.atomic
def record_event(
    organisation: Organisation,
    kind: str,
    *,
    occurred_on: datetime.date,
    decision_number: str,
    decision_date: datetime.date,
    decision_issuer: str,
    user: User | None = None,
    **details: Any,
) -> object:
    """
    Record a change of the tree backed by its decision, from ``occurred_on``:
    ``kind`` names it (renamed, moved, merged, split, dissolved), ``details`` are
    its own arguments (``new_name``, ``new_parent``, ``into``, ``parts`` and
    ``dissolve``). A refusal leaves no decision behind.
    """
    decision = find_or_create_decision(number=decision_number, signed_on=decision_date, issuer=decision_issuer)
    change = TREE_CHANGES[EventKind(kind)]
    return change(organisation, decision=decision, on=occurred_on, user=user, **details)


TREE_CHANGES: dict[str, Callable[..., object]] = {
    EventKind.RENAMED: rename_organisation,
    EventKind.MOVED: move_organisation,
    EventKind.MERGED: merge_organisation,
    EventKind.SPLIT: split_organisation,
    EventKind.DISSOLVED: dissolve_organisation,
}


def open_to_changes(organisation: Organisation) -> bool:
    """A union takes changes while it is active; a dissolved (or merged) one keeps its records as they were."""
    return organisation.is_active


def events_recordable(organisation: Organisation, scope: Scope) -> bool:
    """
    The tree's events of ``organisation`` (rename, move, merge, split, dissolve)
    are recorded from above it: an official records them for the units under
    their union, not for their own union (that is the upper union's call).
    """
    return organisation.pk != scope.organisation_id


def may_add_units(organisation: Organisation) -> bool:
    """Whether a unit of any level may sit directly under ``organisation`` (a union group holds none)."""
    return bool(unit_levels(organisation.level))


# Internals.


def _require_active(organisation: Organisation) -> None:
    if not open_to_changes(organisation):
        raise ValidationError(_("%(union)s has been dissolved and cannot change.") % {"union": organisation})


def _close(organisation: Organisation, on: datetime.date) -> None:
    Organisation.objects.filter(pk=organisation.pk).update(status=OrganisationStatus.DISSOLVED, dissolved_on=on)
    organisation.status, organisation.dissolved_on = OrganisationStatus.DISSOLVED, on


def _add_event(
    organisation: Organisation,
    kind: str,
    on: datetime.date,
    decision: Decision | None,
    user: User | None,
    **fields: Any,
) -> OrganisationEvent:
    if decision is None:
        raise ValidationError(_("Every change to the union tree needs the decision that made it."))
    event = OrganisationEvent.objects.create(
        organisation=organisation, kind=kind, occurred_on=on, decision=decision, recorded_by=user, **fields
    )
    audit.record(
        organisation,
        audit.EVENT,
        user,
        note=f"{event.get_kind_display()} — {decision}",
    )
    return event


def _place(organisation: Organisation, parent: Organisation | None, since: datetime.date) -> None:
    """Record ``organisation``'s ancestors (itself included) from ``since``, as they stand now."""
    rows = [AncestryPeriod(organisation=organisation, ancestor=organisation, valid_from=BEGINNING)]
    if parent is not None:
        rows += [
            AncestryPeriod(organisation=organisation, ancestor_id=ancestor_id, valid_from=since)
            for ancestor_id in _open_ancestor_ids(parent)
        ]
    AncestryPeriod.objects.bulk_create(rows)


def _open_ancestor_ids(organisation: Organisation) -> list[int]:
    return list(
        AncestryPeriod.objects.filter(organisation=organisation, valid_until__isnull=True).values_list(
            "ancestor_id", flat=True
        )
    )


def _reparent(organisation: Organisation, new_parent: Organisation, on: datetime.date) -> None:
    """Move the subtree in the current tree and start its new ancestry on ``on``."""
    subtree_ids = list(Organisation.objects.filter(path__startswith=organisation.path).values_list("pk", flat=True))
    outside = AncestryPeriod.objects.filter(organisation_id__in=subtree_ids, valid_until__isnull=True).exclude(
        ancestor_id__in=subtree_ids
    )
    latest = outside.aggregate(latest=Max("valid_from"))["latest"]
    if latest is not None and latest > on:
        raise ValidationError(
            _("This union's place in the tree last changed on %(date)s; a move must be dated after it.")
            % {"date": latest.strftime("%d/%m/%Y")}
        )
    outside.update(valid_until=on)
    # A move dated the same day as the previous one replaces it.
    AncestryPeriod.objects.filter(organisation_id__in=subtree_ids, valid_from=on, valid_until=on).delete()
    new_ancestor_ids = _open_ancestor_ids(new_parent)
    AncestryPeriod.objects.bulk_create(
        AncestryPeriod(organisation_id=node_id, ancestor_id=ancestor_id, valid_from=on)
        for node_id in subtree_ids
        for ancestor_id in new_ancestor_ids
    )
    organisation.refresh_from_db()
    new_parent.refresh_from_db()
    organisation.move(new_parent, pos="last-child")


@transaction.atomic
def record_committee(
    organisation: Organisation,
    *,
    term_starts_on: datetime.date,
    term_ends_on: datetime.date | None = None,
    seats: Sequence[Mapping[str, Any]] = (),
    decision: Decision | None = None,
    user: User | None = None,
) -> ExecutiveCommittee:
    """Record the executive committee elected for a term, with its seats."""
    from .models import CommitteeSeat, ExecutiveCommittee

    committee = ExecutiveCommittee.objects.create(
        organisation=organisation, term_starts_on=term_starts_on, term_ends_on=term_ends_on, decision=decision
    )
    CommitteeSeat.objects.bulk_create(
        CommitteeSeat(
            committee=committee,
            full_name=seat["full_name"],
            position=seat["position"],
            started_on=seat.get("started_on") or term_starts_on,
            ended_on=seat.get("ended_on"),
        )
        for seat in seats
    )
    audit.record(
        organisation,
        audit.EDIT,
        user,
        note=f"{committee}: " + ", ".join(f"{seat['full_name']} ({seat['position']})" for seat in seats),
    )
    return committee
