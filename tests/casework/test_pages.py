import pytest
from django.utils import timezone

from casework.models import Case, CaseNote
from tests.conftest import verified_client
from tests.partners.factories import domain
from tests.world import World

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}


def test_aov_creates_a_case(world: World) -> None:
    client = verified_client(world.users["aov"])
    assert "Nieuwe casus" in client.get("/casussen/").content.decode()
    response = client.post(
        "/casussen/nieuw/",
        {
            "title": "Familie Dorpsstraat",
            "municipality": world.municipality.pk,
            "priority": "hoog",
            "life_areas": ["veiligheid", "uitbuiting"],
        },
    )
    case = Case.objects.get(title="Familie Dorpsstraat")
    assert case.priority == "hoog"
    assert case.life_areas == ["uitbuiting", "veiligheid"]
    # Straight on to the network, the next thing an AOV'er records.
    assert response["Location"] == f"/casussen/{case.pk}/netwerk/"
    page = client.get(response["Location"]).content.decode()
    assert f"Casus {case.number} is aangemaakt." in page
    assert "Er staan nog geen personen in het netwerk" in page


def test_case_creation_explains_what_is_missing(world: World) -> None:
    client = verified_client(world.users["aov"])
    response = client.post("/casussen/nieuw/", {"title": "", "municipality": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geef de casus een titel." in html
    assert "Kies de gemeente van de casus." in html
    assert Case.objects.count() == 1


def test_a_professional_cannot_create_cases(world: World) -> None:
    client = verified_client(world.users["ketenpartner_politie"])
    assert "Nieuwe casus" not in client.get("/casussen/").content.decode()
    assert client.get("/casussen/nieuw/").status_code == 403


def test_adding_a_partner_with_htmx_returns_the_partner_fragment(world: World) -> None:
    client = verified_client(world.users["aov"])
    response = client.post(
        f"/casussen/{world.case.pk}/partners/",
        {
            "organisation": world.organisations["woningcorporatie"].pk,
            "joined_on": timezone.localdate().isoformat(),
            "reason": "Signalen van woonfraude",
        },
        headers=HX,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "Woonstichting Test" in html
    assert "Signalen van woonfraude" in html
    assert world.case.participations.filter(
        organisation=world.organisations["woningcorporatie"], left_on__isnull=True
    ).exists()


def test_adding_a_partner_with_a_future_date_keeps_the_input(world: World) -> None:
    client = verified_client(world.users["aov"])
    response = client.post(
        f"/casussen/{world.case.pk}/partners/",
        {
            "organisation": world.organisations["woningcorporatie"].pk,
            "joined_on": "2999-01-01",
            "reason": "Te vroeg",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "kan niet in de toekomst liggen" in html
    assert 'value="Te vroeg"' in html


def test_the_partner_list_offers_only_partners_not_yet_taking_part(world: World) -> None:
    html = (
        verified_client(world.users["aov"])
        .get(f"/casussen/{world.case.pk}/partners/")
        .content.decode()
    )
    options = html.split('name="organisation"')[1].split("</select>")[0]
    assert "Woonstichting Test" in options
    assert "Reclassering Testunit" in options  # left, so it can rejoin
    assert "Politie Testeenheid" not in options


def test_leaving_a_partner_removes_its_access(world: World) -> None:
    client = verified_client(world.users["aov"])
    participation = world.case.participations.get(organisation=world.organisations["politie"])
    response = client.post(
        f"/casussen/{world.case.pk}/partners/{participation.pk}/vertrek/", {"reason": "Klaar"}
    )
    assert response["Location"] == f"/casussen/{world.case.pk}/partners/"
    police = verified_client(world.users["ketenpartner_politie"])
    assert police.get(f"/casussen/{world.case.pk}/").status_code == 404


def test_a_note_limited_to_zorg_is_saved_with_its_limitation(world: World) -> None:
    client = verified_client(world.users["ketenpartner_ggz"])
    response = client.post(
        f"/casussen/{world.case.pk}/notities/",
        {"text": "Behandeling loopt", "restricted_to": [domain("zorg").pk]},
        headers=HX,
    )
    html = response.content.decode()
    assert "Behandeling loopt" in html
    assert "Alleen zichtbaar voor" in html
    note = CaseNote.objects.get(text="Behandeling loopt")
    assert list(note.restricted_to.all()) == [domain("zorg")]
    police_page = verified_client(world.users["ketenpartner_politie"]).get(
        f"/casussen/{world.case.pk}/"
    )
    assert "Behandeling loopt" not in police_page.content.decode()


def test_an_empty_note_gets_a_clear_message(world: World) -> None:
    client = verified_client(world.users["aov"])
    response = client.post(f"/casussen/{world.case.pk}/notities/", {"text": ""}, headers=HX)
    assert "Een notitie mag niet leeg zijn." in response.content.decode()


def test_vierhoek_member_is_told_notes_are_not_for_their_role(world: World) -> None:
    html = (
        verified_client(world.users["burgemeester"])
        .get(f"/casussen/{world.case.pk}/")
        .content.decode()
    )
    assert "Uw rol geeft geen inzage in de notities" in html
    assert world.open_note.text not in html
    assert "Partner toevoegen" not in html


def test_case_list_search_and_empty_state(world: World) -> None:
    client = verified_client(world.users["aov"])
    assert world.case.number in client.get("/casussen/", {"q": "teststraat"}).content.decode()
    empty = client.get("/casussen/", {"q": "bestaat niet"}).content.decode()
    assert "Geen casussen gevonden" in empty
    outsider = verified_client(world.users["ketenpartner_buiten"])
    assert "neemt nog aan geen enkele casus deel" in outsider.get("/casussen/").content.decode()


def test_mijn_werk_lists_the_users_cases(world: World) -> None:
    html = verified_client(world.users["ketenpartner_zorg"]).get("/").content.decode()
    assert world.case.number in html


def test_the_last_partner_leaving_is_refused_with_a_message(world: World) -> None:
    client = verified_client(world.users["aov"])
    from casework.services import case_create

    case = case_create(user=world.users["aov"], title="Alleen", municipality=world.municipality)
    participation = case.participations.get()
    response = client.post(f"/casussen/{case.pk}/partners/{participation.pk}/vertrek/", headers=HX)
    assert "De laatste partner kan de casus niet verlaten" in response.content.decode()
    participation.refresh_from_db()
    assert participation.left_on is None


def test_the_english_interface_gives_the_same_access(world: World) -> None:
    client = verified_client(world.users["ketenpartner_politie"])
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(f"/casussen/{world.case.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="en">' in html
    assert "Overview" in html
    assert world.open_note.text in html
