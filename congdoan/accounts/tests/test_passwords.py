"""Passwords are long, and not the organisation's own words; the demo's passwords follow the rule."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from congdoan.accounts.models import User
from congdoan.demo import portal_demo, registry_demo


def refusals(password, username="nguoidung"):
    with translation.override("vi"):
        try:
            validate_password(password, User(username=username))
        except ValidationError as error:
            return error.messages
    return []


@pytest.mark.parametrize("login", [*portal_demo.LOGINS, *registry_demo.LOGINS], ids=lambda login: login["username"])
def test_the_demo_passwords_pass_the_rules(login):
    user = User(
        username=login["username"], first_name=login.get("first_name") or "", last_name=login.get("last_name") or ""
    )
    assert refusals(login["password"], login["username"]) == []
    validate_password(login["password"], user)


def test_a_short_password_is_refused_in_vietnamese():
    assert "Mật khẩu quá ngắn. Mật khẩu phải có ít nhất 12 ký tự." in refusals("bac-kan-26")


@pytest.mark.parametrize(
    ("password", "word"),
    [
        ("congdoan", "congdoan"),
        ("Công-Đoàn-2026!", "congdoan"),
        ("c0ngd0an-bac-kan", "congdoan"),
        ("LIEN DOAN bac kan 1", "liendoan"),
        ("Lao-Động-Bắc-Kạn-2026", "laodong"),
        ("matkhau-tinh-2026", "tinh"),
    ],
)
def test_the_organisations_own_words_are_refused_however_written(password, word):
    assert f"Mật khẩu này chứa “{word}”, một từ của chính tổ chức công đoàn, thứ bị đoán đầu tiên." in refusals(
        password
    )


@pytest.mark.django_db
def test_the_admin_refuses_a_weak_password_for_a_new_user(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "moi",
            "email": "moi@example.vn",
            "first_name": "Mới",
            "last_name": "Người",
            "password1": "congdoan",
            "password2": "congdoan",
            "is_active": "on",
        },
    )
    assert response.status_code == 200 and not User.objects.filter(username="moi").exists()
    assert "ít nhất 12 ký tự" in response.content.decode()
