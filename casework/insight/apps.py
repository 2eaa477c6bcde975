from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightConfig(AppConfig):
    """Insight in figures: what the approach brings, per municipality, region and country, and
    the proeftuin. It reads what casework, the meetings and the review record, through summary
    tables kept by Celery; nothing below it knows of it."""

    name = "casework.insight"
    label = "insight"
    verbose_name = _("Inzicht en proeftuin")

    def ready(self) -> None:
        # Registers the rules with the policy and the refresh with the beat.
        from casework.insight import permissions, tasks  # noqa: F401
