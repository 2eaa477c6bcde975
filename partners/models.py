from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The roles of Vierhoek; each is a Django group of the same name (see `roles_ensure`)."""

    AOV = "aov", _("AOV'er")
    PROCESS_DIRECTOR = "procesregisseur", _("Procesregisseur")
    CHAIR = "voorzitter", _("Voorzitter Zorg- en Veiligheidshuis")
    PARTNER_PROFESSIONAL = "ketenpartner", _("Ketenpartner-professional")
    MAYOR = "burgemeester", _("Burgemeester")
    ALDERMAN = "wethouder", _("Wethouder sociaal domein")
    PUBLIC_PROSECUTOR = "officier", _("Officier van justitie")
    POLICE_CHIEF = "politiechef", _("Politiechef")
    FUNCTIONAL_MANAGER = "functioneel_beheerder", _("Functioneel beheerder")
    PRIVACY_OFFICER = "privacy_officer", _("Privacy officer")


class Organisation(models.Model):
    """A partner organisation; users belong to one."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    short_name = models.CharField(_("korte naam"), max_length=50, blank=True)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="users",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.get_full_name() or self.username
