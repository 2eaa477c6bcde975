from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documenten")

    def ready(self) -> None:
        # Registers this app's rules with the permission policy.
        from documents import permissions  # noqa: F401
