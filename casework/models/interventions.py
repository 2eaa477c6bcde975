"""Interventions used on a case, the weighing before them ("wikken en wegen"), and what they did.

The catalogue (`interventions`) says what an intervention is; here a case proposes one, aimed at
persons, addresses or businesses of its network, weighs it, decides and learns from it.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from casework.models.cases import Case
from casework.models.network import LinkedAddress, LinkedOrganisation, Person
from config.texts import system_text
from interventions.models import Intervention
from partners.models import Organisation, User
from workflow.models import TransitionRecord


class InterventionStatus(models.TextChoices):
    INTENTION = "voornemen", _("Voornemen")
    VIEWS_REQUESTED = "zienswijze_gevraagd", _("Zienswijze gevraagd")
    DECIDED = "besluit_genomen", _("Besluit genomen")
    OBJECTION = "bezwaar", _("Bezwaar")
    CARRIED_OUT = "uitgevoerd", _("Uitgevoerd")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")
    EVALUATED = "geevalueerd", _("Geëvalueerd")


S = InterventionStatus

# Reasons the system writes into an intervention's course (config/texts.py).
PROPOSED = system_text(gettext_noop("Voorgesteld"))
EVALUATED = system_text(gettext_noop("Geëvalueerd"))


class CaseIntervention(models.Model):
    """An intervention from the catalogue, proposed for a case."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="interventions"
    )
    intervention = models.ForeignKey(
        Intervention,
        verbose_name=_("interventie"),
        on_delete=models.PROTECT,
        related_name="case_uses",
    )
    # The catalogue text the proposal was weighed against (the catalogue keeps old versions).
    catalogue_version = models.PositiveIntegerField(_("versie van de catalogus"))
    target_persons = models.ManyToManyField(
        Person, verbose_name=_("gericht op personen"), blank=True, related_name="+"
    )
    target_addresses = models.ManyToManyField(
        LinkedAddress, verbose_name=_("gericht op adressen"), blank=True, related_name="+"
    )
    target_organisations = models.ManyToManyField(
        LinkedOrganisation, verbose_name=_("gericht op bedrijven"), blank=True, related_name="+"
    )
    responsible = models.ForeignKey(
        Organisation,
        verbose_name=_("verantwoordelijke partner"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    purpose = models.TextField(_("doel"))
    planned_on = models.DateField(_("beoogde datum"), null=True, blank=True)
    ends_on = models.DateField(_("einddatum"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=30, choices=InterventionStatus, default=S.INTENTION
    )
    proposed_by = models.ForeignKey(
        User, verbose_name=_("voorgesteld door"), on_delete=models.PROTECT, related_name="+"
    )
    proposed_at = models.DateTimeField(_("voorgesteld op"), auto_now_add=True)
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("interventie in een casus")
        verbose_name_plural = _("interventies in casussen")
        ordering = ["-proposed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.intervention} ({self.case.number})"

    @property
    def access_log_label(self) -> str:
        if not CaseIntervention.intervention.is_cached(self):
            return f"Interventie {self.pk}"
        return f"Interventie {self.intervention.name}"


class InterventionStatusChange(TransitionRecord):
    """One step in the course of an intervention on a case."""

    states = InterventionStatus

    case_intervention = models.ForeignKey(
        CaseIntervention, on_delete=models.CASCADE, related_name="status_changes"
    )

    class Meta:
        verbose_name = _("statuswijziging van een interventie")
        verbose_name_plural = _("statuswijzigingen van interventies")
        ordering = ["changed_at", "id"]


class SafetyRisk(models.TextChoices):
    LOW = "laag", _("Laag")
    MEDIUM = "middel", _("Middel")
    HIGH = "hoog", _("Hoog")


class Assessment(models.Model):
    """Wikken en wegen: the justification of one case intervention, before it is decided."""

    case_intervention = models.OneToOneField(
        CaseIntervention, on_delete=models.CASCADE, related_name="assessment"
    )
    legal_basis_present = models.BooleanField(
        _("de wettelijke grondslag is aanwezig"), default=False
    )
    proportionality = models.TextField(_("proportionaliteit"), blank=True)
    subsidiarity = models.TextField(_("subsidiariteit"), blank=True)
    lighter_considered = models.ManyToManyField(
        Intervention,
        verbose_name=_("overwogen lichtere middelen"),
        blank=True,
        related_name="+",
    )
    desirability = models.TextField(_("wenselijkheid"), blank=True)
    human_measure = models.TextField(
        _("menselijke maat"),
        blank=True,
        help_text=_("Wat doet de interventie met de anderen in het netwerk, vooral de kinderen?"),
    )
    safety_risk = models.CharField(
        _("veiligheidsrisico voor de uitvoerders"), max_length=10, choices=SafetyRisk, blank=True
    )
    safety_measures = models.TextField(_("veiligheidsmaatregelen"), blank=True)
    motivation = models.TextField(_("motivering"), blank=True)
    views_skip_reason = models.TextField(
        _("reden om geen zienswijze te vragen"),
        blank=True,
        help_text=_(
            "Alleen als de wet dat toelaat, bijvoorbeeld vanwege de vereiste spoed (art. 4:11 Awb)."
        ),
    )
    assessed_by = models.ForeignKey(
        User, verbose_name=_("gewogen door"), on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(_("laatst bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("afweging")
        verbose_name_plural = _("afwegingen")

    def __str__(self) -> str:
        return f"Afweging {self.case_intervention}"


class ConditionCheck(models.Model):
    """One condition of the catalogue's checklist, with whether it is met and the evidence."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="checks")
    position = models.PositiveSmallIntegerField(_("volgorde"))
    # Copied from the catalogue, so the assessment keeps saying what was weighed.
    condition = models.CharField(_("voorwaarde"), max_length=400)
    met = models.BooleanField(_("voldaan"), default=False)
    evidence = models.TextField(_("onderbouwing of bron"), blank=True)

    class Meta:
        verbose_name = _("getoetste voorwaarde")
        verbose_name_plural = _("getoetste voorwaarden")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.condition


class Outcome(models.TextChoices):
    """Whether the intervention reached its purpose: what the insight pages count."""

    REACHED = "bereikt", _("Doel bereikt")
    PARTLY = "deels", _("Doel deels bereikt")
    NOT_REACHED = "niet_bereikt", _("Doel niet bereikt")
    UNKNOWN = "onbekend", _("Nog niet te zeggen")


class Evaluation(models.Model):
    """What an intervention did: learning from what works."""

    case_intervention = models.OneToOneField(
        CaseIntervention, on_delete=models.CASCADE, related_name="evaluation"
    )
    rating = models.PositiveSmallIntegerField(
        _("waardering (1 tot 5)"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    outcome = models.CharField(
        _("uitkomst"), max_length=20, choices=Outcome, default=Outcome.UNKNOWN
    )
    what_worked = models.TextField(_("wat werkte"), blank=True)
    what_did_not = models.TextField(_("wat werkte niet"), blank=True)
    evaluated_by = models.ForeignKey(
        User, verbose_name=_("geëvalueerd door"), on_delete=models.PROTECT, related_name="+"
    )
    evaluated_at = models.DateTimeField(_("geëvalueerd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="evaluation_rating_1_to_5"
            )
        ]

    def __str__(self) -> str:
        return f"Evaluatie {self.case_intervention}"
