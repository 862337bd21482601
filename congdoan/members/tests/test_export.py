"""Exporting a member list: the filtered list, in the template's columns, sensitive data only when asked and allowed."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import SENSITIVE_FIELDS, Member
from congdoan.members.services import RECORD_FIELDS
from congdoan.members.spreadsheets.columns import COLUMNS_BY_KEY
from congdoan.members.spreadsheets.importing import import_members
from congdoan.members.vocabularies import Education, PoliticalTheory, Qualification, Religion, Sex
from congdoan.registry_fixtures import admit, found
from congdoan.unions.levels import Level

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


@pytest.fixture
def chair(unions):
    return User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)


@pytest.fixture
def members(unions):
    return [
        admit(unions.transport, family="Lý", middle="Thị", given="Hoa", card_number="000777", sex=Sex.FEMALE,
              born_on=datetime.date(1988, 2, 29), ethnicity="02", religion=Religion.BUDDHISM, citizen_id="006188000777",
              phone="0209000777", email="hoa@example.com", hometown="Ba Bể", education=Education.UPPER_SECONDARY,
              qualification=Qualification.MASTER, political_theory=PoliticalTheory.INTERMEDIATE, job_title="Kế toán",
              workplace_unit="Phòng Tài chính", joined=datetime.date(2009, 3, 8),
              party_admitted_on=datetime.date(2012, 5, 19), party_confirmed_on=datetime.date(2013, 5, 19)),
        admit(unions.office, family="Nông", middle="Văn", given="Dền", card_number="000778",
              joined=datetime.date(2011, 7, 1)),
    ]  # fmt: skip


def sheet_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def headers_of(keys):
    return {COLUMNS_BY_KEY[key].header for key in keys}


def test_export_then_import_into_an_empty_union_gives_the_same_records(client, unions, chair, members):
    client.force_login(chair)
    response = client.get(reverse("members:export", args=[unions.transport.pk]), {"nhay_cam": "1"})
    content = response.content
    rows = sheet_rows(response)
    assert len(rows) == 3
    assert "Citizen ID" in rows[0]
    # Into a fresh union with a unit of the same name, after the members left the registry.
    Member.objects.all().delete()
    fresh = found(unions.upper, "Công đoàn cơ sở Công ty Cấp nước", Level.GRASSROOTS)
    office = found(fresh, "Công đoàn bộ phận Văn phòng Sở", Level.BRANCH)
    province_chair = User.objects.create_user("p", organisation=unions.province, union_role=UnionRole.OFFICIAL)
    outcome = import_members(organisation=fresh, file=io.BytesIO(content), filename="xuat.xlsx", user=province_chair)
    assert outcome.errors == [] and outcome.imported == 2
    for before in members:
        after = Member.objects.get(card_number=before.card_number)
        assert {name: getattr(after, name) for name in RECORD_FIELDS} == {
            name: getattr(before, name) for name in RECORD_FIELDS
        }
    assert Member.objects.get(card_number="000778").organisation == office
    assert Member.objects.get(card_number="000777").organisation == fresh


def test_an_exported_file_modified_and_imported_again(client, unions, chair, members):
    client.force_login(chair)
    book = openpyxl.load_workbook(io.BytesIO(client.get(reverse("members:export", args=[unions.office.pk])).content))
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index(COLUMNS_BY_KEY["card_number"].header) + 1, "000999")
    sheet.cell(2, headers.index(COLUMNS_BY_KEY["job_title"].header) + 1, "Tổ trưởng")
    output = io.BytesIO()
    book.save(output)
    output.seek(0)
    outcome = import_members(organisation=unions.inspectorate, file=output, filename="sua.xlsx", user=chair)
    assert outcome.errors == [] and outcome.imported == 1
    copy = Member.objects.get(card_number="000999")
    assert (copy.full_name, copy.job_title, copy.organisation) == ("Nông Văn Dền", "Tổ trưởng", unions.inspectorate)


def test_sensitive_columns_are_left_out_by_default_and_for_viewers(client, unions, chair, members):
    url = reverse("members:export", args=[unions.transport.pk])
    sensitive = headers_of(SENSITIVE_FIELDS)
    client.force_login(chair)
    rows = sheet_rows(client.get(url))
    assert not sensitive & set(rows[0]) and "006188000777" not in str(rows)
    assert sensitive <= set(sheet_rows(client.get(url, {"nhay_cam": "1"}))[0])
    viewer = User.objects.create_user("viewer", organisation=unions.transport, union_role=UnionRole.VIEWER)
    client.force_login(viewer)
    rows = sheet_rows(client.get(url, {"nhay_cam": "1"}))
    assert not sensitive & set(rows[0]) and "006188000777" not in str(rows)
    assert len(rows) == 3


def test_the_export_is_the_filtered_list(client, unions, chair, members):
    client.force_login(chair)
    rows = sheet_rows(client.get(reverse("members:export", args=[unions.transport.pk]), {"q": "den"}))
    card = rows[0].index(COLUMNS_BY_KEY["card_number"].header)
    assert [row[card] for row in rows[1:]] == ["000778"]
    sex = rows[0].index(COLUMNS_BY_KEY["sex"].header)
    assert rows[1][sex] == "Male"


def test_users_outside_the_union_get_404(client, unions, members):
    outsider = User.objects.create_user("outsider", organisation=unions.other_province, union_role=UnionRole.OFFICIAL)
    client.force_login(outsider)
    assert client.get(reverse("members:export", args=[unions.transport.pk])).status_code == 404
