"""The chair runs a casusoverleg of two cases with the keyboard alone: confirms the
confidentiality statement, opens the meeting mode, starts the timer, writes the notes, records
a decision and an action, and steps to the next case with the shortcuts; the action then
appears on its owner's start page, and the owner sees only the item her partner is invited to.
Every page state is checked by axe-core (and for CSP violations and its width)."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from casework.meetings.models import AgendaItem, Decision, MeetingAction
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.browser.test_case_partners import log_in
from tests.browser.test_network_corrections import DESKTOP, checked
from tests.casework.meeting_world import build
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def press_on(page: Page, name: str, key: str = "Enter", *, role: str = "button") -> None:
    """Focuses the control as Tab would reach it, and presses a key on it."""
    control = page.get_by_role(role, name=name, exact=True)  # type: ignore[arg-type]
    control.focus()
    page.keyboard.press(key)


def type_into(page: Page, label: str, text: str) -> None:
    page.get_by_label(label, exact=True).focus()
    page.keyboard.type(text)


def test_chair_runs_a_meeting_with_the_keyboard(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World
) -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()
    m = build(world, confirm=False)
    zorg = world.users["ketenpartner_zorg"]
    chair = log_in(browser, live_server, world.users["voorzitter"])
    chair.set_viewport_size(DESKTOP)
    menu = chair.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("link", name="Overleggen").focus()
    chair.keyboard.press("Enter")
    expect(chair.get_by_role("heading", name="Overleggen", level=1)).to_be_visible()
    checked(axe, chair, "overleggen")

    press_on(chair, m.meeting.title, role="link")
    expect(chair.get_by_role("heading", name=m.meeting.title, level=1)).to_be_visible()
    # Before the statement: no meeting mode.
    expect(chair.get_by_role("link", name="Vergadermodus")).to_have_count(0)
    checked(axe, chair, "overleg-verklaring")
    press_on(chair, "Ik houd geheim wat in dit overleg wordt gedeeld.", " ", role="checkbox")
    press_on(chair, "Verklaring bevestigen")
    expect(chair.get_by_text("U hebt de geheimhoudingsverklaring bevestigd.")).to_be_visible()
    checked(axe, chair, "overleg")

    press_on(chair, "Vergadermodus", role="link")
    heading = chair.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Punt 1 van 2")
    expect(heading).to_contain_text(world.case.number)
    checked(axe, chair, "vergadermodus")

    # T starts the timer of the item (outside a text field).
    chair.locator("body").focus()
    chair.keyboard.press("t")
    expect(chair.get_by_role("button", name="Tijd stoppen")).to_be_visible()
    assert AgendaItem.objects.get(pk=m.first.pk).started_at is not None

    type_into(chair, "Beeldvorming", "Zorgen om Milan; Veilig Thuis ziet moeder wekelijks.")
    type_into(chair, "Oordeelsvorming", "Samen optrekken: eerst hulp aan moeder.")
    press_on(chair, "Notities opslaan")
    expect(chair.get_by_text("De notities zijn opgeslagen.")).to_be_visible()

    chair.get_by_label("Soort besluit").focus()
    chair.get_by_label("Soort besluit").select_option("besluit")
    type_into(chair, "Besluit", "Veilig Thuis en politie gaan samen op huisbezoek.")
    press_on(chair, "Besluit vastleggen")
    expect(chair.get_by_text("Het besluit is vastgelegd.")).to_be_visible()
    checked(axe, chair, "vergadermodus-besluit")

    deadline = timezone.localdate(m.meeting.starts_at) + datetime.timedelta(days=10)
    type_into(chair, "Actie", "Huisbezoek plannen met moeder")
    chair.get_by_label("Eigenaar (partner)").select_option(
        str(world.organisations["veilig_thuis"].pk)
    )
    chair.get_by_label("Eigenaar (persoon)").select_option(str(zorg.pk))
    chair.get_by_label("Uiterlijk op").fill(deadline.isoformat())
    press_on(chair, "Actie toevoegen")
    expect(chair.get_by_text("De actie is vastgelegd.")).to_be_visible()
    checked(axe, chair, "vergadermodus-actie")
    assert Decision.objects.filter(item=m.first).count() == 1
    action = MeetingAction.objects.get(item=m.first)
    assert (action.owner_person, action.deadline) == (zorg, deadline)

    # N goes to the next case, V back.
    chair.locator("body").focus()
    chair.keyboard.press("n")
    expect(heading).to_contain_text("Punt 2 van 2")
    expect(heading).to_contain_text(m.other_case.number)
    checked(axe, chair, "vergadermodus-punt-2")
    chair.locator("body").focus()
    chair.keyboard.press("v")
    expect(heading).to_contain_text("Punt 1 van 2")
    expect(chair.get_by_text("Huisbezoek plannen met moeder")).to_be_visible()

    # The owner finds the action on her start page, and sees only her partner's item.
    owner = log_in(browser, live_server, zorg)
    owner.set_viewport_size(DESKTOP)
    actions = owner.get_by_role("region", name="Mijn acties")
    expect(actions.get_by_text("Huisbezoek plannen met moeder")).to_be_visible()
    checked(axe, owner, "mijn-werk-acties")
    owner.goto(f"{live_server.url}/overleggen/{m.meeting.pk}/")
    agenda = owner.get_by_role("region", name="Agenda")
    expect(agenda.get_by_role("link", name=world.case.title)).to_be_visible()
    expect(agenda.get_by_text(m.other_case.title)).to_have_count(0)
    checked(axe, owner, "overleg-partner")
    owner.goto(f"{live_server.url}/acties/{action.pk}/afronden/")
    type_into(owner, "Resultaat", "Moeder gesproken; huisbezoek staat op 3 december.")
    press_on(owner, "Afronden")
    expect(owner.get_by_text("De actie is afgerond.")).to_be_visible()
    checked(axe, owner, "acties")
    assert MeetingAction.objects.get(pk=action.pk).status == "afgerond"
