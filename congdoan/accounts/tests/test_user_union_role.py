"""A site administrator gives a person a role in a union from the admin's user screens."""

import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.scoping import scope_of

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    return {
        "username": "chutich",
        "email": "chutich@example.vn",
        "first_name": "Minh",
        "last_name": "Hoàng Văn",
        "password1": "mat-khau-dai-123",
        "password2": "mat-khau-dai-123",
        "is_active": "on",
        **overrides,
    }


def test_the_administrator_places_a_new_user_in_a_union_by_its_code(client, unions, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailusers_users:add"),
        form_data(organisation_code=unions.transport.code.lower(), union_role="official"),
    )
    assert response.status_code == 302
    user = User.objects.get(username="chutich")
    assert user.organisation == unions.transport
    scope = scope_of(user)
    assert scope.covers(unions.office) and not scope.covers(unions.province)
    # Their role lets them into the admin, where the back office lives.
    client.force_login(user)
    assert client.get(reverse("unions:detail", args=[unions.transport.pk])).status_code == 200


def test_an_unknown_union_code_is_refused_and_nothing_is_created(client, unions, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailusers_users:add"), form_data(organisation_code="KHONG-CO", union_role="viewer")
    )
    assert response.status_code == 200
    assert "organisation_code" in response.context["form"].errors
    assert not User.objects.filter(username="chutich").exists()
