from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.postgres.forms import SimpleArrayField
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from interventions.models import (
    Character,
    Condition,
    Decider,
    Intervention,
    InterventionVersion,
    LegalReview,
    Source,
)
from interventions.services import CONTENT_FIELDS, intervention_keep_version
from partners.admin_base import PolicyAdmin, PolicyInline


class LinesField(SimpleArrayField):
    """A list edited as lines of text: items may contain commas (sources, information)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            forms.CharField(max_length=300),
            delimiter="\n",
            widget=forms.Textarea(attrs={"rows": 4}),
            required=False,
            help_text=_("Eén per regel."),
            **kwargs,
        )

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        lines = [line.strip() for line in (value or "").splitlines()]
        return list(super().to_python("\n".join(line for line in lines if line)))


class InterventionAdminForm(forms.ModelForm[Intervention]):
    characters = forms.MultipleChoiceField(
        label=_("Karakter"), choices=Character.choices, widget=forms.CheckboxSelectMultiple
    )
    deciders = forms.MultipleChoiceField(
        label=_("Wie beslist"), choices=Decider.choices, widget=forms.CheckboxSelectMultiple
    )
    information_needed = LinesField(label=_("Benodigde informatie"))
    life_areas = LinesField(label=_("Leefgebieden (codes)"))

    class Meta:
        model = Intervention
        # The entry's text (as kept in every version) and its links.
        fields = [*CONTENT_FIELDS, "domains", "lighter_alternatives", "combined_with"]


class ConditionInline(PolicyInline[Condition]):
    model = Condition
    extra = 1
    fields = ["position", "text"]


class SourceInline(PolicyInline[Source]):
    model = Source
    extra = 1
    fields = ["position", "kind", "title", "bwbr_id", "article", "ecli", "url", "checked_on"]


class ReviewInline(PolicyInline[LegalReview]):
    """Reviews are marked on the entry's page (or through the API), never edited here."""

    model = LegalReview
    extra = 0
    fields = ["reviewed_on", "reviewer_function", "catalogue_version", "note", "recorded_by"]
    readonly_fields = [
        "reviewed_on",
        "reviewer_function",
        "catalogue_version",
        "note",
        "recorded_by",
    ]
    can_delete = False
    verbose_name_plural = _("juridische toetsingen (alleen lezen)")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class VersionInline(PolicyInline[InterventionVersion]):
    model = InterventionVersion
    extra = 0
    fields = ["version", "saved_at", "saved_by"]
    readonly_fields = ["version", "saved_at", "saved_by"]
    can_delete = False
    verbose_name_plural = _("eerdere versies (alleen lezen)")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Intervention)
class InterventionAdmin(PolicyAdmin[Intervention]):
    """For the functional manager: every save keeps the text as it was (a version)."""

    form = InterventionAdminForm

    list_display = [
        "name",
        "kind",
        "authority",
        "legal_law",
        "legal_article",
        "reviewed_on",
        "pyramid_level",
        "version",
    ]
    list_filter = ["kind", "authority", "view_requirement", "pyramid_level", "domains", "origin"]
    search_fields = ["name", "summary", "legal_law", "legal_article"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["domains", "lighter_alternatives", "combined_with"]
    readonly_fields = [
        "version",
        "seed_revision",
        "updated_at",
        "updated_by",
        "reviewed_on",
        "reviewed_by_function",
        "reviewed_version",
    ]
    inlines = [ConditionInline, SourceInline, ReviewInline, VersionInline]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Entries are never deleted: cases refer to them, and the old text must stay.
        return False

    def save_model(self, request: HttpRequest, obj: Intervention, form: Any, change: bool) -> None:
        if change:
            obj.version = intervention_keep_version(
                intervention=obj,
                user=request.user,  # type: ignore[arg-type]
            )
        obj.updated_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)
