"""The insight pages as their users see them: the wethouder opens "Inzicht" from the menu and
finds her municipality's figures, each chart drawn by Chart.js above the table of the same
figures; the researcher chooses the country. Every page is checked by axe-core (and for CSP
violations and its width), and every chart is kept as a screenshot."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from casework.insight import publication, summaries
from casework.insight.pilots import pilots_compare
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_case_partners import log_in
from tests.browser.test_network_corrections import DESKTOP, PHONE, checked
from tests.casework.insight_world import Use, history
from tests.partners.factories import MunicipalityFactory
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def many_histories(world: World) -> None:
    """Forty histories in Teststad over 2025, enough for most figures to be shown."""
    outcomes = ["bereikt", "deels", "niet_bereikt", "bereikt"]
    for index in range(40):
        month = index % 12 + 1
        day = f"2025-{month:02d}"
        history(
            world,
            world.municipality,
            registered=f"{day}-02",
            statuses=((f"{day}-05", "aanmelding"), (f"{day}-20", "casusoverleg")),
            domains=(
                ("veiligheid", f"{day}-02"),
                ("zorg", f"{day}-0{3 if index % 3 else 9}"),
                ("politie", f"{day}-04"),
            ),
            uses=(
                Use(
                    "formeel" if index % 2 else "informeel",
                    f"{day}-06",
                    steps=[(f"{day}-10", "besluit_genomen"), (f"{day}-15", "uitgevoerd")],
                    evaluation=(1 + index % 5, outcomes[index % 4], f"{day}-25"),
                ),
                Use("zorg", f"{day}-07"),
            ),
            signals=(f"{day}-01", "2026-03-01" if index % 3 == 0 else f"{day}-01"),
            meeting=f"{day}-20",
            plan=f"{day}-26",
        )
    MunicipalityFactory.create(name="Naaststad", region=world.municipality.region)
    summaries.rebuild()
    publication.publish()


def charts_drawn(page: Page, name: str) -> int:
    """Waits for every chart, checks that Chart.js drew it, and keeps a screenshot of each."""
    canvases = page.locator("canvas[data-chart]")
    count = canvases.count()
    for index in range(count):
        canvas = canvases.nth(index)
        canvas.scroll_into_view_if_needed()
        drawn = canvas.evaluate("c => Boolean(window.Chart && window.Chart.getChart(c))")
        assert drawn, canvas.get_attribute("id")
        chart = canvas.get_attribute("id")
        page.locator(f"section.figure:has(#{chart})").screenshot(
            path=SCREENSHOTS / f"{name}-{chart}.png"
        )
    return count


def test_the_wethouder_reads_her_municipalitys_figures(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()
    many_histories(world)

    alderman = log_in(browser, live_server, world.users["wethouder"])
    alderman.set_viewport_size(DESKTOP)
    alderman.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Inzicht").click()
    expect(alderman.get_by_role("heading", name="Inzicht: Teststad, 2026", level=1)).to_be_visible()
    alderman.get_by_label("Jaar", exact=True).select_option("2025")
    alderman.get_by_role("button", name="Toon").click()
    expect(alderman.get_by_role("heading", name="Inzicht: Teststad, 2025", level=1)).to_be_visible()
    expect(alderman.get_by_text("Bijgewerkt om")).to_be_visible()
    # The first quarter: 10 registrations, shown; the table under its chart says so.
    registered = alderman.get_by_role(
        "region", name="Tabel: Aangemelde casussen naar escalatieniveau"
    )
    expect(registered.get_by_role("row", name="Totaal")).to_contain_text("10")
    assert charts_drawn(alderman, "inzicht-gemeente") == 12
    assert "Familie Cijfer" not in alderman.content()
    checked(axe, alderman, "inzicht-gemeente")
    alderman.set_viewport_size(PHONE)
    alderman.locator("#aanpak-grafiek").scroll_into_view_if_needed()
    alderman.locator("section.figure:has(#aanpak-grafiek)").screenshot(
        path=SCREENSHOTS / "inzicht-gemeente-aanpak-390.png"
    )


def test_the_researcher_chooses_the_country(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    domains_ensure(Domain)
    catalogue_load()
    many_histories(world)
    researcher = log_in(browser, live_server, world.users["onderzoeker"])
    researcher.set_viewport_size(DESKTOP)
    researcher.goto(f"{live_server.url}/inzicht/")
    expect(
        researcher.get_by_role("heading", name="Inzicht: Nederland, 2026", level=1)
    ).to_be_visible()
    researcher.get_by_label("Plaats", exact=True).select_option(
        label=world.municipality.region.name
    )
    researcher.get_by_label("Jaar", exact=True).select_option("2025")
    researcher.get_by_role("button", name="Toon").click()
    expect(
        researcher.get_by_role("heading", name=f"Inzicht: {world.municipality.region.name}, 2025")
    ).to_be_visible()
    assert charts_drawn(researcher, "inzicht-regio") == 12
    checked(axe, researcher, "inzicht-regio")
    # No case for a researcher: the menu has no "Casussen".
    menu = researcher.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link", name="Casussen")).to_have_count(0)

    # The proeftuin: a pilot registered through the form, then compared by the refresh.
    researcher.get_by_role("link", name="Proeftuin: pilots en hoe hun casussen het doen").click()
    expect(researcher.get_by_text("Er staan nog geen pilots in de proeftuin.")).to_be_visible()
    checked(axe, researcher, "proeftuin-leeg")
    researcher.get_by_role("link", name="Nieuwe pilot").click()
    researcher.get_by_label("Naam").fill("Eerst zorg")
    researcher.get_by_label("Hypothese").fill(
        "Met een gezinscoach vooraf komen er minder signalen."
    )
    researcher.get_by_label("Wat wordt geprobeerd").fill("Een gezinscoach in de eerste week.")
    researcher.get_by_label("Teststad").check()
    researcher.get_by_label("Van", exact=True).fill("2025-01-01")
    researcher.get_by_label("Tot en met").fill("2025-12-31")
    checked(axe, researcher, "proeftuin-nieuw")
    researcher.get_by_role("button", name="Pilot vastleggen").click()
    expect(researcher.get_by_text("De pilot staat in de proeftuin.")).to_be_visible()
    pilots_compare()
    researcher.reload()
    # No case enrolled yet: too few to say, and nothing of the regular cases either.
    expect(
        researcher.get_by_text("Te weinig casussen om iets te zeggen: er zijn er")
    ).to_be_visible()
    comparison = researcher.get_by_role("region", name="Vergelijking")
    expect(comparison.get_by_role("row").nth(1)).to_contain_text("–")
    checked(axe, researcher, "proeftuin-pilot")
