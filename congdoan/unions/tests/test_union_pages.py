"""Officials record changes to the union tree through the back office."""

import datetime

import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.registry_fixtures import admit
from congdoan.unions.models import EventKind, Organisation, OrganisationStatus

pytestmark = pytest.mark.django_db

DECISION = {"decision_number": "12/QĐ-LĐLĐ", "decision_date": "15/06/2025", "decision_issuer": "LĐLĐ tỉnh Bắc Kạn"}


@pytest.fixture
def official(unions):
    return User.objects.create_user("province", organisation=unions.province, union_role=UnionRole.OFFICIAL)


def test_the_union_page_shows_units_committee_and_founding_decision(client, unions, official):
    client.force_login(official)
    page = client.get(reverse("unions:detail", args=[unions.transport.pk])).content.decode()
    assert "Công đoàn bộ phận Văn phòng Sở" in page and "Công đoàn bộ phận Thanh tra Sở" in page
    assert "589/QĐ-LĐLĐ" in page and "20/03/2017" in page


def test_adding_a_unit_offers_only_levels_that_fit(client, unions, official):
    client.force_login(official)
    url = reverse("unions:add_unit", args=[unions.transport.pk])
    levels = [value for value, label in client.get(url).context["form"].fields["level"].choices]
    assert levels == ["member_union", "branch", "group"]
    response = client.post(
        url, {"level": "branch", "name": "Công đoàn bộ phận Kế hoạch", "code": "GTVT-KH", **DECISION}
    )
    assert response.status_code == 302
    unit = Organisation.objects.get(code="GTVT-KH")
    assert unit.get_parent() == unions.transport
    assert unit.events.get().decision.number == "12/QĐ-LĐLĐ"


def test_a_merger_recorded_after_the_fact_moves_members_and_keeps_the_past(client, unions, official):
    admit(unions.school, given="Giang", joined=datetime.date(2012, 1, 1))
    client.force_login(official)
    response = client.post(
        reverse("unions:event", args=[unions.school.pk, "merged"]),
        {**DECISION, "occurred_on": "01/07/2025", "into": unions.transport.pk},
    )
    assert response.status_code == 302
    school = Organisation.objects.get(pk=unions.school.pk)
    assert school.status == OrganisationStatus.DISSOLVED
    stats = reverse("members:statistics", args=[school.pk])
    assert client.get(stats, {"ngay": "19/12/2022"}).context["statistics"].members == 1
    assert client.get(stats).context["statistics"].members == 0
    page = client.get(reverse("unions:detail", args=[school.pk])).content.decode()
    assert "12/QĐ-LĐLĐ" in page and unions.transport.name in page


def test_an_event_without_a_decision_is_refused_with_a_message(client, unions, official):
    client.force_login(official)
    response = client.post(
        reverse("unions:event", args=[unions.school.pk, "renamed"]), {"occurred_on": "01/07/2025", "new_name": "Mới"}
    )
    assert response.status_code == 200 and "decision_number" in response.context["form"].errors
    assert not unions.school.events.filter(kind=EventKind.RENAMED).exists()


def test_a_move_to_a_level_that_cannot_hold_it_is_refused(client, unions, official):
    client.force_login(official)
    response = client.post(
        reverse("unions:event", args=[unions.office.pk, "moved"]),
        {**DECISION, "occurred_on": "01/07/2025", "new_parent": unions.upper.pk},
    )
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    assert Organisation.objects.get(pk=unions.office.pk).get_parent() == unions.transport


def test_recording_an_executive_committee(client, unions, official):
    client.force_login(official)
    url = reverse("unions:committee_add", args=[unions.transport.pk])
    data = {
        "term_starts_on": "20/12/2022",
        "term_ends_on": "",
        "seats-TOTAL_FORMS": "5",
        "seats-INITIAL_FORMS": "0",
        "seats-0-full_name": "Hoàng Văn Minh",
        "seats-0-position": "chair",
        "seats-0-started_on": "20/12/2022",
        "seats-1-full_name": "Nông Thị Hoa",
        "seats-1-position": "vice_chair",
        "seats-1-started_on": "20/12/2022",
    }
    for index in range(2, 5):
        data[f"seats-{index}-position"] = "member"
    response = client.post(url, data)
    assert response.status_code == 302
    page = client.get(reverse("unions:detail", args=[unions.transport.pk])).content.decode()
    assert page.index("Hoàng Văn Minh") < page.index("Nông Thị Hoa")
    history = client.get(reverse("unions:history", args=[unions.transport.pk])).content.decode()
    assert "Hoàng Văn Minh" in history
