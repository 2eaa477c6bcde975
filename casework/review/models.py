"""The gezagsvierhoek's review of a plan of action: a submitted version put before a vierhoek on
a vierhoekoverleg (`Submission`), each member's decision on exactly that version and its
SHA-256 (`MemberDecision`) with the commitment of their own domain, and the mayor's decisions on
the plan's formal instruments (`InstrumentDecision`)."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.meetings.models import AgendaItem, Meeting
from casework.models import Case, CaseIntervention
from casework.plans.models import PlanVersion
from casework.plans.services import FULL, PSEUDONYMISED
from partners.models import SEATS, Role, User, Vierhoek


class Variant(models.TextChoices):
    PSEUDONYMISED = PSEUDONYMISED, _("Gepseudonimiseerd (de aanpak, zonder namen)")
    FULL = FULL, _("Volledig (met namen)")


class SubmissionStatus(models.TextChoices):
    OPEN = "ter_beoordeling", _("Ter beoordeling")
    ADOPTED = "vastgesteld", _("Vastgesteld")
    CHANGES = "wijzigingen_gevraagd", _("Wijzigingen gevraagd")
    VOID = "vervallen", _("Vervallen (nieuwe versie)")


class Submission(models.Model):
    """A plan version put before a vierhoek on a vierhoekoverleg, in the variant its members
    receive. Its members see this and nothing else of the case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    plan_version = models.ForeignKey(
        PlanVersion, verbose_name=_("versie"), on_delete=models.PROTECT, related_name="+"
    )
    # The version's SHA-256 as it was put before the vierhoek: every decision repeats it.
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    vierhoek = models.ForeignKey(
        Vierhoek, verbose_name=_("gezagsvierhoek"), on_delete=models.PROTECT, related_name="+"
    )
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("vierhoekoverleg"), on_delete=models.PROTECT, related_name="+"
    )
    item = models.ForeignKey(AgendaItem, on_delete=models.PROTECT, related_name="+")
    variant = models.CharField(_("variant voor de leden"), max_length=20, choices=Variant)
    reason = models.TextField(
        _("reden"),
        blank=True,
        help_text=_("Waarom de leden de volledige variant nodig hebben (verplicht bij die keuze)."),
    )
    deadline = models.DateField(_("besluit uiterlijk op"))
    status = models.CharField(
        _("status"), max_length=30, choices=SubmissionStatus, default=SubmissionStatus.OPEN
    )
    put_by = models.ForeignKey(
        User, verbose_name=_("voorgelegd door"), on_delete=models.PROTECT, related_name="+"
    )
    put_at = models.DateTimeField(_("voorgelegd op"), default=timezone.now)
    closed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    # Each mail once: to the members when it was put before them, the reminder before the
    # deadline, the deadline passed to the chair, the outcome to the procesregisseur.
    members_mailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    escalated_at = models.DateTimeField(null=True, blank=True, editable=False)
    outcome_mailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("plan ter beoordeling")
        verbose_name_plural = _("plannen ter beoordeling")
        ordering = ["deadline", "id"]
        constraints = [
            # One version of a case before the vierhoek at a time.
            models.UniqueConstraint(
                fields=["case"],
                condition=Q(status="ter_beoordeling"),
                name="review_one_open_submission_per_case",
            ),
            models.CheckConstraint(
                condition=~Q(variant="volledig") | ~Q(reason=""),
                name="review_full_variant_has_reason",
            ),
        ]
        indexes = [models.Index(fields=["vierhoek", "status"], name="review_queue")]

    def __str__(self) -> str:
        return f"Plan van aanpak versie {self.plan_version_id} ter beoordeling"

    @property
    def access_log_label(self) -> str:
        return "Plan van aanpak ter beoordeling"

    @property
    def is_open(self) -> bool:
        return self.status == SubmissionStatus.OPEN


class Verdict(models.TextChoices):
    AGREED = "akkoord", _("Akkoord")
    CHANGES = "wijzigingen_gevraagd", _("Wijzigingen gevraagd")
    REMARK = "opmerking", _("Opmerking")


class MemberDecision(models.Model):
    """A member's (or deputy's) decision for their seat, bound to the version and its SHA-256.
    Never changed: a later decision of the same seat takes its place."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="decisions")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    seat = models.CharField(
        _("zetel"), max_length=30, choices=[(role.value, role.label) for role in SEATS]
    )
    decided_by = models.ForeignKey(
        User, verbose_name=_("besloten door"), on_delete=models.PROTECT, related_name="+"
    )
    as_deputy = models.BooleanField(_("als plaatsvervanger"), default=False)
    plan_version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="+")
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    verdict = models.CharField(_("besluit"), max_length=30, choices=Verdict)
    text = models.TextField(
        _("toelichting"),
        blank=True,
        help_text=_("Bij wijzigingen: wat er moet veranderen. Bij een opmerking: de opmerking."),
    )
    commitment = models.TextField(
        _("inzet van uw organisatie"),
        blank=True,
        help_text=_("Wat uw organisatie gaat doen."),
    )
    commitment_with = models.CharField(_("met wie"), max_length=300, blank=True)
    commitment_by = models.DateField(_("uiterlijk op"), null=True, blank=True)
    decided_at = models.DateTimeField(_("besloten op"), default=timezone.now)

    class Meta:
        verbose_name = _("besluit van een lid van de gezagsvierhoek")
        verbose_name_plural = _("besluiten van de gezagsvierhoek")
        ordering = ["decided_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(seat__in=[role.value for role in SEATS]), name="review_decision_seat"
            ),
            models.CheckConstraint(
                condition=~Q(verdict="akkoord")
                | (~Q(commitment="") & Q(commitment_by__isnull=False)),
                name="review_agreement_has_commitment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_seat_display()}: {self.get_verdict_display()}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("A decision of the vierhoek cannot be changed.")
        super().save(*args, **kwargs)

    @property
    def access_log_label(self) -> str:
        return f"Besluit {Role(self.seat).label}"


class InstrumentChoice(models.TextChoices):
    APPLY = "toepassen", _("Besluit tot toepassing")
    NOT_APPLY = "niet_toepassen", _("Besluit niet toe te passen")


class InstrumentDecision(models.Model):
    """The mayor's decision on a formal instrument of the plan, linked to that intervention's
    course on the case (#5): shown there with its version and hash."""

    decision = models.ForeignKey(
        MemberDecision, on_delete=models.CASCADE, related_name="instruments"
    )
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    case_intervention = models.ForeignKey(
        CaseIntervention,
        verbose_name=_("interventie"),
        on_delete=models.PROTECT,
        related_name="vierhoek_decisions",
    )
    choice = models.CharField(_("besluit"), max_length=20, choices=InstrumentChoice)

    class Meta:
        verbose_name = _("besluit over een formeel instrument")
        verbose_name_plural = _("besluiten over formele instrumenten")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["decision", "case_intervention"], name="review_instrument_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.case_intervention_id}: {self.get_choice_display()}"


class Opened(models.Model):
    """When a seat holder first opened a submission: "the version they saw last" is the newest
    version of the same plan among the submissions they opened before."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["submission", "user"], name="review_opened_once")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} opened {self.submission_id}"
