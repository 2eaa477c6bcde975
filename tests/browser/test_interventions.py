import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from casework.models import CaseIntervention, InterventionStatus
from interventions.catalogue import catalogue_load
from interventions.models import Intervention, months_before
from partners.domains import domains_ensure
from partners.models import Domain
from tests.browser.conftest import assert_accessible
from tests.browser.test_case_partners import log_in
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CLOSURE = "Sluiting woning wegens drugs (art. 13b Opiumwet)"


def test_aov_finds_weighs_and_decides_a_drug_closure(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()
    closure = Intervention.objects.get(name=CLOSURE)
    case = world.case
    page = log_in(browser, live_server, world.users["aov"])

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Interventies"
    ).click()
    expect(page.get_by_role("heading", name="Interventies", level=1)).to_be_visible()
    assert_accessible(axe, page, "interventies")
    page.get_by_role("textbox", name="Zoeken").fill("13b")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("link", name=CLOSURE).click()
    expect(page.get_by_role("heading", name=CLOSURE, level=1)).to_be_visible()
    expect(page.get_by_text("betekenis 1: formeel instrument").first).to_be_visible()
    expect(page.get_by_role("link", name="art. 13b Opiumwet", exact=True)).to_be_visible()
    assert_accessible(axe, page, "interventie-13b")

    page.goto(f"{live_server.url}/casussen/{case.pk}/")
    tabs = page.get_by_role("navigation", name="Onderdelen van de casus")
    tabs.get_by_role("link", name="Interventies").click()
    expect(page.get_by_role("heading", name="Interventies in deze casus")).to_be_visible()
    assert_accessible(axe, page, "casus-interventies")
    page.get_by_label("Interventie uit de catalogus").select_option(label=CLOSURE)
    page.get_by_label("Doel").fill("De handel in drugs vanuit de woning stoppen.")
    page.get_by_label("Anna Teststraat").check()
    page.get_by_role("button", name="Voornemen vastleggen").click()

    expect(page.get_by_role("heading", name=CLOSURE, level=2)).to_be_visible()
    expect(page.get_by_text("Minderjarigen in het netwerk:")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Milan Teststraat \(1[12] jaar\)"))).to_be_visible()
    expect(page.get_by_text("Voor een besluit ontbreekt nog:")).to_be_visible()
    assert_accessible(axe, page, "interventie-afwegen")

    page.get_by_label("De wettelijke grondslag is aanwezig").check()
    for number in range(1, closure.conditions.count() + 1):
        page.get_by_label(f"Voorwaarde {number} is voldaan").check()
        page.get_by_label(f"Onderbouwing of bron bij voorwaarde {number}").fill(
            "Bestuurlijke rapportage politie, 3 november"
        )
    page.get_by_label("Proportionaliteit").fill("Handel ondanks een eerdere waarschuwing.")
    page.get_by_label("Subsidiariteit").fill("De waarschuwing bleef zonder effect.")
    page.get_by_label("Wenselijkheid").fill("Past in het plan van aanpak.")
    page.get_by_label("Menselijke maat").fill("Milan kan bij zijn tante wonen; jeugdhulp helpt.")
    page.get_by_label("Veiligheidsrisico voor de uitvoerders").select_option(label="Middel")
    page.get_by_label("Veiligheidsmaatregelen").fill("Sluiting met politie, met z'n tweeën.")
    page.get_by_label("Motivering").fill("Zie de rapportage en deze afweging.")
    page.get_by_role("button", name="Afweging opslaan").click()
    expect(page.get_by_text("Afweging volledig")).to_be_visible()
    assert_accessible(axe, page, "interventie-afgewogen")

    page.get_by_role("combobox", name="Volgende stap").select_option(label="Zienswijze gevraagd")
    page.get_by_label("Reden", exact=True).fill(
        "Voornemen aan de eigenaar gestuurd, reactie binnen twee weken."
    )
    page.get_by_role("button", name="Stap vastleggen").click()
    expect(page.get_by_text("De interventie staat nu op: Zienswijze gevraagd.")).to_be_visible()
    page.get_by_role("combobox", name="Volgende stap").select_option(label="Besluit genomen")
    page.get_by_label("Reden", exact=True).fill("Besluit van de burgemeester van 10 november.")
    page.get_by_role("button", name="Stap vastleggen").click()
    expect(page.get_by_text("De interventie staat nu op: Besluit genomen.")).to_be_visible()
    assert_accessible(axe, page, "interventie-besluit")
    item = CaseIntervention.objects.get(case=case)
    assert item.status == InterventionStatus.DECIDED
    assert item.assessment.checks.filter(met=True).count() == closure.conditions.count()


def test_functional_manager_records_a_legal_review_of_a_stale_entry(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    domains_ensure(Domain)
    catalogue_load()
    closure = Intervention.objects.get(name=CLOSURE)
    Intervention.objects.filter(pk=closure.pk).update(
        reviewed_on=months_before(timezone.localdate(), 14)
    )
    page = log_in(browser, live_server, world.users["functioneel_beheerder"])
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/interventies/")
    page.get_by_label("Alleen met verlopen of ontbrekende juridische toetsing").check()
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("link", name=CLOSURE)).to_be_visible()
    expect(page.get_by_text("Toetsing verlopen").first).to_be_visible()
    assert_accessible(axe, page, "interventies-toetsing-verlopen")
    page.get_by_role("link", name=CLOSURE).click()
    expect(page.get_by_text("ouder dan twaalf maanden")).to_be_visible()
    expect(page.get_by_role("heading", name="Zienswijze en rechtsmiddelen")).to_be_visible()
    assert_accessible(axe, page, "interventie-toetsing-verlopen")
    page.get_by_label("Getoetst door (functie)").fill("jurist openbare orde en veiligheid")
    page.get_by_label("Toelichting").fill("Grondslag, voorwaarden en rechtspraak nagelopen.")
    page.get_by_role("button", name="Toetsing vastleggen").click()
    expect(page.get_by_text("De juridische toetsing is vastgelegd.")).to_be_visible()
    expect(page.get_by_text("door jurist openbare orde en veiligheid").first).to_be_visible()
    assert_accessible(axe, page, "interventie-getoetst")
    closure.refresh_from_db()
    assert closure.reviewed_by_function == "jurist openbare orde en veiligheid"
    assert not closure.review_due
    # On a phone the page reads in one column, the review form included.
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    expect(page.get_by_role("button", name="Toetsing vastleggen")).to_be_visible()
    wide = page.evaluate(
        """() => [...document.querySelectorAll('main *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 60))"""
    )
    assert wide == [], wide
    assert_accessible(axe, page, "interventie-getoetst-telefoon")
