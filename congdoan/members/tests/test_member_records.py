"""Adding, correcting and transferring a member through the back office, with the audit trail."""

import datetime

import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import Member
from congdoan.members.vocabularies import MemberStatus
from congdoan.registry_fixtures import admit

pytestmark = pytest.mark.django_db

NEW_MEMBER = {
    "family_name": "Triệu",
    "middle_name": "Thị",
    "given_name": "Mai",
    "sex": "F",
    "born_on": "05/09/1988",
    "ethnicity": "09",
    "religion": "none",
    "citizen_id": "006188001234",
    "card_number": "BK-2017-0101",
    "joined_union_on": "20/03/2017",
    "job_title": "Kế toán",
}


@pytest.fixture
def clerk(unions):
    return User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)


@pytest.fixture
def viewer(unions):
    return User.objects.create_user("viewer", organisation=unions.transport, union_role=UnionRole.VIEWER)


def test_a_clerk_adds_a_member_with_dates_typed_the_vietnamese_way(client, unions, clerk):
    client.force_login(clerk)
    response = client.post(reverse("members:add", args=[unions.office.pk]), NEW_MEMBER)
    member = Member.objects.get(card_number="BK-2017-0101")
    assert response.status_code == 302 and response.url == reverse("members:detail", args=[member.pk])
    assert member.born_on == datetime.date(1988, 9, 5) and member.organisation == unions.office
    assert [(p.organisation, p.started_on) for p in member.memberships.all()] == [
        (unions.office, datetime.date(2017, 3, 20))
    ]


def test_a_bad_citizen_id_is_refused_in_vietnamese_and_nothing_is_saved(client, unions, clerk):
    client.force_login(clerk)
    response = client.post(reverse("members:add", args=[unions.office.pk]), {**NEW_MEMBER, "citizen_id": "12345"})
    assert response.status_code == 200
    assert not Member.objects.exists()
    assert "12" in str(response.context["form"].errors["citizen_id"])
    # The typed values are kept for the user to correct.
    assert response.context["form"]["family_name"].value() == "Triệu"


def test_a_duplicate_card_number_is_refused(client, unions, clerk):
    admit(unions.office, card_number="BK-2017-0101")
    client.force_login(clerk)
    response = client.post(reverse("members:add", args=[unions.office.pk]), NEW_MEMBER)
    assert response.status_code == 200 and "card_number" in response.context["form"].errors
    assert Member.objects.count() == 1


def test_corrections_show_on_the_history_page_with_before_and_after(client, unions, clerk, viewer):
    member = admit(unions.office, family="Ma", middle="Văn", given="Sơn", citizen_id="006090001111")
    client.force_login(clerk)
    form = client.get(reverse("members:edit", args=[member.pk])).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(job_title="Trưởng phòng", citizen_id="006090002222", joined_union_on="01/01/2015")
    response = client.post(reverse("members:edit", args=[member.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    history = client.get(reverse("members:history", args=[member.pk])).content.decode()
    assert "Trưởng phòng" in history and "006090001111" in history and "006090002222" in history
    # A viewer sees that the ID changed, not the numbers.
    client.force_login(viewer)
    history = client.get(reverse("members:history", args=[member.pk])).content.decode()
    assert "Trưởng phòng" in history and "006090001111" not in history and "006090002222" not in history


def test_a_transfer_keeps_the_history(client, unions):
    official = User.objects.create_user("province", organisation=unions.province, union_role=UnionRole.OFFICIAL)
    member = admit(unions.office, given="Tâm", joined=datetime.date(2016, 1, 1))
    client.force_login(official)
    response = client.post(
        reverse("members:transfer", args=[member.pk]), {"to": unions.school.pk, "on": "01/07/2025", "note": "QĐ 12"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.organisation == unions.school and member.status == MemberStatus.ACTIVE
    page = client.get(reverse("members:detail", args=[member.pk])).content.decode()
    assert "01/07/2025" in page and unions.office.name in page and unions.school.name in page


def test_a_transfer_dated_before_the_current_membership_is_refused(client, unions, clerk):
    member = admit(unions.office, given="Tâm", joined=datetime.date(2016, 1, 1))
    client.force_login(clerk)
    response = client.post(
        reverse("members:transfer", args=[member.pk]), {"to": unions.inspectorate.pk, "on": "01/01/2010"}
    )
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    member.refresh_from_db()
    assert member.organisation == unions.office


def test_a_clerk_cannot_transfer_outside_their_subtree(client, unions, clerk):
    member = admit(unions.office, given="Tâm")
    client.force_login(clerk)
    response = client.post(reverse("members:transfer", args=[member.pk]), {"to": unions.factory.pk, "on": "01/01/2025"})
    assert response.status_code == 200 and "to" in response.context["form"].errors
    member.refresh_from_db()
    assert member.organisation == unions.office
