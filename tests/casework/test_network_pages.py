import pytest
from django.utils import timezone

from casework.models import Person, Relation, Signal
from tests.conftest import verified_client
from tests.partners.factories import domain
from tests.world import World

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}


def test_network_tab_draws_the_network_with_a_table(world: World) -> None:
    html = (
        verified_client(world.users["aov"])
        .get(f"/casussen/{world.case.pk}/netwerk/")
        .content.decode()
    )
    assert "<svg" in html
    assert "Personen in het netwerk" in html
    assert "Milan Teststraat" in html
    assert "minderjarig" in html
    assert "ouder van" in html


def test_adding_a_person_through_the_page(world: World) -> None:
    client = verified_client(world.users["aov"])
    response = client.post(
        f"/casussen/{world.case.pk}/netwerk/personen/",
        {
            "first_name": "Sara",
            "last_name": "Teststraat",
            "birth_date": "2016-05-01",
            "roles": ["familielid"],
        },
    )
    assert response["Location"] == f"/casussen/{world.case.pk}/netwerk/"
    assert Person.objects.filter(first_name="Sara", case=world.case).exists()
    assert "Sara Teststraat is toegevoegd." in client.get(response["Location"]).content.decode()


def test_a_bad_person_keeps_the_input_and_says_why(world: World) -> None:
    client = verified_client(world.users["aov"])
    response = client.post(
        f"/casussen/{world.case.pk}/netwerk/personen/",
        {
            "first_name": "Sara",
            "last_name": "",
            "bsn": "123456789",
            "birth_date": "2999-01-01",
            "roles": ["familielid"],
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vul de achternaam in." in html
    assert "elfproef" in html
    assert "Een geboortedatum kan niet in de toekomst liggen." in html
    assert 'value="Sara"' in html
    assert not Person.objects.filter(first_name="Sara").exists()


def test_adding_a_relation_and_refusing_one_to_oneself(world: World) -> None:
    client = verified_client(world.users["aov"])
    url = f"/casussen/{world.case.pk}/netwerk/relaties/"
    opa, kind = world.persons["opa"], world.persons["kind"]
    refused = client.post(
        url,
        {
            "from_person": kind.pk,
            "kind": "partner",
            "to_person": kind.pk,
            "source": world.organisations["gemeente"].pk,
        },
    )
    assert "Een persoon kan geen relatie met zichzelf hebben." in refused.content.decode()
    added = client.post(
        url,
        {
            "from_person": opa.pk,
            "kind": "grootouder",
            "to_person": kind.pk,
            "source": world.organisations["politie"].pk,
        },
    )
    assert added.status_code == 302
    assert Relation.objects.filter(from_person=opa, to_person=kind, kind="grootouder").exists()


def test_known_elsewhere_appears_when_a_person_is_added(world: World) -> None:
    from casework.services import case_create, person_add
    from tests.partners.factories import served_municipality

    other = case_create(
        user=world.users["procesregisseur"],
        title="Geheim",
        municipality=served_municipality(world.organisations["zvh"]),
    )
    person_add(
        case=other,
        user=world.users["procesregisseur"],
        first_name="Q",
        last_name="R",
        bsn="123456782",
    )
    client = verified_client(world.users["aov"])
    response = client.post(
        f"/casussen/{world.case.pk}/netwerk/personen/",
        {"first_name": "Zelfde", "last_name": "Persoon", "bsn": "123456782", "roles": ["dader"]},
        follow=True,
    )
    html = response.content.decode()
    assert "is mogelijk bekend in een andere casus" in html
    assert str(world.users["procesregisseur"]) in html
    assert "Geheim" not in html
    assert other.number not in html or other.number == world.case.number


def test_signals_tab_adds_and_limits_a_signal(world: World) -> None:
    client = verified_client(world.users["ketenpartner_ggz"])
    url = f"/casussen/{world.case.pk}/signalen/"
    response = client.post(
        url,
        {
            "kind": "signaal",
            "received_on": timezone.localdate().isoformat(),
            "source": world.organisations["ggz"].pk,
            "domain": domain("zorg").pk,
            "classification": "zorg",
            "description": "Behandeling afgebroken",
            "restricted_to": [domain("zorg").pk],
        },
    )
    assert response["Location"] == url
    assert Signal.objects.get(description="Behandeling afgebroken").restricted_to.count() == 1
    police = verified_client(world.users["ketenpartner_politie"]).get(url).content.decode()
    assert "Behandeling afgebroken" not in police
    assert "Zorgsignaal alleen voor Zorg" not in police


def test_informing_without_an_authority_is_refused_on_the_page(world: World) -> None:
    response = verified_client(world.users["aov"]).post(
        f"/casussen/{world.case.pk}/signalen/",
        {
            "kind": "informeren",
            "received_on": timezone.localdate().isoformat(),
            "source": world.organisations["gemeente"].pk,
            "domain": domain("veiligheid").pk,
            "classification": "ondermijning",
            "description": "RIEC",
        },
    )
    assert "Kies welke overheid is geïnformeerd." in response.content.decode()


def test_summary_is_edited_inline_and_a_stale_edit_is_refused(world: World) -> None:
    client = verified_client(world.users["aov"])
    url = f"/casussen/{world.case.pk}/samenvatting/"
    form = client.get(url, {"bewerken": "1"}, headers=HX).content.decode()
    assert "<html" not in form
    assert 'name="version"' in form
    data = {
        "version": world.case.version,
        "title": "Familie Teststraat",
        "life_areas": ["veiligheid"],
        "priority": "hoog",
        "escalation_level": "2",
        "case_director": "",
        "process_director": world.users["procesregisseur"].pk,
    }
    saved = client.post(url, data, headers=HX).content.decode()
    assert "Hoog" in saved
    assert "Oranje" in saved
    stale = client.post(url, {**data, "priority": "laag"}, headers=HX).content.decode()
    assert "Iemand anders heeft deze casus intussen gewijzigd" in stale
    assert 'value="laag" selected' in stale or '<option value="laag" selected>' in stale
    world.case.refresh_from_db()
    assert world.case.priority == "hoog"


def test_status_step_through_the_page_and_history_shown(world: World) -> None:
    client = verified_client(world.users["voorzitter"])
    response = client.post(
        f"/casussen/{world.case.pk}/status/",
        {
            "to_status": "aanmelding",
            "reason": "Aangemeld bij het ZVH",
            "version": world.case.version,
        },
    )
    assert response.status_code == 302
    html = client.get(f"/casussen/{world.case.pk}/").content.decode()
    assert "De casus staat nu op Aanmelding." in html
    assert "Aangemeld bij het ZVH" in html


def test_timeline_and_person_page(world: World) -> None:
    client = verified_client(world.users["ketenpartner_zorg"])
    timeline = client.get(f"/casussen/{world.case.pk}/tijdlijn/").content.decode()
    assert "Milan Teststraat toegevoegd aan het netwerk" in timeline
    assert "Casus aangemaakt" in timeline
    person = client.get(
        f"/casussen/{world.case.pk}/personen/{world.persons['moeder'].pk}/"
    ).content.decode()
    assert "111222333" in person
    assert "Anna Teststraat ouder van Milan Teststraat" in person


def test_vierhoek_members_get_no_network_tab(world: World) -> None:
    client = verified_client(world.users["burgemeester"])
    html = client.get(f"/casussen/{world.case.pk}/").content.decode()
    assert "/netwerk/" not in html
    assert client.get(f"/casussen/{world.case.pk}/netwerk/").status_code == 404
    assert client.get(f"/casussen/{world.case.pk}/tijdlijn/").status_code == 200
