"""The family network through the API: persons, relations, linked businesses and addresses,
added, corrected, ended, removed and merged, and the history of those corrections.

A correction carries the `version` the client last read (409 Conflict when someone changed the
item since) and its `reason`. Reads go through the reader: filtered, redacted and logged."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from casework.api.serializers import (
    PersonCreatedSerializer,
    PersonCreateSerializer,
    PersonSerializer,
    RelationCreateSerializer,
    RelationSerializer,
)
from casework.api.views import _CaseworkViewSet, _NestedListViewSet
from casework.models import (
    LinkedAddress,
    LinkedOrganisation,
    NetworkChange,
    Person,
    PersonRole,
    Relation,
    RelationKind,
)
from casework.selectors import (
    case_linked_addresses,
    case_linked_organisations,
    case_persons,
    case_relations,
    network_history,
    person_known_elsewhere,
)
from casework.selectors.network import change_label, change_lines
from casework.services import (
    link_remove,
    linked_address_add,
    linked_address_update,
    linked_organisation_add,
    linked_organisation_update,
    person_add,
    person_merge,
    person_remove,
    person_update,
    relation_add,
    relation_end,
    relation_remove,
    relation_update,
)
from casework.services.corrections import MAX_REASON_CHARS
from partners.models import Organisation
from partners.policy import Action, require

# --- Serializers -----------------------------------------------------------------------------


class CorrectionSerializer(serializers.Serializer[None]):
    version = serializers.IntegerField(help_text="De versie die u het laatst las.")
    reason = serializers.CharField(max_length=MAX_REASON_CHARS, help_text="Komt in de tijdlijn.")


class PersonUpdateSerializer(CorrectionSerializer):
    first_name = serializers.CharField(max_length=100, required=False)
    last_name = serializers.CharField(max_length=150, required=False)
    alias = serializers.CharField(max_length=100, required=False, allow_blank=True)
    birth_date = serializers.DateField(required=False, allow_null=True)
    bsn = serializers.CharField(max_length=9, required=False, allow_blank=True)
    address = serializers.CharField(max_length=250, required=False, allow_blank=True)
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=PersonRole.choices), required=False, min_length=1
    )


class PersonMergeSerializer(CorrectionSerializer):
    other = serializers.IntegerField(help_text="De andere registratie, die opgaat in deze.")
    other_version = serializers.IntegerField()


class PersonRemovedSerializer(serializers.Serializer[None]):
    relations_removed = serializers.IntegerField()


class RelationUpdateSerializer(CorrectionSerializer):
    kind = serializers.ChoiceField(choices=RelationKind.choices, required=False)
    valid_from = serializers.DateField(required=False, allow_null=True)
    valid_to = serializers.DateField(required=False, allow_null=True)
    source = serializers.PrimaryKeyRelatedField(  # type: ignore[assignment]
        queryset=Organisation.objects.all(), required=False
    )


class RelationEndSerializer(CorrectionSerializer):
    ended_on = serializers.DateField()


class VersionedRelationSerializer(RelationSerializer):
    class Meta(RelationSerializer.Meta):
        fields = [*RelationSerializer.Meta.fields, "version"]


class VersionedPersonSerializer(PersonSerializer):
    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "version"]


class LinkedOrganisationSerializer(serializers.ModelSerializer[LinkedOrganisation]):
    persons: "serializers.PrimaryKeyRelatedField[Person]" = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True
    )

    class Meta:
        model = LinkedOrganisation
        fields = ["id", "name", "kvk_number", "description", "persons", "version"]


class LinkedAddressSerializer(serializers.ModelSerializer[LinkedAddress]):
    persons: "serializers.PrimaryKeyRelatedField[Person]" = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True
    )

    class Meta:
        model = LinkedAddress
        fields = ["id", "address", "description", "persons", "version"]


class LinkedOrganisationCreateSerializer(serializers.Serializer[None]):
    name = serializers.CharField(max_length=200)
    kvk_number = serializers.CharField(max_length=8, required=False, allow_blank=True)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)
    persons = serializers.ListField(child=serializers.IntegerField(), required=False)


class LinkedOrganisationUpdateSerializer(CorrectionSerializer):
    name = serializers.CharField(max_length=200, required=False)
    kvk_number = serializers.CharField(max_length=8, required=False, allow_blank=True)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)
    persons = serializers.ListField(child=serializers.IntegerField(), required=False)


class LinkedAddressCreateSerializer(serializers.Serializer[None]):
    address = serializers.CharField(max_length=250)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)
    persons = serializers.ListField(child=serializers.IntegerField(), required=False)


class LinkedAddressUpdateSerializer(CorrectionSerializer):
    address = serializers.CharField(max_length=250, required=False)
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)
    persons = serializers.ListField(child=serializers.IntegerField(), required=False)


class NetworkChangeSerializer(serializers.ModelSerializer[NetworkChange]):
    changed_by = serializers.CharField(read_only=True)
    label = serializers.SerializerMethodField(  # type: ignore[assignment]
        help_text="Waarover de regel gaat, vertaald."
    )
    lines = serializers.SerializerMethodField(help_text="Elke wijziging als zin, vertaald.")

    class Meta:
        model = NetworkChange
        fields = [
            "id",
            "item",
            "item_id",
            "action",
            "label",
            "changes",
            "lines",
            "reason",
            "changed_by",
            "changed_at",
        ]

    def get_lines(self, change: NetworkChange) -> list[str]:
        return change_lines(change)

    def get_label(self, change: NetworkChange) -> str:
        return change_label(change)


# --- Views -----------------------------------------------------------------------------------


class _NetworkViewSet(_NestedListViewSet):
    def _persons(self, ids: list[int]) -> list[Person]:
        """The persons of this case with these ids, as far as the reader may see them."""
        found = case_persons(self.reader, self.case()).in_bulk(ids)
        missing = [pk for pk in ids if pk not in found]
        if missing:
            raise ValidationError({"persons": _("Deze persoon staat niet in deze casus.")})
        return [found[pk] for pk in ids]


class PersonViewSet(_NetworkViewSet):
    """The persons of the case's family network."""

    serializer_class = VersionedPersonSerializer
    queryset = Person.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[Person]:
        return case_persons(self.reader, self.case())

    def _person(self, pk: int, action: Action) -> Person:
        # Asked first: who may not correct the network learns nothing of who is in it.
        require(self.user, action, self.case())
        return get_object_or_404(self.get_queryset(), pk=pk)

    @extend_schema(request=PersonCreateSerializer, responses={201: PersonCreatedSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        """Adds a person; the answer says whom to contact if the person is known elsewhere."""
        incoming = PersonCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        person = person_add(case=self.case(), user=self.user, **incoming.validated_data)
        data = PersonSerializer(person).data
        data["known_elsewhere"] = [
            vars(contact) for contact in person_known_elsewhere(self.reader, person)
        ]
        return Response(data, status=status.HTTP_201_CREATED)

    @extend_schema(request=PersonUpdateSerializer, responses={200: VersionedPersonSerializer})
    def partial_update(self, request: Request, case_pk: int, pk: int) -> Response:
        """Corrects the person's facts, with the reason; 409 when the person changed since
        `version`."""
        person = self._person(pk, Action.CONTRIBUTE)
        incoming = PersonUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        person_update(
            person=person,
            user=self.user,
            version=data.pop("version"),
            reason=data.pop("reason"),
            **data,
        )
        return Response(VersionedPersonSerializer(person).data)

    @extend_schema(request=CorrectionSerializer, responses={200: PersonRemovedSerializer})
    @action(detail=True, methods=["post"])
    def remove(self, request: Request, case_pk: int, pk: int) -> Response:
        """Removes a wrongly added person with their relations and links."""
        person = self._person(pk, Action.CHANGE)
        incoming = CorrectionSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        removed = person_remove(person=person, user=self.user, **incoming.validated_data)
        return Response({"relations_removed": removed})

    @extend_schema(request=PersonMergeSerializer, responses={200: VersionedPersonSerializer})
    @action(detail=True, methods=["post"])
    def merge(self, request: Request, case_pk: int, pk: int) -> Response:
        """Merges another record of the same person into this one."""
        person = self._person(pk, Action.CHANGE)
        incoming = PersonMergeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        [other] = self._persons([data["other"]])
        person_merge(
            keep=person,
            other=other,
            user=self.user,
            keep_version=data["version"],
            other_version=data["other_version"],
            reason=data["reason"],
        )
        return Response(VersionedPersonSerializer(person).data)


class RelationViewSet(_NetworkViewSet):
    serializer_class = VersionedRelationSerializer
    queryset = Relation.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[Relation]:
        return case_relations(self.reader, self.case())

    def _relation(self, pk: int, action: Action) -> Relation:
        require(self.user, action, self.case())
        return get_object_or_404(self.get_queryset(), pk=pk)

    @extend_schema(request=RelationCreateSerializer, responses={201: VersionedRelationSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        case = self.case()
        # Asked first: who may not add to the network learns nothing of who is in it.
        require(self.user, Action.CONTRIBUTE, case)
        incoming = RelationCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        persons = case_persons(self.reader, case).in_bulk([data["from_person"], data["to_person"]])
        for field in ("from_person", "to_person"):
            if data[field] not in persons:
                raise ValidationError({field: _("Deze persoon staat niet in deze casus.")})
            data[field] = persons[data[field]]
        relation = relation_add(case=case, user=self.user, **data)
        return Response(VersionedRelationSerializer(relation).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=RelationUpdateSerializer, responses={200: VersionedRelationSerializer})
    def partial_update(self, request: Request, case_pk: int, pk: int) -> Response:
        """Corrects the kind, period or source of a relation."""
        relation = self._relation(pk, Action.CONTRIBUTE)
        incoming = RelationUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        relation_update(
            relation=relation,
            user=self.user,
            version=data.pop("version"),
            reason=data.pop("reason"),
            **data,
        )
        return Response(VersionedRelationSerializer(relation).data)

    @extend_schema(request=RelationEndSerializer, responses={200: VersionedRelationSerializer})
    @action(detail=True, methods=["post"])
    def end(self, request: Request, case_pk: int, pk: int) -> Response:
        """Ends a relation on `ended_on` (a divorce, a business wound up)."""
        relation = self._relation(pk, Action.CONTRIBUTE)
        incoming = RelationEndSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        relation_end(relation=relation, user=self.user, **incoming.validated_data)
        return Response(VersionedRelationSerializer(relation).data)

    @extend_schema(request=CorrectionSerializer, responses={204: None})
    @action(detail=True, methods=["post"])
    def remove(self, request: Request, case_pk: int, pk: int) -> Response:
        """Removes a relation recorded by mistake."""
        relation = self._relation(pk, Action.CHANGE)
        incoming = CorrectionSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        relation_remove(relation=relation, user=self.user, **incoming.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)


class _LinkViewSet(_NetworkViewSet):
    create_serializer: type[serializers.Serializer[Any]]
    update_serializer: type[serializers.Serializer[Any]]

    def _link(self, pk: int, action: Action) -> Any:
        require(self.user, action, self.case())
        return get_object_or_404(self.get_queryset(), pk=pk)

    def _add(self, **data: Any) -> Any:
        raise NotImplementedError

    def _update(self, link: Any, **data: Any) -> None:
        raise NotImplementedError

    def create(self, request: Request, case_pk: int) -> Response:
        case = self.case()
        require(self.user, Action.CONTRIBUTE, case)
        incoming = self.create_serializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        data["persons"] = self._persons(data.get("persons", []))
        link = self._add(case=case, user=self.user, **data)
        return Response(self.get_serializer(link).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, case_pk: int, pk: int) -> Response:
        link = self._link(pk, Action.CONTRIBUTE)
        incoming = self.update_serializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        if "persons" in data:
            data["persons"] = self._persons(data["persons"])
        self._update(link, **data)
        return Response(self.get_serializer(self._link(pk, Action.CONTRIBUTE)).data)

    @extend_schema(request=CorrectionSerializer, responses={204: None})
    @action(detail=True, methods=["post"])
    def remove(self, request: Request, case_pk: int, pk: int) -> Response:
        """Removes a link recorded by mistake."""
        link = self._link(pk, Action.CHANGE)
        incoming = CorrectionSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        link_remove(link=link, user=self.user, **incoming.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)


class LinkedOrganisationViewSet(_LinkViewSet):
    """Businesses and foundations linked to the network."""

    serializer_class = LinkedOrganisationSerializer
    queryset = LinkedOrganisation.objects.none()  # for the schema; get_queryset decides
    create_serializer = LinkedOrganisationCreateSerializer
    update_serializer = LinkedOrganisationUpdateSerializer

    def get_queryset(self) -> QuerySet[LinkedOrganisation]:
        return case_linked_organisations(self.reader, self.case())

    def _add(self, **data: Any) -> LinkedOrganisation:
        return linked_organisation_add(**data)

    def _update(self, link: Any, **data: Any) -> None:
        linked_organisation_update(link=link, user=self.user, **data)

    @extend_schema(
        request=LinkedOrganisationCreateSerializer,
        responses={201: LinkedOrganisationSerializer},
    )
    def create(self, request: Request, case_pk: int) -> Response:
        return super().create(request, case_pk)

    @extend_schema(
        request=LinkedOrganisationUpdateSerializer,
        responses={200: LinkedOrganisationSerializer},
    )
    def partial_update(self, request: Request, case_pk: int, pk: int) -> Response:
        return super().partial_update(request, case_pk, pk)


class LinkedAddressViewSet(_LinkViewSet):
    """Addresses linked to the network."""

    serializer_class = LinkedAddressSerializer
    queryset = LinkedAddress.objects.none()  # for the schema; get_queryset decides
    create_serializer = LinkedAddressCreateSerializer
    update_serializer = LinkedAddressUpdateSerializer

    def get_queryset(self) -> QuerySet[LinkedAddress]:
        return case_linked_addresses(self.reader, self.case())

    def _add(self, **data: Any) -> LinkedAddress:
        return linked_address_add(**data)

    def _update(self, link: Any, **data: Any) -> None:
        linked_address_update(link=link, user=self.user, **data)

    @extend_schema(request=LinkedAddressCreateSerializer, responses={201: LinkedAddressSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        return super().create(request, case_pk)

    @extend_schema(request=LinkedAddressUpdateSerializer, responses={200: LinkedAddressSerializer})
    def partial_update(self, request: Request, case_pk: int, pk: int) -> Response:
        return super().partial_update(request, case_pk, pk)


class NetworkHistoryViewSet(mixins.ListModelMixin, _CaseworkViewSet):
    """The corrections of the case's network, newest first."""

    serializer_class = NetworkChangeSerializer
    queryset = NetworkChange.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[NetworkChange]:
        return network_history(self.reader, self.case())
