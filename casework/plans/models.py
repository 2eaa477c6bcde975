"""A case's plan of action: one draft, edited together, and the numbered versions submitted
from it. A version keeps a snapshot of everything its PDF shows, with its SHA-256, and is never
changed afterwards (a database trigger refuses it, migration 0012)."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models.cases import Case, LifeArea
from casework.models.interventions import CaseIntervention
from casework.models.network import Person
from partners.models import Organisation, User


class Plan(models.Model):
    """The draft plan of a case; its sections below, its submitted versions in PlanVersion."""

    case = models.OneToOneField(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="plan"
    )
    problem = models.TextField(
        _("beeldvorming"),
        blank=True,
        help_text=_("Het probleem zoals veiligheid en zorg het samen zien."),
    )
    safety_measures = models.TextField(
        _("veiligheidsmaatregelen voor de professionals"), blank=True
    )
    safety_checked_by = models.ForeignKey(
        Organisation,
        verbose_name=_("controle van de maatregelen door"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    shield_professionals = models.BooleanField(
        _("namen van professionals afschermen"),
        default=False,
        help_text=_("In het plan staan professionals dan met hun functie en organisatie."),
    )
    evaluation_on = models.DateField(_("evaluatiedatum"), null=True, blank=True)
    changed_at = models.DateTimeField(_("laatst gewijzigd"), default=timezone.now)
    changed_by = models.ForeignKey(
        User,
        verbose_name=_("laatst gewijzigd door"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    # Optimistic locking, as on the case: a save made against an older version is refused.
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("plan van aanpak")
        verbose_name_plural = _("plannen van aanpak")

    def __str__(self) -> str:
        return f"Plan van aanpak {self.case_id}"


class PlanGoal(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    position = models.PositiveSmallIntegerField(_("volgorde"))
    life_area = models.CharField(_("leefgebied"), max_length=30, choices=LifeArea)
    goal = models.TextField(_("doel"))

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.goal[:60]


class PlanAction(models.Model):
    """A case intervention chosen for the plan: who carries it out and by when."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="actions")
    position = models.PositiveSmallIntegerField(_("volgorde"))
    case_intervention = models.ForeignKey(
        CaseIntervention,
        verbose_name=_("interventie"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    responsible = models.ForeignKey(
        Organisation,
        verbose_name=_("verantwoordelijke partner"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    responsible_person = models.ForeignKey(
        User,
        verbose_name=_("verantwoordelijke persoon"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    deadline = models.DateField(_("uiterlijk op"), null=True, blank=True)

    class Meta:
        verbose_name = _("interventie in het plan")
        verbose_name_plural = _("interventies in het plan")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "case_intervention"], name="plan_intervention_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.case_intervention_id} in {self.plan_id}"


class PlanChild(models.Model):
    """For one minor of the network: how safety and development are secured, and by whom."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="children")
    person = models.ForeignKey(
        Person, verbose_name=_("minderjarige"), on_delete=models.CASCADE, related_name="+"
    )
    safety = models.TextField(_("veiligheid"), blank=True)
    development = models.TextField(_("ontwikkeling"), blank=True)
    secured_by = models.ForeignKey(
        Organisation,
        verbose_name=_("geborgd door"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("kind in het plan")
        verbose_name_plural = _("kinderen in het plan")
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["plan", "person"], name="plan_child_once")]

    def __str__(self) -> str:
        return f"{self.person_id} in {self.plan_id}"


class PlanMessage(models.Model):
    """Communication with the family: who tells them what, and when."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="messages")
    position = models.PositiveSmallIntegerField(_("volgorde"))
    by = models.ForeignKey(
        Organisation, verbose_name=_("wie"), on_delete=models.PROTECT, related_name="+"
    )
    audience = models.CharField(_("aan wie"), max_length=200)
    what = models.TextField(_("wat"))
    when = models.DateField(_("wanneer"), null=True, blank=True)

    class Meta:
        verbose_name = _("afspraak over communicatie")
        verbose_name_plural = _("afspraken over communicatie")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.what[:60]


class PlanCommitment(models.Model):
    """What one partner taking part commits to."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="commitments")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="+"
    )
    commitment = models.TextField(_("inzet"))

    class Meta:
        verbose_name = _("inzet van een partner")
        verbose_name_plural = _("inzet van de partners")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "organisation"], name="plan_commitment_per_partner"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} in {self.plan_id}"


class PlanVersion(models.Model):
    """A submitted version: numbered, its snapshot and that snapshot's SHA-256. Immutable."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    # Denormalised from the plan, so the policy and the read side find the case in one step.
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField(_("versie"))
    snapshot = models.JSONField(_("inhoud"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    submitted_by = models.ForeignKey(
        User, verbose_name=_("ingediend door"), on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(_("ingediend op"), default=timezone.now)

    class Meta:
        verbose_name = _("versie van een plan van aanpak")
        verbose_name_plural = _("versies van plannen van aanpak")
        ordering = ["plan", F("number").desc()]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="plan_version_number_once")
        ]

    def __str__(self) -> str:
        return f"Plan van aanpak versie {self.number}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("A submitted plan version cannot be changed.")
        super().save(*args, **kwargs)

    @property
    def access_log_label(self) -> str:
        return f"Plan van aanpak versie {self.number}"
