import pytest
from django.contrib.auth.models import Group
from django.test import Client
from knox.models import AuthToken
from rest_framework.test import APIClient

from partners.models import Domain, Organisation, User

pytestmark = pytest.mark.django_db


def test_api_refuses_anonymous_callers() -> None:
    response = APIClient().get("/api/me/")
    assert response.status_code in (401, 403)


def test_api_with_a_token_returns_the_user(user: User, django_assert_max_num_queries) -> None:
    _stored, token = AuthToken.objects.create(user=user)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
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


def test_lists_are_paged_and_the_page_size_can_be_chosen_up_to_a_limit(user: User) -> None:
    from tests.conftest import api_client

    api = api_client(user)
    Organisation.objects.bulk_create(
        Organisation(
            name=f"Partner {n}",
            domain=Domain.objects.first(),
            group=Group.objects.create(name=f"P{n}"),
        )
        for n in range(3)
    )
    total = Organisation.objects.count()
    default = api.get("/api/organisations/").json()
    assert default["count"] == total and len(default["results"]) == total
    small = api.get("/api/organisations/?page_size=2").json()
    assert len(small["results"]) == 2
    assert "page=2" in small["next"] and "page_size=2" in small["next"]
    # A page larger than the limit is cut to the limit (200), never refused or unlimited.
    huge = api.get("/api/organisations/?page_size=100000")
    assert huge.status_code == 200 and len(huge.json()["results"]) == total
    from config.api import Pagination

    assert (Pagination.page_size, Pagination.max_page_size) == (50, 200)


def test_schema_generates_without_warnings() -> None:
    from io import StringIO

    from django.core.management import call_command

    output = StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=output)
    assert "/api/cases/{case_pk}/notes/" in output.getvalue()


def test_a_case_the_user_may_not_see_is_simply_not_found_in_dutch(user: User) -> None:
    from tests.conftest import api_client

    response = api_client(user).get("/api/cases/999999/", headers={"Accept-Language": "nl"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Niet gevonden."}
