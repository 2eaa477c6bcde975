"""Personal API tokens: issued only in a session verified with the second factor, stored as
hashes, expiring, revocable, listed per user; the old unhashed tokens no longer work."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from partners.models import Role, User
from partners.services import api_token_issue
from tests.conftest import verified_client
from tests.partners.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def user() -> User:
    return UserFactory.create(username="aov-sleutel", role=Role.AOV)


def with_token(token: str) -> APIClient:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return api


def test_a_verified_session_issues_a_token_shown_once_and_stored_as_a_hash(user: User) -> None:
    client = verified_client(user)
    issued = client.post("/mijn-account/api-sleutels/")
    assert issued.status_code == 200
    html = issued.content.decode()
    token = html.split('data-testid="new-token">')[1].split("<")[0]
    assert token.startswith("vh_") and len(token) > 40
    stored = AuthToken.objects.get(user=user)
    assert token not in (stored.digest, stored.token_key) and token.startswith(stored.token_key)
    assert with_token(token).get("/api/me/").json()["username"] == user.username
    # Listed afterwards by its first characters only, never the token.
    listing = client.get("/mijn-account/api-sleutels/").content.decode()
    assert stored.token_key in listing and token not in listing
    api = with_token(token).get("/api/me/tokens/").json()
    assert [row["token_key"] for row in api] == [stored.token_key]


def test_no_token_without_a_verified_second_factor(user: User) -> None:
    with pytest.raises(PermissionDenied):
        api_token_issue(user=user, verified=False)
    # A session that passed the password but not the second factor is sent to verify first.
    client = Client()
    client.force_login(user)
    answer = client.post("/mijn-account/api-sleutels/")
    assert answer.status_code == 302 and "tweestapsverificatie" in answer["Location"]
    assert not AuthToken.objects.filter(user=user).exists()
    # Nor through the API: there is no endpoint that issues one.
    _stored, token = AuthToken.objects.create(user=user)
    assert with_token(token).post("/api/me/tokens/").status_code == 405


def test_an_expired_or_revoked_token_is_refused(user: User) -> None:
    stored, token = AuthToken.objects.create(user=user)
    assert with_token(token).get("/api/me/").status_code == 200
    AuthToken.objects.filter(pk=stored.pk).update(
        expiry=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert with_token(token).get("/api/me/").status_code == 401
    stored, token = AuthToken.objects.create(user=user)
    client = verified_client(user)
    revoked = client.post(f"/mijn-account/api-sleutels/{stored.token_key}/intrekken/")
    assert revoked.status_code == 302
    assert with_token(token).get("/api/me/").status_code == 401
    # Revoking through the API, the token making the call included.
    stored, token = AuthToken.objects.create(user=user)
    assert with_token(token).delete(f"/api/me/tokens/{stored.token_key}/").status_code == 204
    assert with_token(token).get("/api/me/").status_code == 401


def test_nobody_lists_or_revokes_another_users_tokens(user: User) -> None:
    other = UserFactory.create(username="ander", role=Role.FUNCTIONAL_MANAGER)
    theirs, their_token = AuthToken.objects.create(user=other)
    client = verified_client(user)
    assert theirs.token_key not in client.get("/mijn-account/api-sleutels/").content.decode()
    refused = client.post(f"/mijn-account/api-sleutels/{theirs.token_key}/intrekken/")
    assert refused.status_code == 404
    _mine, my_token = AuthToken.objects.create(user=user)
    assert with_token(my_token).delete(f"/api/me/tokens/{theirs.token_key}/").status_code == 404
    assert with_token(their_token).get("/api/me/").status_code == 200


def test_at_most_ten_valid_tokens(user: User) -> None:
    for _ in range(10):
        api_token_issue(user=user, verified=True)
    refused = verified_client(user).post("/mijn-account/api-sleutels/")
    assert refused.status_code == 400 and "trek er eerst een in" in refused.content.decode()
    assert AuthToken.objects.filter(user=user).count() == 10
