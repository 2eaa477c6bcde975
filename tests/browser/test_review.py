"""The gezagsvierhoek decides on a plan: the procesregisseur puts a submitted version before
it, the wethouder opens it from "Ter beoordeling", reads the PDF in the page (PDF.js, served
by Vierhoek itself) and approves with the commitment of her domain; the approvals of the other
three members make the plan "vastgesteld". Every page state is checked by axe-core (and for CSP
violations and its width)."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from casework.review.models import Submission, SubmissionStatus
from casework.review.services import decision_record
from documents.models import DocumentJob, JobStatus
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.browser.test_case_partners import log_in
from tests.browser.test_network_corrections import DESKTOP, checked
from tests.casework.plan_world import submitted
from tests.casework.review_world import agreed, vierhoek_meeting, vierhoek_of
from tests.documents.workers import wait_for
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_vierhoek_adopts_a_plan(
    browser: Browser, live_server: LiveServer, axe: Axe, world: World, celery_worker: None
) -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()
    vierhoek_of(world)
    version = submitted(world)
    meeting = vierhoek_meeting(world)
    for job in DocumentJob.objects.filter(subject_id=version.pk):
        assert wait_for(job.pk, JobStatus.DONE, JobStatus.FAILED).status == JobStatus.DONE

    director = log_in(browser, live_server, world.users["procesregisseur"])
    director.set_viewport_size(DESKTOP)
    director.goto(f"{live_server.url}/casussen/{world.case.pk}/plan/")
    director.get_by_role("link", name="Beoordeling door de gezagsvierhoek").click()
    expect(
        director.get_by_text("Dit plan is nog niet aan de gezagsvierhoek voorgelegd.")
    ).to_be_visible()
    checked(axe, director, "beoordeling-casus")
    director.get_by_role("link", name="Versie 1 voorleggen").click()
    expect(
        director.get_by_role("heading", name="Versie 1 voorleggen aan de gezagsvierhoek")
    ).to_be_visible()
    expect(director.get_by_label("Gepseudonimiseerd (de aanpak, zonder namen)")).to_be_checked()
    checked(axe, director, "voorleggen")
    director.get_by_role("button", name="Voorleggen").click()
    expect(director.get_by_text("Versie 1 ligt voor bij de gezagsvierhoek.")).to_be_visible()
    item = Submission.objects.get()
    assert (item.meeting, item.variant) == (meeting, "gepseudonimiseerd")

    alderman = log_in(browser, live_server, world.users["wethouder"])
    alderman.set_viewport_size(DESKTOP)
    alderman.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Ter beoordeling"
    ).click()
    expect(alderman.get_by_role("heading", name="Ter beoordeling", level=1)).to_be_visible()
    checked(axe, alderman, "ter-beoordeling")
    alderman.get_by_role("link", name=f"Casus {world.case.number}, versie 1").click()
    viewer = alderman.locator("[data-pdf-viewer]")
    expect(alderman.get_by_text("Het plan is geladen")).to_be_visible(timeout=20_000)
    pages = int(viewer.get_attribute("data-pages-shown") or 0)
    assert pages >= 1 and alderman.locator("canvas.pdf-viewer__page").count() == pages
    # Nothing of the network by name on her page.
    assert "Teststraat" not in alderman.content()
    checked(axe, alderman, "plan-ter-beoordeling")

    alderman.get_by_label("Akkoord", exact=True).check()
    alderman.get_by_label("Inzet van uw organisatie").fill(
        "Het wijkteam biedt moeder en kinderen een vaste hulpverlener."
    )
    alderman.get_by_label("Met wie").fill("Veilig Thuis en de school")
    by = timezone.localdate() + datetime.timedelta(days=30)
    alderman.get_by_label("Uiterlijk op").fill(by.isoformat())
    alderman.get_by_role("button", name="Besluit vastleggen").click()
    expect(alderman.get_by_text("Uw besluit is vastgelegd.")).to_be_visible()
    checked(axe, alderman, "plan-besloten")

    for key in ("burgemeester", "officier", "politiechef"):
        decision_record(
            submission=item, user=world.users[key], sha256=version.sha256, given=agreed()
        )
    item.refresh_from_db()
    assert item.status == SubmissionStatus.ADOPTED
    alderman.reload()
    expect(alderman.get_by_text("Vastgesteld", exact=True)).to_be_visible()
    checked(axe, alderman, "plan-vastgesteld")
