"""Minutes: confirmed by the chair, kept with their SHA-256 and immutable from then on; the
PDF and each partner's extract made by a real worker and read back with pdftotext — an extract
holds only the items its partner was invited to."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from casework.meetings.models import Meeting, Minutes
from casework.meetings.selectors import MINUTES_KIND
from casework.meetings.services import (
    action_add,
    attendance_save,
    decision_record,
    input_add,
    minutes_confirm,
    notes_save,
)
from casework.plans.snapshot import digest
from documents.models import DocumentJob, JobStatus
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.casework.meeting_world import build
from tests.conftest import verified_client
from tests.documents.workers import pdf_text, wait_for
from tests.world import World

pytestmark = pytest.mark.django_db(transaction=True)

FIRST_INPUT = "Veilig Thuis: moeder zoekt hulp bij de schulden"
SECOND_DECISION = "GGZ start een traject voor de vader"


@pytest.fixture(autouse=True)
def catalogue() -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()


def test_confirmed_minutes_and_the_partners_extracts(world: World, celery_worker: None) -> None:
    m = build(world)
    users, o = world.users, world.organisations
    chair = users["voorzitter"]
    input_add(item=m.first, user=users["ketenpartner_zorg"], text=FIRST_INPUT)
    decision_record(item=m.first, user=chair, kind="besluit", text="Samen op huisbezoek")
    decision_record(item=m.second, user=chair, kind="besluit", text=SECOND_DECISION)
    action_add(
        item=m.first,
        user=chair,
        what="Huisbezoek plannen",
        owner=o["veilig_thuis"],
        owner_person=users["ketenpartner_zorg"],
        deadline=timezone.localdate(m.meeting.starts_at) + datetime.timedelta(days=7),
    )
    attendance_save(meeting=m.meeting, user=chair, rows={o["veilig_thuis"].pk: (True, "J. Pinas")})
    # Only the chair confirms.
    with pytest.raises(PermissionDenied):
        minutes_confirm(meeting=m.meeting, user=users["aov"])
    minutes = minutes_confirm(meeting=m.meeting, user=chair)
    assert minutes.sha256 == digest(minutes.snapshot)
    assert [item["case_number"] for item in minutes.snapshot["items"]] == [
        world.case.number,
        m.other_case.number,
    ]
    assert Meeting.objects.get(pk=m.meeting.pk).minutes_confirmed_at is not None

    # From now on nothing of the meeting changes.
    m.first.refresh_from_db()
    for change in (
        lambda: input_add(item=m.first, user=users["ketenpartner_zorg"], text="Later"),
        lambda: decision_record(item=m.first, user=chair, kind="besluit", text="Later"),
        lambda: notes_save(
            item=m.first,
            user=chair,
            version=m.first.version,
            picture="x",
            judgement="",
            decision_making="",
        ),
        lambda: attendance_save(meeting=m.meeting, user=chair, rows={}),
        lambda: minutes_confirm(meeting=m.meeting, user=chair),
    ):
        with pytest.raises(ValidationError, match="vastgesteld"):
            change()
    assert Minutes.objects.count() == 1

    variants = {
        "volledig",
        f"partner-{o['zvh'].pk}",
        f"partner-{o['veilig_thuis'].pk}",
        f"partner-{o['ggz'].pk}",
    }
    jobs = {
        job.variant: wait_for(job.pk, JobStatus.DONE, JobStatus.FAILED)
        for job in DocumentJob.objects.filter(kind=MINUTES_KIND, subject_id=minutes.pk)
    }
    assert set(jobs) == variants
    assert {job.status for job in jobs.values()} == {JobStatus.DONE}
    full = pdf_text(jobs["volledig"])
    for expected in (
        "Notulen",
        world.case.number,
        m.other_case.number,
        FIRST_INPUT,
        SECOND_DECISION,
        "Huisbezoek plannen",
        "J. Pinas",
        minutes.sha256[:32],
    ):
        assert expected in full, expected
    zorg = pdf_text(jobs[f"partner-{o['veilig_thuis'].pk}"])
    assert "Uittreksel van de notulen" in zorg and "Veilig Thuis Testregio" in zorg
    assert world.case.number in zorg and FIRST_INPUT in zorg
    for hidden in (m.other_case.number, m.other_case.title, SECOND_DECISION):
        assert hidden not in zorg, hidden
    ggz = pdf_text(jobs[f"partner-{o['ggz'].pk}"])
    assert m.other_case.number in ggz and SECOND_DECISION in ggz
    for hidden in (world.case.number, world.case.title, FIRST_INPUT, "Huisbezoek plannen"):
        assert hidden not in ggz, hidden

    # Downloads: each reads what is theirs.
    url = f"/overleggen/{m.meeting.pk}/notulen/"
    zorg_page = verified_client(users["ketenpartner_zorg"])
    assert zorg_page.get(f"{url}partner-{o['veilig_thuis'].pk}/").status_code == 200
    assert zorg_page.get(f"{url}partner-{o['ggz'].pk}/").status_code == 404
    assert zorg_page.get(f"{url}volledig/").status_code == 404
    chair_page = verified_client(chair)
    response = chair_page.get(f"{url}volledig/")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    outsider = verified_client(users["ketenpartner_buiten"])
    assert outsider.get(f"{url}volledig/").status_code == 404
