from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = _("Casuïstiek")

    def ready(self) -> None:
        # Registers this app's rules with the permission policy, the redactors that hide the
        # network from readers who may not see it, and the renderer of the plan's PDF.
        import casework.plans.documents
        import casework.plans.permissions
        import casework.plans.redaction  # noqa: F401
        from casework import (
            permissions,  # noqa: F401
            redaction,  # noqa: F401
        )
        from casework.selectors import intervention_usage
        from interventions.usage import register_usage_provider

        # The catalogue shows how often an intervention was used, without importing casework.
        register_usage_provider(intervention_usage)
