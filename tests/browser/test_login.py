import re
from base64 import b32decode

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django_otp.oath import TOTP
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.browser.conftest import assert_accessible
from tests.browser.test_case_partners import log_in
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def code_for(secret_shown: str) -> str:
    """What an authenticator app shows for the key the set-up page displays."""
    key = secret_shown.replace(" ", "")
    key += "=" * (-len(key) % 8)
    return f"{TOTP(b32decode(key)).token():06d}"


def test_demo_user_logs_in_with_two_factor_and_sees_mijn_werk(
    page: Page, live_server: LiveServer, axe: Axe
) -> None:
    call_command("load_demo", "--force")

    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Inloggen", level=1)).to_be_visible()
    assert_accessible(axe, page, "inloggen")

    page.get_by_label("Gebruikersnaam", exact=True).fill("aov")
    page.get_by_label("Wachtwoord", exact=True).fill("vierhoek-demo")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("heading", name="Tweestapsverificatie instellen")).to_be_visible()
    assert_accessible(axe, page, "tweestapsverificatie-instellen")

    secret = page.get_by_test_id("totp-secret").inner_text()
    page.get_by_label("Code uit uw authenticator-app").fill(code_for(secret))
    page.get_by_role("button", name="Bevestigen").click()

    expect(page.get_by_role("heading", name="Mijn werk", level=1)).to_be_visible()
    banner = page.get_by_role("banner")
    expect(banner).to_contain_text("Sanne de Vries")
    expect(banner).to_contain_text("Gemeente Lindeveen")
    assert_accessible(axe, page, "mijn-werk")


def test_skip_link_moves_focus_to_the_content(
    page: Page, live_server: LiveServer, axe: Axe
) -> None:
    # The login page puts focus in its first field; this page starts at the top like most.
    page.goto(f"{live_server.url}/wachtwoord-vergeten/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    assert_accessible(axe, page, "skip-link")


def test_wrong_password_message_is_accessible(
    page: Page, live_server: LiveServer, axe: Axe
) -> None:
    page.goto(f"{live_server.url}/inloggen/")
    page.get_by_label("Gebruikersnaam", exact=True).fill("niemand")
    page.get_by_label("Wachtwoord", exact=True).fill("fout")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("gebruikersnaam en wachtwoord is onbekend")
    assert_accessible(axe, page, "inloggen-fout")


def test_the_content_security_policy_blocks_inline_script_and_the_tests_see_it(
    page: Page, live_server: LiveServer
) -> None:
    page.goto(f"{live_server.url}/inloggen/")
    page.evaluate(
        """() => {
        const script = document.createElement("script");
        script.textContent = "window.__ranInline = true";
        document.body.appendChild(script);
        }"""
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__ranInline") is None
    assert any("script-src" in line for line in page.evaluate("window.__cspViolations"))


def test_a_user_makes_and_revokes_a_personal_api_token(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    page = log_in(browser, live_server, world.users["aov"])
    # In the account tools of the header, not the main menu (which holds the work).
    expect(
        page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="API-sleutels")
    ).to_have_count(0)
    page.get_by_role("banner").get_by_role("link", name="API-sleutels").click()
    expect(page.get_by_role("heading", name="API-sleutels", level=1)).to_be_visible()
    expect(page.get_by_text("U heeft geen geldige API-sleutels.")).to_be_visible()
    assert_accessible(axe, page, "api-sleutels-leeg")
    page.get_by_role("button", name="Nieuwe API-sleutel maken").click()
    token = page.get_by_test_id("new-token").inner_text()
    assert token.startswith("vh_")
    assert_accessible(axe, page, "api-sleutels-nieuw")
    page.set_viewport_size({"width": 390, "height": 844})
    wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not wide, "the page scrolls sideways on a phone"
    assert_accessible(axe, page, "api-sleutels-nieuw-telefoon")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.get_by_role("button", name=re.compile("^Intrekken")).click()
    expect(page.get_by_text("De API-sleutel is ingetrokken")).to_be_visible()
    expect(page.get_by_text("U heeft geen geldige API-sleutels.")).to_be_visible()
