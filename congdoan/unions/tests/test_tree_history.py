"""The union tree changes by dated decisions and still answers for any past day."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from congdoan.members import selectors as member_selectors
from congdoan.members import services as member_services
from congdoan.registry_fixtures import admit, decision, found
from congdoan.unions import services
from congdoan.unions.levels import Level
from congdoan.unions.models import EventKind, Organisation, OrganisationStatus
from congdoan.unions.selectors import current_subtree, subtree_on, units_answering_to

pytestmark = pytest.mark.django_db

BEFORE = datetime.date(2022, 12, 19)
MOVE_DAY = datetime.date(2025, 7, 1)
AFTER = datetime.date(2025, 12, 31)


def ids(queryset):
    return set(queryset.values_list("organisation_id", flat=True))


def test_a_level_sits_only_under_the_levels_that_can_hold_it(unions):
    with pytest.raises(ValidationError):
        found(unions.transport, "Liên đoàn Lao động tỉnh mới", Level.PROVINCE)
    with pytest.raises(ValidationError):
        found(unions.office, "Công đoàn cơ sở trong tổ", Level.GRASSROOTS)
    group = found(unions.office, "Tổ công đoàn Hành chính", Level.GROUP)
    assert group.get_parent() == unions.office


def test_subtree_on_a_day_follows_a_move_made_later(unions):
    services.move_organisation(
        unions.transport,
        new_parent=unions.other_province,
        decision=decision("1/QĐ-TLĐ", MOVE_DAY, "Tổng LĐLĐVN"),
        on=MOVE_DAY,
    )
    transport_units = {unions.transport.pk, unions.office.pk, unions.inspectorate.pk}
    assert transport_units <= ids(subtree_on(unions.province, BEFORE))
    assert not transport_units & ids(subtree_on(unions.other_province, BEFORE))
    assert transport_units <= ids(subtree_on(unions.other_province, AFTER))
    assert not transport_units & ids(subtree_on(unions.province, AFTER))
    # Today's tree agrees with the latest ancestry.
    assert set(current_subtree(unions.other_province).values_list("pk", flat=True)) == ids(
        subtree_on(unions.other_province, datetime.date.today())
    )
    event = unions.transport.events.get(kind=EventKind.MOVED)
    assert (event.old_parent, event.new_parent) == (unions.upper, unions.other_province)


def test_a_move_cannot_be_dated_before_the_previous_one(unions):
    services.move_organisation(
        unions.transport, new_parent=unions.other_province, decision=decision("1/QĐ", MOVE_DAY, "TLĐ"), on=MOVE_DAY
    )
    with pytest.raises(ValidationError):
        services.move_organisation(
            unions.transport, new_parent=unions.upper, decision=decision("2/QĐ", BEFORE, "TLĐ"), on=BEFORE
        )


def test_members_on_a_past_day_come_from_history_not_current_state(unions):
    an = admit(unions.office, given="An", joined=datetime.date(2010, 5, 1))
    binh = admit(unions.inspectorate, given="Bình", joined=datetime.date(2023, 1, 1))
    member_services.transfer_member(an, to=unions.factory, on=datetime.date(2024, 3, 1))
    on_seed_day = member_selectors.members_on(unions.transport, BEFORE)
    assert list(on_seed_day) == [an]
    assert set(member_selectors.members_on(unions.transport, AFTER)) == {binh}
    assert set(member_selectors.members_on(unions.other_province, AFTER)) == {an}
    periods = list(an.memberships.order_by("started_on"))
    assert [(p.organisation, p.ended_on) for p in periods] == [
        (unions.office, datetime.date(2024, 3, 1)),
        (unions.factory, None),
    ]


def test_party_members_on_a_day_use_admission_dates(unions):
    admit(
        unions.office,
        given="Cúc",
        party_admitted_on=datetime.date(2020, 6, 1),
        party_confirmed_on=datetime.date(2021, 6, 1),
    )
    admit(unions.office, given="Dũng", party_admitted_on=datetime.date(2023, 6, 1))
    admit(unions.office, given="Hà")
    stats = member_selectors.statistics_on(unions.province, BEFORE)
    assert (stats.members, stats.party_members) == (3, 1)
    assert member_selectors.statistics_on(unions.province, AFTER).party_members == 2


def test_merger_moves_members_and_units_and_keeps_the_merged_union(unions):
    admit(unions.school, given="Giang", joined=datetime.date(2012, 1, 1))
    school_branch = found(unions.school, "Công đoàn bộ phận Tổ Toán", Level.BRANCH)
    admit(school_branch, given="Hải", joined=datetime.date(2012, 1, 1))
    event = services.merge_organisation(
        unions.school, into=unions.transport, decision=decision("9/QĐ", MOVE_DAY, "LĐLĐ tỉnh"), on=MOVE_DAY
    )
    assert "1 " in event.note  # one member moved (the branch's member moves with the branch)
    school = Organisation.objects.get(pk=unions.school.pk)
    assert school.status == OrganisationStatus.DISSOLVED and school.dissolved_on == MOVE_DAY
    assert school.events.get(kind=EventKind.MERGED).related_organisation == unions.transport
    assert member_selectors.statistics_on(school, BEFORE).members == 2
    assert member_selectors.statistics_on(school, AFTER).members == 0
    assert member_selectors.statistics_on(unions.transport, AFTER).members == 2
    assert Organisation.objects.get(pk=school_branch.pk).get_parent() == unions.transport


def test_a_merged_away_union_answers_for_the_units_it_had_on_its_last_day(unions, django_assert_max_num_queries):
    for given in ("Giang", "Hải"):
        admit(unions.office, given=given, joined=datetime.date(2012, 1, 1))
    admit(unions.factory, given="Khánh", joined=datetime.date(2012, 1, 1))
    services.merge_organisation(
        unions.province, into=unions.other_province, decision=decision("759/QĐ-TLĐ", MOVE_DAY, "TLĐ"), on=MOVE_DAY
    )
    province, other_province, upper = (
        Organisation.objects.get(pk=union.pk) for union in (unions.province, unions.other_province, unions.upper)
    )
    assert list(units_answering_to(province)) == [upper]
    assert list(units_answering_to(other_province).order_by("name_key")) == [unions.factory, upper]
    # Counted per unit in one go: the merged-away province still has its two members on the
    # day before the merger, and the province it merged into has them too (today's tree).
    with django_assert_max_num_queries(3):
        counts = member_selectors.member_counts([province, other_province, upper], BEFORE)
    assert [counts[unit.pk]["members"] for unit in (province, other_province, upper)] == [2, 3, 2]


def test_a_union_with_members_cannot_be_dissolved_and_a_dissolved_one_stays_readable(unions):
    admit(unions.school, given="Khánh")
    with pytest.raises(ValidationError):
        services.dissolve_organisation(unions.school, decision=decision("3/QĐ", MOVE_DAY, "LĐLĐ"), on=MOVE_DAY)
    empty = found(unions.upper, "Công đoàn cơ sở Xí nghiệp cũ", Level.GRASSROOTS)
    services.dissolve_organisation(empty, decision=decision("4/QĐ", MOVE_DAY, "LĐLĐ"), on=MOVE_DAY)
    empty.refresh_from_db()
    assert empty.status == OrganisationStatus.DISSOLVED
    assert [event.kind for event in empty.events.all()] == [EventKind.DISSOLVED]
    with pytest.raises(ValidationError):
        found(empty, "Công đoàn bộ phận mới", Level.BRANCH)


def test_rename_keeps_the_old_name_in_the_event(unions):
    services.rename_organisation(
        unions.school,
        new_name="Công đoàn cơ sở Trường THPT Chuyên Bắc Kạn",
        decision=decision("5/QĐ", MOVE_DAY, "LĐLĐ"),
        on=MOVE_DAY,
    )
    event = unions.school.events.get(kind=EventKind.RENAMED)
    assert event.old_name == "Công đoàn cơ sở Trường THPT Bắc Kạn"
    assert Organisation.objects.get(pk=unions.school.pk).name.endswith("Chuyên Bắc Kạn")
