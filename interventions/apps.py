from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterventionsConfig(AppConfig):
    name = "interventions"
    verbose_name = _("Interventies")

    def ready(self) -> None:
        # Registers this app's rules with the permission policy.
        from interventions import permissions  # noqa: F401
