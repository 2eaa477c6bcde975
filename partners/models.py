from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The roles of Vierhoek; each is a Django group named by its label (see `roles_ensure`)."""

    AOV = "aov", _("AOV'er")
    PROCESS_DIRECTOR = "procesregisseur", _("Procesregisseur")
    CHAIR = "voorzitter", _("Voorzitter Zorg- en Veiligheidshuis")
    PARTNER_PROFESSIONAL = "ketenpartner", _("Ketenpartner-professional")
    MAYOR = "burgemeester", _("Burgemeester")
    ALDERMAN = "wethouder", _("Wethouder sociaal domein")
    PUBLIC_PROSECUTOR = "officier", _("Officier van justitie")
    POLICE_CHIEF = "politiechef", _("Politiechef")
    FUNCTIONAL_MANAGER = "functioneel_beheerder", _("Functioneel beheerder")
    PRIVACY_OFFICER = "privacy_officer", _("Privacy officer")
    # Insight in figures only (casework/insight): never a case, a name or a note.
    RESEARCHER = "onderzoeker", _("Beleidsadviseur of onderzoeker")

    @property
    def group_name(self) -> str:
        """The name of the role's group: its Dutch label, whatever language is active, so that
        an English page finds the same groups as a Dutch one."""
        with translation.override(settings.LANGUAGE_CODE):
            return str(self.label)


class Domain(models.Model):
    """A domain of chain partners (Veiligheid, Zorg, Politie, ...); data, kept by the manager."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    code = models.SlugField(_("code"), max_length=40, unique=True)
    description = models.TextField(_("omschrijving"), blank=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        """The name; a standard name in the reader's language (partners/domains.py)."""
        from partners.domains import STANDARD_NAMES

        return gettext(self.name) if self.name in STANDARD_NAMES else self.name


class Region(models.Model):
    """A region of municipalities, served by one Zorg- en Veiligheidshuis."""

    name = models.CharField(_("naam"), max_length=150, unique=True)

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    name = models.CharField(_("naam"), max_length=150, unique=True)
    cbs_code = models.CharField(
        _("CBS-code"),
        max_length=6,
        unique=True,
        help_text=_("Gemeentecode van het CBS, bijvoorbeeld GM0344."),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    vierhoek = models.ForeignKey(
        "Vierhoek",
        verbose_name=_("gezagsvierhoek"),
        on_delete=models.SET_NULL,
        related_name="municipalities",
        null=True,
        blank=True,
        help_text=_("De gezagsvierhoek die over de plannen van aanpak van deze gemeente beslist."),
    )

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Level(models.TextChoices):
    LOCAL = "lokaal", _("Lokaal")
    REGIONAL = "regionaal", _("Regionaal")
    NATIONAL = "landelijk", _("Landelijk")
    INTERNATIONAL = "internationaal", _("Internationaal")


class Organisation(models.Model):
    """A partner organisation. Its group carries the object permissions granted to it."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    short_name = models.CharField(_("korte naam"), max_length=50, blank=True)
    domain = models.ForeignKey(
        Domain, verbose_name=_("domein"), on_delete=models.PROTECT, related_name="organisations"
    )
    level = models.CharField(_("niveau"), max_length=20, choices=Level, default=Level.LOCAL)
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("werkgebied: gemeenten"), blank=True
    )
    regions = models.ManyToManyField(Region, verbose_name=_("werkgebied: regio's"), blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("adres"), max_length=250, blank=True)
    description = models.TextField(_("wat doet deze partner"), blank=True)
    group = models.OneToOneField(
        Group,
        verbose_name=_("groep voor objectrechten"),
        on_delete=models.PROTECT,
        related_name="organisation",
        editable=False,
    )

    class Meta:
        verbose_name = _("partnerorganisatie")
        verbose_name_plural = _("partnerorganisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Expertise(models.Model):
    name = models.CharField(_("naam"), max_length=80, unique=True)

    class Meta:
        verbose_name = _("expertise")
        verbose_name_plural = _("expertises")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ContactPerson(models.Model):
    """A person on the social map: whom to call at a partner, and for what."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    name = models.CharField(_("naam"), max_length=150)
    function = models.CharField(_("functie"), max_length=150)
    expertise = models.ManyToManyField(
        Expertise, verbose_name=_("expertise"), blank=True, related_name="contacts"
    )
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)

    class Meta:
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    def clean(self) -> None:
        if not self.phone and not self.email:
            raise ValidationError(_("Vul een telefoonnummer of een e-mailadres in."))


class AccountKind(models.TextChoices):
    PERSON = "persoon", _("Persoon")
    SYSTEM = "systeem", _("Systeemaccount voor een koppeling")


class Scope(models.TextChoices):
    """What a system account may read through the API; nothing of any case."""

    CATALOGUE_READ = "catalogus:lezen", _("De catalogus van interventies lezen")
    SOCIAL_MAP_READ = "sociale-kaart:lezen", _("De sociale kaart lezen")


class User(AbstractUser):
    kind = models.CharField(
        _("soort account"), max_length=20, choices=AccountKind, default=AccountKind.PERSON
    )
    scopes = ArrayField(
        models.CharField(max_length=40, choices=Scope),
        verbose_name=_("mag via de API (systeemaccount)"),
        default=list,
        blank=True,
        help_text=_("Alleen voor een systeemaccount: wat de koppeling mag lezen."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="users",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_system(self) -> bool:
        return self.kind == AccountKind.SYSTEM

    def clean(self) -> None:
        super().clean()
        if self.scopes and not self.is_system:
            raise ValidationError({"scopes": _("Alleen een systeemaccount heeft API-rechten.")})


class ReadPath(models.TextChoices):
    PAGE = "pagina", _("Pagina")
    FRAGMENT = "fragment", _("Paginadeel (htmx)")
    API = "api", _("API")
    SEARCH = "zoeken", _("Zoeken")
    EXPORT = "export", _("Export of download")
    PDF = "pdf", _("PDF")
    TASK = "taak", _("Achtergrondtaak")


class AccessLog(models.Model):
    """One view of personal data: who, on behalf of which organisation, what, when and why.

    Append-only: the model refuses updates and deletes, the admin offers neither, and a
    database trigger (migration 0003) refuses them for any client of the database.
    """

    at = models.DateTimeField(_("moment"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        User, verbose_name=_("gebruiker"), on_delete=models.PROTECT, related_name="+"
    )
    # Copied, so the log keeps saying who it was after a user moves to another organisation.
    username = models.CharField(_("gebruikersnaam"), max_length=150)
    organisation_name = models.CharField(_("organisatie"), max_length=200)
    read_path = models.CharField(_("via"), max_length=20, choices=ReadPath)
    purpose = models.CharField(_("doel en grondslag"), max_length=250)
    object_type = models.ForeignKey(
        ContentType, verbose_name=_("soort gegeven"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("id van het gegeven"))
    object_repr = models.CharField(_("gegeven"), max_length=200)
    # The case (or other dossier) the data belongs to, for "who saw data of this case".
    scope_type = models.ForeignKey(
        ContentType, verbose_name=_("soort dossier"), on_delete=models.PROTECT, related_name="+"
    )
    scope_id = models.PositiveBigIntegerField(_("id van het dossier"))
    scope_repr = models.CharField(_("dossier"), max_length=200)
    path = models.CharField(_("adres"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("toegangslogregel")
        verbose_name_plural = _("toegangslog")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["scope_type", "scope_id", "at"])]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username}: {self.object_repr}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValidationError(_("Het toegangslog kan niet worden gewijzigd."))
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise ValidationError(_("Regels uit het toegangslog kunnen niet worden verwijderd."))


# The four seats of a gezagsvierhoek: the mayor, the alderman for the social domain, the
# public prosecutor and the police chief.
SEATS = (Role.MAYOR, Role.ALDERMAN, Role.PUBLIC_PROSECUTOR, Role.POLICE_CHIEF)


class Vierhoek(models.Model):
    """The gezagsvierhoek of a municipality, or of the municipalities of a region that share
    one (`Municipality.vierhoek`): who decides on the plans of action put before it."""

    name = models.CharField(_("naam"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("gezagsvierhoek")
        verbose_name_plural = _("gezagsvierhoeken")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Seat(models.Model):
    """One of the four seats of a vierhoek: its member and the deputy who acts in their place.
    Changed only through a four-eyes request (`RequestKind.SEAT`): a seat gives sight of the
    plans put before the vierhoek."""

    vierhoek = models.ForeignKey(
        Vierhoek, verbose_name=_("gezagsvierhoek"), on_delete=models.CASCADE, related_name="seats"
    )
    role = models.CharField(_("zetel"), max_length=30, choices=Role)
    member = models.ForeignKey(
        User, verbose_name=_("lid"), on_delete=models.PROTECT, related_name="seats"
    )
    deputy = models.ForeignKey(
        User,
        verbose_name=_("plaatsvervanger"),
        on_delete=models.PROTECT,
        related_name="deputy_seats",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("zetel in een gezagsvierhoek")
        verbose_name_plural = _("zetels in gezagsvierhoeken")
        ordering = ["vierhoek", "role"]
        constraints = [
            models.UniqueConstraint(fields=["vierhoek", "role"], name="seat_once_per_vierhoek"),
            models.CheckConstraint(
                condition=models.Q(role__in=[role.value for role in SEATS]),
                name="seat_is_a_vierhoek_role",
            ),
            models.CheckConstraint(
                condition=~models.Q(deputy=models.F("member")), name="seat_deputy_not_member"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}, {self.vierhoek}"


class RequestKind(models.TextChoices):
    ROLES = "rollen", _("Rollen en organisatie van een account")
    EMAIL = "e-mail", _("E-mailadres van een account")
    DOMAIN = "domein", _("Organisatie naar een ander domein")
    SEAT = "zetel", _("Lid en plaatsvervanger van een zetel in een gezagsvierhoek")


class RequestStatus(models.TextChoices):
    PENDING = "open", _("Wacht op goedkeuring")
    APPROVED = "goedgekeurd", _("Goedgekeurd en doorgevoerd")
    REJECTED = "afgewezen", _("Afgewezen")


class AdminRequest(models.Model):
    """A change of the administration that gives access to case data, with four eyes: one
    functional manager asks, another approves (never the one who asked), and only then is it
    carried out. The rows stay as the record of who asked, who decided and why."""

    kind = models.CharField(_("soort"), max_length=20, choices=RequestKind)
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus, default=RequestStatus.PENDING
    )
    account = models.ForeignKey(
        User,
        verbose_name=_("account"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="admin_requests",
    )
    roles = ArrayField(
        models.CharField(max_length=30, choices=Role),
        verbose_name=_("rollen"),
        default=list,
        blank=True,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    domain = models.ForeignKey(
        Domain,
        verbose_name=_("nieuw domein"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    email = models.EmailField(_("nieuw e-mailadres"), blank=True)
    vierhoek = models.ForeignKey(
        Vierhoek,
        verbose_name=_("gezagsvierhoek"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    seat = models.CharField(
        _("zetel"),
        max_length=30,
        choices=[(role.value, role.label) for role in SEATS],
        blank=True,
    )
    deputy = models.ForeignKey(
        User,
        verbose_name=_("plaatsvervanger"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(_("reden"))
    requested_by = models.ForeignKey(
        User, verbose_name=_("aangevraagd door"), on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("beslist door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("beslist op"), null=True, blank=True)
    decision_note = models.TextField(_("toelichting bij het besluit"), blank=True)

    class Meta:
        verbose_name = _("beheerverzoek (vier ogen)")
        verbose_name_plural = _("beheerverzoeken (vier ogen)")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(decided_by__isnull=True)
                | ~models.Q(decided_by=models.F("requested_by")),
                name="admin_request_four_eyes",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"

    @property
    def summary(self) -> str:
        if self.kind == RequestKind.ROLES:
            roles = ", ".join(str(Role(role).label) for role in self.roles) or _("geen rollen")
            return _("%(account)s (%(email)s): %(roles)s bij %(organisation)s") % {
                "account": self.account,
                "email": self.account.email if self.account else "",
                "roles": roles,
                "organisation": self.organisation or _("geen organisatie"),
            }
        if self.kind == RequestKind.EMAIL:
            return _("%(account)s: e-mail naar %(email)s") % {
                "account": self.account,
                "email": self.email,
            }
        if self.kind == RequestKind.SEAT:
            return _("%(seat)s in %(vierhoek)s: %(member)s, plaatsvervanger %(deputy)s") % {
                "seat": self.get_seat_display(),
                "vierhoek": self.vierhoek,
                "member": self.account,
                "deputy": self.deputy or _("geen"),
            }
        return _("%(organisation)s naar %(domain)s") % {
            "organisation": self.organisation,
            "domain": self.domain,
        }
