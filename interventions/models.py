"""The catalogue of interventions: knowledge about instruments and approaches, never about cases.

"Bestuurlijke interventie" means two things (DOMAIN.md): a formal instrument with a legal basis,
or an informal action of an administrator. Every entry says which of the two it is, or that it
is neither (care, or a method).
"""

import calendar
import datetime
from typing import Any

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partners.models import Domain, User


class Kind(models.TextChoices):
    FORMAL = "formeel", _("Formeel instrument")
    INFORMAL = "informeel", _("Informele bestuurlijke interventie")
    CARE = "zorg", _("Zorg- of hulpverleningsinterventie")
    METHOD = "methodiek", _("Methodiek")


# Which of the two meanings of "bestuurlijke interventie" an entry has ("Taal is belangrijk").
MEANINGS = {
    Kind.FORMAL: _(
        "Bestuurlijke interventie, betekenis 1: formeel instrument met een wettelijke grondslag"
    ),
    Kind.INFORMAL: _("Bestuurlijke interventie, betekenis 2: informele actie van een bestuurder"),
    Kind.CARE: _("Geen bestuurlijke interventie: zorg of hulpverlening"),
    Kind.METHOD: _("Geen bestuurlijke interventie: een methodiek of werkwijze"),
}


class Authority(models.TextChoices):
    """Who decides on a formal instrument, by its nature: only an administrative body makes it a
    bestuurlijke interventie; the others are instruments of a court, the prosecutor, a civil
    party or a professional that the integral approach asks for or combines with."""

    ADMINISTRATIVE = "bestuursorgaan", _("Bestuursorgaan")
    COURT = "rechter", _("Rechter")
    PROSECUTION = "openbaar_ministerie", _("Openbaar Ministerie")
    CIVIL = "civiele_partij", _("Civiele partij")
    PROFESSIONAL = "professional", _("Professional")


# The meaning of a formal instrument that no administrative body decides.
NOT_ADMINISTRATIVE = {
    Authority.COURT: _("Geen bestuurlijke interventie: een instrument van de rechter"),
    Authority.PROSECUTION: _("Geen bestuurlijke interventie: een instrument van het OM"),
    Authority.CIVIL: _("Geen bestuurlijke interventie: een instrument van een civiele partij"),
    Authority.PROFESSIONAL: _("Geen bestuurlijke interventie: een stap van een professional"),
}


class RemedyRoute(models.TextChoices):
    OBJECTION = "bezwaar_beroep", _("Bezwaar, daarna beroep")
    DIRECT_APPEAL = "direct_beroep", _("Rechtstreeks beroep bij de rechter, geen bezwaar")
    NONE = "geen", _("Geen bezwaar of beroep mogelijk")
    CIVIL = "civiel", _("Bij de civiele rechter")
    CRIMINAL = "strafrechtelijk", _("In de strafprocedure")
    NOT_APPLICABLE = "niet_van_toepassing", _("Geen besluit om aan te vechten")


class ViewRequirement(models.TextChoices):
    """Whether the persons concerned must be heard before the decision (art. 4:8 Awb)."""

    REQUIRED = "vereist", _("Zienswijze vragen vóór het besluit (art. 4:8 Awb)")
    NOT_REQUIRED = "niet_vereist", _("Geen zienswijze vereist")
    NOT_APPLICABLE = "niet_van_toepassing", _("Niet van toepassing: geen besluit van de gemeente")


# How long a legal review holds: an entry not reviewed for longer is flagged.
REVIEW_VALID_MONTHS = 12


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` months earlier (the last day of that month when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due_before(today: datetime.date | None = None) -> datetime.date:
    """A review older than this day no longer holds."""
    return months_before(today or timezone.localdate(), REVIEW_VALID_MONTHS)


class Character(models.TextChoices):
    PREVENTIVE = "preventief", _("Preventief")
    REPRESSIVE = "repressief", _("Repressief")
    PROTECTIVE = "beschermend", _("Beschermend")
    RESTORATIVE = "herstellend", _("Herstellend")


class Decider(models.TextChoices):
    MAYOR = "burgemeester", _("Burgemeester")
    EXECUTIVE = "college", _("College van B en W")
    COUNCIL = "raad", _("Gemeenteraad")
    PROSECUTOR = "officier_van_justitie", _("Officier van justitie")
    JUDGE = "rechter", _("Rechter")
    PROFESSIONAL = "professional", _("Professional")
    MINISTER = "minister", _("Minister")
    LANDLORD = "verhuurder", _("Verhuurder")
    POLICE_CHIEF = "korpschef", _("Korpschef van de politie")


class PyramidLevel(models.IntegerChoices):
    """The escalation pyramid: from informing to the heaviest measure."""

    INFORM = 1, _("1. Informeren, normeren en hulp aanbieden")
    WARN = 2, _("2. Waarschuwen en aanspreken")
    LIGHT = 3, _("3. Lichte dwang, voorwaarden en bevelen")
    HEAVY = 4, _("4. Zware bestuurlijke maatregel")
    HEAVIEST = 5, _("5. Ingrijpendste maatregel")


# The expression searched and indexed: the name weighs most, then the summary and description.
CATALOGUE_SEARCH = SearchVector("name", weight="A", config="dutch") + SearchVector(
    "summary", "description", "legal_law", weight="B", config="dutch"
)


class Intervention(models.Model):
    slug = models.SlugField(_("korte naam in adressen"), max_length=80, unique=True)
    name = models.CharField(_("naam"), max_length=200, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind)
    characters = ArrayField(
        models.CharField(max_length=20, choices=Character), verbose_name=_("karakter")
    )
    summary = models.TextField(_("samenvatting"))
    description = models.TextField(_("beschrijving"))
    legal_law = models.CharField(_("wet of regeling"), max_length=150, blank=True)
    legal_article = models.CharField(_("artikel"), max_length=60, blank=True)
    legal_url = models.URLField(_("officiële tekst van de wet"), blank=True)
    deciders = ArrayField(
        models.CharField(max_length=30, choices=Decider), verbose_name=_("wie beslist")
    )
    authority = models.CharField(
        _("wie beslist, naar zijn aard"),
        max_length=30,
        choices=Authority,
        default=Authority.ADMINISTRATIVE,
        help_text=_(
            "Alleen een instrument waarover een bestuursorgaan beslist is een bestuurlijke "
            "interventie."
        ),
    )
    remedy_route = models.CharField(
        _("rechtsgang"), max_length=30, choices=RemedyRoute, default=RemedyRoute.NOT_APPLICABLE
    )
    remedies = models.TextField(
        _("rechtsmiddelen"),
        blank=True,
        help_text=_("Bezwaar, voorlopige voorziening, beroep en de uitzonderingen daarop."),
    )
    view_requirement = models.CharField(
        _("zienswijze"),
        max_length=30,
        choices=ViewRequirement,
        default=ViewRequirement.NOT_APPLICABLE,
    )
    view_note = models.TextField(
        _("toelichting op de zienswijze"),
        blank=True,
        help_text=_("Wanneer en hoe de zienswijze wordt gevraagd, en de uitzonderingen."),
    )
    domains = models.ManyToManyField(
        Domain, verbose_name=_("domeinen"), related_name="interventions"
    )
    life_areas = ArrayField(
        models.CharField(max_length=30),
        verbose_name=_("leefgebieden"),
        default=list,
        blank=True,
        help_text=_("De leefgebieden van een gezin waarop de interventie aangrijpt."),
    )
    for_minors = models.BooleanField(_("gericht op minderjarigen"), default=False)
    information_needed = ArrayField(
        models.CharField(max_length=200),
        verbose_name=_("benodigde informatie"),
        default=list,
        blank=True,
    )
    typical_duration = models.CharField(_("gebruikelijke duur"), max_length=120, blank=True)
    lighter_alternatives = models.ManyToManyField(
        "self",
        verbose_name=_("lichtere alternatieven"),
        symmetrical=False,
        related_name="heavier_alternatives",
        blank=True,
    )
    combined_with = models.ManyToManyField(
        "self", verbose_name=_("vaak gecombineerd met"), symmetrical=True, blank=True
    )
    safety_notes = models.TextField(_("veilig interveniëren"), blank=True)
    pyramid_level = models.PositiveSmallIntegerField(
        _("plaats op de escalatiepiramide"), choices=PyramidLevel
    )
    origin = models.CharField(
        _("herkomst"), max_length=5, default="nl", help_text=_("Landcode, of 'eu'.")
    )
    origin_note = models.TextField(_("toelichting op de herkomst"), blank=True)
    version = models.PositiveIntegerField(_("versie"), default=1)
    # The revision of the seed content (catalogue.yaml) this entry was last loaded from: a newer
    # revision of an entry (a legal correction) replaces the text, which is kept as a version.
    seed_revision = models.PositiveIntegerField(_("revisie van de basisinhoud"), default=1)
    # The latest legal review, kept beside the entry so lists flag stale reviews without a query
    # per row; the reviews themselves are `LegalReview` rows.
    reviewed_on = models.DateField(_("juridisch getoetst op"), null=True, blank=True)
    reviewed_by_function = models.CharField(
        _("juridisch getoetst door (functie)"), max_length=150, blank=True
    )
    reviewed_version = models.PositiveIntegerField(_("getoetste versie"), null=True, blank=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)
    updated_by = models.ForeignKey(
        User,
        verbose_name=_("gewijzigd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("interventie")
        verbose_name_plural = _("interventies")
        ordering = ["name"]
        indexes = [GinIndex(CATALOGUE_SEARCH, name="intervention_search")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_formal(self) -> bool:
        return self.kind == Kind.FORMAL

    @property
    def legal_basis(self) -> str:
        return " ".join(part for part in (self.legal_article, self.legal_law) if part)

    @property
    def is_administrative(self) -> bool:
        """A bestuurlijke interventie in the formal sense: an administrative body decides."""
        return self.is_formal and self.authority == Authority.ADMINISTRATIVE

    @property
    def meaning(self) -> str:
        if self.is_formal and self.authority != Authority.ADMINISTRATIVE:
            return str(NOT_ADMINISTRATIVE[Authority(self.authority)])
        return str(MEANINGS[Kind(self.kind)])

    @property
    def needs_legal_review(self) -> bool:
        """Entries with a legal basis are reviewed against the law."""
        return bool(self.legal_law)

    @property
    def review_due(self) -> bool:
        """Not reviewed, or last reviewed more than twelve months ago."""
        if not self.needs_legal_review:
            return False
        return self.reviewed_on is None or self.reviewed_on < review_due_before()

    @property
    def changed_since_review(self) -> bool:
        return self.reviewed_version is not None and self.reviewed_version != self.version

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.kind == Kind.FORMAL and not self.remedies.strip():
            errors["remedies"] = _("Een formeel instrument noemt de rechtsmiddelen.")
        administrative = self.kind == Kind.FORMAL and self.authority == Authority.ADMINISTRATIVE
        if self.view_requirement != ViewRequirement.NOT_APPLICABLE and not administrative:
            errors["view_requirement"] = _(
                "Een zienswijze hoort bij een besluit van een bestuursorgaan."
            )
        if administrative and self.view_requirement == ViewRequirement.NOT_APPLICABLE:
            errors["view_requirement"] = _(
                "Zeg of vóór dit besluit een zienswijze moet worden gevraagd."
            )
        if self.view_requirement == ViewRequirement.NOT_REQUIRED and not self.view_note.strip():
            errors["view_note"] = _("Licht toe waarom geen zienswijze nodig is.")
        if errors:
            raise ValidationError(errors)


class Condition(models.Model):
    """One item of an intervention's checklist of conditions."""

    intervention = models.ForeignKey(
        Intervention, on_delete=models.CASCADE, related_name="conditions"
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    text = models.CharField(_("voorwaarde"), max_length=400)

    class Meta:
        verbose_name = _("voorwaarde")
        verbose_name_plural = _("voorwaarden")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text


class InterventionVersion(models.Model):
    """The text of an intervention as it was before a change: the catalogue forgets nothing."""

    intervention = models.ForeignKey(
        Intervention, on_delete=models.CASCADE, related_name="versions"
    )
    version = models.PositiveIntegerField(_("versie"))
    content = models.JSONField(_("inhoud"))
    saved_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    saved_by = models.ForeignKey(
        User,
        verbose_name=_("vastgelegd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("eerdere versie")
        verbose_name_plural = _("eerdere versies")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["intervention", "version"], name="one_row_per_intervention_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.intervention} (versie {self.version})"


class SourceKind(models.TextChoices):
    LAW = "wet", _("Wet of regeling")
    RULING = "uitspraak", _("Uitspraak")
    PARLIAMENTARY = "kamerstuk", _("Kamerstuk")
    GUIDANCE = "handreiking", _("Handreiking")
    RESEARCH = "onderzoek", _("Onderzoek")
    OTHER = "overig", _("Overige bron")


BWBR_ID = RegexValidator(r"^BWBR\d{7}$", _("Een BWBR-id is 'BWBR' en zeven cijfers."))
ECLI_ID = RegexValidator(
    r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$",
    _("Een ECLI ziet eruit als ECLI:NL:RVS:2025:772."),
)


class Source(models.Model):
    """Where an entry's text comes from: a law by its BWBR id and article, a ruling by its
    ECLI, a parliamentary paper or official guidance, with the day it was last checked."""

    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="sources")
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    kind = models.CharField(_("soort bron"), max_length=20, choices=SourceKind)
    title = models.CharField(_("titel"), max_length=300)
    bwbr_id = models.CharField(_("BWBR-id"), max_length=11, blank=True, validators=[BWBR_ID])
    article = models.CharField(_("artikel"), max_length=120, blank=True)
    ecli = models.CharField(_("ECLI"), max_length=60, blank=True, validators=[ECLI_ID])
    url = models.URLField(_("adres"), blank=True)
    checked_on = models.DateField(_("gecontroleerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.citation

    def clean(self) -> None:
        if self.kind == SourceKind.LAW and not self.bwbr_id:
            raise ValidationError({"bwbr_id": _("Een wet wordt aangehaald met haar BWBR-id.")})
        if self.kind == SourceKind.RULING and not self.ecli:
            raise ValidationError({"ecli": _("Een uitspraak wordt aangehaald met haar ECLI.")})

    @property
    def citation(self) -> str:
        """The source as a lawyer cites it: "Gemeentewet, art. 174a (BWBR0005416)"."""
        return source_citation(self.as_data())

    @property
    def link(self) -> str:
        if self.url:
            return self.url
        if self.bwbr_id:
            return f"https://wetten.overheid.nl/{self.bwbr_id}/"
        if self.ecli:
            return f"https://uitspraken.rechtspraak.nl/details?id={self.ecli}"
        return ""

    def as_data(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "title": self.title,
            "bwbr": self.bwbr_id,
            "article": self.article,
            "ecli": self.ecli,
            "url": self.url,
            "checked_on": self.checked_on.isoformat() if self.checked_on else "",
        }


def source_citation(source: dict[str, str] | str) -> str:
    """A source as cited, from its data (earlier versions kept sources as plain lines)."""
    if isinstance(source, str):
        return source
    parts = [source["title"]]
    if source.get("article"):
        parts.append(source["article"])
    text = ", ".join(parts)
    reference = source.get("bwbr") or source.get("ecli")
    return f"{text} ({reference})" if reference else text


class LegalReview(models.Model):
    """A review of an entry's text against the law: who (by function) and when. Recorded by the
    functional manager; the newest review is shown with the entry and flags it after a year."""

    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="reviews")
    reviewed_on = models.DateField(_("getoetst op"))
    reviewer_function = models.CharField(
        _("getoetst door (functie)"),
        max_length=150,
        help_text=_("De functie, niet de naam: bijvoorbeeld ‘jurist openbare orde en veiligheid’."),
    )
    note = models.TextField(_("toelichting"), blank=True)
    catalogue_version = models.PositiveIntegerField(_("getoetste versie"))
    recorded_by = models.ForeignKey(
        User,
        verbose_name=_("vastgelegd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("juridische toetsing")
        verbose_name_plural = _("juridische toetsingen")
        ordering = ["-reviewed_on", "-id"]

    def __str__(self) -> str:
        return f"{self.intervention}: {self.reviewed_on:%d-%m-%Y}"
