"""
Changes to the member registry. Each keeps the membership history (periods
are closed and opened, never rewritten) and writes the audit log.
"""

from __future__ import annotations

import datetime
import enum
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Field, Model
from django.utils.translation import gettext as _

from congdoan.accounts import audit
from congdoan.backoffice import concurrency
from congdoan.unions.levels import holds_members
from congdoan.unions.models import Organisation

from . import identity_clashes
from .models import COUNTED_FIELDS, Member, Membership
from .vocabularies import MemberStatus, PeriodEnd, PeriodStart

if TYPE_CHECKING:
    from congdoan.accounts.models import User
    from congdoan.unions.models import Decision

# Rows of one INSERT of admit_members (fewer where the database limits the parameters of a query).
INSERT_BATCH_ROWS = 1_000

RECORD_FIELDS = (
    "family_name", "middle_name", "given_name", "sex", "born_on", "ethnicity", "religion", "citizen_id",
    "phone", "email", "hometown", "education", "qualification", "political_theory", "job_title",
    "workplace_unit", "card_number", "joined_union_on", "party_admitted_on", "party_confirmed_on", "party_left_on",
)  # fmt: skip


def require_member_holding(organisation: Organisation) -> None:
    if not holds_members(organisation):
        raise ValidationError(
            _("Members belong to a grassroots union or a unit inside one, not to a %(level)s.")
            % {"level": organisation.get_level_display()}
        )
    if not organisation.is_active:
        raise ValidationError(_("%(union)s has been dissolved and takes no members.") % {"union": organisation})


def admit_member(*, organisation: Organisation, user: User | None = None, **fields: Any) -> Member:
    """Add a member to ``organisation`` from the day they joined the union."""
    member = Member(organisation=organisation, **fields)
    require_member_holding(organisation)
    member.full_clean(validate_unique=False)
    identity_clashes.refuse_taken_numbers(member, user)
    admit_members(organisation=organisation, members=[member], user=user)
    return member


@transaction.atomic
def admit_members(
    *,
    organisation: Organisation,
    members: Sequence[Member],
    user: User | None,
    logged_fields: Sequence[str] = RECORD_FIELDS,
    action: str = audit.CREATE,
    note: str = "",
) -> int:
    """
    Add ``members`` (new, unsaved, each one's fields already checked: by
    ``admit_member`` for one, by the spreadsheet import's checker for a whole
    file) to ``organisation`` or the units inside it that each one names, from
    the day they joined: the member, their first membership period and the
    created entry of their record (``logged_fields``; ``action`` and ``note``
    say how they came), all in bulk. Returns how many were added.
    """
    _require_member_holding_units(organisation, {member.organisation_id for member in members})
    for member in members:
        member.fill_derived_fields()
    member_fields = [field.attname for field in _inserted_fields(Member)]
    ids = _insert(Member, ([getattr(member, name) for name in member_fields] for member in members))
    for member, pk in zip(members, ids, strict=True):
        member.pk = pk
        member._state.adding, member._state.db = False, transaction.get_connection().alias
    first_period = {field.attname: field.get_default() for field in _inserted_fields(Membership)}
    first_period["start_reason"] = PeriodStart.JOINED.value
    _insert(
        Membership,
        (
            {
                **first_period,
                "member_id": member.pk,
                "organisation_id": member.organisation_id,
                "started_on": member.joined_union_on,
                **counted_fields(member),
            }.values()  # in the order of first_period's keys
            for member in members
        ),
    )
    audit.record_creations(members, logged_fields, user, action=action, note=note)
    return len(members)


def _inserted_fields(model: type[Model]) -> list[Field[Any, Any]]:
    """``model``'s columns but its primary key, in their order."""
    return [field for field in model._meta.concrete_fields if not field.primary_key]


def _insert(model: type[Model], rows: Iterable[Iterable[Any]]) -> list[int]:
    """
    Insert ``rows`` (values of ``_inserted_fields(model)``, in order) into
    ``model``'s table (one of this app's) and return their new primary keys, in order: multi-row
    ``INSERT … RETURNING`` (PostgreSQL; SQLite >= 3.35), what ``bulk_create``
    writes, without preparing a model instance field by field for each row.
    Values are passed to the driver as they are (choices as plain text).
    """
    connection = transaction.get_connection()
    quote = connection.ops.quote_name
    fields = _inserted_fields(model)
    choice_at = [index for index, field in enumerate(fields) if field.choices]
    columns = ", ".join(quote(field.column) for field in fields)
    per_statement = max(1, min(INSERT_BATCH_ROWS, (connection.features.max_query_params or 65_535) // len(fields)))
    row_placeholders = "(" + ", ".join(["%s"] * len(fields)) + ")"
    statement = (
        f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES %s RETURNING {quote(model._meta.pk.column)}"
    )
    ids: list[int] = []
    rows = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(itertools.islice(rows, per_statement)):
            params: list[Any] = []
            for row in batch:
                values = list(row)
                for index in choice_at:
                    values[index] = _plain(values[index])
                params.extend(values)
            cursor.execute(statement % ", ".join([row_placeholders] * len(batch)), params)
            ids.extend(pk for (pk,) in cursor.fetchall())
    return ids


def _plain(value: Any) -> Any:
    """A choice (an enum) as the plain text the database driver knows."""
    return value.value if isinstance(value, enum.Enum) else value


def _require_member_holding_units(organisation: Organisation, unit_ids: set[int]) -> None:
    """Each of ``unit_ids`` is ``organisation`` or a unit inside it, and holds members (``require_member_holding``)."""
    units = [organisation] if organisation.pk in unit_ids else []
    others = unit_ids - {organisation.pk}
    if others:
        units += Organisation.objects.filter(pk__in=others, path__startswith=organisation.path)
        if len(units) != len(unit_ids):
            raise ValidationError(_("Members can only be added to %(union)s or its units.") % {"union": organisation})
    for unit in units:
        require_member_holding(unit)


@transaction.atomic
def update_member(member: Member, user: User | None = None, version: str | None = None, **changes: Any) -> Member:
    """
    Correct a member's record; the audit log keeps the values before and after.
    ``version``: the token of the edit form (see backoffice.concurrency), so an
    edit made on a record someone changed meanwhile is refused, not applied over it.
    """
    member.refresh_from_db(from_queryset=Member.objects.select_for_update())
    concurrency.check_version(version, member, concurrency.values_of(member, changes))
    before = audit.snapshot(member, RECORD_FIELDS)
    for name, value in changes.items():
        if name not in RECORD_FIELDS:
            raise ValueError(f"{name} is not a field of the member record")
        setattr(member, name, value)
    member.full_clean(validate_unique=False)
    identity_clashes.refuse_taken_numbers(member, user)
    member.save()
    if any(name in changes for name in COUNTED_FIELDS):
        Membership.objects.filter(member=member).update(**counted_fields(member))
    logged = audit.changes_between(before, audit.snapshot(member, RECORD_FIELDS))
    if logged:
        audit.record(member, audit.EDIT, user, logged)
    return member


@transaction.atomic
def transfer_member(
    member: Member, *, to: Organisation, on: datetime.date, user: User | None = None, note: str = ""
) -> Membership:
    """
    Move ``member``'s membership to ``to`` from ``on`` (chuyển sinh hoạt).
    With ``to=None`` the member leaves for a union outside this system.
    """
    if not membership_open(member):
        raise ValidationError(_("Only an active member can be transferred."))
    if to is not None:
        require_member_holding(to)
        if to.pk == member.organisation_id:
            raise ValidationError(_("The member already belongs to %(union)s.") % {"union": to})
    current = _close_current_period(member, on, PeriodEnd.TRANSFER, note)
    before = {"organisation": str(member.organisation), "status": member.get_status_display()}
    if to is None:
        member.status = MemberStatus.TRANSFERRED_OUT
    else:
        Membership.objects.create(
            member=member,
            organisation=to,
            started_on=on,
            start_reason=PeriodStart.TRANSFER,
            note=note,
            **counted_fields(member),
        )
        member.organisation = to
    member.save(update_fields=["organisation", "status"])
    after = {"organisation": str(to) if to else _("outside the system"), "status": member.get_status_display()}
    audit.record(member, audit.TRANSFER, user, audit.changes_between(before, after), note=note)
    return current


@transaction.atomic
def end_membership(member: Member, *, on: datetime.date, reason: str, user: User | None = None, note: str = "") -> None:
    """Record that ``member`` left the union or died on ``on``."""
    if not membership_open(member):
        raise ValidationError(_("This membership has already ended."))
    statuses: dict[str, MemberStatus] = {PeriodEnd.LEFT: MemberStatus.LEFT, PeriodEnd.DECEASED: MemberStatus.DECEASED}
    status = statuses[reason]
    _close_current_period(member, on, reason, note)
    before = {"status": member.get_status_display()}
    member.status = status
    member.save(update_fields=["status"])
    audit.record(
        member,
        audit.END_MEMBERSHIP,
        user,
        audit.changes_between(before, {"status": member.get_status_display()}),
        note=note,
    )


def membership_open(member: Member) -> bool:
    """A membership is transferred or ended while it is open: the member is active."""
    return member.status == MemberStatus.ACTIVE


@transaction.atomic
def move_members_of_merged_union(
    organisation: Organisation, *, into: Organisation, decision: Decision, on: datetime.date, user: User | None = None
) -> str:
    """
    A merger's part in the registry (``unions.tree_hooks``): every current member
    of ``organisation`` (not of its units, which move whole) continues in ``into``
    from ``on``, with the reason "merger" and an entry in their history.
    Returns the note of the merger event ("" when nobody moved).
    """
    open_periods = Membership.objects.filter(organisation=organisation, ended_on__isnull=True)
    continuing = list(open_periods.values("member_id", *COUNTED_FIELDS))
    if not continuing:
        return ""
    require_member_holding(into)
    member_ids = [period["member_id"] for period in continuing]
    if open_periods.filter(started_on__gt=on).exists():
        raise ValidationError(_("Some members joined after the merger date; check the date."))
    open_periods.update(ended_on=on, end_reason=PeriodEnd.MERGER)
    Membership.objects.bulk_create(
        Membership(organisation=into, started_on=on, start_reason=PeriodStart.MERGER, **period) for period in continuing
    )
    Member.objects.filter(pk__in=member_ids).update(organisation=into)
    _record_merger_moves(member_ids, organisation, into, decision, on, user)
    return _("%(count)d members moved to %(target)s.") % {"count": len(member_ids), "target": into}


def _record_merger_moves(
    member_ids: Sequence[int],
    organisation: Organisation,
    into: Organisation,
    decision: Decision,
    on: datetime.date,
    user: User | None,
) -> None:
    """
    One entry in each moved member's history, as a transfer has: who recorded
    the merger, from which union to which, from which day and by which decision.
    Written in bulk (``audit.record_many``): a merger may move tens of thousands.
    """
    changes = audit.changes_between({"organisation": str(organisation)}, {"organisation": str(into)})
    note = _("Merger of %(union)s into %(target)s from %(date)s (%(decision)s)") % {
        "union": organisation, "target": into, "date": on.strftime("%d/%m/%Y"), "decision": decision,
    }  # fmt: skip
    audit.record_many(_members_by_chunk(member_ids), audit.TRANSFER, user, changes, note=note)


def _members_by_chunk(member_ids: Sequence[int], size: int = audit.BULK_BATCH_SIZE) -> Iterator[Member]:
    """The members ``member_ids`` with just their names, read a chunk at a time (a database limits the ids per query)."""
    for start in range(0, len(member_ids), size):
        chunk = member_ids[start : start + size]
        yield from Member.objects.filter(pk__in=chunk).only("family_name", "middle_name", "given_name").order_by("pk")


def dissolution_refusal(organisation: Organisation) -> str | None:
    """Why ``organisation`` cannot be dissolved yet (``unions.tree_hooks``): it still has members."""
    members = Member.objects.filter(organisation=organisation, status=MemberStatus.ACTIVE).count()
    if not members:
        return None
    return _("%(union)s still has %(count)d members: transfer them or merge the union instead.") % {
        "union": organisation,
        "count": members,
    }


def counted_fields(member: Member) -> dict[str, Any]:
    """The member's fields that each of their membership periods carries a copy of."""
    return {name: getattr(member, name) for name in COUNTED_FIELDS}


def _close_current_period(member: Member, on: datetime.date, reason: str, note: str = "") -> Membership:
    period = member.memberships.filter(ended_on__isnull=True).order_by("-started_on").first()
    if period is None:
        raise ValidationError(_("This member has no open membership."))
    if on < period.started_on:
        raise ValidationError(
            _("The date cannot be before %(date)s, when the current membership began.")
            % {"date": period.started_on.strftime("%d/%m/%Y")}
        )
    period.ended_on, period.end_reason = on, reason
    if note:
        period.note = note[:255]
    period.save(update_fields=["ended_on", "end_reason", "note"])
    return period
