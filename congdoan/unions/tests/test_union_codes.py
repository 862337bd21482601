"""
A union's code is unique ignoring case: users are placed in a union by typing its code,
so two codes differing only by case would let one union take over the other's users.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.registry_fixtures import opened_version
from congdoan.unions import services
from congdoan.unions.levels import Level
from congdoan.unions.models import Organisation

pytestmark = pytest.mark.django_db

CODE_TAKEN = "Mã này đã được một tổ chức công đoàn khác dùng (mã không phân biệt chữ hoa, chữ thường)."


def details(client, organisation, **changes):
    """The edit form as an official sends it back, with the version it opened with."""
    fields = ("name", "short_name", "code", "address", "phone", "email", "employer")
    version = opened_version(client, reverse("unions:edit", args=[organisation.pk]))
    return {**{name: getattr(organisation, name) for name in fields}, "version": version, **changes}


def test_an_official_cannot_give_a_unit_a_case_variant_of_another_unions_code(client, unions):
    official = User.objects.create_user("chutich", organisation=unions.upper, union_role=UnionRole.OFFICIAL)
    client.force_login(official)
    taken = unions.transport.code.lower()
    response = client.post(reverse("unions:edit", args=[unions.school.pk]), details(client, unions.school, code=taken))
    assert response.status_code == 200
    assert response.context["form"].errors["code"] == [CODE_TAKEN]
    assert CODE_TAKEN in response.content.decode()
    assert Organisation.objects.get(pk=unions.school.pk).code == unions.school.code


def test_a_new_unit_cannot_take_a_case_variant_of_a_code(unions):
    with pytest.raises(ValidationError):
        services.found_organisation(
            parent=unions.transport, name="Công đoàn bộ phận mới", level=Level.BRANCH, code=unions.office.code.lower()
        )


def test_the_database_refuses_codes_that_differ_only_by_case(unions):
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.filter(pk=unions.school.pk).update(code=unions.transport.code.lower())


def test_a_unit_may_change_the_case_of_its_own_code(client, unions):
    official = User.objects.create_user("chutich", organisation=unions.upper, union_role=UnionRole.OFFICIAL)
    client.force_login(official)
    response = client.post(
        reverse("unions:edit", args=[unions.school.pk]), details(client, unions.school, code="cdcs-thpt-bk")
    )
    assert response.status_code == 302
    assert Organisation.objects.get(pk=unions.school.pk).code == "cdcs-thpt-bk"
