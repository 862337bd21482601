"""
A list or export of a past day says who belonged where on that day (the membership
period: unit and dates); today's personal data (phone, citizen ID, date of birth,
ethnicity, Party dates, job) only for members still in the user's scope today.
"""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from congdoan.members import services
from congdoan.members.spreadsheets.columns import COLUMNS_BY_KEY, UNIT_KEY
from congdoan.members.vocabularies import Religion
from congdoan.registry_fixtures import admit, role_users

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

PAST_DAY = "01/06/2023"
PERSONAL = {
    "citizen_id": "006190000555",
    "phone": "0912555555",
    "born_on": datetime.date(1990, 4, 2),
    "ethnicity": "02",
    "religion": Religion.BUDDHISM,
    "job_title": "Lái xe",
    "party_admitted_on": datetime.date(2012, 5, 19),
}


@pytest.fixture
def users(unions):
    return role_users(unions)


@pytest.fixture
def moved(unions):
    """A member of the office branch in 2023, transferred to the school's union (outside the branch) in 2024."""
    member = admit(
        unions.office,
        family="Hà",
        middle="Văn",
        given="Đi",
        card_number="MOVED-01",
        joined=datetime.date(2015, 1, 1),
        **PERSONAL,
    )
    services.transfer_member(member, to=unions.school, on=datetime.date(2024, 1, 1))
    return member


@pytest.fixture
def stayed(unions):
    return admit(
        unions.office, family="Lò", middle="Thị", given="Ở", card_number="STAYED-01", joined=datetime.date(2015, 1, 1),
        **{**PERSONAL, "citizen_id": "006190000666", "phone": "0912666666"},
    )  # fmt: skip


def export_rows(client, organisation, **params):
    response = client.get(reverse("members:export", args=[organisation.pk]), params)
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def cell(row, key):
    return row[COLUMNS_BY_KEY[key].header]


def test_a_branch_clerks_past_day_export_shows_a_member_who_moved_away_without_todays_personal_data(
    client, unions, users, moved, stayed
):
    client.force_login(users["branch_clerk"])
    rows = {cell(row, "card_number"): row for row in export_rows(client, unions.office, ngay=PAST_DAY, nhay_cam="1")}
    assert set(rows) == {"MOVED-01", "STAYED-01"}
    gone = rows["MOVED-01"]
    assert (cell(gone, "family_name"), cell(gone, "given_name")) == ("Hà", "Đi")
    for key in ("citizen_id", "phone", "born_on", "ethnicity", "religion", "job_title", "party_admitted_on"):
        assert cell(gone, key) in (None, ""), key
    text = str(list(gone.values()))
    assert "006190000555" not in text and "0912555555" not in text and "1990" not in text and "2012" not in text
    # A member still in the branch: as before.
    here = rows["STAYED-01"]
    assert cell(here, "citizen_id") == "006190000666" and cell(here, "phone") == "0912666666"
    assert cell(here, "born_on").date() == datetime.date(1990, 4, 2) and cell(
        here, "party_admitted_on"
    ).date() == datetime.date(2012, 5, 19)
    assert cell(here, "ethnicity") == "Tày"


def test_a_past_day_export_names_the_unit_of_that_day(client, unions, users, moved):
    client.force_login(users["chair"])
    rows = export_rows(client, unions.transport, ngay=PAST_DAY, nhay_cam="1")
    assert [(cell(row, "card_number"), cell(row, UNIT_KEY)) for row in rows] == [("MOVED-01", unions.office.name)]
    # The chair's scope (the transport union) does not reach the school either.
    assert cell(rows[0], "citizen_id") in (None, "")


def test_an_official_whose_scope_still_holds_the_member_sees_their_data_on_a_past_day(client, unions, users, moved):
    client.force_login(users["province_official"])
    rows = export_rows(client, unions.transport, ngay=PAST_DAY, nhay_cam="1")
    assert cell(rows[0], "citizen_id") == "006190000555" and cell(rows[0], "phone") == "0912555555"


def test_the_past_day_list_page_shows_the_period_and_not_todays_record_of_a_member_who_left(
    client, unions, users, moved, stayed
):
    client.force_login(users["branch_clerk"])
    url = reverse("members:list", args=[unions.office.pk])
    page = client.get(url, {"ngay": PAST_DAY}).content.decode()
    assert "Hà Văn Đi" in page and "Lò Thị Ở" in page
    assert page.count("Lái xe") == 1  # the job of the member still here only
    assert reverse("members:detail", args=[moved.pk]) not in page
    assert "01/01/2024" in page  # the end of the period of that day
    assert unions.school.name not in page  # where they are today


def test_searching_a_past_day_list_by_phone_or_citizen_id_does_not_find_a_member_who_left(
    client, unions, users, moved, stayed
):
    client.force_login(users["branch_clerk"])
    url = reverse("members:list", args=[unions.office.pk])

    def found(**params):
        return [member.card_number for member in client.get(url, {"ngay": PAST_DAY, **params}).context["page"]]

    assert found(q="0912555555") == [] and found(q="006190000555") == [] and found(q="5555") == []
    assert found(q="0912666666") == ["STAYED-01"] and found(q="006190000666") == ["STAYED-01"]
    assert found(q="ha van di") == ["MOVED-01"] and found(q="MOVED-01") == ["MOVED-01"]
    # Nor do the filters on sensitive data tell anything about them.
    assert found(dang_vien="yes") == ["STAYED-01"] and found(dang_vien="no") == []
    assert found(dan_toc="02") == ["STAYED-01"]
