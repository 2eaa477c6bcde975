from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = _("Casuïstiek")

    def ready(self) -> None:
        # Registers this app's rules with the permission policy.
        from casework import permissions  # noqa: F401
        from casework.services.interventions import usage_of
        from interventions.usage import register_usage_provider

        # The catalogue shows how often an intervention was used, without importing casework.
        register_usage_provider(usage_of)
