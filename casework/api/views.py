from typing import cast

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from casework.api.serializers import (
    CaseCreateSerializer,
    CaseDetailSerializer,
    CaseSerializer,
    CaseTransitionSerializer,
    CaseUpdateSerializer,
    LeaveSerializer,
    NoteCreateSerializer,
    NoteSerializer,
    ParticipationCreateSerializer,
    ParticipationSerializer,
    SignalCreateSerializer,
    SignalSerializer,
    StatusChangeSerializer,
)
from casework.models import (
    Case,
    CaseNote,
    CaseParticipation,
    Signal,
    StatusChange,
)
from casework.selectors import (
    case_for,
    case_list,
    case_notes,
    case_participations,
    case_signals,
    case_status_history,
)
from casework.services import (
    case_create,
    case_note_create,
    case_update,
    partner_join_case,
    partner_leave_case,
    signal_add,
)
from casework.workflows import CASE_PROCESS
from partners.api.permissions import PolicyPermission
from partners.models import User
from partners.policy import Action
from partners.reading import Reader, reader_for
from workflow.services import transition


class _CaseworkViewSet(viewsets.GenericViewSet):
    """Reads through the request's reader (`partners.reading`): filtered by the policy,
    redacted, and logged once the response is made."""

    permission_classes = [PolicyPermission]

    @property
    def user(self) -> User:
        return cast(User, self.request.user)

    @property
    def reader(self) -> Reader:
        return reader_for(self.request)

    def case(self) -> Case:
        """The case of a nested route, if the user may see it (404 otherwise)."""
        return case_for(self.reader, self.kwargs["case_pk"])


@extend_schema(parameters=[OpenApiParameter("q", str, description="Zoek op nummer of titel")])
class CaseViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    _CaseworkViewSet,
):
    """Cases the user's organisation takes part in."""

    serializer_class = CaseSerializer
    queryset = Case.objects.none()  # for the schema; get_queryset decides
    policy_model = Case
    policy_create = True
    policy_object_action = Action.VIEW  # the services decide on changes themselves
    http_method_names = ["get", "post", "patch", "head", "options"]
    filterset_fields = ["municipality", "status", "priority"]

    def get_queryset(self) -> QuerySet[Case]:
        return case_list(self.reader, query=self.request.query_params.get("q", ""))

    def get_serializer_class(self):  # type: ignore[no-untyped-def]
        return CaseDetailSerializer if self.action == "retrieve" else CaseSerializer

    @extend_schema(request=CaseCreateSerializer, responses={201: CaseDetailSerializer})
    def create(self, request: Request, *args: object, **kwargs: object) -> Response:
        incoming = CaseCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        case = case_create(user=self.user, **incoming.validated_data)
        return Response(CaseDetailSerializer(case).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=CaseUpdateSerializer,
        responses={200: CaseDetailSerializer},
        description="Wijzigt de samenvatting. `version` is de versie die u het laatst las; "
        "is de casus intussen gewijzigd, dan volgt 409 Conflict en wordt niets opgeslagen.",
    )
    def partial_update(self, request: Request, pk: int) -> Response:
        case = self.get_object()
        incoming = CaseUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        case_update(case=case, user=self.user, version=data.pop("version"), **data)
        return Response(CaseDetailSerializer(case).data)

    @extend_schema(request=CaseTransitionSerializer, responses={201: StatusChangeSerializer})
    @action(detail=True, methods=["post"])
    def transitions(self, request: Request, pk: int) -> Response:
        """Moves the case to its next status; only allowed steps, always with a reason. 409
        when someone else changed the case since the `version` given."""
        case = self.get_object()
        incoming = CaseTransitionSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        change = transition(
            workflow=CASE_PROCESS,
            obj=case,
            user=self.user,
            **incoming.service_arguments(),  # type: ignore[attr-defined]
        )
        return Response(StatusChangeSerializer(change).data, status=status.HTTP_201_CREATED)


class _NestedListViewSet(mixins.ListModelMixin, _CaseworkViewSet):
    """A list under a case."""


class StatusChangeViewSet(_NestedListViewSet):
    """The course of the case through the process."""

    serializer_class = StatusChangeSerializer
    queryset = StatusChange.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[StatusChange]:
        return case_status_history(self.reader, self.case())


class SignalViewSet(_NestedListViewSet):
    """Signals of the case, and the authorities informed, as far as the user may read them."""

    serializer_class = SignalSerializer
    queryset = Signal.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[Signal]:
        return case_signals(self.reader, self.case())

    @extend_schema(request=SignalCreateSerializer, responses={201: SignalSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        incoming = SignalCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        data["restricted_to"] = list(data.get("restricted_to", []))
        signal = signal_add(case=self.case(), user=self.user, **data)
        return Response(SignalSerializer(signal).data, status=status.HTTP_201_CREATED)


class ParticipationViewSet(mixins.ListModelMixin, _CaseworkViewSet):
    """The partners of a case: who joined and left, when, and who decided."""

    serializer_class = ParticipationSerializer
    queryset = CaseParticipation.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[CaseParticipation]:
        return case_participations(self.reader, self.case())

    @extend_schema(request=ParticipationCreateSerializer, responses={201: ParticipationSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        incoming = ParticipationCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        participation = partner_join_case(
            case=self.case(),
            organisation=incoming.validated_data["organisation"],
            decided_by=self.user,
            joined_on=incoming.validated_data.get("joined_on"),
            reason=incoming.validated_data.get("reason", ""),
        )
        return Response(ParticipationSerializer(participation).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=LeaveSerializer, responses=ParticipationSerializer)
    @action(detail=True, methods=["post"])
    def leave(self, request: Request, case_pk: int, pk: int) -> Response:
        participation = get_object_or_404(case_participations(self.reader, self.case()), pk=pk)
        incoming = LeaveSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        partner_leave_case(
            participation=participation,
            decided_by=self.user,
            left_on=incoming.validated_data.get("left_on"),
            reason=incoming.validated_data.get("reason", ""),
        )
        return Response(ParticipationSerializer(participation).data)


class NoteViewSet(mixins.ListModelMixin, _CaseworkViewSet):
    """Notes of a case, as far as the user's role and domain allow."""

    serializer_class = NoteSerializer
    queryset = CaseNote.objects.none()  # for the schema; get_queryset decides

    def get_queryset(self) -> QuerySet[CaseNote]:
        return case_notes(self.reader, self.case())

    @extend_schema(request=NoteCreateSerializer, responses={201: NoteSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        incoming = NoteCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        note = case_note_create(
            case=self.case(),
            author=self.user,
            text=incoming.validated_data["text"],
            restricted_to=incoming.validated_data.get("restricted_to", []),
        )
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)
