"""
Reading the member registry: who belonged where on a given day, counts and
breakdowns for a subtree, the scoped member list and search.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import Http404

from congdoan.accounts.scoping import scope_of
from congdoan.unions.selectors import daily_totals_per_subtree, subtree_on, totals_per_subtree
from congdoan.vietnamese import fold

from .models import Member, Membership
from .vocabularies import ETHNIC_GROUP_NAMES, MemberStatus, PeriodStart, Sex


def covering(day):
    """The condition "this membership period includes ``day``"."""
    return Q(started_on__lte=day) & (Q(ended_on__isnull=True) | Q(ended_on__gt=day))


def memberships_on(organisation, day):
    """The membership periods, on ``day``, of ``organisation`` and everything under it on that day."""
    return Membership.objects.filter(covering(day), organisation_id__in=subtree_on(organisation, day))


def members_on(organisation, day):
    """The members of ``organisation`` (its units included) on ``day``, from the membership history."""
    return Member.objects.filter(pk__in=memberships_on(organisation, day).values("member_id"))


def party_member_on(day):
    """
    A filter for members (or their membership periods, which carry copies of the
    Party dates) who were Party members on ``day``: admitted by then and not gone.
    """
    return Q(party_admitted_on__lte=day) & (Q(party_left_on__isnull=True) | Q(party_left_on__gt=day))


def party_members_on(organisation, day):
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


def statistics_on(organisation, day):
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


def member_counts(units, day, recruited_from=None):
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


def member_counts_on_days(units, days):
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


def recruited_by_day(units, start, end):
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


def current_member_count(organisation):
    return Member.objects.filter(organisation_id__in=_current_subtree_ids(organisation), status=MemberStatus.ACTIVE).count()


def _current_subtree_ids(organisation):
    # An id subquery on the tree path: SQLite cannot use an index for LIKE across a join.
    from congdoan.unions.selectors import current_subtree

    return current_subtree(organisation).values("pk")


def members_for(user):
    """The members ``user`` may see: those whose union lies in the user's subtree."""
    return scope_of(user).filter(Member.objects.all(), path_field="organisation__path")


def member_for(user, pk):
    """The member ``pk`` if ``user`` may see them; otherwise 404."""
    try:
        return members_for(user).select_related("organisation").get(pk=pk)
    except (Member.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


@dataclass
class MemberFilter:
    """What a member list shows: the union, an optional day, search words and field filters."""

    organisation: object
    day: datetime.date | None = None  # None: current members
    query: str = ""
    status: str = MemberStatus.ACTIVE  # "" for every status (current list only)
    sex: str = ""
    party: str = ""  # "yes" / "no"
    ethnicity: str = ""


def member_list(user, criteria):
    """
    The members of ``criteria.organisation`` ``user`` may see, filtered and in
    Vietnamese name order (given name, middle, family). One query to count
    and one per page, whatever the size of the union.
    """
    scope = scope_of(user)
    if not scope.covers(criteria.organisation):
        raise Http404
    if criteria.day is None:
        queryset = Member.objects.filter(organisation_id__in=_current_subtree_ids(criteria.organisation))
        if criteria.status:
            queryset = queryset.filter(status=criteria.status)
    else:
        queryset = members_on(criteria.organisation, criteria.day)
    queryset = _search(queryset, criteria.query, scope.sees_sensitive_data)
    if criteria.sex:
        queryset = queryset.filter(sex=criteria.sex)
    if criteria.party and scope.sees_sensitive_data:
        day = criteria.day or datetime.date.today()
        party = party_member_on(day)
        queryset = queryset.filter(party) if criteria.party == "yes" else queryset.exclude(party)
    if criteria.ethnicity and scope.sees_sensitive_data:
        queryset = queryset.filter(ethnicity=criteria.ethnicity)
    return queryset.select_related("organisation").order_by("name_key", "pk")


def search_members(user, query, limit=20):
    """Members ``user`` may see matching ``query`` (name without accents, card number, phone, ID)."""
    scope = scope_of(user)
    return _search(members_for(user), query, scope.sees_sensitive_data).select_related("organisation").order_by(
        "name_key", "pk"
    )[:limit]


def _search(queryset, query, may_search_citizen_id):
    query = " ".join(query.split())
    if not query:
        return queryset
    compact = query.replace(" ", "")
    by_number = Q(card_number__iexact=compact) | Q(phone=compact)
    if compact.isdigit() and len(compact) >= 4:
        by_number |= Q(phone__endswith=compact)
    if may_search_citizen_id and compact.isdigit():
        by_number |= Q(citizen_id=compact)
    by_name = Q()
    for word in fold(query).split():
        by_name &= Q(name_folded__contains=f" {word}")
    return queryset.filter(by_number | by_name)



def member_profile(member, sees_sensitive_data):
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
        if field.choices:
            value = getattr(member, f"get_{name}_display")()
        elif isinstance(value, datetime.date):
            value = value.strftime("%d/%m/%Y")
        rows.append((field.verbose_name, value or "—"))
    return rows


def membership_history(member):
    """``member``'s membership periods, oldest first, with their unions."""
    return member.memberships.select_related("organisation").order_by("started_on", "pk")


def transfer_destinations(user):
    """Unions a member may be transferred to by ``user``: active, member-holding, in the user's subtree."""
    from congdoan.unions.levels import MEMBER_HOLDING_LEVELS
    from congdoan.unions.selectors import organisations_for

    return organisations_for(user).filter(status="active", level__in=MEMBER_HOLDING_LEVELS).order_by("path")
