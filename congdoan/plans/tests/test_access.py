"""
Who may open which page of terms and targets. Everyone with a place in the tree
reads (the figures are aggregates); officials write. 200: allowed; 403: their
role may not; 404: outside their union's subtree; 302: not signed in.
"""

import pytest
from django.urls import reverse

from congdoan.backoffice.testing import answers_by_role
from congdoan.plans import services

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "outsider", "province_official", "chair", "branch_clerk", "viewer"]

# (view, the record it is opened on) → expected status per role, in ROLES order.
#   transport: the transport grassroots union; office: a branch of it; term, target: the transport union's.
MATRIX = {
    ("plans:index", None):                (302, 302, 302, 302, 302, 302),
    ("plans:terms", "transport"):         (302, 404, 200, 200, 404, 200),
    ("plans:terms", "office"):            (302, 404, 200, 200, 200, 200),
    ("plans:term_add", "transport"):      (302, 404, 200, 200, 403, 403),
    ("plans:ranking", "transport"):       (302, 404, 200, 200, 404, 200),
    ("plans:ranking", "office"):          (302, 404, 200, 200, 200, 200),
    ("plans:term", "term"):               (302, 404, 200, 200, 404, 200),
    ("plans:term_edit", "term"):          (302, 404, 200, 200, 403, 403),
    ("plans:target_add", "term"):         (302, 404, 200, 200, 403, 403),
    ("plans:target_edit", "target"):      (302, 404, 200, 200, 403, 403),
    # A target counted from Party status: not for a viewer, as if it did not exist (may_see_target).
    ("plans:quotas", "target"):           (302, 404, 200, 200, 404, 404),
    ("plans:quotas", "recruiting"):       (302, 404, 200, 200, 404, 200),
    ("plans:result", "manual"):           (302, 404, 200, 200, 403, 403),
}  # fmt: skip


@pytest.fixture
def records(unions, term):
    manual = services.add_target(term, name="Tổ chức hội thao", indicator="manual", unit="cuộc", value=2)
    recruiting = services.add_target(term, name="Kết nạp 20 đoàn viên", indicator="members_recruited", value=20)
    return {
        "recruiting": recruiting,
        "transport": unions.transport,
        "office": unions.office,
        "term": term,
        "target": term.targets.get(indicator="party_introduced"),
        "manual": manual,
    }


@pytest.mark.parametrize(("view", "record"), list(MATRIX))
def test_each_role_gets_what_its_place_in_the_tree_allows(client, users, records, view, record):
    url = reverse(view, args=[records[record].pk]) if record else reverse(view)
    assert answers_by_role(client, users, url, ROLES) == dict(zip(ROLES, MATRIX[(view, record)]))


def test_forbidden_changes_are_refused_on_post_and_nothing_changes(client, unions, users, records):
    term, target = records["term"], records["target"]
    client.force_login(users["viewer"])
    assert client.post(reverse("plans:term_edit", args=[term.pk]), {"name": "Sửa"}).status_code == 403
    assert client.post(reverse("plans:target_edit", args=[target.pk]), {"remove": "1"}).status_code == 403
    assert (
        client.post(reverse("plans:quotas", args=[target.pk]), {f"don_vi_{unions.office.pk}": "9"}).status_code == 404
    )
    recruiting = records["recruiting"]
    assert (
        client.post(reverse("plans:quotas", args=[recruiting.pk]), {f"don_vi_{unions.office.pk}": "9"}).status_code
        == 403
    )
    client.force_login(users["outsider"])
    assert client.post(reverse("plans:term_add", args=[unions.transport.pk]), {"name": "x"}).status_code == 404
    assert (
        client.post(reverse("plans:quotas", args=[target.pk]), {f"don_vi_{unions.office.pk}": "9"}).status_code == 404
    )
    term.refresh_from_db()
    assert term.name == "2017–2022" and term.targets.count() == 3 and not target.quotas.exists()
    assert not recruiting.quotas.exists()


def test_a_branch_clerk_cannot_reach_the_term_of_the_union_above(client, users, records):
    client.force_login(users["branch_clerk"])
    assert client.get(reverse("plans:term", args=[records["term"].pk])).status_code == 404
    assert client.get(reverse("plans:quotas", args=[records["target"].pk])).status_code == 404


def test_the_index_leads_to_the_users_own_union(client, unions, users):
    client.force_login(users["chair"])
    assert client.get(reverse("plans:index")).url == reverse("plans:terms", args=[unions.transport.pk])
