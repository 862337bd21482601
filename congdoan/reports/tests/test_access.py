"""
Who may open which report page: every role against every view, on a union inside and
outside their part of the tree. 200 allowed, 403 their role may not, 404 outside their
subtree, 302 not signed in (to the login page) or, for drafting, done (to the draft).
"""

import pytest
from django.urls import reverse

from congdoan.backoffice.testing import answers_by_role
from congdoan.plans.models import Term
from congdoan.registry_fixtures import role_users

from .conftest import D

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "outsider", "province_official", "chair", "branch_clerk", "viewer"]

MATRIX = {
    ("reports:index", None, "get"):                (302, 302, 302, 302, 302, 302),
    ("reports:terms", "transport", "get"):         (302, 404, 200, 200, 404, 200),
    ("reports:terms", "office", "get"):            (302, 404, 200, 200, 200, 200),
    ("reports:term", "transport", "get"):          (302, 404, 200, 200, 404, 200),
    ("reports:term_docx", "transport", "get"):     (302, 404, 200, 200, 404, 200),
    ("reports:term_pdf", "transport", "get"):      (302, 404, 200, 200, 404, 200),
    ("reports:term", "office", "get"):             (302, 404, 200, 200, 200, 200),
    ("reports:draft_article", "transport", "post"): (302, 404, 302, 302, 403, 403),
    ("reports:draft_article", "transport", "get"):  (302, 405, 405, 405, 403, 403),
}  # fmt: skip


class AccessWorld:
    def __init__(self, unions):
        self.unions = unions
        self.terms = {
            "transport": Term.objects.create(
                organisation=unions.transport,
                name="2017–2022",
                starts_on=D(2017, 3, 20),
                ends_on=D(2022, 12, 31),
                congress_held_on=D(2017, 3, 20),
            ),
            "office": Term.objects.create(
                organisation=unions.office,
                name="2017–2022",
                starts_on=D(2017, 4, 1),
                ends_on=D(2022, 12, 31),
                congress_held_on=D(2017, 4, 1),
            ),
        }
        self.users = role_users(unions)

    def url(self, view, record):
        if record is None:
            return reverse(view)
        organisation = getattr(self.unions, record)
        if view == "reports:terms":
            return reverse(view, args=[organisation.pk])
        return reverse(view, args=[organisation.pk, self.terms[record].pk])


@pytest.fixture
def access_world(unions, portal):
    return AccessWorld(unions)


@pytest.mark.parametrize(("view", "record", "method"), list(MATRIX))
def test_each_role_gets_what_its_place_in_the_tree_allows(client, access_world, view, record, method):
    url = access_world.url(view, record)
    assert answers_by_role(
        client, access_world.users, url, ROLES, method=method, data={"ngay": "19/12/2022"} if method == "post" else None
    ) == dict(zip(ROLES, MATRIX[(view, record, method)]))


def test_a_term_of_another_union_is_not_found_under_this_union(client, access_world):
    client.force_login(access_world.users["province_official"])
    url = reverse("reports:term", args=[access_world.unions.transport.pk, access_world.terms["office"].pk])
    assert client.get(url).status_code == 404
