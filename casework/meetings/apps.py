from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """Meetings stand above the rest of casework: they read cases, plans and the network, and
    nothing of casework below them knows of meetings."""

    name = "casework.meetings"
    label = "meetings"
    verbose_name = _("Overleggen")

    def ready(self) -> None:
        # Registers the meetings' rules with the policy, their free text with the redactor of
        # the network, the renderer of the minutes and the beat's tasks.
        from casework.meetings import documents, permissions, redaction, tasks  # noqa: F401
