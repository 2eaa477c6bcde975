import pytest
from django.utils import timezone

from casework.services import case_create, person_add
from tests.conftest import api_client
from tests.partners.factories import domain, served_municipality
from tests.world import World

pytestmark = pytest.mark.django_db


def test_persons_are_added_and_listed_through_the_api(world: World) -> None:
    api = api_client(world.users["ketenpartner_zorg"])
    created = api.post(
        f"/api/cases/{world.case.pk}/persons/",
        {
            "first_name": "Sara",
            "last_name": "Teststraat",
            "birth_date": "2015-03-01",
            "roles": ["slachtoffer"],
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["is_minor"] is True
    assert created.json()["known_elsewhere"] == []
    listed = api.get(f"/api/cases/{world.case.pk}/persons/").json()
    assert "Sara" in [row["first_name"] for row in listed["results"]]


def test_the_api_says_whom_to_contact_when_a_person_is_known_elsewhere(world: World) -> None:
    other = case_create(
        user=world.users["procesregisseur"],
        title="Elders",
        municipality=served_municipality(world.organisations["zvh"]),
    )
    person_add(
        case=other,
        user=world.users["procesregisseur"],
        first_name="X",
        last_name="Y",
        bsn="123456782",
    )
    response = api_client(world.users["aov"]).post(
        f"/api/cases/{world.case.pk}/persons/",
        {"first_name": "Zelfde", "last_name": "Persoon", "bsn": "123456782"},
        format="json",
    )
    contacts = response.json()["known_elsewhere"]
    assert [contact["name"] for contact in contacts] == [str(world.users["procesregisseur"])]
    assert set(contacts[0]) == {"name", "organisation", "email", "phone"}
    assert other.number not in response.content.decode()


def test_bad_input_gets_clear_errors(world: World) -> None:
    api = api_client(world.users["aov"])
    bad_bsn = api.post(
        f"/api/cases/{world.case.pk}/persons/",
        {"first_name": "A", "last_name": "B", "bsn": "123456789"},
        format="json",
    )
    assert bad_bsn.status_code == 400
    assert "elfproef" in bad_bsn.content.decode()
    future = api.post(
        f"/api/cases/{world.case.pk}/persons/",
        {"first_name": "A", "last_name": "B", "birth_date": "2999-01-01"},
        format="json",
    )
    assert future.status_code == 400
    assert "toekomst" in future.content.decode()
    moeder = world.persons["moeder"].pk
    itself = api.post(
        f"/api/cases/{world.case.pk}/relations/",
        {
            "from_person": moeder,
            "kind": "partner",
            "to_person": moeder,
            "source": world.organisations["gemeente"].pk,
        },
        format="json",
    )
    assert itself.status_code == 400
    assert "zichzelf" in itself.content.decode()
    illegal = api.post(
        f"/api/cases/{world.case.pk}/transitions/",
        {"to_status": "afgesloten", "reason": "Klaar", "version": world.case.version},
        format="json",
    )
    assert illegal.status_code == 400
    assert "kan een casus niet naar" in illegal.content.decode()


def test_relations_and_signals_through_the_api(world: World) -> None:
    api = api_client(world.users["aov"])
    relation = api.post(
        f"/api/cases/{world.case.pk}/relations/",
        {
            "from_person": world.persons["opa"].pk,
            "kind": "grootouder",
            "to_person": world.persons["kind"].pk,
            "source": world.organisations["politie"].pk,
            "valid_from": "2014-01-01",
        },
        format="json",
    )
    assert relation.status_code == 201, relation.content
    signal = api.post(
        f"/api/cases/{world.case.pk}/signals/",
        {
            "kind": "informeren",
            "authority": "bibob",
            "received_on": timezone.localdate().isoformat(),
            "source": world.organisations["gemeente"].pk,
            "domain": domain("veiligheid").pk,
            "classification": "ondermijning",
            "description": "Bibob-signaal over de vergunning",
        },
        format="json",
    )
    assert signal.status_code == 201, signal.content
    assert signal.json()["authority"] == "bibob"


def test_patch_with_an_old_version_is_a_conflict_and_loses_nothing(world: World) -> None:
    api = api_client(world.users["aov"])
    version = api.get(f"/api/cases/{world.case.pk}/").json()["version"]
    first = api.patch(
        f"/api/cases/{world.case.pk}/", {"version": version, "priority": "urgent"}, format="json"
    )
    assert first.status_code == 200
    assert first.json()["version"] == version + 1
    second = api.patch(
        f"/api/cases/{world.case.pk}/",
        {"version": version, "title": "Overschreven?"},
        format="json",
    )
    assert second.status_code == 409
    assert "Iemand anders heeft deze casus intussen gewijzigd" in second.json()["detail"]
    current = api.get(f"/api/cases/{world.case.pk}/").json()
    assert current["priority"] == "urgent"
    assert current["title"] == "Familie Teststraat"


def test_transitions_and_their_history_through_the_api(world: World) -> None:
    api = api_client(world.users["procesregisseur"])
    moved = api.post(
        f"/api/cases/{world.case.pk}/transitions/",
        {
            "to_status": "aanmelding",
            "reason": "Aangemeld door de gemeente",
            "version": world.case.version,
        },
        format="json",
    )
    assert moved.status_code == 201
    history = api.get(f"/api/cases/{world.case.pk}/status-changes/").json()["results"]
    assert [row["to_status"] for row in history] == ["signaal", "aanmelding"]
    assert history[1]["reason"] == "Aangemeld door de gemeente"


def test_the_schema_says_who_decided_a_departure_may_be_null(world: World) -> None:
    schema = api_client(world.users["aov"]).get("/api/schema/", {"format": "json"}).json()
    field = schema["components"]["schemas"]["Participation"]["properties"]["left_decided_by"]
    assert field.get("nullable") is True
    listed = api_client(world.users["aov"]).get(f"/api/cases/{world.case.pk}/participations/")
    current = [row for row in listed.json()["results"] if row["left_on"] is None]
    assert current and all(row["left_decided_by"] is None for row in current)
