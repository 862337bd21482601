"""
Who may open which emulation page. Everyone with a place in the tree reads;
officials write. 200: allowed; 403: their role may not (or, for the scoring
sheet, it is their own union: a union is evaluated by the union above it);
404: outside their union's subtree; 302: not signed in.
"""

import pytest
from django.urls import reverse

from congdoan.backoffice.testing import answers_by_role
from congdoan.emulation import services

from .conftest import D, sheet

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "outsider", "province_official", "chair", "branch_clerk", "viewer"]

# (view, the record it is opened on) → expected status per role, in ROLES order.
#   transport: the transport grassroots union; office: a branch of it; movement: launched by transport;
#   provincial: launched by the province; registration: the office's; evaluation_*: of that unit in 2021.
MATRIX = {
    ("emulation:index", None):                      (302, 302, 302, 302, 302, 302),
    ("emulation:movements", "transport"):           (302, 404, 200, 200, 404, 200),
    ("emulation:movements", "office"):              (302, 404, 200, 200, 200, 200),
    ("emulation:movement_add", "transport"):        (302, 404, 200, 200, 403, 403),
    ("emulation:movement", "movement"):             (302, 404, 200, 200, 200, 200),
    ("emulation:movement", "provincial"):           (302, 404, 200, 200, 200, 200),
    ("emulation:movement_edit", "movement"):        (302, 404, 200, 200, 403, 403),
    ("emulation:movement_edit", "provincial"):      (302, 404, 200, 403, 403, 403),
    ("emulation:register", "movement"):             (302, 404, 200, 200, 403, 403),
    ("emulation:result", "registration"):           (302, 404, 200, 200, 403, 403),
    ("emulation:evaluations", "transport"):         (302, 404, 200, 200, 404, 200),
    ("emulation:evaluations", "office"):            (302, 404, 200, 200, 200, 200),
    ("emulation:evaluate", "office"):               (302, 404, 200, 200, 403, 403),
    ("emulation:evaluate", "transport"):            (302, 404, 200, 403, 403, 403),
    ("emulation:evaluation", "evaluation_office"):  (302, 404, 200, 200, 200, 200),
    ("emulation:evaluation", "evaluation_transport"): (302, 404, 200, 200, 404, 200),
}  # fmt: skip


@pytest.fixture
def records(unions, chair, users):
    movement = services.create_movement(unions.transport, "Lao động giỏi, lao động sáng tạo", D(2017, 4, 1))
    provincial = services.create_movement(unions.province, "Xanh - sạch - đẹp", D(2018, 1, 1))
    registration = services.register(movement, 2021, organisation=unions.office, registered_on=D(2021, 1, 4))
    return {
        "transport": unions.transport,
        "office": unions.office,
        "movement": movement,
        "provincial": provincial,
        "registration": registration,
        "evaluation_office": services.evaluate(unions.office, 2021, sheet(30, 25, 20, 15), "excellent", user=chair),
        "evaluation_transport": services.evaluate(
            unions.transport, 2021, sheet(30, 25, 20, 15), "excellent", user=users["province_official"]
        ),
    }


def _url(view, record):
    if record is None:
        return reverse(view)
    if view == "emulation:evaluate":
        return reverse(view, args=[record.pk, 2021])
    return reverse(view, args=[record.pk])


@pytest.mark.parametrize(("view", "record"), list(MATRIX))
def test_each_role_gets_what_its_place_in_the_tree_allows(client, users, records, view, record):
    url = _url(view, records[record] if record else None)
    assert answers_by_role(client, users, url, ROLES) == dict(zip(ROLES, MATRIX[(view, record)]))


def test_forbidden_changes_are_refused_on_post_and_nothing_changes(client, unions, users, records):
    movement, registration = records["movement"], records["registration"]
    client.force_login(users["viewer"])
    assert client.post(reverse("emulation:movement_edit", args=[movement.pk]), {"name": "Sửa"}).status_code == 403
    assert client.post(reverse("emulation:result", args=[registration.pk]), {"award": "Bằng khen"}).status_code == 403
    client.force_login(users["chair"])
    assert client.post(reverse("emulation:evaluate", args=[unions.transport.pk, 2021]), {}).status_code == 403
    assert (
        client.post(reverse("emulation:movement_edit", args=[records["provincial"].pk]), {"name": "Sửa"}).status_code
        == 403
    )
    client.force_login(users["outsider"])
    assert client.post(reverse("emulation:register", args=[movement.pk]), {"year": 2021}).status_code == 404
    movement.refresh_from_db()
    registration.refresh_from_db()
    assert movement.name == "Lao động giỏi, lao động sáng tạo" and registration.award == ""
    assert records["evaluation_transport"].classification == "excellent"


def test_the_top_of_the_tree_has_no_one_above_to_evaluate_it(client, unions, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="x")
    client.force_login(admin)
    assert client.get(reverse("emulation:evaluate", args=[unions.confederation.pk, 2021])).status_code == 404
    assert client.get(reverse("emulation:evaluate", args=[unions.province.pk, 2021])).status_code == 200


def test_the_index_leads_to_the_users_own_union(client, unions, users):
    client.force_login(users["branch_clerk"])
    assert client.get(reverse("emulation:index")).url == reverse("emulation:movements", args=[unions.office.pk])
