"""The headers a government application owes: a strict Content-Security-Policy, a
Permissions-Policy, and no copy of an answer with personal data in any cache."""

import pytest
from django.test import Client

from tests.conftest import api_client, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db


def test_pages_and_api_answers_carry_the_policies_and_are_not_stored(world: World) -> None:
    page = verified_client(world.users["aov"]).get(f"/casussen/{world.case.pk}/")
    api = api_client(world.users["aov"]).get(f"/api/cases/{world.case.pk}/persons/")
    login = Client().get("/inloggen/")
    for answer in (page, api, login):
        assert answer.status_code == 200
        policy = answer.headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
        assert answer.headers["Cache-Control"] == "no-store"
        assert "camera=()" in answer.headers["Permissions-Policy"]


def test_the_api_documentation_runs_under_the_policy(world: World) -> None:
    client = verified_client(world.users["aov"])
    docs = client.get("/api/docs/")
    html = docs.content.decode()
    assert docs.status_code == 200 and "<script>" not in html
    nonce = html.split('<style nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in docs.headers["Content-Security-Policy"]
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()


def test_an_anonymous_api_call_is_told_to_authenticate(client: Client) -> None:
    for url in ("/api/cases/", "/api/interventions/", "/api/me/"):
        answer = client.get(url)
        assert answer.status_code == 401, url
        assert answer.headers["WWW-Authenticate"] == "Token"


def test_the_schema_documents_the_errors_of_every_operation(world: World) -> None:
    schema = api_client(world.users["aov"]).get("/api/schema/", {"format": "json"}).json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert {"401", "403"} <= codes, (path, method)
            if method in ("post", "put", "patch"):
                assert {"400", "409"} <= codes, (path, method)


def test_an_api_address_no_route_matches_answers_json(world: World, client: Client) -> None:
    for url in ("/api/bestaat-niet/", "/api/cases/-1/persons/"):
        answer = api_client(world.users["aov"]).get(url)
        assert answer.status_code == 404 and answer.json() == {"detail": "Niet gevonden."}
    page = verified_client(world.users["aov"]).get("/bestaat-niet/")
    assert page.status_code == 404 and "Niet gevonden" in page.content.decode()
