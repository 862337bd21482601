"""
Statistics count membership periods alone (each carries a copy of the member's sex,
ethnicity and Party date): whatever way a member is added, corrected, transferred
or merged, the figures must be the ones the member records give.
"""

import datetime

import pytest

from congdoan.members import services
from congdoan.members.selectors import member_counts, statistics_on
from congdoan.members.spreadsheets.importing import import_members
from congdoan.members.tests.test_import_members import row, workbook
from congdoan.members.vocabularies import Sex
from congdoan.registry_fixtures import admit, decision
from congdoan.unions import services as union_services

pytestmark = pytest.mark.django_db

D = datetime.date
DAY = D(2024, 1, 1)


def figures(organisation, day=DAY):
    stats = statistics_on(organisation, day)
    return stats.members, stats.party_members, stats.women, dict(stats.by_ethnicity)


def test_a_correction_of_sex_ethnicity_or_party_date_changes_the_figures(unions):
    member = admit(unions.office, sex=Sex.MALE, ethnicity="01")
    assert figures(unions.transport) == (1, 0, 0, {"Kinh": 1})
    services.update_member(member, sex=Sex.FEMALE, ethnicity="02", party_admitted_on=D(2020, 5, 19))
    assert figures(unions.transport) == (1, 1, 1, {"Tày": 1})
    assert member_counts([unions.transport], DAY)[unions.transport.pk] == {"members": 1, "party_members": 1}
    # Before the admission date the member was not yet in the Party.
    assert figures(unions.transport, D(2019, 1, 1))[1] == 0


def test_a_transferred_member_keeps_their_figures_in_the_new_union(unions):
    member = admit(unions.office, sex=Sex.FEMALE, ethnicity="09", party_admitted_on=D(2016, 3, 3))
    services.transfer_member(member, to=unions.school, on=D(2020, 1, 1))
    assert figures(unions.school) == (1, 1, 1, {"Dao": 1})
    assert figures(unions.transport) == (0, 0, 0, {})
    assert figures(unions.transport, D(2019, 1, 1)) == (1, 1, 1, {"Dao": 1})


def test_members_of_a_merged_union_keep_their_figures(unions):
    admit(unions.school, sex=Sex.FEMALE, ethnicity="07", party_admitted_on=D(2010, 1, 1))
    union_services.merge_organisation(
        unions.school, into=unions.transport, decision=decision("12/QĐ"), on=D(2021, 1, 1)
    )
    assert figures(unions.transport) == (1, 1, 1, {"Nùng": 1})


def test_imported_members_are_counted_with_their_sex(unions):
    from congdoan.accounts.models import User
    from congdoan.accounts.roles import UnionRole

    chair = User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    file = workbook([row(), row(card="0002", given="Bình", sex="Nữ", citizen_id="001190000002", phone="0987654321")])
    outcome = import_members(organisation=unions.transport, file=file, filename="ds.xlsx", user=chair)
    assert outcome.imported == 2
    assert figures(unions.transport) == (2, 0, 1, {"Kinh": 2})


def test_a_member_who_leaves_the_party_is_no_longer_counted_from_that_day(unions):
    from congdoan.members.selectors import party_members_on
    from congdoan.members.vocabularies import PartyStatus

    member = admit(unions.office, sex=Sex.MALE, party_admitted_on=D(2015, 3, 1), party_confirmed_on=D(2016, 3, 1))
    services.update_member(member, party_left_on=D(2023, 6, 1))
    assert figures(unions.transport, D(2023, 5, 31))[1] == 1
    assert figures(unions.transport, D(2023, 6, 1))[1] == 0
    assert member_counts([unions.transport], D(2023, 6, 1))[unions.transport.pk] == {"members": 1, "party_members": 0}
    assert list(party_members_on(unions.transport, D(2023, 5, 31))) == [member]
    assert not party_members_on(unions.transport, D(2023, 6, 1)).exists()
    assert (member.party_status_on(D(2023, 5, 31)), member.party_status) == (PartyStatus.FULL, PartyStatus.FORMER)
    # The copy follows a transfer, too.
    services.transfer_member(member, to=unions.school, on=D(2024, 2, 1))
    assert figures(unions.school, D(2024, 3, 1))[:2] == (1, 0)


def test_a_day_of_leaving_the_party_before_admission_is_refused_and_nothing_changes(unions):
    from django.core.exceptions import ValidationError

    from congdoan.members.models import Member

    member = admit(unions.office, party_admitted_on=D(2015, 3, 1))
    with pytest.raises(ValidationError) as refused:
        services.update_member(member, party_left_on=D(2014, 1, 1))
    assert refused.value.message_dict == {"party_left_on": ["Ngày ra khỏi Đảng phải sau ngày vào Đảng."]}
    assert Member.objects.get(pk=member.pk).party_left_on is None
    assert figures(unions.transport)[1] == 1
