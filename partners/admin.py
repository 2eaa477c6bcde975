"""The admin for functional managers: domains, regions, partners, the social map and accounts.

Every page asks the permission policy (`PolicyAdmin`), Django's model permissions play no part.
Case content is not in the admin. The access log is shown read-only to whom the policy allows.
Admins of other packages that would decide with model permissions (groups, API tokens,
authenticators, login attempts) are not offered: roles are given on the account, and the
organisation's group follows from the organisation.
"""

from typing import Any

from axes.models import AccessAttempt, AccessFailureLog
from axes.models import AccessLog as AxesAccessLog
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ManyToManyField, QuerySet
from django.forms import CheckboxSelectMultiple, ModelForm, MultipleChoiceField
from django.forms.models import ModelMultipleChoiceField
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from knox.models import AuthToken

from partners.admin_base import PolicyAdmin, PolicyInline
from partners.models import (
    AccessLog,
    AccountKind,
    AdminRequest,
    ContactPerson,
    Domain,
    Expertise,
    Municipality,
    Organisation,
    Region,
    RequestKind,
    Role,
    Scope,
    Seat,
    User,
    Vierhoek,
)
from partners.policy import Action
from partners.services import (
    admin_request_decide,
    admin_request_domain,
    admin_request_email,
    admin_request_roles,
    admin_request_seat,
    organisation_save,
    password_link_send,
    seat_check,
    system_token_issue,
    tokens_revoke_all,
)


@admin.register(Domain)
class DomainAdmin(PolicyAdmin[Domain]):
    list_display = ["name", "code", "position"]
    list_editable = ["position"]
    search_fields = ["name"]


@admin.register(Region)
class RegionAdmin(PolicyAdmin[Region]):
    search_fields = ["name"]


@admin.register(Municipality)
class MunicipalityAdmin(PolicyAdmin[Municipality]):
    list_display = ["name", "cbs_code", "region", "vierhoek"]
    list_filter = ["region", "vierhoek"]
    list_select_related = ["region", "vierhoek"]
    search_fields = ["name", "cbs_code"]


class MunicipalityInline(PolicyInline[Municipality]):
    """The municipalities whose plans the vierhoek decides on (set on each municipality)."""

    model = Municipality
    fields = ("name", "cbs_code", "region")
    readonly_fields = ("name", "cbs_code", "region")
    extra = 0
    verbose_name_plural = _("gemeenten (kies de gezagsvierhoek op de pagina van de gemeente)")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class SeatInline(PolicyInline[Seat]):
    """The four seats, read-only: a seat is given through a four-eyes request."""

    model = Seat
    fields = ("role", "member", "deputy")
    readonly_fields = ("role", "member", "deputy")
    extra = 0


@admin.register(Vierhoek)
class VierhoekAdmin(PolicyAdmin[Vierhoek]):
    """A gezagsvierhoek: its name here; its municipalities on their own pages; its seats
    through four eyes (the action "Zetel aanvragen")."""

    list_display = ["name"]
    search_fields = ["name"]
    inlines = [SeatInline, MunicipalityInline]
    actions = ["ask_for_seat"]

    @admin.action(description=_("Een zetel aanvragen (vier ogen)"))
    def ask_for_seat(
        self, request: HttpRequest, queryset: QuerySet[Vierhoek]
    ) -> HttpResponseRedirect:
        vierhoek = queryset.first()
        target = reverse("admin:partners_adminrequest_add")
        return HttpResponseRedirect(
            f"{target}?kind={RequestKind.SEAT}&vierhoek={vierhoek.pk if vierhoek else ''}"
        )


class ContactPersonInline(PolicyInline[ContactPerson]):
    model = ContactPerson
    extra = 0
    autocomplete_fields = ["expertise"]


@admin.register(Organisation)
class OrganisationAdmin(PolicyAdmin[Organisation]):
    list_display = ["name", "short_name", "domain", "level"]
    list_filter = ["domain", "level", "regions"]
    list_select_related = ["domain"]
    search_fields = ["name", "short_name"]
    filter_horizontal = ["municipalities", "regions"]
    inlines = [ContactPersonInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))
        # Another domain changes what its people read: only through four eyes.
        return [*readonly, "domain"] if obj is not None else readonly

    def save_model(
        self, request: HttpRequest, obj: Organisation, form: ModelForm[Organisation], change: bool
    ) -> None:
        organisation_save(organisation=obj)


@admin.register(Expertise)
class ExpertiseAdmin(PolicyAdmin[Expertise]):
    search_fields = ["name"]


@admin.register(ContactPerson)
class ContactPersonAdmin(PolicyAdmin[ContactPerson]):
    list_display = ["name", "function", "organisation", "phone", "email"]
    list_filter = ["organisation__domain", "expertise"]
    list_select_related = ["organisation"]
    search_fields = ["name", "function", "organisation__name"]
    autocomplete_fields = ["organisation", "expertise"]


class AccountCreationForm(ModelForm[User]):
    """A new account without a password (the holder sets one through the e-mailed link) and
    without roles (they are asked for, and approved by a second functional manager)."""

    scopes = MultipleChoiceField(
        label=_("Mag via de API (systeemaccount)"),
        choices=Scope.choices,
        required=False,
        widget=CheckboxSelectMultiple,
    )

    class Meta:
        model = User
        fields = ["username", "kind", "first_name", "last_name", "email", "scopes"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A person unless a koppeling is chosen.
        self.fields["kind"].required = False
        self.fields["kind"].initial = AccountKind.PERSON

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["kind"] = data.get("kind") or AccountKind.PERSON
        self.instance.kind = data["kind"]
        if data["kind"] != AccountKind.SYSTEM and data.get("scopes"):
            self.add_error("scopes", _("Alleen een systeemaccount heeft API-rechten."))
        if data.get("kind") != AccountKind.SYSTEM and not data.get("email"):
            self.add_error("email", _("Een persoon krijgt de link voor het wachtwoord per e-mail."))
        return data


class AccountChangeForm(ModelForm[User]):
    scopes = MultipleChoiceField(
        label=_("Mag via de API (systeemaccount)"),
        choices=Scope.choices,
        required=False,
        widget=CheckboxSelectMultiple,
    )

    class Meta:
        model = User
        # The admin builds the form from its fieldsets; these are the fields it may take.
        fields = [
            "username",
            "kind",
            "scopes",
            "first_name",
            "last_name",
            "email",
            "is_active",
            "is_staff",
            "is_superuser",
        ]


@admin.register(User)
class UserAdmin(PolicyAdmin[User], DjangoUserAdmin):
    """Accounts, with four eyes on what gives access to case data: roles and organisation are
    changed only through a request that another functional manager approves
    (`AdminRequestAdmin`). Nobody sets another user's password (the holder gets an e-mailed
    link) and nobody administers their own account; only a superuser gives superuser status
    or loose permissions, or changes a superuser."""

    list_display = ["username", "first_name", "last_name", "organisation", "is_active"]
    list_filter = ["organisation", "groups", "is_active"]
    list_select_related = ["organisation"]
    form = AccountChangeForm
    fieldsets = (
        (None, {"fields": ["username", "kind", "scopes"]}),
        (_("Persoonsgegevens"), {"fields": ["first_name", "last_name", "email"]}),
        (
            _("Rechten (wijzigen via een beheerverzoek)"),
            {"fields": ["organisation", "groups", "is_active", "is_staff", "is_superuser"]},
        ),
        (_("Data"), {"fields": ["last_login", "date_joined"]}),
    )
    add_form = AccountCreationForm
    add_fieldsets = (
        (None, {"fields": ["username", "kind", "first_name", "last_name", "email", "scopes"]}),
    )
    actions = ["send_password_link", "ask_for_roles", "issue_system_token", "revoke_tokens"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))
        # Roles and organisation give access to case data: only through four eyes.
        readonly += ["groups", "organisation", "last_login", "date_joined"]
        if obj is not None:
            # The password link goes to the address: changed only through four eyes.
            readonly += ["kind", "email"]
        if not request.user.is_superuser:
            readonly += ["is_superuser"]
        return readonly

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Nobody administers their own account.
        if obj is not None and obj.pk == request.user.pk:
            return False
        return super().has_change_permission(request, obj)

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        raise PermissionDenied(_("Een wachtwoord stelt alleen de houder van het account in."))

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        if change and obj.is_active and "is_active" in form.changed_data:
            # Switching an account off is immediate; on again gives its rights back, so it
            # goes through a request for its roles (approving one switches it on).
            raise PermissionDenied(_("Heractiveren gaat via een beheerverzoek voor de rollen."))
        if not change:
            obj.set_unusable_password()
        super().save_model(request, obj, form, change)
        if change and not obj.is_active and "is_active" in form.changed_data:
            # Switched off: its API tokens stop at once, and do not come back with it.
            tokens_revoke_all(requester=request.user, account=obj)  # type: ignore[arg-type]
        if not change and obj.is_system:
            self.message_user(
                request, _("Het systeemaccount is aangemaakt; maak een koppelingssleutel aan.")
            )
        elif not change:
            self.message_user(
                request,
                _(
                    "Het account is aangemaakt. Vraag de rollen aan via een beheerverzoek; "
                    "pas na goedkeuring krijgt %(email)s een link om een wachtwoord in te stellen."
                )
                % {"email": obj.email},
            )

    @admin.action(description=_("Stuur een link om het wachtwoord in te stellen"))
    def send_password_link(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        for account in queryset:
            try:
                password_link_send(requester=request.user, account=account, request=request)  # type: ignore[arg-type]
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"{account}: {' '.join(_messages(error))}", messages.ERROR
                )
            else:
                self.message_user(
                    request, _("Link verstuurd aan %(account)s.") % {"account": account}
                )

    @admin.action(description=_("Koppelingssleutel maken (systeemaccount)"))
    def issue_system_token(
        self, request: HttpRequest, queryset: QuerySet[User]
    ) -> TemplateResponse | None:
        issued = []
        for account in queryset:
            try:
                _stored, token = system_token_issue(requester=request.user, account=account)  # type: ignore[arg-type]
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"{account}: {' '.join(_messages(error))}", messages.ERROR
                )
            else:
                issued.append((account, token))
        if not issued:
            return None
        # Shown once, in this answer only (never in a message, which a cookie may carry).
        return TemplateResponse(
            request,
            "admin/partners/system_tokens.html",
            {
                **self.admin_site.each_context(request),
                "issued": issued,
                "title": _("Koppelingssleutels"),
            },
        )

    @admin.action(description=_("Alle API-sleutels van het account intrekken"))
    def revoke_tokens(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        for account in queryset:
            try:
                count = tokens_revoke_all(requester=request.user, account=account)  # type: ignore[arg-type]
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"{account}: {' '.join(_messages(error))}", messages.ERROR
                )
            else:
                self.message_user(
                    request,
                    _("%(account)s: %(count)s sleutel(s) ingetrokken.")
                    % {"account": account, "count": count},
                )

    @admin.action(description=_("Rollen en organisatie aanvragen (vier ogen)"))
    def ask_for_roles(self, request: HttpRequest, queryset: QuerySet[User]) -> HttpResponseRedirect:
        account = queryset.first()
        target = reverse("admin:partners_adminrequest_add")
        return HttpResponseRedirect(
            f"{target}?kind={RequestKind.ROLES}&account={account.pk if account else ''}"
        )

    def formfield_for_manytomany(
        self, db_field: ManyToManyField[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelMultipleChoiceField[Any] | None:
        if db_field.name == "groups":
            # Roles only; an organisation's group follows from the organisation itself.
            kwargs["queryset"] = Group.objects.filter(name__in=[r.group_name for r in Role])
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(AccessLog)
class AccessLogAdmin(PolicyAdmin[AccessLog]):
    """Read-only: the model and a database trigger refuse every change anyway."""

    module_action = Action.VIEW

    list_display = ["at", "username", "organisation_name", "read_path", "object_repr", "scope_repr"]
    list_filter = ["read_path", "at"]
    search_fields = ["username", "organisation_name", "scope_repr"]
    date_hierarchy = "at"

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# Decided by model permissions, which the policy does not use; see the module's docstring.
# (Knox's token admin would let staff mint a token for anyone, without their second factor.)
for _other in (Group, AuthToken, TOTPDevice, AccessAttempt, AxesAccessLog, AccessFailureLog):
    if admin.site.is_registered(_other):
        admin.site.unregister(_other)


def _messages(error: Exception) -> list[str]:
    return list(getattr(error, "messages", [str(error)]))


class AdminRequestForm(ModelForm[AdminRequest]):
    roles = MultipleChoiceField(
        label=_("Rollen"),
        choices=Role.choices,
        required=False,
        widget=CheckboxSelectMultiple,
        help_text=_("Alle rollen die het account na goedkeuring heeft (de huidige vervallen)."),
    )

    class Meta:
        model = AdminRequest
        fields = [
            "kind",
            "account",
            "roles",
            "organisation",
            "email",
            "domain",
            "vierhoek",
            "seat",
            "deputy",
            "reason",
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") in (RequestKind.ROLES, RequestKind.EMAIL) and not data.get("account"):
            self.add_error("account", _("Kies het account."))
        if data.get("kind") == RequestKind.EMAIL and not data.get("email"):
            self.add_error("email", _("Vul het nieuwe e-mailadres in."))
        if data.get("kind") == RequestKind.SEAT:
            for name in ("vierhoek", "seat", "account"):
                if not data.get(name):
                    self.add_error(name, _("Vul dit in voor een zetel in een gezagsvierhoek."))
            if not self.errors:
                try:
                    seat_check(data["vierhoek"], data["seat"], data["account"], data.get("deputy"))
                except ValidationError as error:
                    self.add_error(None, error)
        if data.get("kind") == RequestKind.DOMAIN:
            for name in ("organisation", "domain"):
                if not data.get(name):
                    self.add_error(name, _("Vul dit in voor een verhuizing naar een ander domein."))
        return data


@admin.register(AdminRequest)
class AdminRequestAdmin(PolicyAdmin[AdminRequest]):
    """Four eyes: a functional manager asks here; another approves or rejects with the actions
    of the list (never the one who asked, never about their own account)."""

    form = AdminRequestForm
    list_display = ["summary", "kind", "status", "requested_by", "requested_at", "decided_by"]
    list_filter = ["status", "kind"]
    list_select_related = [
        "account",
        "organisation",
        "domain",
        "vierhoek",
        "deputy",
        "requested_by",
        "decided_by",
    ]
    actions = ["approve", "reject"]
    autocomplete_fields = ["account", "organisation", "deputy", "vierhoek"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        if obj is None:
            return []
        return [field.name for field in AdminRequest._meta.fields]

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        initial = super().get_changeform_initial_data(request)
        kept = ("kind", "account", "vierhoek")
        return {key: value for key, value in initial.items() if key in kept}

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: AdminRequest, form: Any, change: bool) -> None:
        if change:
            return
        requester: User = request.user  # type: ignore[assignment]
        data = form.cleaned_data
        if data["kind"] == RequestKind.ROLES:
            made = admin_request_roles(
                requester=requester,
                account=data["account"],
                roles=list(data["roles"]),
                organisation=data["organisation"],
                reason=data["reason"],
            )
        elif data["kind"] == RequestKind.EMAIL:
            made = admin_request_email(
                requester=requester,
                account=data["account"],
                email=data["email"],
                reason=data["reason"],
            )
        elif data["kind"] == RequestKind.SEAT:
            made = admin_request_seat(
                requester=requester,
                vierhoek=data["vierhoek"],
                seat=data["seat"],
                member=data["account"],
                deputy=data["deputy"],
                reason=data["reason"],
            )
        else:
            made = admin_request_domain(
                requester=requester,
                organisation=data["organisation"],
                domain=data["domain"],
                reason=data["reason"],
            )
        obj.pk = made.pk
        obj.refresh_from_db()

    def _decide(
        self, request: HttpRequest, queryset: QuerySet[AdminRequest], approve: bool
    ) -> None:
        decider: User = request.user  # type: ignore[assignment]
        for item in queryset:
            try:
                admin_request_decide(
                    decider=decider, request=item, approve=approve, mail_request=request
                )
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"{item.summary}: {' '.join(_messages(error))}", messages.ERROR
                )
            else:
                self.message_user(request, f"{item.summary}: {item.get_status_display().lower()}")

    @admin.action(description=_("Goedkeuren en doorvoeren"))
    def approve(self, request: HttpRequest, queryset: QuerySet[AdminRequest]) -> None:
        self._decide(request, queryset, approve=True)

    @admin.action(description=_("Afwijzen"))
    def reject(self, request: HttpRequest, queryset: QuerySet[AdminRequest]) -> None:
        self._decide(request, queryset, approve=False)
