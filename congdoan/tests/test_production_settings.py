"""Production settings read the environment and refuse to start with an unsafe configuration."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from congdoan.settings.safety import refuse_unknown_release, refuse_unsafe_configuration

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-Zx9!q@w#e$r%t^y&u*i(o)p_a+s=d" + "9" * 10


@pytest.mark.parametrize(
    ("debug", "secret_key", "hosts", "complaint"),
    [
        (True, GOOD_KEY, ["congdoan.vn"], "DEBUG"),
        (False, "", ["congdoan.vn"], "SECRET_KEY"),
        (False, "dev-only-not-secret-congdoan", ["congdoan.vn"], "SECRET_KEY"),
        (False, "django-insecure-" + "x" * 60, ["congdoan.vn"], "SECRET_KEY"),
        (False, "short", ["congdoan.vn"], "SECRET_KEY"),
        (False, GOOD_KEY, [], "ALLOWED_HOSTS"),
    ],
)
def test_unsafe_configuration_is_refused(debug, secret_key, hosts, complaint):
    with pytest.raises(ImproperlyConfigured, match=complaint):
        refuse_unsafe_configuration(debug, secret_key, hosts)


def test_safe_configuration_is_accepted():
    refuse_unsafe_configuration(False, GOOD_KEY, ["congdoan.vn"])


def test_production_needs_to_know_its_release():
    with pytest.raises(ImproperlyConfigured, match="RELEASE"):
        refuse_unknown_release("")
    refuse_unknown_release("6bc969e")


def run_manage(*args, **environment):
    env = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(environment, DJANGO_SETTINGS_MODULE="congdoan.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="congdoan.vn")
    assert result.returncode != 0
    assert "Refusing to start" in result.stderr and "SECRET_KEY" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="congdoan.vn",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
