"""
Who may open which page of the Party pipeline. Party status is sensitive: every
page needs a role that sees sensitive data (a viewer gets 403); moving a
candidacy is the executive committee's work (officials only: a clerk gets 403).
Outside the user's subtree: 404. Not signed in: to the login page (302).
"""

import pytest
from django.urls import reverse

from congdoan.backoffice.testing import answers_by_role
from congdoan.party.models import Candidate, Stage
from congdoan.registry_fixtures import role_users

from .conftest import day, new_candidate

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "outsider", "province_official", "chair", "branch_clerk", "viewer"]

# (view, the record it is opened on) → expected status per role, in ROLES order.
#   transport: the grassroots union; office: a branch of it; candidate: a candidacy of the office.
MATRIX = {
    ("party:board", "transport"):      (302, 404, 200, 200, 404, 403),
    ("party:board", "office"):         (302, 404, 200, 200, 200, 403),
    ("party:list", "transport"):       (302, 404, 200, 200, 404, 403),
    ("party:list", "office"):          (302, 404, 200, 200, 200, 403),
    ("party:reminders", "transport"):  (302, 404, 200, 200, 404, 403),
    ("party:reminders", "office"):     (302, 404, 200, 200, 200, 403),
    ("party:detail", "candidate"):     (302, 404, 200, 200, 200, 403),
    ("party:add", "transport"):        (302, 404, 200, 200, 403, 403),
    ("party:add", "office"):           (302, 404, 200, 200, 403, 403),
    ("party:advance", "candidate"):    (302, 404, 200, 200, 403, 403),
    ("party:course", "candidate"):     (302, 404, 200, 200, 403, 403),
    ("party:withdraw", "candidate"):   (302, 404, 200, 200, 403, 403),
}  # fmt: skip


class World:
    def __init__(self, unions):
        self.unions = unions
        self.candidate = new_candidate(unions.office, Stage.FOSTERING, family="Hoàng", middle="Thị", given="Lan")
        self.users = role_users(unions)

    def url(self, view, record):
        target = {"transport": self.unions.transport, "office": self.unions.office, "candidate": self.candidate}[record]
        return reverse(view, args=[target.pk])


@pytest.fixture
def world(unions):
    return World(unions)


@pytest.mark.parametrize(("view", "record"), list(MATRIX))
def test_each_role_gets_what_its_place_in_the_tree_allows(client, world, view, record):
    url = world.url(view, record)
    assert answers_by_role(client, world.users, url, ROLES) == dict(zip(ROLES, MATRIX[(view, record)]))


def test_refused_changes_are_refused_on_post_too(client, world):
    introduce = {"stage": "fostering", "on": "01/06/2018", "resolution_number": "05/NQ", "party_cell": "Chi bộ"}
    for role, expected in (("branch_clerk", 403), ("viewer", 403), ("outsider", 404)):
        client.force_login(world.users[role])
        assert client.post(reverse("party:advance", args=[world.candidate.pk]), introduce).status_code == expected
        withdrawal = {"stage": "fostering", "on": "01/06/2018", "reason": "Thử"}
        assert client.post(reverse("party:withdraw", args=[world.candidate.pk]), withdrawal).status_code == expected
    client.force_login(world.users["branch_clerk"])
    response = client.post(
        reverse("party:add", args=[world.unions.office.pk]), {"card_number": "X", "identified_on": "01/01/2018"}
    )
    assert response.status_code == 403
    world.candidate.refresh_from_db()
    assert world.candidate.stage == Stage.FOSTERING and Candidate.objects.count() == 1


def test_an_official_cannot_identify_a_member_outside_their_subtree(client, world):
    other = new_candidate(world.unions.factory, Stage.IDENTIFIED, identified_on=day("10/01/2018"))
    member = other.member
    withdrawal = {"stage": "identified", "on": "01/02/2018", "reason": "Chuyển công tác"}
    client.force_login(world.users["chair"])
    assert client.post(reverse("party:withdraw", args=[other.pk]), withdrawal).status_code == 404
    # The chair types the card number of a member of the other province: not found.
    response = client.post(
        reverse("party:add", args=[world.unions.transport.pk]),
        {"card_number": member.card_number, "identified_on": "01/01/2019"},
    )
    assert response.status_code == 200 and "card_number" in response.context["form"].errors


def test_the_admin_site_history_does_not_show_candidacies_to_union_officials(client, world):
    for role in ("outsider", "chair"):
        client.force_login(world.users[role])
        response = client.get("/admin/reports/site-history/")
        assert response.status_code in (200, 302, 403)
        assert "Hoàng Thị Lan" not in response.content.decode()


# On a member's page (members:detail), the links to the member's candidacy, per role:
# a candidacy is Party data, so only roles that see it get the link; only officials
# (who record candidates) get the link that records a non-Party member as one.
MEMBER_PAGE_LINKS = {
    "province_official": (True, True),
    "chair": (True, True),
    "branch_clerk": (True, False),
    "viewer": (False, False),
}


@pytest.mark.parametrize("role", list(MEMBER_PAGE_LINKS))
def test_a_members_page_links_to_their_candidacy_for_the_roles_that_see_party_status(client, world, role):
    from congdoan.registry_fixtures import admit

    candidate_url = reverse("party:detail", args=[world.candidate.pk])
    newcomer = admit(world.unions.office, given="Mới", card_number="CD0000999")
    record_url = reverse("party:add", args=[world.unions.office.pk]) + "?the=CD0000999"
    client.force_login(world.users[role])
    candidate_page = client.get(reverse("members:detail", args=[world.candidate.member.pk]))
    newcomer_page = client.get(reverse("members:detail", args=[newcomer.pk]))
    assert candidate_page.status_code == newcomer_page.status_code == 200
    sees_candidacy, may_record = MEMBER_PAGE_LINKS[role]
    assert (candidate_url in candidate_page.content.decode()) is sees_candidacy
    assert ("Hồ sơ phát triển đảng viên: Bồi dưỡng" in candidate_page.content.decode()) is sees_candidacy
    assert (record_url in newcomer_page.content.decode()) is may_record
    # A member with an open candidacy is not offered a second one.
    assert "?the=" not in candidate_page.content.decode()
