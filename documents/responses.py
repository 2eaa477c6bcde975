"""Handing a finished document to a reader: never cached, never guessed at by the browser."""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404

from documents.models import DocumentJob, JobStatus


def document_response(job: DocumentJob, *, filename: str, inline: bool = False) -> FileResponse:
    """The job's PDF. The caller has asked the policy and logged the read."""
    if job.status != JobStatus.DONE or not job.file.name:
        raise Http404
    response = FileResponse(
        default_storage.open(job.file.name, "rb"),
        as_attachment=not inline,
        filename=filename,
        content_type="application/pdf",
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
