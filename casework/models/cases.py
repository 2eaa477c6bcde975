from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import F
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from config.texts import shown, system_text
from partners.models import Domain, Municipality, Organisation, User
from workflow.models import TransitionRecord

# Reasons the system writes itself: stored as this Dutch source, translated when shown. Defined
# here, so that every process that loads the models knows them (config/texts.py).
CASE_CREATED = system_text(gettext_noop("Casus aangemaakt"))
REGISTRANT = system_text(gettext_noop("Aanmelder"))

# The expression searched and indexed for a case's title (Dutch full-text search).
TITLE_SEARCH = SearchVector("title", config="dutch")


class CaseStatus(models.TextChoices):
    """The Zorg- en Veiligheidshuis process; `casework.workflows.CASE_PROCESS` says which
    steps are allowed and who takes them."""

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


class LifeArea(models.TextChoices):
    """Leefgebieden: screening asks whether problems span several of them."""

    SAFETY = "veiligheid", _("Veiligheid en criminaliteit")
    FINANCES = "financien", _("Financiën en schulden")
    HOUSING = "wonen", _("Wonen")
    HEALTH = "gezondheid", _("Lichamelijke en psychische gezondheid")
    ADDICTION = "verslaving", _("Verslaving")
    UPBRINGING = "opvoeding", _("Opvoeding en ontwikkeling kinderen")
    EDUCATION = "onderwijs", _("Onderwijs en werk")
    SOCIAL = "sociaal_netwerk", _("Sociaal netwerk")
    DOMESTIC_VIOLENCE = "huiselijk_geweld", _("Huiselijk geweld")
    EXPLOITATION = "uitbuiting", _("Criminele uitbuiting")


class Priority(models.TextChoices):
    LOW = "laag", _("Laag")
    NORMAL = "normaal", _("Normaal")
    HIGH = "hoog", _("Hoog")
    URGENT = "urgent", _("Urgent")


class EscalationLevel(models.IntegerChoices):
    """The four phases of escalation, from green to dark red."""

    GREEN = 1, _("Groen: vrijwillig, hulpverlening loopt")
    ORANGE = 2, _("Oranje: drang, zorgen nemen toe")
    RED = 3, _("Rood: dwang, opgeschaald naar management")
    DARK_RED = 4, _("Donkerrood: opgeschaald naar bestuurlijk niveau (vierhoek)")


class Case(models.Model):
    """A family-network case, shared by the partners that take part in it."""

    # "<CBS code>-<year>-<sequence>", e.g. GM0344-2026-0001: unique across the country.
    number = models.CharField(_("casusnummer"), max_length=20)
    title = models.CharField(_("titel"), max_length=200)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="cases"
    )
    other_municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("ook actief in"),
        blank=True,
        related_name="+",
        help_text=_("Andere gemeenten waar de familie woont of actief is."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus, default=CaseStatus.SIGNAL
    )
    advice = models.TextField(
        _("gegeven advies"),
        blank=True,
        help_text=_("Bij 'niet voor ZVH': welk advies is gegeven, en aan wie."),
    )
    life_areas = ArrayField(
        models.CharField(max_length=30, choices=LifeArea),
        verbose_name=_("leefgebieden"),
        default=list,
        blank=True,
    )
    priority = models.CharField(
        _("prioriteit"), max_length=10, choices=Priority, default=Priority.NORMAL
    )
    escalation_level = models.PositiveSmallIntegerField(
        _("escalatieniveau"), choices=EscalationLevel, default=EscalationLevel.GREEN
    )
    case_director = models.ForeignKey(
        User,
        verbose_name=_("casusregisseur"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    process_director = models.ForeignKey(
        User,
        verbose_name=_("procesregisseur"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        User, verbose_name=_("aangemaakt door"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    # The last change of the case or its network (the case list sorts by it).
    changed_at = models.DateTimeField(_("laatst gewijzigd"), default=timezone.now)
    # Optimistic locking: every change raises it, and a change made against an older version
    # is refused, so that of two people editing at once the second does not overwrite the first.
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["number"], name="case_number_unique")]
        indexes = [
            # Every case list is newest first: walking this index stops after one page.
            models.Index(F("created_at").desc(), F("id").desc(), name="case_newest_first"),
            models.Index(F("changed_at").desc(), F("id").desc(), name="case_last_changed_first"),
            # Full-text search on the title (Dutch), the same expression as the search uses.
            GinIndex(TITLE_SEARCH, name="case_title_search"),
            # Case numbers are searched by any part ("0042").
            GinIndex(OpClass(Upper("number"), name="gin_trgm_ops"), name="case_number_trgm"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def life_area_labels(self) -> list[str]:
        return [str(LifeArea(area).label) for area in self.life_areas]

    @property
    def access_log_label(self) -> str | None:
        """Number and municipality only: the title may name the family, and others read the
        log. None when the municipality is not loaded (the read side then looks it up)."""
        if not Case.municipality.is_cached(self):
            return None
        return f"Casus {self.number} {self.municipality.name}"


class StatusChange(TransitionRecord):
    """One step of the case through the process: from which status to which, who, when, why."""

    states = CaseStatus

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="status_changes"
    )

    class Meta:
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")
        ordering = ["changed_at", "id"]


class EscalationChange(models.Model):
    """The case's escalation level changed: from which to which, when. Written by the database
    (migration 0014) whenever a case's level changes, whichever code path changed it; read by
    the insight figures (the open cases per level at each quarter's end)."""

    case = models.ForeignKey(
        Case,
        verbose_name=_("casus"),
        on_delete=models.CASCADE,
        related_name="escalation_changes",
    )
    from_level = models.PositiveSmallIntegerField(_("van niveau"), choices=EscalationLevel)
    to_level = models.PositiveSmallIntegerField(_("naar niveau"), choices=EscalationLevel)
    changed_at = models.DateTimeField(_("gewijzigd op"))

    class Meta:
        verbose_name = _("wijziging van het escalatieniveau")
        verbose_name_plural = _("wijzigingen van het escalatieniveau")
        ordering = ["changed_at", "id"]
        indexes = [models.Index(fields=["case", "changed_at"], name="escalation_case_changed")]

    def __str__(self) -> str:
        return f"{self.from_level} → {self.to_level}"


class CaseGroupObjectPermission(GroupObjectPermissionBase):
    """Grants on a case to an organisation's group (django-guardian, direct foreign key)."""

    content_object = models.ForeignKey(Case, on_delete=models.CASCADE)


class CaseUserObjectPermission(UserObjectPermissionBase):
    # Unused by the policy (grants go to organisations), but guardian expects the pair.
    content_object = models.ForeignKey(Case, on_delete=models.CASCADE)


class ParticipationQuerySet(models.QuerySet["CaseParticipation"]):
    def current(self) -> "ParticipationQuerySet":
        """The partners taking part now: joined and not (yet) left."""
        return self.filter(left_on__isnull=True)


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

    objects = ParticipationQuerySet.as_manager()

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

    @property
    def join_reason_shown(self) -> str:
        return shown(self.join_reason)


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
