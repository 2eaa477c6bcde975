from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Ketenpartners")

    def ready(self) -> None:
        # Registers this app's rules with the permission policy.
        from partners import permissions  # noqa: F401

        # Every database has the role groups after its migrations, as it has its permissions.
        post_migrate.connect(_ensure_roles, sender=self)


def _ensure_roles(**kwargs: Any) -> None:
    from partners.services import roles_ensure

    roles_ensure()
