from django.db import models
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from partners.models import Domain, Municipality, Organisation, User


class CaseStatus(models.TextChoices):
    """The Zorg- en Veiligheidshuis process; the workflow between them comes with its issue."""

    SIGNAL = "signaal", _("Signaal")
    REGISTRATION = "aanmelding", _("Aanmelding")
    SCREENING = "screening", _("Screening")
    IN_PROGRESS = "in_behandeling", _("In behandeling")
    CASE_MEETING = "casusoverleg", _("Casusoverleg")
    ACTION_PLAN = "plan_van_aanpak", _("Plan van aanpak")
    EXECUTION = "uitvoering", _("Uitvoering")
    MONITORING = "monitoring", _("Monitoring")
    CLOSED = "afgesloten", _("Afgesloten")
    AFTERCARE = "nazorg", _("Nazorg")
    REOPENED = "heropend", _("Heropend")
    NOT_FOR_ZVH = "niet_voor_zvh", _("Niet voor ZVH, advies gegeven")


class Case(models.Model):
    """A family-network case, shared by the partners that take part in it."""

    number = models.CharField(_("casusnummer"), max_length=20)
    title = models.CharField(_("titel"), max_length=200)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="cases"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus, default=CaseStatus.SIGNAL
    )
    created_by = models.ForeignKey(
        User, verbose_name=_("aangemaakt door"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "number"], name="case_number_unique_per_municipality"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def access_log_label(self) -> str:
        # Number and municipality only: the title may name the family, and others read the log.
        return f"Casus {self.number} {self.municipality.name}"


class CaseGroupObjectPermission(GroupObjectPermissionBase):
    """Grants on a case to an organisation's group (django-guardian, direct foreign key)."""

    content_object = models.ForeignKey(Case, on_delete=models.CASCADE)


class CaseUserObjectPermission(UserObjectPermissionBase):
    # Unused by the policy (grants go to organisations), but guardian expects the pair.
    content_object = models.ForeignKey(Case, on_delete=models.CASCADE)


class CaseParticipation(models.Model):
    """A partner taking part in a case, from the day it joined until the day it left.

    Rejoining makes a new row, so the history of who took part when stays complete; the
    domain is copied so that the moment each domain joined stays true if the partner changes.
    """

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="participations"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    domain = models.ForeignKey(
        Domain, verbose_name=_("domein"), on_delete=models.PROTECT, related_name="+"
    )
    joined_on = models.DateField(_("aangesloten op"))
    joined_decided_by = models.ForeignKey(
        User, verbose_name=_("besloten door"), on_delete=models.PROTECT, related_name="+"
    )
    join_reason = models.CharField(_("reden van aansluiten"), max_length=500, blank=True)
    left_on = models.DateField(_("vertrokken op"), null=True, blank=True)
    left_decided_by = models.ForeignKey(
        User,
        verbose_name=_("vertrek besloten door"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    leave_reason = models.CharField(_("reden van vertrek"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("deelname aan casus")
        verbose_name_plural = _("deelnames aan casussen")
        ordering = ["joined_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "organisation"],
                condition=models.Q(left_on__isnull=True),
                name="one_active_participation_per_partner",
            ),
            models.CheckConstraint(
                condition=models.Q(left_on__isnull=True)
                | models.Q(left_on__gte=models.F("joined_on")),
                name="participation_leaves_after_joining",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} in {self.case.number}"

    @property
    def is_active(self) -> bool:
        return self.left_on is None


class CaseNote(models.Model):
    """A note on a case; it can be limited to chosen domains."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        User, verbose_name=_("auteur"), on_delete=models.PROTECT, related_name="+"
    )
    author_organisation = models.ForeignKey(
        Organisation, verbose_name=_("namens"), on_delete=models.PROTECT, related_name="+"
    )
    text = models.TextField(_("notitie"))
    restricted_to = models.ManyToManyField(
        Domain,
        verbose_name=_("alleen zichtbaar voor"),
        blank=True,
        related_name="+",
        help_text=_("Leeg laten: zichtbaar voor alle partners van de casus."),
    )
    created_at = models.DateTimeField(_("geschreven op"), auto_now_add=True)

    class Meta:
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Notitie {self.pk}"

    @property
    def access_log_label(self) -> str:
        return f"Notitie {self.pk}"
