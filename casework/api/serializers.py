from rest_framework import serializers

from casework.models import (
    Authority,
    Case,
    CaseNote,
    CaseParticipation,
    EscalationLevel,
    LifeArea,
    Person,
    PersonRole,
    Priority,
    Relation,
    RelationKind,
    Signal,
    SignalClassification,
    SignalKind,
)
from casework.workflows import CASE_PROCESS
from partners.models import Domain, Municipality, Organisation, User
from workflow.serializers import history_serializer, transition_serializer


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
    municipality = serializers.PrimaryKeyRelatedField(
        queryset=Municipality.objects.all(),
        help_text="Een gemeente uit het werkgebied van uw organisatie.",
    )
    other_municipalities = serializers.PrimaryKeyRelatedField(
        queryset=Municipality.objects.all(), many=True, required=False
    )


class ParticipationSerializer(serializers.ModelSerializer[CaseParticipation]):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    joined_decided_by: "serializers.StringRelatedField[User]" = serializers.StringRelatedField()
    # Null while the partner takes part (the schema says so).
    left_decided_by = serializers.CharField(read_only=True, allow_null=True)

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


class CaseDetailSerializer(CaseSerializer):
    class Meta(CaseSerializer.Meta):
        fields = [
            *CaseSerializer.Meta.fields,
            "life_areas",
            "priority",
            "escalation_level",
            "case_director",
            "process_director",
            "other_municipalities",
            "advice",
            "version",
            "changed_at",
        ]
        read_only_fields = [
            "number",
            "status",
            "created_at",
            "advice",
            "version",
            "changed_at",
            "other_municipalities",
        ]


class CaseUpdateSerializer(serializers.Serializer[Case]):
    """A change of the summary; `version` is the version the client last read."""

    version = serializers.IntegerField()
    title = serializers.CharField(max_length=200, required=False)
    life_areas = serializers.ListField(
        child=serializers.ChoiceField(choices=LifeArea.choices), required=False
    )
    priority = serializers.ChoiceField(choices=Priority.choices, required=False)
    escalation_level = serializers.ChoiceField(choices=EscalationLevel.choices, required=False)
    case_director = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.all(), required=False, allow_null=True
    )
    process_director = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.all(), required=False, allow_null=True
    )
    other_municipalities = serializers.PrimaryKeyRelatedField(
        queryset=Municipality.objects.all(), many=True, required=False
    )


# A step of the case through the process, and its history (the one shape of every workflow).
CaseTransitionSerializer = transition_serializer(CASE_PROCESS)
StatusChangeSerializer = history_serializer(CASE_PROCESS)


class PersonSerializer(serializers.ModelSerializer[Person]):
    is_minor = serializers.BooleanField(read_only=True)

    class Meta:
        model = Person
        fields = [
            "id",
            "first_name",
            "last_name",
            "alias",
            "birth_date",
            "bsn",
            "address",
            "roles",
            "is_minor",
        ]


class PersonCreateSerializer(serializers.Serializer[Person]):
    first_name = serializers.CharField(max_length=100)
    last_name = serializers.CharField(max_length=150)
    alias = serializers.CharField(max_length=100, required=False, allow_blank=True)
    birth_date = serializers.DateField(required=False, allow_null=True)
    bsn = serializers.CharField(max_length=9, required=False, allow_blank=True)
    address = serializers.CharField(max_length=250, required=False, allow_blank=True)
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=PersonRole.choices), required=False
    )


class KnownElsewhereSerializer(serializers.Serializer[None]):
    name = serializers.CharField()
    organisation = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()


class PersonCreatedSerializer(PersonSerializer):
    known_elsewhere = KnownElsewhereSerializer(many=True, read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "known_elsewhere"]


class RelationSerializer(serializers.ModelSerializer[Relation]):
    class Meta:
        model = Relation
        fields = ["id", "from_person", "kind", "to_person", "valid_from", "valid_to", "source"]


class RelationCreateSerializer(serializers.Serializer[Relation]):
    from_person = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=RelationKind.choices)
    to_person = serializers.IntegerField()
    source = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())  # type: ignore[assignment]
    valid_from = serializers.DateField(required=False, allow_null=True)
    valid_to = serializers.DateField(required=False, allow_null=True)


class SignalSerializer(serializers.ModelSerializer[Signal]):
    restricted_to: "serializers.PrimaryKeyRelatedField[Domain]" = (
        serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    )

    class Meta:
        model = Signal
        fields = [
            "id",
            "kind",
            "received_on",
            "source",
            "domain",
            "classification",
            "authority",
            "description",
            "restricted_to",
        ]


class SignalCreateSerializer(serializers.Serializer[Signal]):
    kind = serializers.ChoiceField(choices=SignalKind.choices, default=SignalKind.INCOMING)
    received_on = serializers.DateField()
    source = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())  # type: ignore[assignment]
    domain = serializers.PrimaryKeyRelatedField(queryset=Domain.objects.all())
    classification = serializers.ChoiceField(choices=SignalClassification.choices)
    authority = serializers.ChoiceField(choices=Authority.choices, required=False, allow_blank=True)
    description = serializers.CharField()
    restricted_to = serializers.PrimaryKeyRelatedField(
        queryset=Domain.objects.all(), many=True, required=False
    )
