from collections.abc import Iterator

import pytest
from celery.contrib.testing.worker import start_worker
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from config.celery import app as celery_app
from partners.models import Role, User
from tests.partners.factories import PASSWORD, UserFactory


@pytest.fixture
def user(db: None) -> User:
    return UserFactory.create(username="sanne", first_name="Sanne", role=Role.AOV)


def totp_device(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=True)


@pytest.fixture
def verified_client(client: Client, user: User) -> Client:
    """A browser session of `user`, logged in with password and a confirmed authenticator."""
    device = totp_device(user)
    login = client.post("/inloggen/", {"username": user.username, "password": PASSWORD})
    assert login.status_code == 302
    response = client.post("/tweestapsverificatie/", {"token": current_token(device), "next": "/"})
    assert response.status_code == 302, response.content
    return client


def current_token(device: TOTPDevice) -> str:
    """The code an authenticator app with this device's key shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture(scope="module")
def celery_worker() -> Iterator[None]:
    """A real Celery worker, in a thread, consuming from the real Redis broker."""
    with start_worker(
        celery_app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING"
    ):
        yield
