"""Input no field can hold is refused in one place with a 400, never a server error: a NUL
character (PostgreSQL cannot store it), a lone surrogate (it cannot be encoded), JSON nested
deeper than any payload of the API."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from casework.models import CaseIntervention, CaseNote, Person
from casework.services.interventions import case_intervention_propose
from casework.validators import ascii_digits, validate_past_event
from config.input import MAX_JSON_DEPTH, is_unusable, json_depth_exceeds
from interventions.models import Intervention
from partners.models import Domain
from tests.conftest import api_client, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db

NUL = "\x00"


def proposed_closure(world: World) -> CaseIntervention:
    """A drug closure proposed on the world's case, for the inputs that weigh it."""
    return case_intervention_propose(
        case=world.case,
        user=world.users["aov"],
        intervention=Intervention.objects.get(slug="sluiting-woning-drugs"),
        purpose="Sluiten",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )


def test_unusable_text_is_recognised() -> None:
    assert is_unusable("a\x00b") and is_unusable("\ud800") and is_unusable("x\udfffy")
    assert not is_unusable("Sluiting woning — art. 13b 🏠 €")


def test_depth_is_counted_outside_strings_only() -> None:
    assert not json_depth_exceeds(b'{"a": [[["x"]]]}', 4)
    assert json_depth_exceeds(b'{"a": [[[["x"]]]]}', 4)
    # Brackets inside a string, escaped quotes included, are text, not nesting.
    assert not json_depth_exceeds(b'{"a": "[[[[[[\\"[[[[", "b": 1}', 2)
    assert json_depth_exceeds(b"[" * 100_000 + b"]" * 100_000, MAX_JSON_DEPTH)


@pytest.mark.parametrize(
    "url",
    [
        "/api/cases/",
        "/api/interventions/",
        "/api/access-log/",
        "/api/organisations/",
    ],
)
def test_a_nul_in_an_api_query_is_a_400(world: World, url: str) -> None:
    for user in ("aov", "privacy_officer"):
        for params in ({"q": NUL}, {"kind": f"formeel{NUL}"}, {"path": NUL}, {NUL: "x"}):
            answer = api_client(world.users[user]).get(url, params)
            assert answer.status_code == 400, (url, params, answer.status_code)
            assert "nul-teken" in answer.json()["detail"]


@pytest.mark.parametrize("url", ["/casussen/", "/interventies/", "/privacy/toegangslog/"])
def test_a_nul_in_a_page_query_is_a_400_page(world: World, url: str) -> None:
    page = verified_client(world.users["aov"]).get(url, {"q": f"Teststraat{NUL}"})
    assert page.status_code == 400
    assert "Ongeldige invoer" in page.content.decode()


def test_a_nul_in_a_form_field_is_a_400(world: World) -> None:
    client = verified_client(world.users["aov"])
    answer = client.post(f"/casussen/{world.case.pk}/notities/", {"text": f"Notitie{NUL}"})
    assert answer.status_code == 400
    assert "nul-teken" in answer.content.decode()


def test_bad_json_bodies_are_a_400(world: World) -> None:
    api = api_client(world.users["aov"])
    base = f"/api/cases/{world.case.pk}/interventions/"
    proposal = {
        "intervention": f"sluiting-woning-drugs{NUL}",
        "purpose": "x",
        "responsible": world.organisations["gemeente"].pk,
    }
    for body in (
        json.dumps(proposal),
        json.dumps({**proposal, "intervention": "sluiting-woning-drugs", "purpose": "\ud800"}),
        "[" * 100_000 + "]" * 100_000,
        '{"intervention": ',
    ):
        answer = api.generic("POST", base, body, content_type="application/json")
        assert answer.status_code == 400, body[:40]
        assert "detail" in answer.json()
    # Lighter means given by slug, one of them with a NUL.
    item = proposed_closure(world)
    weighed = api.put(
        f"{base}{item.pk}/assessment/",
        {"version": 1, "checks": [], "lighter_considered": [f"x{NUL}"]},
        format="json",
    )
    assert weighed.status_code == 400 and "nul-teken" in weighed.json()["detail"]


def test_implausible_dates_are_refused_with_what_to_check(world: World) -> None:
    api = api_client(world.users["aov"])
    joined = api.post(
        f"/api/cases/{world.case.pk}/participations/",
        {"organisation": world.organisations["woningcorporatie"].pk, "joined_on": "1900-01-01"},
        format="json",
    )
    assert joined.status_code == 400 and "joined_on" in joined.json(), joined.content
    signal = {
        "kind": "signaal",
        "received_on": "0001-01-01",
        "source": world.organisations["gemeente"].pk,
        "domain": Domain.objects.get(code="veiligheid").pk,
        "classification": "ondermijning",
        "description": "Signaal",
    }
    refused = api.post(f"/api/cases/{world.case.pk}/signals/", signal, format="json")
    assert refused.status_code == 400 and "received_on" in refused.json(), refused.content
    assert "controleer het jaartal" in str(refused.json()["received_on"])
    with pytest.raises(ValidationError) as error:
        case_intervention_propose(
            case=world.case,
            user=world.users["aov"],
            intervention=Intervention.objects.get(slug="sluiting-woning-drugs"),
            purpose="Sluiten",
            responsible=world.organisations["gemeente"],
            target_persons=[world.persons["moeder"]],
            planned_on=datetime.date(9999, 1, 1),
        )
    assert "planned_on" in error.value.message_dict
    for day in (datetime.date(2000, 1, 1), timezone.localdate()):
        validate_past_event(day)  # the bounds themselves are fine


def test_a_bsn_typed_in_other_digits_is_stored_and_checked_as_ascii(world: World) -> None:
    full_width = "".join(chr(0xFF10 + int(digit)) for digit in "111222333")
    arabic_indic = "".join(chr(0x0660 + int(digit)) for digit in "123456782")
    assert ascii_digits(full_width) == "111222333"
    api = api_client(world.users["aov"])
    for typed, stored in ((full_width, "111222333"), (arabic_indic, "123456782")):
        created = api.post(
            f"/api/cases/{world.case.pk}/persons/",
            {"first_name": "Sem", "last_name": "Cijfer", "bsn": typed},
            format="json",
        )
        assert created.status_code == 201, created.content
        assert Person.objects.get(pk=created.json()["id"]).bsn == stored
    # The page form takes them too.
    page = verified_client(world.users["aov"]).post(
        f"/casussen/{world.case.pk}/netwerk/personen/",
        {"first_name": "Noor", "last_name": "Cijfer", "bsn": full_width, "roles": ["familielid"]},
    )
    assert page.status_code in (200, 302)
    assert Person.objects.filter(first_name="Noor", bsn="111222333").exists()


def test_a_megabyte_of_text_is_refused_and_the_note_form_says_its_limit(world: World) -> None:
    text = "x" * 1_000_000
    api = api_client(world.users["aov"])
    note = api.post(f"/api/cases/{world.case.pk}/notes/", {"text": text}, format="json")
    assert note.status_code == 400 and "langer dan 10.000 tekens" in note.json()["detail"]
    client = verified_client(world.users["aov"])
    page = client.post(f"/casussen/{world.case.pk}/notities/", {"text": text})
    assert page.status_code == 400 and not CaseNote.objects.filter(text=text).exists()
    form = client.get(f"/casussen/{world.case.pk}/").content.decode()
    assert 'maxlength="10000"' in form


def test_other_ways_in_are_held_to_the_same_rules(world: World) -> None:
    api = api_client(world.users["aov"])
    item = proposed_closure(world)
    url = f"/api/cases/{world.case.pk}/interventions/{item.pk}/assessment/"
    # A PUT with a form body (Django's request.POST does not read it; the parser does).
    for body in ("version=1&motivation=" + "x" * 20_000, "version=1&motivation=a%00b"):
        answer = api.generic("PUT", url, body, content_type="application/x-www-form-urlencoded")
        assert answer.status_code == 400, body[:30]
    # A JSON body larger than any form Django takes is refused unread.
    huge = '{"motivation": "' + "x" * 6_000_000 + '"}'
    assert api.generic("PUT", url, huge, content_type="application/json").status_code == 400
    # A cookie holding a NUL, before the session is looked up.
    client = Client()
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/casussen/").status_code == 400
    # A token header that cannot be a token is a 401, not a server error.
    anonymous = APIClient()
    for header in ("Token \xff\xfe", "Token abc\x00def"):
        anonymous.credentials(HTTP_AUTHORIZATION=header)
        assert anonymous.get("/api/me/").status_code == 401, header


def test_every_text_area_says_the_limit_in_the_browser(world: World) -> None:
    """So that the browser stops at the guard's limit and no typed text is lost to a 400."""
    item = proposed_closure(world)
    client = verified_client(world.users["aov"])
    for url in (
        f"/casussen/{world.case.pk}/",
        f"/casussen/{world.case.pk}/signalen/",
        f"/casussen/{world.case.pk}/interventies/{item.pk}/",
    ):
        html = client.get(url).content.decode()
        areas = html.count("<textarea")
        assert areas and html.count('maxlength="10000"') >= areas, url
