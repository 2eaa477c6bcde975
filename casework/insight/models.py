"""The summary tables behind the insight pages.

Every case contributes rows to the figures (`Contribution`: "this case was registered in March",
"its status went from screening to casusoverleg in May", "care joined before its first safety
intervention", ...), computed by one SQL query in `casework/insight/summaries.py`. `Figure`
holds their sums per municipality, region and the whole country and month; the pages read only
those. Database triggers mark a case as changed (`ChangedCase`) whenever something it
contributes from changes; the refresh task takes the marked cases, subtracts what they
contributed before and adds what they contribute now. Nothing here holds a name or a text.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models import Case
from interventions.models import Intervention
from partners.models import Municipality, User


class Scope(models.IntegerChoices):
    COUNTRY = 0, _("Nederland")
    REGION = 1, _("Regio")
    MUNICIPALITY = 2, _("Gemeente")


class Measure(models.TextChoices):
    """What a row counts. The key (and detail) says which value of it."""

    REGISTERED = "aangemeld", _("Aangemelde casussen")
    ESCALATION = "escalatie", _("Escalatieniveau van aangemelde casussen")
    # Status flows: +1 into the new status, -1 out of the old one, in the month of the step;
    # summed up to a month's end they give the cases in each status at that moment.
    STATUS = "status", _("Casussen per status")
    # The same for the escalation level of the open cases (+1 into a level, -1 out of it).
    ESCALATION_OPEN = "escalatie_open", _("Lopende casussen per escalatieniveau")
    APPROACH = "aanpak", _("Zorg vóór of na de eerste veiligheidsinterventie")
    DURATION = "doorlooptijd", _("Doorlooptijd vanaf het eerste signaal")
    DOMAIN_COUNT = "domeinen", _("Aantal domeinen aan tafel")
    DOMAIN = "domein", _("Domeinen aan tafel")
    KIND = "soort", _("Interventies naar soort")
    CHARACTER = "karakter", _("Interventies naar karakter")
    FORMAL = "formeel", _("Formele instrumenten: overwogen, besloten, afgezien")
    # Per evaluation (detail: the catalogue entry): key the outcome, total the rating.
    EVALUATION = "evaluatie", _("Evaluaties: uitkomst en waardering")
    # Per intervention carried out (detail: the catalogue entry), in the month it was carried
    # out: key "uitgevoerd", and "signaal_6"/"signaal_12" when a new signal came within 6 or 12
    # months after it.
    FOLLOW_UP = "vervolg", _("Vervolgmeting: nieuw signaal na een uitgevoerde interventie")


class Contribution(models.Model):
    """What one case adds to the figures; replaced as a whole when the case changes."""

    id = models.BigAutoField(primary_key=True)
    # No foreign keys: a deleted case's rows must outlive it until the refresh takes them out.
    case_id = models.IntegerField(db_index=True)
    municipality_id = models.IntegerField()
    region_id = models.IntegerField(null=True)
    month = models.DateField()
    measure = models.CharField(max_length=20, choices=Measure)
    key = models.CharField(max_length=40, blank=True)
    detail = models.IntegerField(default=0)
    n = models.IntegerField()
    # A sum beside the count (days, for the durations).
    total = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("bijdrage aan de cijfers")
        verbose_name_plural = _("bijdragen aan de cijfers")
        default_permissions = ()
        indexes = [
            # The proeftuin's comparison group: the cases registered in some municipalities
            # over some months.
            models.Index(
                fields=["measure", "municipality_id", "month"], name="contribution_registered"
            )
        ]

    def __str__(self) -> str:
        return f"{self.measure} {self.key} {self.month:%Y-%m}: {self.n}"


class Figure(models.Model):
    """The sum of the contributions of one scope (a municipality, a region, the country), month,
    measure and key: what the insight pages and the API read."""

    id = models.BigAutoField(primary_key=True)
    scope = models.PositiveSmallIntegerField(choices=Scope)
    scope_id = models.IntegerField()
    month = models.DateField()
    measure = models.CharField(max_length=20, choices=Measure)
    key = models.CharField(max_length=40, blank=True)
    detail = models.IntegerField(default=0)
    n = models.BigIntegerField()
    total = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("cijfer")
        verbose_name_plural = _("cijfers")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "scope_id", "measure", "month", "key", "detail"],
                name="figure_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.measure} {self.key} {self.month:%Y-%m}: {self.n}"


class Publication(models.Model):
    """The figures of one place and year as the pages show them: a copy of its sums taken when
    the worker published, and the numbers hidden because of what the other levels show (beside
    what the place's own tables hide). Published once a day (`publication.py`)."""

    scope = models.PositiveSmallIntegerField(choices=Scope)
    scope_id = models.IntegerField()
    year = models.PositiveSmallIntegerField()
    # {"rows": [[measure, key, detail, month, n, total], ...],
    #  "before": {measure: {key: n}}} (the stocks' flows before the year)
    sums = models.JSONField()
    # [[table, row, column], ...]
    hidden = models.JSONField(default=list)
    # The day the grids were made for: the quarters begun and the follow-up windows passed.
    as_of = models.DateField()
    published_at = models.DateTimeField()

    class Meta:
        verbose_name = _("publicatie van de cijfers")
        verbose_name_plural = _("publicaties van de cijfers")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["scope", "scope_id", "year"], name="publication_once")
        ]

    def __str__(self) -> str:
        return f"{Scope(self.scope).label} {self.scope_id}, {self.year}"


class ChangedCase(models.Model):
    """A case whose contributions are to be computed again (filled by database triggers)."""

    case_id = models.IntegerField(primary_key=True)

    class Meta:
        verbose_name = _("gewijzigde casus")
        verbose_name_plural = _("gewijzigde casussen")
        default_permissions = ()

    def __str__(self) -> str:
        return str(self.case_id)


class State(models.Model):
    """When the figures were last brought up to date, and the last full rebuild (one row)."""

    refreshed_at = models.DateTimeField(_("bijgewerkt om"), null=True)
    rebuilt_at = models.DateTimeField(_("opnieuw opgebouwd om"), null=True)
    rebuild_seconds = models.FloatField(_("duur van de laatste opbouw (seconden)"), null=True)
    published_at = models.DateTimeField(_("gepubliceerd om"), null=True)

    class Meta:
        verbose_name = _("stand van de cijfers")
        verbose_name_plural = _("stand van de cijfers")
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.refreshed_at}"


class Pilot(models.Model):
    """A pilot of the proeftuin: what is tried where and when, and why it should work. Its
    cases are enrolled one by one; it holds no case content itself."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    hypothesis = models.TextField(
        _("hypothese"),
        help_text=_("Wat verwacht u dat de aanpak bereikt, en waaraan is dat te zien?"),
    )
    approach = models.TextField(_("wat wordt geprobeerd"))
    intervention = models.ForeignKey(
        Intervention,
        verbose_name=_("interventie uit de catalogus"),
        on_delete=models.PROTECT,
        related_name="pilots",
        null=True,
        blank=True,
        help_text=_("Leeg laten als de aanpak geen interventie uit de catalogus is."),
    )
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("gemeenten"), related_name="pilots"
    )
    starts_on = models.DateField(_("van"))
    ends_on = models.DateField(_("tot en met"))
    created_by = models.ForeignKey(
        User, verbose_name=_("vastgelegd door"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)
    # The comparison, computed by the refresh task (`casework/insight/pilots.py`).
    comparison = models.JSONField(_("vergelijking"), default=dict, editable=False)
    compared_at = models.DateTimeField(_("vergeleken om"), null=True, editable=False)

    class Meta:
        verbose_name = _("pilot van de proeftuin")
        verbose_name_plural = _("pilots van de proeftuin")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="pilot_ends_after"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Enrolment(models.Model):
    """A case taken into a pilot by the procesregisseur, with the reason."""

    pilot = models.ForeignKey(Pilot, on_delete=models.CASCADE, related_name="enrolments")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("reden"))
    enrolled_by = models.ForeignKey(
        User, verbose_name=_("opgenomen door"), on_delete=models.PROTECT, related_name="+"
    )
    enrolled_at = models.DateTimeField(_("opgenomen op"), default=timezone.now)

    class Meta:
        verbose_name = _("casus in een pilot")
        verbose_name_plural = _("casussen in pilots")
        ordering = ["-enrolled_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["pilot", "case"], name="enrolment_once")]

    def __str__(self) -> str:
        return f"{self.pilot} – {self.case_id}"

    @property
    def access_log_label(self) -> str:
        return f"Deelname aan pilot {self.pilot_id}"
