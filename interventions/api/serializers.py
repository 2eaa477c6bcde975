from rest_framework import serializers

from interventions.models import Condition, Intervention
from partners.models import Domain


class InterventionSerializer(serializers.ModelSerializer[Intervention]):
    meaning = serializers.CharField(read_only=True)
    domains = serializers.SlugRelatedField[Domain](slug_field="code", many=True, read_only=True)

    class Meta:
        model = Intervention
        fields = [
            "slug",
            "name",
            "kind",
            "meaning",
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

    class Meta(InterventionSerializer.Meta):
        fields = [
            *InterventionSerializer.Meta.fields,
            "description",
            "conditions",
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
