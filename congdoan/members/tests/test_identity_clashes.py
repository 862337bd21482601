"""
Uploading numbers must not tell anyone who is recorded outside their union:
a clash with a member out of scope gets one neutral message, a user is told
of only a few such numbers a day, and uploads per hour are limited. The
member form follows the same rule.
"""

import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import Member, MemberImport
from congdoan.members.spreadsheets.checking import preview
from congdoan.members.tests.test_import_members import header, row, workbook
from congdoan.members.tests.test_member_records import NEW_MEMBER
from congdoan.registry_fixtures import admit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

OUTSIDE_CARD = "This card number is already recorded for a member outside your union: check it, or ask the upper union."
OUTSIDE_ID = "This citizen ID is already recorded for a member outside your union: check it, or ask the upper union."
TOO_MANY = (
    "Too many card numbers or citizen IDs you gave today are already recorded for members outside your union, "
    "so they are no longer pointed out: contact the upper union."
)


@pytest.fixture
def official(unions):
    return User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)


@pytest.fixture
def outsiders(unions):
    """Members outside the transport union: one in a sister union, one in another province, one who left."""
    return [
        admit(unions.school, family="Hoàng", middle="Thị", given="Lan", card_number="SCH-1", citizen_id="006190000011"),
        admit(unions.factory, family="Đặng", middle="Văn", given="Quý", card_number="FAC-1", citizen_id="019085000022",
              status="left"),
        admit(unions.factory, family="Lý", middle="", given="Tâm", card_number="FAC-2", citizen_id="019085000033"),
    ]  # fmt: skip


def clash_rows(members):
    return [row(card=member.card_number, citizen_id=member.citizen_id) for member in members]


def check(unions, user, rows):
    return preview(organisation=unions.transport, file=workbook(rows), filename="ds.xlsx", user=user)


def test_an_out_of_scope_clash_says_nothing_of_the_member(client, unions, official, outsiders):
    result = check(unions, official, clash_rows(outsiders))
    clashes = [(error.row, error.column, error.reason) for error in result.errors]
    assert clashes == [
        (row_number, column, reason)
        for row_number in (2, 3, 4)
        for column, reason in ((header("card_number"), OUTSIDE_CARD), (header("citizen_id"), OUTSIDE_ID))
    ]  # the same two messages for each, whoever and wherever the member is
    # Nor does the status page of such an upload.
    from congdoan.members.tests.test_import_pages import upload

    client.force_login(official)
    rows = [[m.card_number, "Hà", "Thị", "Thu", "Female", m.citizen_id, "01/04/2016"] for m in outsiders]
    response = client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(rows)})
    page = client.get(response["Location"]).content.decode()
    assert OUTSIDE_ID in page
    for member in outsiders:
        for trace in (member.given_name, member.family_name, str(member.organisation.name),
                      reverse("members:detail", args=[member.pk])):  # fmt: skip
            assert trace not in page


def test_past_the_daily_budget_out_of_scope_rows_are_no_longer_named(unions, official, outsiders, settings):
    settings.MEMBER_OUTSIDE_CLASHES_PER_DAY = 4
    inside = admit(unions.office, card_number="OFF-1", citizen_id="006190000044")
    first = check(unions, official, clash_rows(outsiders[:2]))  # 4 numbers: within the budget
    assert {error.reason for error in first.errors} == {OUTSIDE_CARD, OUTSIDE_ID} and len(first.errors) == 4
    again = check(unions, official, clash_rows(outsiders[:2]))  # the same numbers again cost nothing
    assert len(again.errors) == 4
    past = check(unions, official, clash_rows([outsiders[2], inside]))
    assert [(error.row, error.reason) for error in past.errors] == [
        (None, TOO_MANY),
        (3, "A member with this card number is already in the registry."),  # in scope: named as before
        (3, "A member with this citizen ID is already in the registry."),
    ]
    # Every later out-of-scope clash that day, even those pointed out before, gets the file-level error only.
    later = check(unions, official, clash_rows(outsiders[:1]))
    assert [(error.row, error.reason) for error in later.errors] == [(None, TOO_MANY)]
    # Another user has their own budget.
    other = User.objects.create_user("other", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    assert {error.reason for error in check(unions, other, clash_rows(outsiders[:1])).errors} == {
        OUTSIDE_CARD, OUTSIDE_ID
    }  # fmt: skip


def test_uploads_per_hour_are_limited(client, unions, official, settings):
    from congdoan.members.tests.test_import_pages import GOOD, upload

    settings.MEMBER_IMPORT_UPLOADS_PER_HOUR = 2
    client.force_login(official)
    url = reverse("members:import", args=[unions.transport.pk])
    for _ in range(2):
        assert client.post(url, {"file": upload(GOOD)}).status_code == 302
    response = client.post(url, {"file": upload(GOOD)})
    assert response.status_code == 200
    assert "You have uploaded 2 files in the last hour: wait a while before uploading another." in (
        response.content.decode()
    )
    assert MemberImport.objects.count() == 2


@pytest.fixture
def clerk(unions):
    return User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)


def test_the_member_form_says_nothing_of_a_number_until_the_record_is_otherwise_valid(client, unions, clerk, outsiders):
    client.force_login(clerk)
    incomplete = {**NEW_MEMBER, "given_name": "", "citizen_id": outsiders[1].citizen_id}
    response = client.post(reverse("members:add", args=[unions.office.pk]), incomplete)
    errors = response.context["form"].errors
    assert "given_name" in errors and "citizen_id" not in errors


def test_the_member_form_refuses_an_outside_number_neutrally_and_within_the_budget(
    client, unions, clerk, outsiders, settings
):
    settings.MEMBER_OUTSIDE_CLASHES_PER_DAY = 1
    client.force_login(clerk)
    url = reverse("members:add", args=[unions.office.pk])
    response = client.post(url, {**NEW_MEMBER, "card_number": outsiders[1].card_number})
    assert response.context["form"].errors == {"card_number": [OUTSIDE_CARD]}
    page = response.content.decode()
    assert outsiders[1].given_name not in page and outsiders[1].organisation.name not in page
    response = client.post(url, {**NEW_MEMBER, "citizen_id": outsiders[2].citizen_id})
    assert response.context["form"].errors == {"__all__": [TOO_MANY]}
    assert not Member.objects.filter(organisation=unions.office).exists()
    # A number taken inside the clerk's union is named as before, budget or not.
    admit(unions.inspectorate, card_number="INS-1")
    response = client.post(url, {**NEW_MEMBER, "card_number": "INS-1"})
    assert response.context["form"].errors == {
        "card_number": ["A member with this card number is already in the registry."]
    }
