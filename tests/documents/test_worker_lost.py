"""A worker killed with SIGKILL in the middle of a render loses no job: its heartbeat stops,
the sweep queues the job again and another worker finishes it.

A module of its own: its workers are processes (to be killed), and no worker of another test
may take their tasks meanwhile."""

import time

import pytest

from casework.plans.services import KIND
from documents.models import DocumentJob, JobStatus
from documents.tasks import sweep_document_jobs
from interventions.catalogue import catalogue_load
from partners.domains import domains_ensure
from partners.models import Domain
from tests.casework.plan_world import submitted
from tests.documents.workers import kill, stop, wait_for, worker_process
from tests.world import World

pytestmark = pytest.mark.django_db(transaction=True)
FAST = {"DOCUMENTS_HEARTBEAT_SECONDS": "1", "DOCUMENTS_STALE_SECONDS": "3"}


def test_a_job_survives_its_worker_killed_in_the_middle_of_a_render(world: World) -> None:
    domains_ensure(Domain)
    catalogue_load()
    version = submitted(world)
    first = worker_process("eerste", **FAST)
    try:
        jobs = DocumentJob.objects.filter(kind=KIND, subject_id=version.pk)
        deadline = time.monotonic() + 60
        while not (running := jobs.filter(status=JobStatus.RUNNING).first()):
            assert time.monotonic() < deadline, "no worker started rendering"
            time.sleep(0.01)
        kill(first)
    finally:
        stop(first)
    lost = DocumentJob.objects.get(pk=running.pk)
    assert lost.status == JobStatus.RUNNING and not lost.file  # killed before it finished
    assert lost.worker.startswith("eerste@")

    second = worker_process("tweede", **FAST)
    try:
        deadline = time.monotonic() + 60
        while DocumentJob.objects.get(pk=lost.pk).status != JobStatus.DONE:
            assert time.monotonic() < deadline, "the lost job was not finished"
            # What beat does every minute; the job is taken once its heartbeat is stale.
            sweep_document_jobs.delay()
            time.sleep(1)
        finished = wait_for(lost.pk, JobStatus.DONE)
        assert finished.worker.startswith("tweede@")
        assert finished.attempts == 2
        # The other job, still in the queue when the first worker died, is done too.
        for job in DocumentJob.objects.filter(subject_id=version.pk):
            assert wait_for(job.pk, JobStatus.DONE).sha256
    finally:
        stop(second)
