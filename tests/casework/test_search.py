import pytest

from casework.selectors import case_list, person_search
from casework.services import case_create, person_add
from tests.conftest import api_client, reader, verified_client
from tests.world import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_case(world: World):
    """A case the police user does not take part in, with a similar name in it."""
    case = case_create(
        user=world.users["procesregisseur"],
        title="Familie Verborgen",
        municipality=world.municipality,
    )
    person_add(
        case=case, user=world.users["procesregisseur"], first_name="Hendrik", last_name="Teststraat"
    )
    return case


def test_a_misspelled_name_finds_the_person(world: World) -> None:
    found = list(person_search(reader(world.users["aov"]), query="Tesstraat"))
    assert world.persons["opa"] in found


def test_dutch_full_text_search_finds_the_title(world: World) -> None:
    harbour = case_create(
        user=world.users["aov"],
        title="Criminele netwerken rond de haven",
        municipality=world.municipality,
    )
    # "netwerk" and "netwerken" share their Dutch stem; case does not matter.
    assert list(case_list(reader(world.users["aov"]), query="netwerk")) == [harbour]
    assert list(case_list(reader(world.users["aov"]), query="FAMILIE")) == [world.case]


def test_a_name_finds_the_case_it_is_in(world: World) -> None:
    assert list(case_list(reader(world.users["aov"]), query="Milan")) == [world.case]


def test_search_is_scoped_by_the_permission_policy(world: World, hidden_case) -> None:
    police = world.users["ketenpartner_politie"]
    assert hidden_case not in case_list(reader(police), query="Familie")
    assert all(
        p.case_id == world.case.pk for p in person_search(reader(police), query="Teststraat")
    )
    procesregisseur = world.users["procesregisseur"]
    assert hidden_case in case_list(reader(procesregisseur), query="Verborgen")


def test_vierhoek_members_find_cases_but_no_persons(world: World) -> None:
    mayor = world.users["burgemeester"]
    assert list(case_list(reader(mayor), query=world.case.number)) == [world.case]
    assert list(person_search(reader(mayor), query="Teststraat")) == []
    assert list(case_list(reader(mayor), query="Milan")) == []


def test_search_page_and_api_show_only_what_the_user_may_see(world: World, hidden_case) -> None:
    police = world.users["ketenpartner_politie"]
    html = verified_client(police).get("/casussen/", {"q": "Teststraat"}).content.decode()
    assert "Personen die overeenkomen" in html
    assert "Milan Teststraat" in html
    assert hidden_case.number not in html or hidden_case.number == world.case.number
    assert "Familie Verborgen" not in html
    rows = api_client(police).get("/api/cases/", {"q": "Familie"}).json()["results"]
    assert [row["id"] for row in rows] == [world.case.pk]


def test_the_list_filters_by_status(world: World) -> None:
    client = verified_client(world.users["aov"])
    assert world.case.number in client.get("/casussen/", {"status": "signaal"}).content.decode()
    empty = client.get("/casussen/", {"status": "monitoring"}).content.decode()
    assert "Geen casussen gevonden" in empty


def test_the_list_filters_by_municipality(world: World) -> None:
    from tests.partners.factories import served_municipality

    elders = served_municipality(world.organisations["gemeente"], name="Elderveen")
    other = case_create(user=world.users["aov"], title="Elders", municipality=elders)
    client = verified_client(world.users["aov"])
    html = client.get("/casussen/", {"gemeente": elders.pk}).content.decode()
    assert f'href="/casussen/{other.pk}/"' in html
    assert f'href="/casussen/{world.case.pk}/"' not in html
    assert f'name="gemeente" value="{elders.pk}" checked> Elderveen' in html


def test_the_municipality_filter_offers_the_area_the_partner_serves(world: World) -> None:
    from casework.selectors import case_list_municipalities
    from partners.models import Municipality
    from tests.partners.factories import MunicipalityFactory, OrganisationFactory, RegionFactory

    region = RegionFactory.create(name="Regio Rivierenland")
    north, south = (MunicipalityFactory.create(name=name, region=region) for name in "NZ")
    alone = MunicipalityFactory.create(name="Eiland")
    user = world.users["aov"]

    def offered() -> list[str]:
        user.refresh_from_db()
        return list(case_list_municipalities(user=user).values_list("name", flat=True))

    organisation = OrganisationFactory.create(name="Serves nothing")
    user.organisation = organisation
    user.save()
    # A partner without a set area may filter by every municipality.
    assert offered() == list(Municipality.objects.order_by("name").values_list("name", flat=True))
    organisation.municipalities.add(alone)
    assert offered() == ["Eiland"]
    organisation.regions.add(region)
    assert offered() == ["Eiland", "N", "Z"]
    assert {north.name, south.name} <= set(offered())
    user.organisation = None
    user.save()
    assert offered() == []


def test_close_misspellings_of_a_surname_find_the_person(world: World) -> None:
    aov = world.users["aov"]
    verhoeven = person_add(case=world.case, user=aov, first_name="Ria", last_name="Verhoeven")
    for typed in ("Verhoven", "verhoeven", "Verhoeve", "Ria Verhoven"):
        assert verhoeven in person_search(reader(aov), query=typed), typed
    assert list(person_search(reader(aov), query="Jansma")) == []


def test_name_particles_alone_do_not_find_every_van_and_de(world: World) -> None:
    aov = world.users["aov"]
    berg = person_add(case=world.case, user=aov, first_name="Sem", last_name="van den Berg")
    person_add(case=world.case, user=aov, first_name="Eva", last_name="van Dijk")
    assert list(person_search(reader(aov), query="van den Berg")) == [berg]
    assert list(person_search(reader(aov), query="Berg")) == [berg]
    # Every word must match: first name and surname together narrow the search.
    assert list(person_search(reader(aov), query="Eva Berg")) == []


def test_every_name_added_to_a_network_can_be_searched(world: World) -> None:
    from casework.models import NameVocabulary

    person_add(
        case=world.case, user=world.users["aov"], first_name="Ymke", last_name="Zwart", alias="Yz"
    )
    assert {"Ymke", "Zwart", "Yz", "Teststraat", "Milan"} <= set(
        NameVocabulary.objects.values_list("name", flat=True)
    )
