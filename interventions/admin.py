from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from interventions.models import Condition, Intervention, InterventionVersion
from interventions.services import intervention_keep_version
from partners.policy import Action, can


class ConditionInline(admin.TabularInline[Condition, Intervention]):
    model = Condition
    extra = 1
    fields = ["position", "text"]


class VersionInline(admin.TabularInline[InterventionVersion, Intervention]):
    model = InterventionVersion
    extra = 0
    fields = ["version", "saved_at", "saved_by"]
    readonly_fields = ["version", "saved_at", "saved_by"]
    can_delete = False
    verbose_name_plural = "eerdere versies (alleen lezen)"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Intervention)
class InterventionAdmin(admin.ModelAdmin[Intervention]):
    """For the functional manager: every save keeps the text as it was (a version)."""

    list_display = ["name", "kind", "legal_law", "legal_article", "pyramid_level", "version"]
    list_filter = ["kind", "pyramid_level", "domains", "origin"]
    search_fields = ["name", "summary", "legal_law", "legal_article"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["domains", "lighter_alternatives", "combined_with"]
    readonly_fields = ["version", "updated_at", "updated_by"]
    inlines = [ConditionInline, VersionInline]

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return can(request.user, Action.VIEW, Intervention) if obj is None else True

    def has_add_permission(self, request: HttpRequest) -> bool:
        return can(request.user, Action.CHANGE, Intervention)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return can(request.user, Action.CHANGE, Intervention)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Entries are never deleted: cases refer to them, and the old text must stay.
        return False

    def has_module_permission(self, request: HttpRequest) -> bool:
        return can(request.user, Action.CHANGE, Intervention)

    def save_model(self, request: HttpRequest, obj: Intervention, form: Any, change: bool) -> None:
        if change:
            obj.version = intervention_keep_version(
                intervention=obj,
                user=request.user,  # type: ignore[arg-type]
            )
        obj.updated_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)
