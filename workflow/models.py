"""The one shape of a workflow's history: from which state to which, who, when and why."""

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from config.texts import shown


class TransitionRecord(models.Model):
    """One step of an object through its workflow. The concrete model adds the foreign key to
    its object (the workflow's `history_field`) and names its `states`."""

    states: ClassVar[type[models.TextChoices]]

    from_status = models.CharField(_("vorige status"), max_length=30, blank=True)
    to_status = models.CharField(_("nieuwe status"), max_length=30)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gewijzigd door"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("moment"), auto_now_add=True)
    reason = models.TextField(_("reden"))

    class Meta:
        abstract = True
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"

    def _label(self, state: str) -> str:
        return str(self.states(state).label) if state in self.states.values else state

    @property
    def from_label(self) -> str:
        return self._label(self.from_status) if self.from_status else ""

    @property
    def to_label(self) -> str:
        return self._label(self.to_status)

    @property
    def reason_shown(self) -> str:
        """The reason in the reader's language when the system wrote it ("Casus aangemaakt")."""
        return shown(self.reason)
