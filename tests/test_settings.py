"""Settings come from the environment and refuse to start without what they need."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_db, env_int, env_str

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x" * 20 + "-a-long-random-production-key-for-the-check-0123456789",
    "ALLOWED_HOSTS": "vierhoek.example.org",
    "DATABASE_URL": "postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek",
}


def run_django(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", str(ROOT))}
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_a_required_variable(missing: str) -> None:
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_django(env, "check")
    assert result.returncode != 0
    assert f"The environment variable {missing} is required but not set" in result.stderr, (
        result.stderr
    )


def test_production_refuses_a_malformed_database_url() -> None:
    result = run_django(PRODUCTION_ENV | {"DATABASE_URL": "mysql://db/vierhoek"}, "check")
    assert result.returncode != 0
    assert "DATABASE_URL is malformed (not a PostgreSQL URL)" in result.stderr


def test_production_refuses_a_malformed_boolean() -> None:
    result = run_django(PRODUCTION_ENV | {"DJANGO_DEBUG": "misschien"}, "check")
    assert result.returncode != 0
    assert "DJANGO_DEBUG is malformed ('misschien'): give it true or false." in result.stderr


def test_production_settings_pass_the_deployment_checks() -> None:
    result = run_django(PRODUCTION_ENV, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_is_not_in_debug_by_default() -> None:
    result = run_django(
        PRODUCTION_ENV, "shell", "-c", "from django.conf import settings; print(settings.DEBUG)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_env_helpers_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIERHOEK_AANTAL", "twaalf")
    with pytest.raises(ImproperlyConfigured, match="VIERHOEK_AANTAL is malformed"):
        env_int("VIERHOEK_AANTAL")
    monkeypatch.setenv("VIERHOEK_LEEG", "  ")
    with pytest.raises(ImproperlyConfigured, match="VIERHOEK_LEEG is required but empty"):
        env_str("VIERHOEK_LEEG")
    monkeypatch.setenv("VIERHOEK_DB", "postgres://user@host:5432/")
    with pytest.raises(ImproperlyConfigured, match="no database name"):
        env_db("VIERHOEK_DB")
    monkeypatch.setenv("VIERHOEK_AAN", "yes")
    assert env_bool("VIERHOEK_AAN") is True
    assert env_int("VIERHOEK_ONBEKEND", default=3) == 3


def test_files_go_to_s3_compatible_storage_when_a_bucket_is_set() -> None:
    show = "from django.conf import settings; print(settings.STORAGES['default']['BACKEND'])"
    local = run_django(PRODUCTION_ENV, "shell", "-c", show)
    s3 = run_django(
        PRODUCTION_ENV | {"S3_BUCKET": "vierhoek", "S3_ENDPOINT_URL": "https://s3.example.org"},
        "shell",
        "-c",
        show,
    )
    assert local.stdout.strip().splitlines()[-1] == ("django.core.files.storage.FileSystemStorage")
    assert s3.stdout.strip().splitlines()[-1] == "storages.backends.s3.S3Storage"
