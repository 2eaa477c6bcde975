"""The review's e-mails and its besluitenlijst, through the real Redis broker and a real
worker: a plan awaiting the members, the reminder before the deadline, the deadline passed to
the chair, the outcome to the procesregisseur; each once and never with case content. The
besluitenlijst is rendered by the worker and read back with pdftotext."""

import datetime
import time

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from casework.review.models import Submission
from casework.review.services import DecisionInput, decision_record
from config.celery import app as celery_app
from documents.models import DocumentJob, JobStatus
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.casework.plan_world import network_names, submit_until
from tests.casework.review_world import ReviewWorld, agreed, build, put_before
from tests.conftest import verified_client
from tests.documents.workers import pdf_text, wait_for
from tests.world import World

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def catalogue() -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()


def run_scheduled() -> int:
    """Runs the task the beat schedule names for the review's mails, on the real worker."""
    task = str(settings.CELERY_BEAT_SCHEDULE["review-mails"]["task"])
    return int(celery_app.send_task(task).get(timeout=30))


def mailed(pk: int, field: str, timeout: float = 30) -> None:
    """Waits for the worker to have sent the mail that `field` records."""
    deadline = time.monotonic() + timeout
    while not Submission.objects.filter(pk=pk, **{f"{field}__isnull": False}).exists():
        assert time.monotonic() < deadline, f"{field} not sent"
        time.sleep(0.05)


def secrets(r: ReviewWorld) -> list[str]:
    names = [name for name in network_names(r.world) if len(name) > 3]
    return [r.world.case.title, r.world.case.number, *names]


def assert_no_case_content(r: ReviewWorld) -> None:
    for message in mail.outbox:
        for secret in secrets(r):
            assert secret not in f"{message.subject}{message.body}", (secret, message.subject)


def decide(r: ReviewWorld, key: str, given: DecisionInput | None = None) -> None:
    decision_record(
        submission=r.submission, user=r.user(key), sha256=r.version.sha256, given=given or agreed()
    )


def test_the_review_mails_each_once(world: World, celery_worker: None) -> None:
    mail.outbox.clear()
    r = build(world)
    link = f"/beoordelen/{r.submission.pk}/"
    # Put before the vierhoek: its four members and the deputy hear it right after the commit.
    mailed(r.submission.pk, "members_mailed_at")
    awaiting = [m for m in mail.outbox if m.subject.startswith("Ter beoordeling")]
    assert len(awaiting) == 1 and link in awaiting[0].body
    holders = ("burgemeester", "wethouder", "officier", "politiechef", "wethouder_loco")
    assert sorted(awaiting[0].to) == sorted(r.user(key).email for key in holders)
    assert run_scheduled() == 0

    # Shortly before the deadline, those who have not decided are reminded.
    decide(r, "officier")
    Submission.objects.filter(pk=r.submission.pk).update(
        deadline=timezone.localdate() + datetime.timedelta(days=1),
        members_mailed_at=timezone.now() - datetime.timedelta(days=3),
    )
    mail.outbox.clear()
    assert run_scheduled() == 1
    (reminder,) = mail.outbox
    assert reminder.subject.startswith("Herinnering")
    assert r.user("officier").email not in reminder.to
    assert (
        r.user("wethouder").email in reminder.to and r.user("wethouder_loco").email in reminder.to
    )

    # The deadline passed without every seat's decision: the chair of the vierhoekoverleg.
    Submission.objects.filter(pk=r.submission.pk).update(
        deadline=timezone.localdate() - datetime.timedelta(days=1)
    )
    mail.outbox.clear()
    assert run_scheduled() == 1
    (signal,) = mail.outbox
    assert signal.to == [world.users["voorzitter"].email] and link in signal.body
    assert run_scheduled() == 0

    # The outcome, to the procesregisseur who put it there.
    mail.outbox.clear()
    for key in ("burgemeester", "wethouder", "politiechef"):
        decide(r, key)
    mailed(r.submission.pk, "outcome_mailed_at")
    (outcome,) = [m for m in mail.outbox if m.subject.startswith("Uitkomst")]
    assert "Vastgesteld" in outcome.subject
    assert world.users["procesregisseur"].email in outcome.to
    assert run_scheduled() == 0
    assert_no_case_content(r)


def test_the_besluitenlijst_holds_each_seats_decision_and_commitment(
    world: World, celery_worker: None
) -> None:
    r = build(world)
    decide(r, "burgemeester", agreed("Sluiting voorbereiden met Hendrik Teststraat in beeld"))
    decide(r, "wethouder_loco", agreed("Leefcoach via het wijkteam"))
    decide(
        r,
        "politiechef",
        DecisionInput(verdict="wijzigingen_gevraagd", text="Eerst een veiligheidsanalyse."),
    )
    chair = verified_client(world.users["procesregisseur"])
    url = f"/overleggen/{r.meeting.pk}/besluitenlijst/"
    assert chair.post(f"{url}maken/").status_code == 302
    job = DocumentJob.objects.get(kind="besluitenlijst", subject_id=r.meeting.pk)
    done = wait_for(job.pk, JobStatus.DONE, JobStatus.FAILED)
    assert done.status == JobStatus.DONE, done.error
    text = " ".join(pdf_text(done).split())
    for expected in (
        "Besluitenlijst",
        r.world.case.number,
        "versie 1",
        r.version.sha256[:32],
        "Sluiting voorbereiden",
        "Leefcoach via het wijkteam",
        "plaatsvervanger",
        "Wijzigingen gevraagd",
        "Eerst een veiligheidsanalyse.",
        "Burgemeester",
        "Politiechef",
    ):
        assert expected in text, expected
    # One file for every reader: the network's names are pseudonymised in it for all.
    assert "Hendrik" not in text and "Teststraat" not in text
    # Read by who may read every plan on it; not by another vierhoek's member.
    assert chair.get(f"{url}?download=1").status_code == 200
    assert verified_client(r.user("wethouder")).get(f"{url}?download=1").status_code == 200
    assert verified_client(r.user("burgemeester_elders")).get(url).status_code == 404
    # A change of what it holds (a new version put before the vierhoek) makes a new list:
    # the old one is no longer handed out.
    submit_until(world, r.version.plan, 2)
    put_before(world, r.version.plan.versions.get(number=2), r.meeting)
    assert verified_client(r.user("wethouder")).get(f"{url}?download=1").status_code == 404
