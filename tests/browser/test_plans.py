"""A procesregisseur writes the plan of action in the browser, submits it, watches a real
worker make the PDF and opens it. Every page state visited is checked by axe-core (and for CSP
violations and its width, at 1366 pixels and on a phone)."""

import datetime
import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Browser, Locator, Page, expect
from pytest_django.live_server_helper import LiveServer

from casework.plans.models import PlanVersion
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.browser.test_case_partners import log_in
from tests.browser.test_network_corrections import DESKTOP, checked
from tests.casework.plan_world import closure
from tests.documents.workers import _tool
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CLOSURE = "Sluiting woning wegens drugs (art. 13b Opiumwet)"


def row(page: Page, legend: str) -> Locator:
    return page.get_by_role("group", name=legend, exact=True)


def test_procesregisseur_writes_submits_and_opens_the_plan(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World, celery_worker: None
) -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()
    closure(world)
    in_two_weeks = (timezone.localdate() + datetime.timedelta(days=14)).isoformat()
    page = log_in(browser, live_server, world.users["procesregisseur"])
    page.set_viewport_size(DESKTOP)
    page.goto(f"{live_server.url}/casussen/{world.case.pk}/")
    tabs = page.get_by_role("navigation", name="Onderdelen van de casus")
    tabs.get_by_role("link", name="Plan van aanpak").click()
    expect(page.get_by_role("heading", name="Concept", level=2)).to_be_visible()
    expect(page.get_by_text("Voor indienen ontbreekt nog:")).to_be_visible()
    expect(page.get_by_text("Nog geen versie ingediend.")).to_be_visible()
    checked(axe, page, "plan-leeg")

    page.get_by_role("link", name="Plan bewerken").click()
    expect(page.get_by_role("heading", name="Beeldvorming", level=2)).to_be_visible()
    checked(axe, page, "plan-bewerken")
    page.get_by_role("textbox", name="Beeldvorming").fill(
        "Veiligheid en zorg zien samen: Hendrik stuurt de handel, Milan wordt ingezet."
    )
    goal = row(page, "Nieuw doel")
    goal.get_by_label("Leefgebied").select_option(label="Veiligheid en criminaliteit")
    goal.get_by_label("Doel").fill("De handel vanuit de woning is gestopt.")
    action = row(page, "Nieuwe interventie in het plan")
    action.get_by_label("Interventie", exact=True).select_option(label=f"{CLOSURE} (Voornemen)")
    action.get_by_label("Verantwoordelijke partner").select_option(label="Gemeente Teststad")
    action.get_by_label("Verantwoordelijke persoon").select_option(index=1)
    action.get_by_label("Uiterlijk op").fill(in_two_weeks)
    page.get_by_label("Veiligheidsmaatregelen voor de professionals").fill(
        "Huisbezoeken altijd met twee medewerkers."
    )
    page.get_by_label("Controle van de maatregelen door").select_option(label="Politie Testeenheid")
    child = row(page, "Milan Teststraat")
    child.get_by_label("Hoe is de veiligheid geborgd?").fill("Veiligheidsplan met moeder.")
    child.get_by_label("Hoe is de ontwikkeling geborgd?").fill("School en jeugdhulp.")
    child.get_by_label("Geborgd door").select_option(label="Veilig Thuis Testregio")
    message = row(page, "Nieuwe afspraak")
    message.get_by_label("Wie", exact=True).select_option(
        label="Zorg- en Veiligheidshuis Testregio"
    )
    message.get_by_label("Aan wie").fill("Anna Teststraat")
    message.get_by_label("Wat", exact=True).fill("Wat de partners gaan doen.")
    message.get_by_label("Wanneer").fill(in_two_weeks)
    for partner in (
        "Gemeente Teststad",
        "Zorg- en Veiligheidshuis Testregio",
        "Veilig Thuis Testregio",
        "GGZ Testregio",
        "Politie Testeenheid",
        "Openbaar Ministerie Testarrondissement",
    ):
        row(page, partner).get_by_label("Inzet").fill(f"Wat {partner} doet.")
    page.get_by_label("Evaluatiedatum").fill(
        (timezone.localdate() + datetime.timedelta(days=90)).isoformat()
    )
    page.get_by_role("button", name="Plan opslaan").click()
    expect(page.get_by_text("Het plan is opgeslagen.")).to_be_visible()
    expect(page.get_by_text("Compleet: klaar om in te dienen")).to_be_visible()
    checked(axe, page, "plan-compleet")

    page.get_by_role("button", name="Indienen als versie 1").click()
    expect(page.get_by_role("heading", name="Plan van aanpak, versie 1", level=2)).to_be_visible()
    assert PlanVersion.objects.filter(case=world.case, number=1).exists()
    checked(axe, page, "plan-versie-wordt-gemaakt")
    # htmx asks every second until the worker is done, then offers the download.
    download_link = page.get_by_role("link", name="PDF downloaden (Volledig, met namen)")
    expect(download_link).to_be_visible(timeout=60_000)
    expect(page.get_by_role("link", name="PDF downloaden (Gepseudonimiseerd)")).to_be_visible(
        timeout=60_000
    )
    checked(axe, page, "plan-versie-klaar")
    with page.expect_download() as downloaded:
        download_link.click()
    path = downloaded.value.path()
    assert downloaded.value.suggested_filename == (f"plan-van-aanpak-{world.case.number}-v1.pdf")
    text = subprocess.run(  # noqa: S603 - poppler, found by its full path
        [_tool("pdftotext"), str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert CLOSURE in text and "art. 13b Opiumwet" in text
    assert "Besluit van de gezagsvierhoek" in text
    assert "Veiligheid en zorg zien samen: Hendrik stuurt de handel" in text
