from rest_framework import serializers

from casework.models import Case, CaseNote, CaseParticipation
from partners.models import Domain, Municipality, Organisation, User


class CaseSerializer(serializers.ModelSerializer[Case]):
    municipality_name = serializers.CharField(source="municipality.name", read_only=True)

    class Meta:
        model = Case
        fields = [
            "id",
            "number",
            "title",
            "municipality",
            "municipality_name",
            "status",
            "created_at",
        ]
        read_only_fields = ["number", "status", "created_at"]


class CaseCreateSerializer(serializers.Serializer[Case]):
    title = serializers.CharField(max_length=200)
    municipality = serializers.PrimaryKeyRelatedField(queryset=Municipality.objects.all())


class ParticipationSerializer(serializers.ModelSerializer[CaseParticipation]):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    joined_decided_by: "serializers.StringRelatedField[User]" = serializers.StringRelatedField()
    left_decided_by: "serializers.StringRelatedField[User]" = serializers.StringRelatedField()

    class Meta:
        model = CaseParticipation
        fields = [
            "id",
            "organisation",
            "organisation_name",
            "domain",
            "joined_on",
            "joined_decided_by",
            "join_reason",
            "left_on",
            "left_decided_by",
            "leave_reason",
        ]


class ParticipationCreateSerializer(serializers.Serializer[CaseParticipation]):
    organisation = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    joined_on = serializers.DateField(required=False)
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True)


class LeaveSerializer(serializers.Serializer[CaseParticipation]):
    left_on = serializers.DateField(required=False)
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True)


class NoteSerializer(serializers.ModelSerializer[CaseNote]):
    author: "serializers.StringRelatedField[User]" = serializers.StringRelatedField()
    author_organisation: "serializers.StringRelatedField[Organisation]" = (
        serializers.StringRelatedField()
    )
    restricted_to: "serializers.PrimaryKeyRelatedField[Domain]" = (
        serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    )

    class Meta:
        model = CaseNote
        fields = ["id", "author", "author_organisation", "text", "restricted_to", "created_at"]


class NoteCreateSerializer(serializers.Serializer[CaseNote]):
    text = serializers.CharField()
    restricted_to = serializers.PrimaryKeyRelatedField(
        queryset=Domain.objects.all(), many=True, required=False
    )
