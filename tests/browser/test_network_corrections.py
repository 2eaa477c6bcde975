"""Correcting a family network in the browser: a misspelled name, a relation that ended, a
person added by mistake, and a form error that stays on an address that answers GET.

Every page state visited is checked by axe-core (and for CSP violations and its width)."""

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import formats, timezone, translation
from playwright.sync_api import Browser, Dialog, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from casework.models import Person
from casework.services import person_add, relation_add
from tests.browser.conftest import SCREENSHOTS, assert_accessible
from tests.browser.test_case_partners import log_in
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def network_url(live_server: LiveServer, world: World) -> str:
    return f"{live_server.url}/casussen/{world.case.pk}/netwerk/"


def person_url(live_server: LiveServer, world: World, person: Person) -> str:
    return f"{live_server.url}/casussen/{world.case.pk}/personen/{person.pk}/"


DESKTOP: ViewportSize = {"width": 1366, "height": 768}
PHONE: ViewportSize = {"width": 390, "height": 844}


def aov_session(browser: Browser, live_server: LiveServer, world: World) -> Page:
    """The AOV'er, logged in, in a window 1366 pixels wide."""
    page = log_in(browser, live_server, world.users["aov"])
    page.set_viewport_size(DESKTOP)
    return page


def checked(axe: Axe, page: Page, name: str) -> None:
    """`assert_accessible` (which also checks the width on a phone), and a screenshot on a
    phone, `<name>-390.png`, next to the one it keeps."""
    assert_accessible(axe, page, name)
    page.set_viewport_size(PHONE)
    page.screenshot(path=SCREENSHOTS / f"{name}-390.png", full_page=True)
    page.set_viewport_size(DESKTOP)


def without_screenshot_traces(page: Page) -> None:
    """Playwright's screenshot hides the caret by styling each form control and leaves an
    empty style attribute behind; htmx, settling a swapped form, copies the old controls'
    attributes onto the new ones, which the Content-Security-Policy then reports. A user
    never has those attributes: remove them before an htmx swap of the same form."""
    page.evaluate(
        "document.querySelectorAll('[style=\"\"]').forEach(e => e.removeAttribute('style'))"
    )


def open_timeline(page: Page) -> None:
    tabs = page.get_by_role("navigation", name="Onderdelen van de casus")
    tabs.get_by_role("link", name="Tijdlijn").click()
    expect(page.get_by_role("heading", name="Tijdlijn", level=2)).to_be_visible()


def test_aov_corrects_a_misspelled_name_inline(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    ria = person_add(
        case=world.case,
        user=world.users["aov"],
        first_name="Ria",
        last_name="Verhoven",
        birth_date=datetime.date(1978, 4, 12),
    )
    page = aov_session(browser, live_server, world)
    page.goto(network_url(live_server, world))
    people = page.get_by_role("table", name="Personen in het netwerk")
    people.get_by_role("link", name="Ria Verhoven").click()
    expect(page).to_have_url(person_url(live_server, world, ria))
    expect(page.get_by_role("heading", name="Ria Verhoven", level=2)).to_be_visible()
    checked(axe, page, "correctie-persoon")

    page.get_by_role("link", name="Gegevens corrigeren").click()
    form = page.get_by_role("region", name="Gegevens van Ria Verhoven corrigeren")
    expect(form).to_be_visible()
    # htmx loaded the form into the person's page: the browser did not navigate.
    assert page.url == person_url(live_server, world, ria)
    expect(form.get_by_label("Achternaam")).to_have_value("Verhoven")
    checked(axe, page, "correctie-persoon-formulier")

    form.get_by_label("Achternaam").fill("Verhoeven")
    form.get_by_label("Reden").fill("Naam verkeerd gespeld (BRP)")
    form.get_by_role("button", name="Correctie opslaan").click()
    expect(page.get_by_text("De gegevens van Ria Verhoeven zijn gecorrigeerd.")).to_be_visible()
    expect(page).to_have_url(person_url(live_server, world, ria))
    expect(page.get_by_role("heading", name="Ria Verhoeven", level=2)).to_be_visible()
    expect(page.get_by_role("region", name=re.compile("corrigeren$"))).to_have_count(0)
    checked(axe, page, "correctie-persoon-gecorrigeerd")
    ria.refresh_from_db()
    assert ria.last_name == "Verhoeven"
    assert ria.version == 2

    open_timeline(page)
    event = page.locator(".timeline__item").filter(
        has_text="Persoon Ria Verhoeven gewijzigd: Naam verkeerd gespeld (BRP)"
    )
    expect(event).to_have_count(1)
    expect(event.get_by_role("listitem")).to_have_text(["Achternaam: Verhoven → Verhoeven"])
    checked(axe, page, "correctie-tijdlijn-naam")


def test_aov_ends_a_partner_relation(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    aov = world.users["aov"]
    karin = person_add(
        case=world.case,
        user=aov,
        first_name="Karin",
        last_name="Bos",
        birth_date=datetime.date(1979, 9, 3),
    )
    relation = relation_add(
        case=world.case,
        user=aov,
        from_person=world.persons["moeder"],
        kind="partner",
        to_person=karin,
        source=world.organisations["gemeente"],
    )
    page = aov_session(browser, live_server, world)
    page.goto(network_url(live_server, world))
    checked(axe, page, "correctie-netwerk")
    relations = page.get_by_role("table", name="Relaties")
    row = relations.get_by_role("row", name=re.compile("^Anna Teststraat partner van Karin Bos"))
    expect(row).to_have_count(1)
    row.get_by_role("link", name="Wijzigen Anna Teststraat partner van Karin Bos").click()
    # The relation's forms open inline, under the table; the address stays the network's.
    inline = page.get_by_role("region", name="Relatie: Anna Teststraat partner van Karin Bos")
    expect(inline).to_be_visible()
    expect(page).to_have_url(network_url(live_server, world))
    checked(axe, page, "correctie-relatie")

    today = timezone.localdate()
    ending = inline.get_by_role("form", name="Relatie beëindigen")
    expect(ending.get_by_label("Beëindigd op")).to_have_value(today.isoformat())
    ending.get_by_label("Beëindigd op").fill(today.isoformat())
    ending.get_by_label("Reden").fill("Gescheiden volgens BRP")
    ending.get_by_role("button", name="Relatie beëindigen").click()
    expect(
        page.get_by_text("De relatie “Anna Teststraat partner van Karin Bos” is beëindigd.")
    ).to_be_visible()
    expect(page).to_have_url(network_url(live_server, world))
    with translation.override("nl"):
        shown = formats.date_format(today, "j M Y")
    # Dutch months are written in lower case ("3 mrt 2026").
    shown = shown.lower()
    row = page.get_by_role("table", name="Relaties").get_by_role(
        "row", name=re.compile("^Anna Teststraat partner van Karin Bos")
    )
    expect(row.get_by_role("cell").nth(2)).to_have_text(f"… – {shown}")
    checked(axe, page, "correctie-relatie-beeindigd")
    relation.refresh_from_db()
    assert relation.valid_to == today

    # The relation's page says it ended and no longer offers to end it.
    page.goto(f"{live_server.url}/casussen/{world.case.pk}/relaties/{relation.pk}/")
    with translation.override("nl"):
        long = formats.date_format(today, "j F Y").lower()
    expect(page.get_by_text(f"Beëindigd op {long}.")).to_be_visible()
    expect(page.get_by_role("region", name="Relatie beëindigen")).to_have_count(0)
    checked(axe, page, "correctie-relatie-na-einde")

    open_timeline(page)
    event = page.locator(".timeline__item").filter(
        has_text="Relatie Anna Teststraat partner van Karin Bos beëindigd: Gescheiden volgens BRP"
    )
    expect(event).to_have_count(1)
    checked(axe, page, "correctie-tijdlijn-relatie")


def test_aov_removes_a_wrongly_added_person(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    aov = world.users["aov"]
    mistake = person_add(
        case=world.case,
        user=aov,
        first_name="Foutje",
        last_name="Persoon",
        birth_date=datetime.date(1985, 2, 2),
    )
    relation_add(
        case=world.case,
        user=aov,
        from_person=mistake,
        kind="oom_tante",
        to_person=world.persons["kind"],
        source=world.organisations["gemeente"],
    )
    page = aov_session(browser, live_server, world)
    page.goto(network_url(live_server, world))
    page.get_by_role("table", name="Personen in het netwerk").get_by_role(
        "link", name="Foutje Persoon"
    ).click()
    expect(page.get_by_role("heading", name="Foutje Persoon", level=2)).to_be_visible()
    page.get_by_role("link", name="Uit het netwerk verwijderen…").click()
    expect(page).to_have_url(f"{person_url(live_server, world, mistake)}verwijderen/")
    confirmation = page.get_by_role("region", name="Foutje Persoon uit het netwerk verwijderen")
    expect(confirmation).to_be_visible()
    expect(confirmation.get_by_text("Wat er gebeurt:")).to_be_visible()
    expect(
        confirmation.get_by_text(
            "De relatie “Foutje Persoon oom of tante van Milan Teststraat” vervalt."
        )
    ).to_be_visible()
    checked(axe, page, "correctie-verwijderen")

    confirmation.get_by_label("Reden").fill("Per abuis toegevoegd, hoort bij een andere casus")
    confirmation.get_by_role("button", name="Definitief verwijderen").click()
    expect(page.get_by_text("Foutje Persoon is uit het netwerk verwijderd.")).to_be_visible()
    expect(page).to_have_url(network_url(live_server, world))
    people = page.get_by_role("table", name="Personen in het netwerk")
    expect(people.get_by_role("row")).to_have_count(1 + 3)
    expect(people).not_to_contain_text("Foutje")
    expect(page.get_by_role("table", name="Relaties")).not_to_contain_text("Foutje")
    checked(axe, page, "correctie-verwijderd")
    assert not Person.objects.filter(pk=mistake.pk).exists()

    open_timeline(page)
    event = page.locator(".timeline__item").filter(
        has_text="Persoon F. P. verwijderd: Per abuis toegevoegd, hoort bij een andere casus"
    )
    expect(event).to_have_count(1)
    expect(page.get_by_role("main")).not_to_contain_text("Foutje")
    expect(page.get_by_role("main")).not_to_contain_text("Persoon Foutje")
    checked(axe, page, "correctie-tijdlijn-verwijderd")


def test_a_form_error_stays_on_an_address_that_answers_get(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    anna = world.persons["moeder"]
    page = aov_session(browser, live_server, world)
    address = f"{person_url(live_server, world, anna)}corrigeren/"
    response = page.goto(address)
    assert response is not None and response.status == 200
    form = page.get_by_role("region", name="Gegevens van Anna Teststraat corrigeren")
    expect(form).to_be_visible()
    checked(axe, page, "correctie-pagina")
    without_screenshot_traces(page)

    # With JavaScript the page's form posts through htmx and the answer replaces the form.
    form.get_by_label("Achternaam").fill("Test-Straat")
    form.get_by_role("button", name="Correctie opslaan").click()
    expect(page.get_by_text("Geef de reden van deze correctie.")).to_be_visible()
    assert page.url == address
    # What was typed stays; nothing was saved.
    expect(form.get_by_label("Achternaam")).to_have_value("Test-Straat")
    expect(form.get_by_label("Reden")).to_have_attribute("aria-invalid", "true")
    anna.refresh_from_db()
    assert anna.last_name == "Teststraat"
    checked(axe, page, "correctie-pagina-fout")
    again = page.goto(page.url)
    assert again is not None and again.status == 200, f"{page.url} does not answer a GET"
    expect(form.get_by_label("Achternaam")).to_have_value("Teststraat")

    # Without JavaScript the form is an ordinary POST to the same address: the error page
    # answers a reload (the browser posts again) and a GET of its address.
    plain = browser.new_context(
        locale="nl-NL", java_script_enabled=False, storage_state=page.context.storage_state()
    ).new_page()

    def resubmit(dialog: Dialog) -> None:
        dialog.accept()

    plain.on("dialog", resubmit)
    opened = plain.goto(address)
    assert opened is not None and opened.status == 200
    plain.get_by_label("Achternaam").fill("Test-Straat")
    with plain.expect_response(lambda r: r.request.method == "POST") as posted:
        plain.get_by_role("button", name="Correctie opslaan").click()
    assert posted.value.status == 200
    expect(plain.get_by_text("Geef de reden van deze correctie.")).to_be_visible()
    assert plain.url == address
    expect(plain.get_by_label("Achternaam")).to_have_value("Test-Straat")
    reloaded = plain.reload()
    assert reloaded is not None and reloaded.status == 200, "the error page does not reload"
    expect(plain.get_by_text("Geef de reden van deze correctie.")).to_be_visible()
    fetched = plain.goto(plain.url)
    assert fetched is not None and fetched.status == 200, f"{plain.url} does not answer a GET"
    assert fetched.request.method == "GET"
    expect(
        plain.get_by_role("region", name="Gegevens van Anna Teststraat corrigeren")
    ).to_be_visible()
    expect(plain.get_by_text("Geef de reden van deze correctie.")).to_have_count(0)
    anna.refresh_from_db()
    assert anna.last_name == "Teststraat"
    plain.context.close()
