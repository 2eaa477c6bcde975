from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    """The gezagsvierhoek's review of plans stands above the plans and the meetings: it puts a
    plan version on a vierhoekoverleg; nothing below it knows of the review."""

    name = "casework.review"
    label = "review"
    verbose_name = _("Beoordeling door de gezagsvierhoek")

    def ready(self) -> None:
        # Registers the review's rules with the policy, its free text and the plan it carries
        # with the redactors, the renderer of the besluitenlijst, the beat's tasks and the
        # receiver voiding decisions on an older version.
        from casework.review import documents, permissions, redaction, services, tasks  # noqa: F401
