"""Asking for a document: the job is recorded, and the task is sent once the record is
committed."""

from django.db import transaction
from django.utils import timezone

from documents.models import DocumentJob, JobStatus
from documents.tasks import render_document
from partners.models import User


def _send(job: DocumentJob) -> None:
    job_id = job.pk
    transaction.on_commit(lambda: render_document.delay(job_id))


def document_request(*, kind: str, subject_id: int, variant: str, user: User) -> DocumentJob:
    """The job for this document: a new one is queued; one that exists is reused, done or on
    its way; a failed one is queued again. The caller has checked that `user` may ask."""
    with transaction.atomic():
        job, created = DocumentJob.objects.select_for_update().get_or_create(
            kind=kind,
            subject_id=subject_id,
            variant=variant,
            defaults={"requested_by": user, "queued_at": timezone.now()},
        )
        if created:
            _send(job)
        elif job.status == JobStatus.FAILED:
            job.status = JobStatus.QUEUED
            job.requested_by = user
            job.queued_at = timezone.now()
            job.attempts = 0
            job.save(update_fields=["status", "requested_by", "queued_at", "attempts"])
            _send(job)
    return job
