"""The catalogue of interventions: knowledge about instruments and approaches, never about cases.

"Bestuurlijke interventie" means two things (DOMAIN.md): a formal instrument with a legal basis,
or an informal action of an administrator. Every entry says which of the two it is, or that it
is neither (care, or a method).
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
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
    sources = ArrayField(
        models.CharField(max_length=300), verbose_name=_("bronnen"), default=list, blank=True
    )
    version = models.PositiveIntegerField(_("versie"), default=1)
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
    def meaning(self) -> str:
        return str(MEANINGS[Kind(self.kind)])

    @property
    def is_formal(self) -> bool:
        return self.kind == Kind.FORMAL

    @property
    def legal_basis(self) -> str:
        return " ".join(part for part in (self.legal_article, self.legal_law) if part)


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
