"""
The history of a member's record tells a role without access to sensitive data
nothing about those fields: no row, no masked value, no entry for an edit of
them alone. Otherwise the history page of a Party member would differ from
anyone else's, and say who is one.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from congdoan.members import services
from congdoan.members.models import SENSITIVE_FIELDS, Member
from congdoan.registry_fixtures import admit, role_users

pytestmark = pytest.mark.django_db

MASK = "••••••"


@pytest.fixture
def users(unions):
    return role_users(unions)


@pytest.fixture
def pair(unions):
    """Two members whose records differ only by sensitive data, each edited the same way otherwise."""
    party = admit(
        unions.office, given="Đảng", citizen_id="006190000123", ethnicity="02", religion="buddhism",
        party_admitted_on=datetime.date(2012, 5, 19),
    )  # fmt: skip
    other = admit(unions.office, given="Khác")
    # Edits of sensitive fields alone: a Party date, a citizen ID, ethnicity, religion.
    services.update_member(party, party_confirmed_on=datetime.date(2013, 5, 19))
    services.update_member(party, citizen_id="006190000124", ethnicity="03", religion="catholicism")
    # The same edit of an ordinary field, with a sensitive one alongside for the Party member.
    services.update_member(party, phone="0912000001", party_left_on=datetime.date(2020, 1, 1))
    services.update_member(other, phone="0912000002")
    return party, other


def _sensitive_labels():
    labels = set()
    for language in ("vi", "en"):
        with translation.override(language):
            labels |= {str(Member._meta.get_field(name).verbose_name).lower() for name in SENSITIVE_FIELDS}
    return labels


def _shape(client, member):
    """What the history page says, minus what differs between any two people (names, card numbers, phones, times)."""
    response = client.get(reverse("members:history", args=[member.pk]))
    assert response.status_code == 200
    rows = [
        (item["entry"].action, [str(change["label"]) for change in item["changes"]])
        for item in response.context["entries"]
    ]
    return rows, response.content.decode()


def test_a_viewer_cannot_tell_a_party_member_from_anyone_else_by_their_history(client, users, pair):
    party, other = pair
    client.force_login(users["viewer"])
    party_rows, party_page = _shape(client, party)
    other_rows, other_page = _shape(client, other)
    assert party_rows == other_rows
    for page in (party_page, other_page):
        assert MASK not in page
        assert not any(label in page.lower() for label in _sensitive_labels())
        for value in (
            "19/05/2012",
            "19/05/2013",
            "01/01/2020",
            "006190000123",
            "006190000124",
            "Công giáo",
            "Phật giáo",
        ):
            assert value not in page
    # The same number of rows in the rendered table too.
    assert party_page.count("<li>") == other_page.count("<li>")
    assert len(re.findall(r"<tr>", party_page)) == len(re.findall(r"<tr>", other_page))


@pytest.mark.parametrize("role", ["branch_clerk", "chair"])
def test_roles_that_see_sensitive_data_still_see_its_changes(client, users, pair, role):
    party, _other = pair
    client.force_login(users[role])
    rows, page = _shape(client, party)
    assert len(rows) == 4  # created, and three edits
    assert "19/05/2012" in page and "19/05/2013" in page and "006190000124" in page
    assert MASK not in page


def test_a_viewer_sees_no_masked_sensitive_rows_on_the_member_page(client, users, pair):
    client.force_login(users["viewer"])
    pages = [client.get(reverse("members:detail", args=[member.pk])).content.decode() for member in pair]
    for page in pages:
        assert MASK not in page
        assert not any(label in page.lower() for label in _sensitive_labels())
