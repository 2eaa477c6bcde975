"""The state of a document job as the task moves it: claimed, alive, done, failed or queued
again. Every step is a short transaction on the job row, so the record stays true whatever
happens to the worker or the broker."""

import datetime
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from documents.models import DocumentJob, JobStatus
from documents.rendering import Pdf


def stale_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.DOCUMENTS_STALE_SECONDS)


def job_claim(job_id: int, *, task_id: str, worker: str) -> DocumentJob | None:
    """The job, now running for this task; None when there is nothing to do: it is done,
    failed, gone, or another worker is rendering it and still alive. A job whose worker died
    (its message redelivered, or its heartbeat silent) is taken over."""
    with transaction.atomic():
        job = DocumentJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (JobStatus.DONE, JobStatus.FAILED):
            return None
        if job.status == JobStatus.RUNNING:
            redelivered = job.task_id == task_id
            alive = job.heartbeat_at is not None and job.heartbeat_at >= stale_before()
            if alive and not redelivered:
                return None
        now = timezone.now()
        job.status = JobStatus.RUNNING
        job.attempts += 1
        job.task_id = task_id
        job.worker = worker[:200]
        job.started_at = now
        job.heartbeat_at = now
        job.finished_at = None
        job.save(
            update_fields=[
                "status",
                "attempts",
                "task_id",
                "worker",
                "started_at",
                "heartbeat_at",
                "finished_at",
            ]
        )
        return job


def job_done(job: DocumentJob, *, name: str, pdf: Pdf) -> None:
    DocumentJob.objects.filter(pk=job.pk).update(
        status=JobStatus.DONE,
        file=name,
        sha256=pdf.sha256,
        size=len(pdf.content),
        pages=pdf.pages,
        error="",
        finished_at=timezone.now(),
        heartbeat_at=None,
    )


def job_retry_later(job: DocumentJob, *, error: str, countdown: int) -> None:
    """Back in the queue after a failed attempt; the sweep leaves it until its turn comes."""
    DocumentJob.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
        status=JobStatus.QUEUED,
        error=error[:300],
        queued_at=timezone.now() + datetime.timedelta(seconds=countdown),
        heartbeat_at=None,
    )


def job_failed(job: DocumentJob, *, error: str) -> None:
    DocumentJob.objects.filter(pk=job.pk).update(
        status=JobStatus.FAILED,
        error=error[:300],
        finished_at=timezone.now(),
        heartbeat_at=None,
    )


@contextmanager
def heartbeat(job: DocumentJob) -> Iterator[None]:
    """Writes a sign of life on the job every few seconds while the block runs, from a thread
    of its own (rendering holds the task's thread): a job whose signs stop lost its worker."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.DOCUMENTS_HEARTBEAT_SECONDS):
                DocumentJob.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
                    heartbeat_at=timezone.now()
                )
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name=f"heartbeat-{job.pk}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def jobs_to_requeue() -> list[int]:
    """Jobs the broker lost, marked queued again: waiting far longer than a queue takes, or
    running without a sign of life from their worker."""
    close_old_connections()
    now = timezone.now()
    waiting_since = now - datetime.timedelta(seconds=settings.DOCUMENTS_REQUEUE_SECONDS)
    with transaction.atomic():
        lost = list(
            DocumentJob.objects.select_for_update(skip_locked=True)
            .filter(status=JobStatus.QUEUED, queued_at__lt=waiting_since)
            .values_list("pk", flat=True)
        )
        silent = list(
            DocumentJob.objects.select_for_update(skip_locked=True)
            .filter(status=JobStatus.RUNNING, heartbeat_at__lt=stale_before())
            .values_list("pk", flat=True)
        )
        DocumentJob.objects.filter(pk__in=lost + silent).update(
            status=JobStatus.QUEUED, queued_at=now, worker="", task_id=""
        )
    return lost + silent
