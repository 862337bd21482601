"""Saving a user in the admin moves them to another union only when their union's code was changed."""

import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.unions import services

pytestmark = pytest.mark.django_db


def edit_data(user, code, shown_code):
    return {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "is_active": "on",
        "unit_name": "",
        "organisation_code": code,
        "initial-organisation_code": shown_code,
        "union_role": user.union_role,
    }


@pytest.fixture
def chair(unions):
    return User.objects.create_user(
        "chutich",
        email="chutich@example.vn",
        first_name="Minh",
        last_name="Hoàng Văn",
        organisation=unions.transport,
        union_role=UnionRole.OFFICIAL,
    )


def test_resaving_a_user_keeps_their_union_when_its_code_was_given_to_another(client, unions, admin_user, chair):
    client.force_login(admin_user)
    url = reverse("wagtailusers_users:edit", args=[chair.pk])
    page = client.get(url).content.decode()
    shown = unions.transport.code
    assert f'name="initial-organisation_code" value="{shown}"' in page

    # While the form is open, the transport union gets a new code and another unit takes its old one.
    services.update_organisation(unions.transport, None, code="GTVT-MOI")
    services.update_organisation(unions.school, None, code=shown)

    response = client.post(url, edit_data(chair, code=shown, shown_code=shown))
    assert response.status_code == 302, response.context["form"].errors
    chair.refresh_from_db()
    assert chair.organisation == unions.transport


def test_typing_another_code_moves_the_user(client, unions, admin_user, chair):
    client.force_login(admin_user)
    url = reverse("wagtailusers_users:edit", args=[chair.pk])
    response = client.post(url, edit_data(chair, code=unions.school.code.lower(), shown_code=unions.transport.code))
    assert response.status_code == 302
    chair.refresh_from_db()
    assert chair.organisation == unions.school
