import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from partners.models import User
from tests.browser.conftest import assert_accessible, watched
from tests.conftest import current_token, totp_device
from tests.partners.factories import PASSWORD
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(browser: Browser, live_server: LiveServer, user: User) -> Page:
    """A fresh browser session of `user`, logged in with password and authenticator code."""
    device = totp_device(user)
    page = watched(browser.new_context(locale="nl-NL").new_page())
    page.goto(f"{live_server.url}/inloggen/")
    page.get_by_label("Gebruikersnaam", exact=True).fill(user.username)
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_label("Code uit uw authenticator-app").fill(current_token(device))
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", name="Mijn werk", level=1)).to_be_visible()
    return page


def test_aov_adds_a_partner_who_then_sees_the_case(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    case = world.case
    aov = log_in(browser, live_server, world.users["aov"])
    aov.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Casussen").click()
    expect(aov.get_by_role("heading", name="Casussen", level=1)).to_be_visible()
    assert_accessible(axe, aov, "casussen")
    aov.get_by_role("link", name=case.number).click()
    expect(aov.get_by_role("heading", level=1)).to_contain_text(case.number)
    assert_accessible(axe, aov, "casus")
    tabs = aov.get_by_role("navigation", name="Onderdelen van de casus")
    tabs.get_by_role("link", name="Partners").click()
    expect(aov.get_by_role("heading", name="Partners in deze casus")).to_be_visible()

    aov.get_by_label("Partner", exact=True).select_option(label="Woonstichting Test (Wonen)")
    aov.get_by_label("Reden of besluit").fill("Signalen van woonfraude, besproken in de screening")
    aov.get_by_role("button", name="Partner toevoegen").click()
    partners = aov.get_by_role(
        "table", name="Partners, met wanneer zij aansloten en wie dat besloot"
    )
    expect(partners.get_by_role("rowheader", name="Woonstichting Test")).to_be_visible()
    assert_accessible(axe, aov, "casus-partner-toegevoegd")

    # A professional of the partner that just joined now sees the case.
    joined = log_in(browser, live_server, world.users["ketenpartner_buiten"])
    joined.goto(f"{live_server.url}/casussen/")
    expect(joined.get_by_role("link", name=case.number)).to_be_visible()
    joined.get_by_role("link", name=case.number).click()
    expect(joined.get_by_role("heading", level=1)).to_contain_text(case.number)
    expect(joined.get_by_text("Open notitie voor alle partners")).to_be_visible()
    expect(joined.get_by_text("Zorgnotitie alleen voor Zorg")).to_have_count(0)
    assert_accessible(axe, joined, "casus-nieuwe-partner")

    # A professional of a partner that is not (or no longer) in the case does not.
    outsider = log_in(browser, live_server, world.users["ketenpartner_vertrokken"])
    outsider.goto(f"{live_server.url}/casussen/")
    expect(outsider.get_by_text("neemt nog aan geen enkele casus deel")).to_be_visible()
    assert_accessible(axe, outsider, "casussen-leeg")
    response = outsider.goto(f"{live_server.url}/casussen/{case.pk}/")
    assert response is not None and response.status == 404
    expect(outsider.get_by_role("heading", name="Niet gevonden")).to_be_visible()
    assert_accessible(axe, outsider, "niet-gevonden")
