import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models.cases import Case
from casework.validators import validate_past_event
from partners.models import Domain, Organisation


class SignalKind(models.TextChoices):
    INCOMING = "signaal", _("Signaal of melding")
    INFORMING = "informeren", _("Andere overheid geïnformeerd")


class Authority(models.TextChoices):
    """Authorities informed from a case (an informal intervention in itself)."""

    RIEC = "riec", _("RIEC")
    TAX = "belastingdienst", _("Belastingdienst")
    BIBOB = "bibob", _("Bibob-signaal")
    BRP = "brp", _("BRP-terugmelding")


class SignalClassification(models.TextChoices):
    CARE = "zorg", _("Zorgsignaal")
    SAFETY = "veiligheid", _("Veiligheidssignaal")
    UNDERMINING = "ondermijning", _("Ondermijning")
    DOMESTIC_VIOLENCE = "huiselijk_geweld", _("Huiselijk geweld of kindermishandeling")
    EXPLOITATION = "uitbuiting", _("Criminele uitbuiting")
    NUISANCE = "overlast", _("Overlast")
    OTHER = "overig", _("Overig")


class Signal(models.Model):
    """A signal about the network that came in, or the record that another authority was
    informed (RIEC, Belastingdienst, Bibob, BRP)."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="signals"
    )
    kind = models.CharField(
        _("soort"), max_length=20, choices=SignalKind, default=SignalKind.INCOMING
    )
    received_on = models.DateField(_("datum"))
    source = models.ForeignKey(
        Organisation, verbose_name=_("bronpartner"), on_delete=models.PROTECT, related_name="+"
    )
    domain = models.ForeignKey(
        Domain, verbose_name=_("domein"), on_delete=models.PROTECT, related_name="+"
    )
    classification = models.CharField(
        _("classificatie"), max_length=20, choices=SignalClassification
    )
    authority = models.CharField(
        _("geïnformeerde overheid"), max_length=20, choices=Authority, blank=True
    )
    description = models.TextField(_("omschrijving"))
    restricted_to = models.ManyToManyField(
        Domain,
        verbose_name=_("alleen zichtbaar voor"),
        blank=True,
        related_name="+",
        help_text=_("Leeg laten: zichtbaar voor alle partners van de casus."),
    )
    added_by = models.ForeignKey(
        "partners.User",
        verbose_name=_("vastgelegd door"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    added_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")
        ordering = ["-received_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="signaal", authority="")
                | (models.Q(kind="informeren") & ~models.Q(authority="")),
                name="signal_authority_only_when_informing",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.received_on}"

    @property
    def access_log_label(self) -> str:
        return f"Signaal {self.pk}"

    def clean(self) -> None:
        today: datetime.date = timezone.localdate()
        if self.received_on and self.received_on > today:
            raise ValidationError({"received_on": _("De datum kan niet in de toekomst liggen.")})
        try:
            validate_past_event(self.received_on)
        except ValidationError as error:
            raise ValidationError({"received_on": error.messages}) from error
        if self.kind == SignalKind.INFORMING and not self.authority:
            raise ValidationError({"authority": _("Kies welke overheid is geïnformeerd.")})
        if self.kind == SignalKind.INCOMING and self.authority:
            raise ValidationError(
                {"authority": _("Een binnengekomen signaal heeft geen geïnformeerde overheid.")}
            )
