import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from partners.models import User

pytestmark = pytest.mark.django_db


def test_api_refuses_anonymous_callers() -> None:
    response = APIClient().get("/api/me/")
    assert response.status_code in (401, 403)


def test_api_with_a_token_returns_the_user(user: User, django_assert_max_num_queries) -> None:
    token = Token.objects.create(user=user)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    with django_assert_max_num_queries(4):
        response = api.get("/api/me/")
    assert response.status_code == 200
    assert response.json()["username"] == user.username
    assert user.organisation is not None
    assert response.json()["organisation"]["name"] == user.organisation.name
    assert response.json()["roles"] == ["AOV'er"]


def test_api_on_a_session_needs_two_factor(client: Client, user: User) -> None:
    client.post("/inloggen/", {"username": user.username, "password": "een-lang-testwachtwoord"})
    response = client.get("/api/me/")
    assert response.status_code == 403
    assert response.json()["detail"] == "Tweestapsverificatie is vereist."


def test_api_on_a_verified_session(logged_in_client: Client, user: User) -> None:
    response = logged_in_client.get("/api/me/")
    assert response.status_code == 200
    assert response.json()["id"] == user.pk


def test_schema_describes_the_endpoints(logged_in_client: Client) -> None:
    response = logged_in_client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Vierhoek API"
    assert "/api/me/" in schema["paths"]


def test_docs_are_served_without_third_party_hosts(logged_in_client: Client) -> None:
    response = logged_in_client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert "cdn." not in html


def test_pagination_is_on_by_default() -> None:
    from django.conf import settings

    assert str(settings.REST_FRAMEWORK["DEFAULT_PAGINATION_CLASS"]).endswith("PageNumberPagination")
    assert settings.REST_FRAMEWORK["PAGE_SIZE"] == 50


def test_schema_generates_without_warnings() -> None:
    from io import StringIO

    from django.core.management import call_command

    output = StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=output)
    assert "/api/cases/{case_pk}/notes/" in output.getvalue()
