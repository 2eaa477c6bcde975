import datetime

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models.cases import Case
from casework.validators import validate_bsn
from partners.models import Organisation

ADULT_AGE = 18
# A person's name as searched and indexed ("Jan de Vries").
PERSON_FULL_NAME = Concat("first_name", Value(" "), "last_name")


class PersonRole(models.TextChoices):
    """A person's role in the case; one person can hold several (a victim of criminal
    exploitation is often a perpetrator too)."""

    SUBJECT = "betrokkene", _("Betrokkene (hoofdpersoon)")
    FAMILY_MEMBER = "familielid", _("Familielid")
    VICTIM = "slachtoffer", _("Slachtoffer")
    PERPETRATOR = "dader", _("Dader")


class Person(models.Model):
    """A person in the family network of one case."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="persons"
    )
    first_name = models.CharField(_("voornaam"), max_length=100)
    last_name = models.CharField(_("achternaam"), max_length=150)
    alias = models.CharField(_("alias of bijnaam"), max_length=100, blank=True)
    birth_date = models.DateField(_("geboortedatum"), null=True, blank=True)
    bsn = models.CharField(
        _("BSN"),
        max_length=9,
        blank=True,
        validators=[validate_bsn],
        help_text=_("Alleen als het nodig is voor de aanpak; negen cijfers."),
    )
    address = models.CharField(_("adres"), max_length=250, blank=True)
    roles = ArrayField(
        models.CharField(max_length=20, choices=PersonRole),
        verbose_name=_("rol in de casus"),
        default=list,
        blank=True,
    )
    added_by = models.ForeignKey(
        "partners.User",
        verbose_name=_("toegevoegd door"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    added_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)
    # Optimistic locking, as on the case: a correction made on an older version is refused.
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["birth_date", "last_name", "first_name", "id"]
        indexes = [
            # Search finds names in the vocabulary by similarity, then persons by exact name
            # (see NameVocabulary): these serve the second step.
            models.Index(fields=["last_name"], name="person_last_name"),
            models.Index(fields=["first_name"], name="person_first_name"),
            models.Index(fields=["alias"], name="person_alias", condition=~models.Q(alias="")),
            models.Index(fields=["bsn"], name="person_bsn", condition=~models.Q(bsn="")),
            # "Known elsewhere" compares names only among persons born on the same day.
            models.Index(fields=["birth_date"], name="person_birth_date"),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def access_log_label(self) -> str:
        return f"Persoon {self.pk}"

    def age_on(self, day: datetime.date) -> int | None:
        if self.birth_date is None:
            return None
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))

    def get_roles_display_list(self) -> list[str]:
        return [str(PersonRole(role).label) for role in self.roles]

    @property
    def age(self) -> int | None:
        return self.age_on(timezone.localdate())

    @property
    def is_minor(self) -> bool:
        age = self.age_on(timezone.localdate())
        return age is not None and age < ADULT_AGE

    def clean(self) -> None:
        if self.birth_date and self.birth_date > timezone.localdate():
            raise ValidationError(
                {"birth_date": _("Een geboortedatum kan niet in de toekomst liggen.")}
            )
        if self.birth_date and self.birth_date.year < 1900:
            raise ValidationError({"birth_date": _("Controleer het geboortejaar.")})


class NameVocabulary(models.Model):
    """Every first name, last name and alias that occurs in any network, once.

    Name search compares the words typed with these few thousand names by trigram similarity
    (so "Verhoven" finds "Verhoeven"), then looks up persons by the names found with exact
    indexes and through the permission policy: the fuzzy part never scans millions of persons.
    Read only by that search, never shown; a name no longer used stays and simply matches
    nobody."""

    name = models.CharField(_("naam"), max_length=150, unique=True)

    class Meta:
        verbose_name = _("naam in de zoekindex")
        verbose_name_plural = _("namen in de zoekindex")
        indexes = [
            GinIndex(fields=["name"], name="name_vocabulary_trgm", opclasses=["gin_trgm_ops"])
        ]

    def __str__(self) -> str:
        return self.name


class RelationKind(models.TextChoices):
    """How two persons are related; read as "<from> is <kind> van <to>"."""

    PARENT = "ouder", _("ouder van")
    SIBLING = "broer_zus", _("broer of zus van")
    PARTNER = "partner", _("partner van")
    EX_PARTNER = "ex_partner", _("ex-partner van")
    GRANDPARENT = "grootouder", _("grootouder van")
    UNCLE_AUNT = "oom_tante", _("oom of tante van")
    COUSIN = "neef_nicht", _("neef of nicht van")
    BUSINESS = "zakelijk", _("zakelijke relatie van")
    ASSOCIATE = "handlanger", _("handlanger of criminele relatie van")


# Relations that read the same both ways; the others have a direction (parent → child).
SYMMETRIC_KINDS = {
    RelationKind.SIBLING,
    RelationKind.PARTNER,
    RelationKind.EX_PARTNER,
    RelationKind.COUSIN,
    RelationKind.BUSINESS,
    RelationKind.ASSOCIATE,
}


class Relation(models.Model):
    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="relations"
    )
    from_person = models.ForeignKey(
        Person, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="relations_from"
    )
    kind = models.CharField(_("relatie"), max_length=20, choices=RelationKind)
    to_person = models.ForeignKey(
        Person, verbose_name=_("met"), on_delete=models.CASCADE, related_name="relations_to"
    )
    valid_from = models.DateField(_("geldig vanaf"), null=True, blank=True)
    valid_to = models.DateField(_("geldig tot"), null=True, blank=True)
    source = models.ForeignKey(
        Organisation,
        verbose_name=_("bron"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("De partner van wie deze informatie komt."),
    )
    added_by = models.ForeignKey(
        "partners.User",
        verbose_name=_("toegevoegd door"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("relatie")
        verbose_name_plural = _("relaties")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(from_person=models.F("to_person")),
                name="relation_not_to_oneself",
            ),
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="relation_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["from_person", "kind", "to_person"], name="relation_once_per_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_person} {self.get_kind_display()} {self.to_person}"


class LinkedOrganisation(models.Model):
    """A business or foundation linked to the network (it matters for Bibob)."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="linked_organisations"
    )
    name = models.CharField(_("naam"), max_length=200)
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{8}$", _("Een KvK-nummer bestaat uit acht cijfers."))],
    )
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)
    persons = models.ManyToManyField(
        Person, verbose_name=_("betrokken personen"), blank=True, related_name="organisations"
    )
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("gelinkte organisatie")
        verbose_name_plural = _("gelinkte organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LinkedAddress(models.Model):
    """An address that matters to the network: a home, a business premises, a storage unit."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="linked_addresses"
    )
    address = models.CharField(_("adres"), max_length=250)
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)
    persons = models.ManyToManyField(
        Person, verbose_name=_("betrokken personen"), blank=True, related_name="addresses"
    )
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("gelinkt adres")
        verbose_name_plural = _("gelinkte adressen")
        ordering = ["address"]

    def __str__(self) -> str:
        return self.address


class NetworkItem(models.TextChoices):
    """What in a network was changed."""

    PERSON = "persoon", _("Persoon")
    RELATION = "relatie", _("Relatie")
    ORGANISATION = "organisatie", _("Gelinkte organisatie")
    ADDRESS = "adres", _("Gelinkt adres")


class NetworkAction(models.TextChoices):
    CHANGED = "gewijzigd", _("gewijzigd")
    ENDED = "beeindigd", _("beëindigd")
    REMOVED = "verwijderd", _("verwijderd")
    MERGED = "samengevoegd", _("samengevoegd")


class NetworkChange(models.Model):
    """One correction of a family network: what was changed, removed or merged, by whom, when
    and why. The history of the network in the case's timeline; append-only like the access
    log. A removed person is named by initials only, so that the history of a wrongly added
    person does not keep them in the case."""

    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.CASCADE, related_name="network_changes"
    )
    item = models.CharField(_("onderdeel"), max_length=20, choices=NetworkItem)
    item_id = models.PositiveBigIntegerField(_("id van het onderdeel"))
    action = models.CharField(_("wijziging"), max_length=20, choices=NetworkAction)
    label = models.CharField(_("omschrijving"), max_length=300)
    # [{"field": "last_name", "before": "Verhoven", "after": "Verhoeven"}, ...]; field names are
    # the model's, translated on display.
    changes = models.JSONField(_("wijzigingen"), default=list, blank=True)
    reason = models.CharField(_("reden"), max_length=500)
    changed_by = models.ForeignKey(
        "partners.User", verbose_name=_("door"), on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        verbose_name = _("wijziging van het netwerk")
        verbose_name_plural = _("wijzigingen van het netwerk")
        ordering = ["-changed_at", "-id"]
        indexes = [models.Index(fields=["case", "changed_at"], name="network_change_case")]

    def __str__(self) -> str:
        return f"{self.get_item_display()} {self.label} {self.get_action_display()}"

    @property
    def access_log_label(self) -> str:
        return f"Netwerkwijziging {self.pk}"
