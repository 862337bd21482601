"""Guessing passwords at the admin's sign-in page is cut short, per account and per address."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from congdoan.accounts.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dung-2026"
LOCKED_OUT = "Đăng nhập sai quá nhiều lần"


@pytest.fixture
def accounts():
    return [User.objects.create_user(name, password=PASSWORD, is_superuser=True) for name in ("nguyenan", "tranbinh")]


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(response):
    return response.status_code == 302 and response.wsgi_request.user.is_authenticated


def test_after_too_many_wrong_passwords_the_right_one_is_refused_with_a_message(client, accounts, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nguyenan", "doan-sai")
    response = sign_in(client, "nguyenan", PASSWORD)
    assert not signed_in(response)
    assert response.status_code == 429
    assert LOCKED_OUT in response.content.decode()
    assert "form" in response.context  # the sign-in page itself, in Vietnamese


def test_the_account_stays_blocked_from_another_address(client, accounts, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nguyenan", "doan-sai", address=f"198.51.100.{number}")
    assert not signed_in(sign_in(client, "nguyenan", PASSWORD, address="192.0.2.200"))


def test_the_address_is_blocked_for_every_account(client, accounts, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"khong-co-{number}", "doan-sai")
    response = sign_in(client, "tranbinh", PASSWORD)
    assert not signed_in(response) and LOCKED_OUT in response.content.decode()


def test_another_account_from_another_address_is_unaffected(client, accounts, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nguyenan", "doan-sai")
    assert signed_in(sign_in(client, "tranbinh", PASSWORD, address="192.0.2.55"))


def test_after_the_cool_off_period_the_right_password_works_again(client, accounts, settings, monkeypatch):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "nguyenan", "doan-sai")
    assert not signed_in(sign_in(client, "nguyenan", PASSWORD))

    later = timezone.now() + settings.AXES_COOLOFF_TIME + datetime.timedelta(seconds=1)
    monkeypatch.setattr("axes.handlers.proxy.now", lambda: later)
    assert signed_in(sign_in(client, "nguyenan", PASSWORD))


def test_behind_the_proxy_the_readers_address_counts_not_the_proxys(client, accounts, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "khong-co", "password": "doan-sai"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9",
        )
    # Another reader behind the same proxy still signs in.
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "tranbinh", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.80",
    )
    assert signed_in(response)
