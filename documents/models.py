"""A document job: the record of one PDF being made, not the queue that carries it.

The job says what is made (a kind registered by the app that knows the subject, the subject's id
and a variant), for whom, how far it got and what came out: the file in Django's storage with its
SHA-256, size and page count. The queue only wakes a worker; when the broker loses a message the
sweep (`documents.tasks.sweep_document_jobs`) finds the job still waiting and queues it again.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    QUEUED = "wachtrij", _("In de wachtrij")
    RUNNING = "bezig", _("Wordt gemaakt")
    DONE = "klaar", _("Klaar")
    FAILED = "mislukt", _("Mislukt")


class DocumentJob(models.Model):
    kind = models.CharField(_("soort document"), max_length=40)
    subject_id = models.PositiveBigIntegerField(_("id van het onderwerp"))
    variant = models.CharField(_("variant"), max_length=40)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus, default=JobStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    # Why the last attempt failed: the kind of error only, never the document's content.
    error = models.CharField(_("reden van mislukken"), max_length=300, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gevraagd door"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("gevraagd op"), auto_now_add=True)
    # When the job was last handed to the queue; the sweep queues again what waits too long.
    queued_at = models.DateTimeField(_("in de wachtrij gezet op"))
    started_at = models.DateTimeField(_("begonnen op"), null=True, blank=True)
    # Written every few seconds while a worker renders: a silent job has lost its worker.
    heartbeat_at = models.DateTimeField(_("laatste teken van leven"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    worker = models.CharField(_("worker"), max_length=200, blank=True)
    # The delivery that runs it: a redelivery of the same message after its worker died may
    # take the job over at once.
    task_id = models.CharField(_("taak-id"), max_length=64, blank=True)
    file = models.FileField(_("bestand"), upload_to="documents/", blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    size = models.PositiveIntegerField(_("grootte in bytes"), null=True, blank=True)
    pages = models.PositiveSmallIntegerField(_("aantal pagina's"), null=True, blank=True)

    class Meta:
        verbose_name = _("documentopdracht")
        verbose_name_plural = _("documentopdrachten")
        ordering = ["-requested_at", "-id"]
        constraints = [
            # The same subject and variant make one file, however often it is asked for.
            models.UniqueConstraint(
                fields=["kind", "subject_id", "variant"], name="one_document_per_subject_variant"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="klaar") | ~models.Q(sha256=""),
                name="document_done_has_its_hash",
            ),
        ]
        indexes = [
            # The sweep looks for waiting and running jobs only.
            models.Index(
                fields=["status", "queued_at"],
                name="document_job_open",
                condition=models.Q(status__in=["wachtrij", "bezig"]),
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject_id} ({self.variant})"

    @property
    def is_open(self) -> bool:
        return self.status in (JobStatus.QUEUED, JobStatus.RUNNING)

    @property
    def seconds(self) -> float | None:
        """How long the last rendering took."""
        if self.started_at is None or self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()
