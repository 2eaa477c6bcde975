from collections.abc import Iterator
from typing import Any

import pytest
from celery.contrib.testing.worker import start_worker
from django.core.management import call_command
from django.db import models
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from knox.models import AuthToken
from rest_framework.test import APIClient

from config.celery import app as celery_app
from interventions.catalogue import catalogue_load
from partners.models import ReadPath, Role, User
from partners.reading import Reader
from tests.partners.factories import PASSWORD, UserFactory

# The shared world of one case, its partners and one user per role; a meeting on it.
pytest_plugins = ["tests.world", "tests.casework.meeting_world", "tests.casework.review_world"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """The test database as `make run` makes one: migrated, the catalogue loaded, and the
    application's role given its rights (the tests connect as the owner, who made it)."""
    with django_db_blocker.unblock():
        catalogue_load()
        call_command("grant_app_role", verbosity=0)


@pytest.fixture
def user(db: None) -> User:
    return UserFactory.create(username="sanne", first_name="Sanne", role=Role.AOV)


def totp_device(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=True)


def current_token(device: TOTPDevice) -> str:
    """The code an authenticator app with this device's key shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def verified_client(user: User) -> Client:
    """A browser session of `user` that passed two-factor authentication."""
    client = Client()
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or totp_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def api_client(user: User) -> APIClient:
    """An API client authenticated with the user's token."""
    _stored, token = AuthToken.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


def reader(user: User) -> Reader:
    """A reader for selectors called directly in a test, as a page would read."""
    return Reader(user, ReadPath.PAGE, path="/test/")


def log_reads(user: User, *objects: models.Model) -> int:
    """Writes access log rows as a page showing `objects` (of one case) to `user` would."""
    reader = Reader(user, ReadPath.PAGE, path="/test/")
    reader.record(list(objects))
    return reader.flush()


@pytest.fixture
def logged_in_client(client: Client, user: User) -> Client:
    """The user logged in through the real pages: password, then the authenticator code."""
    device = totp_device(user)
    login = client.post("/inloggen/", {"username": user.username, "password": PASSWORD})
    assert login.status_code == 302
    response = client.post("/tweestapsverificatie/", {"token": current_token(device), "next": "/"})
    assert response.status_code == 302, response.content
    return client


@pytest.fixture(scope="module")
def celery_worker() -> Iterator[None]:
    """A real Celery worker, in a thread, consuming from the real Redis broker."""
    with start_worker(
        celery_app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING"
    ):
        yield
