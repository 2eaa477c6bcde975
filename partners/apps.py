from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Ketenpartners")

    def ready(self) -> None:
        # Registers this app's rules with the permission policy.
        from partners import permissions  # noqa: F401
