"""
Who may open which back-office page: every role against every view, on
records inside and outside their part of the union tree.

Expected answers: 200 (allowed), 403 (their role may not do this), 404 (the
record lies outside their union's subtree: as far as they can tell it does
not exist), 302 (not signed in: to the login page).
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import EDITORS
from congdoan.backoffice.testing import answers_by_role
from congdoan.registry_fixtures import admit, role_users

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "outsider", "province_official", "chair", "branch_clerk", "viewer"]

# (view, the record it is opened on) → expected status per role, in ROLES order.
#   transport: the transport grassroots union; office: a branch of it; member: a member of that branch.
MATRIX = {
    ("unions:index", None):                  (302, 403, 302, 302, 302, 302, 302),
    ("unions:detail", "transport"):          (302, 403, 404, 200, 200, 404, 200),
    ("unions:detail", "office"):             (302, 403, 404, 200, 200, 200, 200),
    ("unions:edit", "transport"):            (302, 403, 404, 200, 200, 403, 403),
    ("unions:add_unit", "transport"):        (302, 403, 404, 200, 200, 403, 403),
    ("unions:event", "office"):              (302, 403, 404, 200, 200, 403, 403),
    ("unions:event", "transport"):           (302, 403, 404, 200, 404, 403, 403),
    ("unions:committee_add", "transport"):   (302, 403, 404, 200, 200, 403, 403),
    ("unions:history", "transport"):         (302, 403, 404, 200, 200, 404, 200),
    ("members:list", "transport"):           (302, 403, 404, 200, 200, 404, 200),
    ("members:list", "office"):              (302, 403, 404, 200, 200, 200, 200),
    ("members:statistics", "transport"):     (302, 403, 404, 200, 200, 404, 200),
    ("members:add", "office"):               (302, 403, 404, 200, 200, 200, 403),
    ("members:detail", "member"):            (302, 403, 404, 200, 200, 200, 200),
    ("members:edit", "member"):              (302, 403, 404, 200, 200, 200, 403),
    ("members:transfer", "member"):          (302, 403, 404, 200, 200, 200, 403),
    ("members:end", "member"):               (302, 403, 404, 200, 200, 200, 403),
    ("members:history", "member"):           (302, 403, 404, 200, 200, 200, 200),
    ("members:export", "transport"):         (302, 403, 404, 200, 200, 404, 200),
    ("members:import", "transport"):         (302, 403, 404, 200, 200, 404, 403),
    ("members:import", "office"):            (302, 403, 404, 200, 200, 200, 403),
    ("unions:autocomplete", None):           (302, 403, 200, 200, 200, 200, 200),
    ("members:search", None):                (302, 403, 200, 200, 200, 200, 200),
    ("members:import_template", None):       (302, 403, 200, 200, 200, 200, 200),
}  # fmt: skip


class World:
    def __init__(self, unions):
        self.unions = unions
        self.member = admit(
            unions.office,
            family="Hoàng",
            middle="Thị",
            given="Lan",
            citizen_id="006190000123",
            born_on=datetime.date(1990, 4, 2),
        )
        editors = Group.objects.get_or_create(name=EDITORS)[0]
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        self.users = {**role_users(unions), "editor": self._user("editor", groups=[editors])}

    @staticmethod
    def _user(username, organisation=None, role="", groups=()):
        user = User.objects.create_user(username, password="x", organisation=organisation, union_role=role)
        user.groups.set(groups)
        return user

    def url(self, view, record):
        target = {"transport": self.unions.transport, "office": self.unions.office, "member": self.member}.get(record)
        if view == "unions:event":
            return reverse(view, args=[target.pk, "renamed"])
        return reverse(view, args=[target.pk]) if target is not None else reverse(view)


@pytest.fixture
def world(unions):
    return World(unions)


@pytest.mark.parametrize(("view", "record"), list(MATRIX))
def test_each_role_gets_what_its_place_in_the_tree_allows(client, world, view, record):
    url = world.url(view, record)
    assert answers_by_role(client, world.users, url, ROLES) == dict(zip(ROLES, MATRIX[(view, record)]))


def test_forbidden_changes_are_refused_on_post_too(client, world):
    client.force_login(world.users["viewer"])
    response = client.post(reverse("members:edit", args=[world.member.pk]), {"family_name": "Sửa"})
    assert response.status_code == 403
    client.force_login(world.users["outsider"])
    response = client.post(
        reverse("members:transfer", args=[world.member.pk]), {"to": world.unions.factory.pk, "on": "01/01/2025"}
    )
    assert response.status_code == 404
    world.member.refresh_from_db()
    assert world.member.family_name == "Hoàng" and world.member.organisation == world.unions.office


def test_search_and_autocomplete_only_find_records_in_the_users_subtree(client, world):
    client.force_login(world.users["outsider"])
    assert client.get(reverse("members:search"), {"q": "lan"}).json()["results"] == []
    names = [row["name"] for row in client.get(reverse("unions:autocomplete"), {"q": "giao thong"}).json()["results"]]
    assert names == []
    client.force_login(world.users["chair"])
    assert [row["name"] for row in client.get(reverse("members:search"), {"q": "lan"}).json()["results"]] == [
        "Hoàng Thị Lan"
    ]
    names = [row["name"] for row in client.get(reverse("unions:autocomplete"), {"q": "giao thong"}).json()["results"]]
    assert names == ["Công đoàn cơ sở Sở Giao thông vận tải"]


def test_sensitive_data_is_shown_only_to_roles_that_need_it(client, world):
    detail = reverse("members:detail", args=[world.member.pk])
    client.force_login(world.users["branch_clerk"])
    page = client.get(detail).content.decode()
    assert "006190000123" in page and "02/04/1990" in page
    client.force_login(world.users["viewer"])
    page = client.get(detail).content.decode()
    assert "006190000123" not in page and "02/04/1990" not in page
    assert "Hoàng Thị Lan" in page
    # Nor can a viewer find a member by citizen ID.
    assert client.get(reverse("members:search"), {"q": "006190000123"}).json()["results"] == []


def test_the_admin_site_history_does_not_leak_members_to_union_officials(client, world):
    client.force_login(world.users["outsider"])
    response = client.get("/admin/reports/site-history/")
    assert response.status_code in (200, 302, 403)
    assert "Hoàng Thị Lan" not in response.content.decode()
