from rest_framework import serializers

from interventions.models import Condition, Intervention, LegalReview, Source
from partners.models import Domain


class SourceSerializer(serializers.ModelSerializer[Source]):
    citation = serializers.CharField(read_only=True)
    link = serializers.CharField(read_only=True)

    class Meta:
        model = Source
        fields = [
            "kind",
            "title",
            "bwbr_id",
            "article",
            "ecli",
            "url",
            "checked_on",
            "citation",
            "link",
        ]


class LegalReviewSerializer(serializers.ModelSerializer[LegalReview]):
    class Meta:
        model = LegalReview
        fields = [
            "id",
            "reviewed_on",
            "reviewer_function",
            "note",
            "catalogue_version",
            "recorded_at",
        ]
        read_only_fields = ["id", "catalogue_version", "recorded_at"]
        extra_kwargs = {"note": {"required": False}}


class InterventionSerializer(serializers.ModelSerializer[Intervention]):
    meaning = serializers.CharField(read_only=True)
    is_administrative = serializers.BooleanField(read_only=True)
    review_due = serializers.BooleanField(read_only=True)
    domains = serializers.SlugRelatedField[Domain](slug_field="code", many=True, read_only=True)

    class Meta:
        model = Intervention
        fields = [
            "slug",
            "name",
            "kind",
            "meaning",
            "authority",
            "is_administrative",
            "characters",
            "summary",
            "legal_law",
            "legal_article",
            "legal_url",
            "deciders",
            "domains",
            "pyramid_level",
            "origin",
            "version",
            "reviewed_on",
            "reviewed_by_function",
            "review_due",
        ]


class InterventionDetailSerializer(InterventionSerializer):
    conditions = serializers.SlugRelatedField[Condition](
        slug_field="text", many=True, read_only=True
    )
    lighter_alternatives = serializers.SlugRelatedField[Intervention](
        slug_field="slug", many=True, read_only=True
    )
    combined_with = serializers.SlugRelatedField[Intervention](
        slug_field="slug", many=True, read_only=True
    )
    sources = SourceSerializer(many=True, read_only=True)
    changed_since_review = serializers.BooleanField(read_only=True)

    class Meta(InterventionSerializer.Meta):
        fields = [
            *InterventionSerializer.Meta.fields,
            "changed_since_review",
            "description",
            "conditions",
            "remedy_route",
            "remedies",
            "view_requirement",
            "view_note",
            "information_needed",
            "typical_duration",
            "lighter_alternatives",
            "combined_with",
            "safety_notes",
            "life_areas",
            "for_minors",
            "origin_note",
            "sources",
            "updated_at",
        ]
