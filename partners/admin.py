from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from partners.models import Organisation, User


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ["name", "short_name"]
    search_fields = ["name", "short_name"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "first_name", "last_name", "organisation", "is_active"]
    list_filter = ["organisation", "groups", "is_active"]
    list_select_related = ["organisation"]
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        (_("Organisatie"), {"fields": ["organisation"]}),
    )
