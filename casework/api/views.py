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
    CaseSerializer,
    LeaveSerializer,
    NoteCreateSerializer,
    NoteSerializer,
    ParticipationCreateSerializer,
    ParticipationSerializer,
)
from casework.models import Case, CaseNote, CaseParticipation
from casework.selectors import case_list, case_notes, case_participations
from casework.services import (
    case_create,
    case_note_create,
    partner_join_case,
    partner_leave_case,
)
from partners.api.mixins import AccessLoggedMixin
from partners.api.permissions import PolicyPermission
from partners.models import User
from partners.policy import Action, visible


class _CaseworkViewSet(viewsets.GenericViewSet):
    permission_classes = [PolicyPermission]

    @property
    def user(self) -> User:
        return cast(User, self.request.user)

    def case(self) -> Case:
        """The case of a nested route, if the user may see it (404 otherwise)."""
        return get_object_or_404(
            visible(self.user, Action.VIEW, Case.objects.select_related("municipality")),
            pk=self.kwargs["case_pk"],
        )


@extend_schema(parameters=[OpenApiParameter("q", str, description="Zoek op nummer of titel")])
class CaseViewSet(
    AccessLoggedMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    _CaseworkViewSet,
):
    """Cases the user's organisation takes part in."""

    serializer_class = CaseSerializer
    policy_model = Case
    policy_create = True
    filterset_fields = ["municipality", "status"]

    def get_queryset(self) -> QuerySet[Case]:
        return case_list(user=self.user, query=self.request.query_params.get("q", ""))

    @extend_schema(request=CaseCreateSerializer, responses={201: CaseSerializer})
    def create(self, request: Request, *args: object, **kwargs: object) -> Response:
        incoming = CaseCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        case = case_create(user=self.user, **incoming.validated_data)
        return Response(CaseSerializer(case).data, status=status.HTTP_201_CREATED)


class ParticipationViewSet(AccessLoggedMixin, mixins.ListModelMixin, _CaseworkViewSet):
    """The partners of a case: who joined and left, when, and who decided."""

    serializer_class = ParticipationSerializer
    queryset = CaseParticipation.objects.none()  # for the schema; get_queryset decides

    def access_log_scope(self, obj: CaseParticipation) -> Case:
        return obj.case

    def get_queryset(self) -> QuerySet[CaseParticipation]:
        return case_participations(user=self.user, case=self.case()).select_related(
            "case__municipality"
        )

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
        case = self.case()
        participation = get_object_or_404(
            CaseParticipation.objects.select_related("organisation__group", "case"),
            pk=pk,
            case=case,
        )
        incoming = LeaveSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        partner_leave_case(
            participation=participation,
            decided_by=self.user,
            left_on=incoming.validated_data.get("left_on"),
            reason=incoming.validated_data.get("reason", ""),
        )
        return Response(ParticipationSerializer(participation).data)


class NoteViewSet(AccessLoggedMixin, mixins.ListModelMixin, _CaseworkViewSet):
    """Notes of a case, as far as the user's role and domain allow."""

    serializer_class = NoteSerializer
    queryset = CaseNote.objects.none()  # for the schema; get_queryset decides

    def access_log_scope(self, obj: CaseNote) -> Case:
        return obj.case

    def get_queryset(self) -> QuerySet[CaseNote]:
        return case_notes(user=self.user, case=self.case()).select_related("case__municipality")

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
