import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Locator, Page, expect
from pytest_django.live_server_helper import LiveServer

from casework.models import Case
from tests.browser.conftest import assert_accessible
from tests.browser.test_case_partners import log_in
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FAMILY = [
    ("Gerrit", "Doornbos", "1952-03-14", "Betrokkene (hoofdpersoon)"),
    ("Hennie", "Doornbos", "1955-07-02", "Familielid"),
    ("Ronald", "Doornbos", "1976-11-23", "Dader"),
    ("Ilse", "Vermeer", "1980-05-09", "Slachtoffer"),
    ("Dylan", "Doornbos", "2012-02-20", "Slachtoffer"),
]
RELATIONS = [
    ("Gerrit Doornbos", "partner van", "Hennie Doornbos"),
    ("Gerrit Doornbos", "ouder van", "Ronald Doornbos"),
    ("Ronald Doornbos", "ex-partner van", "Ilse Vermeer"),
    ("Ronald Doornbos", "ouder van", "Dylan Doornbos"),
    ("Ilse Vermeer", "ouder van", "Dylan Doornbos"),
]


def opened(form: Locator) -> Locator:
    """The form of a section, its disclosure opened if it is closed."""
    details = form.locator("details").first
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    return form


def add_person(page: Page, first: str, last: str, born: str, role: str) -> None:
    form = opened(page.get_by_role("region", name="Persoon toevoegen"))
    form.get_by_label("Voornaam").fill(first)
    form.get_by_label("Achternaam").fill(last)
    form.get_by_label("Geboortedatum").fill(born)
    if role != "Familielid":
        form.get_by_label("Familielid").uncheck()
        form.get_by_label(role).check()
    form.get_by_role("button", name="Persoon toevoegen").click()
    expect(page.get_by_text(f"{first} {last} is toegevoegd.")).to_be_visible()


def add_relation(page: Page, left: str, kind: str, right: str) -> None:
    form = opened(page.get_by_role("region", name="Relatie toevoegen"))
    form.get_by_label("Persoon", exact=True).select_option(label=left)
    form.get_by_label("is", exact=True).select_option(label=kind)
    form.get_by_label("Andere persoon", exact=True).select_option(label=right)
    form.get_by_role("button", name="Relatie toevoegen").click()
    expect(page.get_by_text("Relatie vastgelegd")).to_be_visible()


def test_aov_records_a_family_network_and_sees_it_drawn(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    page = log_in(browser, live_server, world.users["aov"])
    page.goto(f"{live_server.url}/casussen/")
    page.get_by_role("link", name="Nieuwe casus").click()
    assert_accessible(axe, page, "nieuwe-casus")
    page.get_by_label("Titel").fill("Familienetwerk Bedrijfsweg")
    page.get_by_label("Gemeente").select_option(label="Teststad")
    page.get_by_label("Criminele uitbuiting").check()
    page.get_by_role("button", name="Casus aanmaken").click()
    expect(page.get_by_text("Er staan nog geen personen in het netwerk")).to_be_visible()
    assert_accessible(axe, page, "netwerk-leeg")

    for person in FAMILY:
        add_person(page, *person)
    for relation in RELATIONS:
        add_relation(page, *relation)

    case = Case.objects.get(title="Familienetwerk Bedrijfsweg")
    diagram = page.get_by_role("img", name=f"Familienetwerk van casus {case.number}")
    expect(diagram).to_be_visible()
    expect(diagram).to_contain_text("Dylan Doornbos")
    people = page.get_by_role("table", name="Personen in het netwerk")
    expect(people.get_by_role("row")).to_have_count(1 + len(FAMILY))
    expect(people.get_by_role("row", name="Dylan Doornbos")).to_contain_text("minderjarig")
    expect(page.get_by_role("table", name="Relaties").get_by_role("row")).to_have_count(
        1 + len(RELATIONS)
    )
    assert_accessible(axe, page, "netwerk")
    assert case.persons.count() == 5
    assert case.relations.count() == 5
