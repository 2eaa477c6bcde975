"""The Celery tasks of the job machinery: render one document, and sweep up what was lost.

`render_document` is acknowledged after it ran and given back to the queue when its worker dies
(`acks_late`, `reject_on_worker_lost`); it is idempotent, so a second delivery of the same job
finds it done, or running elsewhere, and does nothing.
"""

import logging

from celery import Task, shared_task
from django.conf import settings

from documents.jobs import (
    heartbeat,
    job_claim,
    job_done,
    job_failed,
    job_retry_later,
    jobs_to_requeue,
)
from documents.registry import Refused, renderer_for
from documents.rendering import html_to_pdf, store

logger = logging.getLogger(__name__)


def backoff(retries: int) -> int:
    """Seconds before the next attempt: 5, 20, 80, ..."""
    return int(settings.DOCUMENTS_RETRY_SECONDS * 4**retries)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=3,
)
def render_document(self: Task, job_id: int) -> str:
    job = job_claim(job_id, task_id=self.request.id or "", worker=self.request.hostname or "")
    if job is None:
        return "skipped"
    try:
        with heartbeat(job):
            rendered = renderer_for(job.kind)(job)
            pdf = html_to_pdf(rendered.html, title=rendered.title)
            name = store(job.kind, pdf)
    except Refused as refused:
        job_failed(job, error=str(refused))
        return "refused"
    except Exception as error:
        # The kind of error only: its message may quote the document's content.
        reason = type(error).__name__
        logger.exception("Document job %s failed (attempt %s)", job.pk, job.attempts)
        if self.request.retries < (self.max_retries or 0):
            countdown = backoff(self.request.retries)
            job_retry_later(job, error=reason, countdown=countdown)
            raise self.retry(countdown=countdown) from error
        job_failed(job, error=reason)
        return "failed"
    job_done(job, name=name, pdf=pdf)
    return "done"


@shared_task
def sweep_document_jobs() -> int:
    """Queues again the jobs the broker lost (Celery beat runs it every minute)."""
    requeued = jobs_to_requeue()
    for job_id in requeued:
        render_document.delay(job_id)
    return len(requeued)
