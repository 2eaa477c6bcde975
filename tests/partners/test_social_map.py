import pytest

from partners.models import Level
from tests.conftest import api_client, verified_client
from tests.partners.factories import (
    ContactPersonFactory,
    ExpertiseFactory,
    MunicipalityFactory,
    OrganisationFactory,
    RegionFactory,
    domain,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def social_map(user):
    region = RegionFactory.create(name="Rivierenland")
    other_region = RegionFactory.create(name="Noordkop")
    bibob = ExpertiseFactory.create(name="Bibob")
    jeugd = ExpertiseFactory.create(name="jeugd")
    riec = OrganisationFactory.create(
        name="RIEC Oost", domain=domain("veiligheid"), level=Level.REGIONAL
    )
    riec.regions.set([region])
    vt = OrganisationFactory.create(name="Veilig Thuis Noord", domain=domain("zorg"))
    vt.municipalities.set([MunicipalityFactory.create(name="Den Helder", region=other_region)])
    ContactPersonFactory.create(
        organisation=riec, name="Nadia Haddou", function="Analist", expertise=[bibob]
    )
    ContactPersonFactory.create(
        organisation=vt, name="Joyce Pinas", function="Aandachtsfunctionaris", expertise=[jeugd]
    )
    return {"region": region, "other_region": other_region, "bibob": bibob, "riec": riec, "vt": vt}


def names(response) -> str:
    return response.content.decode()


def test_social_map_lists_partners_with_their_domain(user, social_map) -> None:
    page = verified_client(user).get("/sociale-kaart/")
    assert page.status_code == 200
    assert "RIEC Oost" in names(page)
    assert "Veilig Thuis Noord" in names(page)


@pytest.mark.parametrize(
    ("params", "shown", "hidden"),
    [
        ({"q": "haddou"}, "RIEC Oost", "Veilig Thuis Noord"),
        ({"q": "jeugd"}, "Veilig Thuis Noord", "RIEC Oost"),
        ({"level": "regionaal"}, "RIEC Oost", "Veilig Thuis Noord"),
    ],
)
def test_social_map_filters(user, social_map, params, shown, hidden) -> None:
    html = names(verified_client(user).get("/sociale-kaart/", params))
    assert shown in html
    assert hidden not in html


def test_social_map_filters_by_domain_region_and_expertise(user, social_map) -> None:
    client = verified_client(user)
    by_domain = names(client.get("/sociale-kaart/", {"domain": domain("zorg").pk}))
    assert "Veilig Thuis Noord" in by_domain and "RIEC Oost" not in by_domain
    # A region matches partners serving it directly or through one of its municipalities.
    by_region = names(client.get("/sociale-kaart/", {"region": social_map["other_region"].pk}))
    assert "Veilig Thuis Noord" in by_region and "RIEC Oost" not in by_region
    by_expertise = names(client.get("/sociale-kaart/", {"expertise": social_map["bibob"].pk}))
    assert "RIEC Oost" in by_expertise and "Veilig Thuis Noord" not in by_expertise


def test_social_map_empty_state(user, social_map) -> None:
    html = names(verified_client(user).get("/sociale-kaart/", {"q": "bestaat niet"}))
    assert "Geen partners gevonden" in html


def test_partner_page_shows_its_people(user, social_map) -> None:
    page = verified_client(user).get(f"/sociale-kaart/{social_map['riec'].pk}/")
    html = names(page)
    assert "Nadia Haddou" in html
    assert "Analist" in html
    assert "Bibob" in html
    assert "Joyce Pinas" not in html


def test_partner_page_of_unknown_partner_is_404(user) -> None:
    assert verified_client(user).get("/sociale-kaart/999999/").status_code == 404


def test_api_lists_partners_and_contacts_with_filters(user, social_map) -> None:
    api = api_client(user)
    organisations = api.get("/api/organisations/", {"q": "bibob"}).json()["results"]
    assert [row["name"] for row in organisations] == ["RIEC Oost"]
    assert organisations[0]["domain"]["code"] == "veiligheid"
    contacts = api.get("/api/contacts/", {"q": "jeugd"}).json()["results"]
    assert [row["name"] for row in contacts] == ["Joyce Pinas"]
    assert contacts[0]["expertise"] == ["jeugd"]
    domains = api.get("/api/domains/").json()
    assert [row["code"] for row in domains][:3] == ["veiligheid", "sociaal-domein", "zorg"]
    assert len(domains) == 9


def test_memberships_show_colleagues_only(world) -> None:
    aov_rows = api_client(world.users["aov"]).get("/api/memberships/").json()["results"]
    assert {row["username"] for row in aov_rows} == {
        "aov",
        "burgemeester",
        "wethouder",
        "functioneel_beheerder",
    }
    manager_rows = (
        api_client(world.users["functioneel_beheerder"])
        .get("/api/memberships/", {"page_size": 100})
        .json()
    )
    assert manager_rows["count"] == len(world.users)
