"""
A candidacy follows its member (Security #6): after a transfer or a merger, the
union the member belongs to now handles it and sees it on its board; the union
the member left no longer opens it. The union that found it keeps counting the
events of the days it handled it: past reports do not change.
"""

import pytest
from django.urls import reverse

from congdoan.accounts.roles import UnionRole
from congdoan.members import services as member_services
from congdoan.members.models import Member
from congdoan.party.models import Stage
from congdoan.party.selectors import pipeline_counts
from congdoan.registry_fixtures import role_users
from congdoan.unions import services as union_services

from .conftest import day, make_user, new_candidate

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(unions):
    users = role_users(unions)
    users["school_official"] = make_user("school", unions.school, UnionRole.OFFICIAL)
    return users


def transferred_candidate(unions):
    candidate = new_candidate(unions.office, Stage.FOSTERING, family="Hoàng", middle="Thị", given="Lan")
    member = Member.objects.get(pk=candidate.member_id)
    member_services.transfer_member(member, to=unions.school, on=day("01/09/2018"), note="Chuyển công tác")
    return candidate


def test_after_a_transfer_the_old_branch_clerk_gets_404_and_the_new_union_sees_it(client, unions, users):
    candidate = transferred_candidate(unions)
    detail = reverse("party:detail", args=[candidate.pk])
    for role in ("branch_clerk", "chair"):
        client.force_login(users[role])
        assert client.get(detail).status_code == 404, role
        assert client.get(reverse("party:advance", args=[candidate.pk])).status_code in (403, 404), role
        board = client.get(reverse("party:board", args=[users[role].organisation.pk])).content.decode()
        assert "Hoàng Thị Lan" not in board, role
    client.force_login(users["school_official"])
    response = client.get(detail)
    assert response.status_code == 200
    assert unions.school.name in response.content.decode()
    board = client.get(reverse("party:board", args=[unions.school.pk])).content.decode()
    assert "Hoàng Thị Lan" in board
    listing = client.get(reverse("party:list", args=[unions.school.pk])).content.decode()
    assert "Hoàng Thị Lan" in listing
    # The new union's officials move it on.
    assert client.get(reverse("party:advance", args=[candidate.pk])).status_code == 200


def test_after_a_merger_the_candidacy_is_handled_by_the_union_merged_into(client, unions, users):
    candidate = new_candidate(unions.school, Stage.IDENTIFIED, family="Đặng", middle="Văn", given="Phúc")
    school_official = users["school_official"]
    union_services.merge_organisation(
        unions.school, into=unions.office, decision=unions.transport.founding_decision, on=day("01/07/2019")
    )
    client.force_login(users["branch_clerk"])  # a clerk of the office branch
    assert client.get(reverse("party:detail", args=[candidate.pk])).status_code == 200
    client.force_login(users["chair"])
    board = client.get(reverse("party:board", args=[unions.transport.pk])).content.decode()
    assert "Đặng Văn Phúc" in board
    client.force_login(school_official)
    assert client.get(reverse("party:detail", args=[candidate.pk])).status_code == 404


def test_the_counts_of_past_days_stay_with_the_union_that_found_the_candidate(unions):
    candidate = new_candidate(unions.office, Stage.INTRODUCED, identified_on=day("10/01/2018"))
    start, end = day("01/01/2018"), day("31/12/2018")
    before = pipeline_counts([unions.office, unions.transport, unions.school], start, end)
    member_services.transfer_member(candidate.member, to=unions.school, on=day("01/12/2018"))
    after = pipeline_counts([unions.office, unions.transport, unions.school], start, end)
    assert after == before
    assert after[unions.office.pk]["introduced"] == 1 and after[unions.school.pk]["introduced"] == 0
