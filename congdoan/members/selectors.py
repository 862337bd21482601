"""
Reading the member registry: who belonged where on a given day, counts and
breakdowns for a subtree, the scoped member list and search.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import BooleanField, Case, Count, OuterRef, Q, QuerySet, Subquery, Value, When
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.accounts.sensitive import hidden_fields
from congdoan.unions.selectors import daily_totals_per_subtree, subtree_on, totals_per_subtree
from congdoan.vietnamese import fold

from .models import Member, Membership
from .vocabularies import ETHNIC_GROUP_NAMES, MemberStatus, PartyStatus, PeriodStart, Sex

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrOrPromise

    from congdoan.accounts.models import User
    from congdoan.accounts.scoping import Scope
    from congdoan.unions.models import Organisation


def covering(day: datetime.date) -> Q:
    """The condition "this membership period includes ``day``"."""
    return Q(started_on__lte=day) & (Q(ended_on__isnull=True) | Q(ended_on__gt=day))


def memberships_on(organisation: Organisation, day: datetime.date) -> QuerySet[Membership]:
    """The membership periods, on ``day``, of ``organisation`` and everything under it on that day."""
    return Membership.objects.filter(covering(day), organisation_id__in=subtree_on(organisation, day))


def members_on(organisation: Organisation, day: datetime.date) -> QuerySet[Member]:
    """The members of ``organisation`` (its units included) on ``day``, from the membership history."""
    return Member.objects.filter(pk__in=memberships_on(organisation, day).values("member_id"))


def party_member_on(day: datetime.date) -> Q:
    """
    A filter for members (or their membership periods, which carry copies of the
    Party dates) who were Party members on ``day``: admitted by then and not gone.
    """
    return Q(party_admitted_on__lte=day) & (Q(party_left_on__isnull=True) | Q(party_left_on__gt=day))


def party_members_on(organisation: Organisation, day: datetime.date) -> QuerySet[Member]:
    """Members of ``organisation`` on ``day`` who were Party members on that day."""
    return members_on(organisation, day).filter(party_member_on(day))


@dataclass
class MemberStatistics:
    day: datetime.date
    members: int
    party_members: int
    women: int
    men: int
    by_ethnicity: list = field(default_factory=list)  # [(name, count)], largest first


def statistics_on(organisation: Organisation, day: datetime.date) -> MemberStatistics:
    """
    Member count, Party-member count and the breakdowns by sex and ethnicity
    of ``organisation``'s subtree on ``day``: one query, whatever its size, over the
    membership periods alone (they carry copies of the member fields counted here).
    """
    rows = list(
        memberships_on(organisation, day)
        .values("ethnicity")
        .annotate(
            members=Count("id"),
            party_members=Count("id", filter=party_member_on(day)),
            women=Count("id", filter=Q(sex=Sex.FEMALE)),
            men=Count("id", filter=Q(sex=Sex.MALE)),
        )
        .order_by()
    )
    totals = {name: sum(row[name] for row in rows) for name in ("members", "party_members", "women", "men")}
    rows.sort(key=lambda row: (-row["members"], row["ethnicity"]))
    return MemberStatistics(
        day=day,
        by_ethnicity=[(ETHNIC_GROUP_NAMES.get(row["ethnicity"], "?"), row["members"]) for row in rows],
        **totals,
    )


def member_counts(
    units: Sequence[Organisation], day: datetime.date, recruited_from: datetime.date | None = None
) -> dict[int, dict[str, int]]:
    """
    For each unit of ``units`` (its subtree as it stands today): members and Party
    members on ``day``, and, if ``recruited_from`` is given, members who joined the
    union between that date and ``day``. ``{unit.pk: {"members", "party_members",
    "recruited"}}``; a fixed number of queries however many units.
    """
    figures = {
        "members": Count("id", filter=covering(day)),
        "party_members": Count("id", filter=covering(day) & party_member_on(day)),
    }
    if recruited_from is not None:
        figures["recruited"] = Count(
            "id",
            filter=Q(start_reason=PeriodStart.JOINED, started_on__gte=recruited_from, started_on__lte=day),
        )
    totals = totals_per_subtree(units, Membership.objects.all(), path_field="organisation__path", **figures)
    return {unit.pk: {name: totals.get(unit.pk, {}).get(name, 0) for name in figures} for unit in units}


def member_counts_on_days(
    units: Sequence[Organisation], days: Iterable[datetime.date]
) -> dict[int, dict[datetime.date, dict[str, int]]]:
    """
    ``member_counts`` on several days in one query: ``{unit.pk: {day: {"members",
    "party_members"}}}`` for each unit of ``units`` (its subtree today) and each of ``days``.
    """
    days = sorted(set(days))
    figures = {}
    for index, day in enumerate(days):
        figures[f"members_{index}"] = Count("id", filter=covering(day))
        figures[f"party_members_{index}"] = Count("id", filter=covering(day) & party_member_on(day))
    totals = totals_per_subtree(units, Membership.objects.all(), path_field="organisation__path", **figures)
    return {
        unit.pk: {
            day: {
                "members": totals.get(unit.pk, {}).get(f"members_{index}", 0),
                "party_members": totals.get(unit.pk, {}).get(f"party_members_{index}", 0),
            }
            for index, day in enumerate(days)
        }
        for unit in units
    }


def recruited_by_day(
    units: Iterable[Organisation], start: datetime.date, end: datetime.date
) -> dict[int, dict[datetime.date, int]]:
    """
    For each unit of ``units`` (its subtree as it stands today): the members who
    joined the union on each day between ``start`` and ``end``, ``{unit.pk: {day: n}}``
    (summed over a window, the "recruited" of ``member_counts``). A fixed number
    of queries however many units.
    """
    return daily_totals_per_subtree(
        units,
        Membership.objects.filter(start_reason=PeriodStart.JOINED),
        path_field="organisation__path",
        date_field="started_on",
        start=start,
        end=end,
    )


def current_member_count(organisation: Organisation) -> int:
    return Member.objects.filter(
        organisation_id__in=_current_subtree_ids(organisation), status=MemberStatus.ACTIVE
    ).count()


def _current_subtree_ids(organisation: Organisation) -> QuerySet[Organisation, Any]:
    # An id subquery on the tree path: SQLite cannot use an index for LIKE across a join.
    from congdoan.unions.selectors import current_subtree

    return current_subtree(organisation).values("pk")


def members_for(user: User | AnonymousUser) -> QuerySet[Member]:
    """The members ``user`` may see: those whose union lies in the user's subtree."""
    return scope_of(user).filter(Member.objects.all(), path_field="organisation__path")


def member_for(user: User | AnonymousUser, pk: int | str) -> Member:
    """The member ``pk`` if ``user`` may see them; otherwise 404."""
    try:
        return members_for(user).select_related("organisation").get(pk=pk)
    except (Member.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


@dataclass
class MemberFilter:
    """What a member list shows: the union, an optional day, search words and field filters."""

    organisation: Organisation
    day: datetime.date | None = None  # None: current members
    query: str = ""
    status: str = MemberStatus.ACTIVE  # "" for every status (current list only)
    sex: str = ""
    party: str = ""  # "yes" / "no"
    ethnicity: str = ""


# The fields of a member's record that were true on any past day as they are
# today: who they are (name, sex, the card kept for life) and when they joined.
# Everything else (contact details, sensitive data, job) is today's record.
IDENTITY_FIELDS = ("card_number", "family_name", "middle_name", "given_name", "sex", "joined_union_on")


def record_fields_shown(user: User | AnonymousUser, member: Member) -> frozenset[str]:
    """
    The fields of ``member``'s record that ``user`` may see on a row of a member
    list or export: every field their role may see (``sensitive.hidden_fields``) if
    the member is in the user's scope today; on a past day's list, for a member who
    has since left that scope (transferred away), only ``IDENTITY_FIELDS``: a past
    day's list says who belonged where then, not the phone, citizen ID or Party
    dates someone has today in a union the user has no business in.
    """
    fields = [name for name in _RECORD_FIELDS if name not in hidden_fields(user, Member)]
    if getattr(member, "in_scope_today", True):
        return frozenset(fields)
    return frozenset(name for name in fields if name in IDENTITY_FIELDS)


def with_shown_fields(user: User | AnonymousUser, members: Iterable[Member]) -> list[Member]:
    """``members`` as a list, each with ``shown_fields`` (``record_fields_shown``) and ``in_scope_today`` set."""
    members = list(members)
    for member in members:
        member.shown_fields = record_fields_shown(user, member)  # type: ignore[attr-defined]
        member.in_scope_today = getattr(member, "in_scope_today", True)  # type: ignore[attr-defined]
    return members


_RECORD_FIELDS = tuple(
    field.name
    for field in Member._meta.concrete_fields
    if field.editable and field.name not in ("id", "organisation", "status")
)


def _in_scope_today(scope: Scope) -> Q:
    """The condition "this member belongs, today, to a union in ``scope``"."""
    if scope.path is None:
        return Q(pk__in=[])
    return Q(organisation__path__startswith=scope.path)


def member_list(user: User | AnonymousUser, criteria: MemberFilter) -> QuerySet[Member]:
    """
    The members of ``criteria.organisation`` ``user`` may see, filtered and in
    Vietnamese name order (given name, middle, family). One query to count
    and one per page, whatever the size of the union.

    On a past day (``criteria.day``) each member comes with their membership period
    of that day (``period_unit_name``, ``period_unit_short_name``, ``period_unit_path``,
    ``period_started_on``, ``period_ended_on``) and ``in_scope_today``: whether they
    still belong to the user's scope, which ``record_fields_shown`` asks. Search by
    phone or citizen ID and the filters on sensitive data only find members in
    scope today: they would otherwise confirm today's values of those who left.
    """
    scope = scope_of(user)
    if not scope.covers(criteria.organisation):
        raise Http404
    personal = Q()  # where today's personal data may be matched: everywhere on a current list
    if criteria.day is None:
        queryset = Member.objects.filter(organisation_id__in=_current_subtree_ids(criteria.organisation))
        if criteria.status:
            queryset = queryset.filter(status=criteria.status)
    else:
        personal = _in_scope_today(scope)
        period = (
            memberships_on(criteria.organisation, criteria.day)
            .filter(member_id=OuterRef("pk"))
            .order_by("-started_on", "-pk")
        )
        queryset = members_on(criteria.organisation, criteria.day).annotate(
            in_scope_today=Case(When(personal, then=Value(True)), default=Value(False), output_field=BooleanField()),
            period_started_on=Subquery(period.values("started_on")[:1]),
            period_ended_on=Subquery(period.values("ended_on")[:1]),
            period_unit_name=Subquery(period.values("organisation__name")[:1]),
            period_unit_short_name=Subquery(period.values("organisation__short_name")[:1]),
            period_unit_path=Subquery(period.values("organisation__path")[:1]),
        )
    queryset = _search(queryset, criteria.query, scope.sees_sensitive_data, personal)
    if criteria.sex:
        queryset = queryset.filter(sex=criteria.sex)
    if criteria.party and scope.sees_sensitive_data:
        day = criteria.day or datetime.date.today()
        party = party_member_on(day)
        queryset = (
            queryset.filter(party & personal) if criteria.party == "yes" else queryset.exclude(party).filter(personal)
        )
    if criteria.ethnicity and scope.sees_sensitive_data:
        queryset = queryset.filter(Q(ethnicity=criteria.ethnicity) & personal)
    return queryset.select_related("organisation").order_by("name_key", "pk")


def search_members(user: User | AnonymousUser, query: str, limit: int = 20) -> QuerySet[Member]:
    """Members ``user`` may see matching ``query`` (name without accents, card number, phone, ID)."""
    scope = scope_of(user)
    return (
        _search(members_for(user), query, scope.sees_sensitive_data)
        .select_related("organisation")
        .order_by("name_key", "pk")[:limit]
    )


def _search(
    queryset: QuerySet[Member], query: str, may_search_citizen_id: bool, personal: Q | None = None
) -> QuerySet[Member]:
    """
    ``queryset`` narrowed to ``query``: words of the name, a card number, a phone
    (or its last digits) or, if ``may_search_citizen_id``, a citizen ID. Phone and
    citizen ID match only where ``personal`` holds (members whose personal data the
    user may see).
    """
    query = " ".join(query.split())
    if not query:
        return queryset
    compact = query.replace(" ", "")
    by_personal = Q(phone=compact)
    if compact.isdigit() and len(compact) >= 4:
        by_personal |= Q(phone__endswith=compact)
    if may_search_citizen_id and compact.isdigit():
        by_personal |= Q(citizen_id=compact)
    by_number = Q(card_number__iexact=compact) | (by_personal & (personal or Q()))
    by_name = Q()
    for word in fold(query).split():
        by_name &= Q(name_folded__contains=f" {word}")
    return queryset.filter(by_number | by_name)


def member_profile(member: Member, sees_sensitive_data: bool) -> list[tuple[StrOrPromise, Any]]:
    """
    The fields of ``member``'s record as (label, value) pairs for reading. Without
    ``sees_sensitive_data`` the sensitive fields are left out, not masked: the page
    shows no trace of them.
    """
    from .models import SENSITIVE_FIELDS

    rows = []
    for name in (
        "card_number", "sex", "born_on", "ethnicity", "religion", "citizen_id", "phone", "email", "hometown",
        "education", "qualification", "political_theory", "job_title", "workplace_unit", "joined_union_on",
        "party_admitted_on", "party_confirmed_on", "party_left_on",
    ):  # fmt: skip
        if name in SENSITIVE_FIELDS and not sees_sensitive_data:
            continue
        field = Member._meta.get_field(name)
        value = getattr(member, name)
        if field.choices:  # type: ignore[union-attr]
            value = getattr(member, f"get_{name}_display")()
        elif isinstance(value, datetime.date):
            value = value.strftime("%d/%m/%Y")
        rows.append((field.verbose_name, value or "—"))  # type: ignore[union-attr]
    return rows


def party_status_shown(member: Member, sees_sensitive_data: bool) -> StrOrPromise | None:
    """
    ``member``'s Party status as their page names it, for a role that sees
    sensitive data; None for any other (the page shows no trace of it).
    """
    return PartyStatus(member.party_status).label if sees_sensitive_data else None


def statistics_day(chosen: datetime.date | None) -> datetime.date:
    """The day member statistics are counted on: the day asked for, else today."""
    return chosen or datetime.date.today()


def membership_history(member: Member) -> QuerySet[Membership]:
    """``member``'s membership periods, oldest first, with their unions."""
    return member.memberships.select_related("organisation").order_by("started_on", "pk")


def transfer_destinations(user: User | AnonymousUser) -> QuerySet[Organisation]:
    """Unions a member may be transferred to by ``user``: active, member-holding, in the user's subtree."""
    from congdoan.unions.levels import MEMBER_HOLDING_LEVELS
    from congdoan.unions.selectors import organisations_for

    return organisations_for(user).filter(status="active", level__in=MEMBER_HOLDING_LEVELS).order_by("path")
