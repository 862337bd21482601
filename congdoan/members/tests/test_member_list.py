"""The member list of a union: Vietnamese order, search without accents, filters, past days, few queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members import services
from congdoan.members.vocabularies import Sex
from congdoan.registry_fixtures import admit

pytestmark = pytest.mark.django_db

# Vietnamese order: by given name, then middle, then family name; ă after a, đ after d, tones after base letters.
NAMES_IN_ORDER = [
    ("Nguyễn", "Văn", "An"),
    ("Lê", "Thị", "Ánh"),
    ("Trần", "Văn", "Ân"),
    ("Phạm", "Thị", "Bình"),
    ("Hoàng", "Văn", "Dũng"),
    ("Nông", "Thị", "Đào"),
    ("Triệu", "Thị", "Hà"),
    ("Bế", "Văn", "Hà"),
    ("Ma", "Văn", "Ơn"),
    ("Lục", "Thị", "Út"),
    ("Đàm", "Văn", "Ưng"),
]


def names(response):
    return [member.full_name for member in response.context["page"]]


@pytest.fixture
def chair(unions):
    return User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)


def test_members_are_listed_in_vietnamese_alphabetical_order(client, unions, chair):
    for family, middle, given in reversed(NAMES_IN_ORDER):
        admit(unions.office, family=family, middle=middle, given=given)
    client.force_login(chair)
    response = client.get(reverse("members:list", args=[unions.transport.pk]))
    expected = [" ".join(parts) for parts in NAMES_IN_ORDER]
    assert names(response) == expected
    # Python's default sort of the same full names gets this wrong.
    assert sorted(expected) != expected


def test_search_finds_names_without_accents_and_by_card_or_phone(client, unions, chair):
    admit(unions.office, family="Nông", middle="Thị", given="Đào", phone="0912345678")
    admit(unions.office, family="Hoàng", middle="Văn", given="Dũng", card_number="BK-0042")
    client.force_login(chair)
    url = reverse("members:list", args=[unions.transport.pk])
    assert names(client.get(url, {"q": "nong thi dao"})) == ["Nông Thị Đào"]
    assert names(client.get(url, {"q": "DAO"})) == ["Nông Thị Đào"]
    assert names(client.get(url, {"q": "bk-0042"})) == ["Hoàng Văn Dũng"]
    assert names(client.get(url, {"q": "0912345678"})) == ["Nông Thị Đào"]


def test_the_list_on_a_past_day_comes_from_membership_history(client, unions, chair):
    an = admit(unions.office, given="An", joined=datetime.date(2010, 1, 1))
    admit(unions.office, given="Bình", joined=datetime.date(2023, 1, 1))
    services.transfer_member(an, to=unions.school, on=datetime.date(2024, 1, 1))
    client.force_login(chair)
    url = reverse("members:list", args=[unions.transport.pk])
    assert names(client.get(url)) == ["Nguyễn Văn Bình"]
    assert names(client.get(url, {"ngay": "19/12/2022"})) == ["Nguyễn Văn An"]


def test_filters_by_sex_and_party(client, unions, chair):
    admit(unions.office, given="Cúc", sex=Sex.FEMALE, middle="Thị", party_admitted_on=datetime.date(2018, 1, 1))
    admit(unions.office, given="Dũng")
    client.force_login(chair)
    url = reverse("members:list", args=[unions.transport.pk])
    assert names(client.get(url, {"gioi_tinh": "F"})) == ["Nguyễn Thị Cúc"]
    assert names(client.get(url, {"dang_vien": "no"})) == ["Nguyễn Văn Dũng"]


def test_the_list_takes_the_same_few_queries_for_5_or_120_members(client, unions, chair):
    client.force_login(chair)
    url = reverse("members:list", args=[unions.transport.pk])
    for number in range(5):
        admit(unions.office, given=f"Nhỏ{number}")
    client.get(url)  # the first admin page of a session does one-off work
    with CaptureQueriesContext(connection) as small:
        assert len(names(client.get(url))) == 5
    for number in range(115):
        admit(unions.inspectorate, given=f"Lớn{number}")
    with CaptureQueriesContext(connection) as large:
        assert len(names(client.get(url, {"trang": 2}))) == 50
    # 3 queries are the list's own (union, count, page); the rest is the admin's frame
    # (session, user with profile, permissions, locales, page/image/site permissions for the menu).
    assert len(large) == len(small) <= 10
