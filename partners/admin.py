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
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.db.models import ManyToManyField
from django.forms import ModelForm
from django.forms.models import ModelMultipleChoiceField
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from knox.models import AuthToken

from partners.admin_base import PolicyAdmin, PolicyInline
from partners.models import (
    AccessLog,
    ContactPerson,
    Domain,
    Expertise,
    Municipality,
    Organisation,
    Region,
    Role,
    User,
)
from partners.policy import Action
from partners.services import organisation_save


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
    list_display = ["name", "cbs_code", "region"]
    list_filter = ["region"]
    list_select_related = ["region"]
    search_fields = ["name", "cbs_code"]


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


@admin.register(User)
class UserAdmin(PolicyAdmin[User], DjangoUserAdmin):
    """Accounts. Nobody raises their own rights: one's own roles, staff status and
    organisation are read-only, and only a superuser gives superuser status or loose
    permissions, or changes a superuser."""

    list_display = ["username", "first_name", "last_name", "organisation", "is_active"]
    list_filter = ["organisation", "groups", "is_active"]
    list_select_related = ["organisation"]
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        (_("Organisatie"), {"fields": ["organisation"]}),
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["is_superuser", "user_permissions", "last_login", "date_joined"]
        if obj is not None and obj.pk == request.user.pk:
            readonly += ["groups", "is_staff", "is_active", "organisation"]
        return readonly

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
