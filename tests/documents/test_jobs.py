"""The job machinery with a real Redis broker and a real Celery worker: PDFs made and read back
with poppler, idempotence, retries with backoff, refusal, and the sweep that queues again what
the broker lost."""

import hashlib
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.test import override_settings
from django.utils import timezone

from casework.plans.services import FULL, KIND, PSEUDONYMISED
from config.celery import app as celery_app
from documents.models import DocumentJob, JobStatus
from documents.registry import Rendered, register
from documents.services import document_request
from documents.tasks import render_document, sweep_document_jobs
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.casework.plan_world import network_names, submitted
from tests.documents.workers import pdf_info, pdf_text, wait_for
from tests.world import World

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def catalogue() -> None:
    # Transactional tests start from an emptied database: the catalogue is seeded again.
    domains_ensure(Domain)
    catalogue_load()


def test_a_real_worker_makes_both_pdfs_of_a_submitted_plan(
    world: World, celery_worker: None
) -> None:
    version = submitted(world)
    jobs = {
        job.variant: wait_for(job.pk, JobStatus.DONE, JobStatus.FAILED)
        for job in DocumentJob.objects.filter(kind=KIND, subject_id=version.pk)
    }
    assert {variant: job.status for variant, job in jobs.items()} == {
        FULL: JobStatus.DONE,
        PSEUDONYMISED: JobStatus.DONE,
    }
    full = jobs[FULL]
    with default_storage.open(full.file.name, "rb") as pdf:
        content = pdf.read()
    assert hashlib.sha256(content).hexdigest() == full.sha256
    assert full.size == len(content) and full.attempts == 1
    info = pdf_info(full)
    assert info["Pages"] == str(full.pages)
    assert info["Tagged"] == "yes"
    assert info["Title"] == f"Plan van aanpak {world.case.number}, versie 1"
    text = pdf_text(full)
    for expected in (
        "Vertrouwelijk",
        world.case.number,
        "Sluiting woning wegens drugs (art. 13b Opiumwet)",
        "art. 13b Opiumwet",
        "Besluit van de gezagsvierhoek",
        "Burgemeester",
        "Officier van justitie",
        "Politiechef",
        "Wethouder sociaal domein",
        "wijzigingen gevraagd",
        f"Pagina 1 van {full.pages}",
        "Milan Teststraat",
    ):
        assert expected in text, expected
    hidden = pdf_text(jobs[PSEUDONYMISED])
    assert "Sluiting woning wegens drugs" in hidden and "kind (M.T.)" in hidden
    found = [name for name in network_names(world) if name.lower() in hidden.lower()]
    assert found == []


def test_the_same_version_and_variant_reuse_the_job_and_its_file(
    world: World, celery_worker: None
) -> None:
    version = submitted(world)
    job = DocumentJob.objects.get(subject_id=version.pk, variant=FULL)
    done = wait_for(job.pk, JobStatus.DONE)
    again = document_request(
        kind=KIND, subject_id=version.pk, variant=FULL, user=world.users["aov"]
    )
    assert again.pk == job.pk
    # A second delivery of the same job (a broker redelivering it) does nothing.
    assert render_document.delay(job.pk).get(timeout=30) == "skipped"
    after = DocumentJob.objects.get(pk=job.pk)
    assert (after.file.name, after.sha256, after.attempts) == (
        done.file.name,
        done.sha256,
        done.attempts,
    )


BROKEN = "test-kapot"


def _broken(job: DocumentJob) -> Rendered:
    raise RuntimeError("de renderer faalt")


register(BROKEN, _broken)


@override_settings(DOCUMENTS_RETRY_SECONDS=0)
def test_a_failing_render_is_retried_then_fails_with_the_reason(
    world: World, celery_worker: None
) -> None:
    job = document_request(kind=BROKEN, subject_id=1, variant="x", user=world.users["aov"])
    failed = wait_for(job.pk, JobStatus.FAILED)
    assert failed.attempts == 1 + (render_document.max_retries or 0)
    # The kind of error, never its message (it may quote the document).
    assert failed.error == "RuntimeError"
    assert failed.finished_at is not None


def test_a_variant_the_requester_may_not_read_is_refused_not_retried(
    world: World, celery_worker: None
) -> None:
    version = submitted(world)
    job = document_request(
        kind=KIND, subject_id=version.pk, variant="onbekend", user=world.users["burgemeester"]
    )
    DocumentJob.objects.filter(subject_id=version.pk, variant=FULL).delete()
    sneaky = document_request(
        kind=KIND, subject_id=version.pk, variant=FULL, user=world.users["burgemeester"]
    )
    refused = wait_for(sneaky.pk, JobStatus.FAILED)
    assert refused.attempts == 1
    assert refused.error == "De versie bestaat niet, of de aanvrager mag deze variant niet lezen."
    assert not refused.file
    assert wait_for(job.pk, JobStatus.DONE, JobStatus.FAILED).status == JobStatus.DONE


def test_the_sweep_queues_again_a_job_the_broker_lost(world: World, celery_worker: None) -> None:
    version = submitted(world)
    for job in DocumentJob.objects.filter(subject_id=version.pk):
        wait_for(job.pk, JobStatus.DONE)
    DocumentJob.objects.filter(subject_id=version.pk).delete()
    # A job whose message the broker lost: recorded as queued ten minutes ago, nobody woken.
    lost = DocumentJob.objects.create(
        kind=KIND,
        subject_id=version.pk,
        variant=PSEUDONYMISED,
        requested_by=world.users["aov"],
        queued_at=timezone.now() - timedelta(minutes=10),
    )
    # The sweep, run by the worker as beat runs it, finds it and queues it again.
    assert sweep_document_jobs.delay().get(timeout=30) == 1
    assert wait_for(lost.pk, JobStatus.DONE).attempts == 1
    # A job that waits less long is left to the queue.
    DocumentJob.objects.create(
        kind=KIND,
        subject_id=version.pk,
        variant=FULL,
        requested_by=world.users["aov"],
        queued_at=timezone.now(),
    )
    assert sweep_document_jobs.delay().get(timeout=30) == 0


def test_the_sweep_is_scheduled_by_beat() -> None:
    schedule = celery_app.conf.beat_schedule["sweep-document-jobs"]
    assert schedule["task"] == "documents.tasks.sweep_document_jobs"
    assert schedule["schedule"] == 60
    assert render_document.acks_late is True
    assert render_document.reject_on_worker_lost is True
