"""System accounts for integrations (koppelingen): a separate kind of account that never signs
in on a page, reads only what its scopes name and nothing of any case, with a token that a
functional manager issues."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from knox.models import AuthToken
from rest_framework.test import APIClient

from partners.models import AccountKind, Scope, User
from partners.services import api_token_issue, system_token_issue
from tests.conftest import verified_client
from tests.partners.factories import PASSWORD, UserFactory
from tests.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def koppeling(db: None) -> User:
    account = UserFactory.create(username="koppeling-website", organisation=None)
    account.kind = AccountKind.SYSTEM
    account.scopes = [Scope.CATALOGUE_READ]
    account.save()
    return account


def with_token(token: str) -> APIClient:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return api


def test_a_system_account_reads_its_scopes_and_nothing_else(world: World, koppeling: User) -> None:
    manager = world.users["functioneel_beheerder"]
    _stored, token = system_token_issue(requester=manager, account=koppeling)
    api = with_token(token)
    assert api.get("/api/interventions/").status_code == 200
    assert api.get("/api/interventions/sluiting-woning-drugs/").status_code == 200
    for url in (
        "/api/organisations/",
        "/api/cases/",
        f"/api/cases/{world.case.pk}/persons/",
        "/api/me/",
        "/api/access-log/",
        "/api/memberships/",
    ):
        assert api.get(url).status_code == 403, url
    refused = api.post(
        "/api/interventions/sluiting-woning-drugs/reviews/",
        {"reviewed_on": "2026-11-01", "reviewer_function": "x"},
    )
    assert refused.status_code == 403
    koppeling.scopes = [Scope.SOCIAL_MAP_READ]
    koppeling.save()
    assert api.get("/api/organisations/").status_code == 200
    assert api.get("/api/interventions/").status_code == 403


def test_a_system_account_never_signs_in_and_gets_no_personal_token(koppeling: User) -> None:
    koppeling.set_password(PASSWORD)
    koppeling.save()
    page = Client().post("/inloggen/", {"username": koppeling.username, "password": PASSWORD})
    assert page.status_code == 200 and "_auth_user_id" not in page.wsgi_request.session
    with pytest.raises(PermissionDenied):
        api_token_issue(user=koppeling, verified=True)


def test_only_the_functional_manager_issues_a_koppeling_token(
    world: World, koppeling: User
) -> None:
    with pytest.raises(PermissionDenied):
        system_token_issue(requester=world.users["aov"], account=koppeling)
    with pytest.raises(ValidationError):
        system_token_issue(
            requester=world.users["functioneel_beheerder"], account=world.users["aov"]
        )
    manager = world.users["functioneel_beheerder"]
    manager.is_staff = True
    manager.save()
    answer = verified_client(manager).post(
        "/beheer/partners/user/",
        {"action": "issue_system_token", "_selected_action": [koppeling.pk]},
    )
    html = answer.content.decode()
    assert answer.status_code == 200 and 'data-testid="system-token"' in html
    token = html.split('data-testid="system-token">')[1].split("<")[0]
    assert with_token(token).get("/api/interventions/").status_code == 200
    stored = AuthToken.objects.get(user=koppeling)
    assert stored.expiry is not None
    assert round((stored.expiry - stored.created).total_seconds() / 86400) == 90


def test_scopes_belong_to_system_accounts_only(world: World) -> None:
    person = world.users["aov"]
    person.scopes = [Scope.CATALOGUE_READ]
    with pytest.raises(ValidationError):
        person.full_clean()
    assert person.kind == AccountKind.PERSON


def test_the_functional_manager_creates_a_koppeling_in_the_admin(world: World) -> None:
    manager = world.users["functioneel_beheerder"]
    manager.is_staff = True
    manager.save()
    created = verified_client(manager).post(
        "/beheer/partners/user/add/",
        {
            "username": "koppeling-gis",
            "kind": AccountKind.SYSTEM,
            "scopes": [Scope.SOCIAL_MAP_READ],
        },
    )
    assert created.status_code == 302, created.content.decode()[:2000]
    account = User.objects.get(username="koppeling-gis")
    assert account.is_system and account.scopes == [Scope.SOCIAL_MAP_READ]
    assert not account.has_usable_password() and not account.groups.exists()
    # A person's account takes no API scopes.
    refused = verified_client(manager).post(
        "/beheer/partners/user/add/",
        {"username": "iemand", "email": "iemand@example.org", "scopes": [Scope.SOCIAL_MAP_READ]},
    )
    assert refused.status_code == 200 and not User.objects.filter(username="iemand").exists()


def test_a_koppeling_has_at_most_three_tokens_and_loses_them_at_once(
    world: World, koppeling: User
) -> None:
    from partners.services import tokens_revoke_all

    manager = world.users["functioneel_beheerder"]
    tokens = [system_token_issue(requester=manager, account=koppeling)[1] for _ in range(3)]
    with pytest.raises(ValidationError, match="trek ze eerst in"):
        system_token_issue(requester=manager, account=koppeling)
    assert tokens_revoke_all(requester=manager, account=koppeling) == 3
    assert with_token(tokens[0]).get("/api/interventions/").status_code == 401


def test_a_koppeling_reads_neither_the_schema_nor_the_docs(world: World, koppeling: User) -> None:
    _stored, token = system_token_issue(
        requester=world.users["functioneel_beheerder"], account=koppeling
    )
    assert with_token(token).get("/api/schema/").status_code == 403
    assert with_token(token).get("/api/docs/").status_code == 403
