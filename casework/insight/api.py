"""API for the insight figures: the places one may see, and a place's tables of one year, with
the same hidden counts as the pages (a hidden count is null, its text "< 5")."""

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from casework.insight.forms import YearForm
from casework.insight.models import Enrolment, Pilot
from casework.insight.permissions import reach
from casework.insight.selectors import Place, insight, place_for, places
from casework.insight.selectors.pilots import (
    case_to_enrol,
    enrolled_count,
    enrolments,
    pilot_for,
    pilots,
)
from casework.insight.services import (
    enrolment_add,
    pilot_create,
    pilot_fields,
    pilot_update,
)
from casework.insight.suppression import THRESHOLD
from interventions.models import Intervention
from partners.models import Municipality
from partners.policy import Action, can
from partners.reading import reader_for


class PlaceSerializer(serializers.Serializer[Place]):
    kind = serializers.CharField(source="slug", help_text="nederland, regio of gemeente")
    id = serializers.IntegerField()
    name = serializers.CharField()


class CellSerializer(serializers.Serializer[Any]):
    value = serializers.FloatField(allow_null=True, help_text="null: verborgen (minder dan 5)")
    text = serializers.CharField(help_text="zoals op de pagina, in Nederlandse notatie")


class RowSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(source="label")
    total = serializers.BooleanField()
    cells = CellSerializer(many=True)


class TableSerializer(serializers.Serializer[Any]):
    slug = serializers.CharField()
    title = serializers.CharField()
    explanation = serializers.CharField()
    columns = serializers.ListField(child=serializers.CharField())
    rows = RowSerializer(many=True)


class InsightSerializer(serializers.Serializer[Any]):
    place = PlaceSerializer()
    year = serializers.IntegerField()
    refreshed_at = serializers.DateTimeField(allow_null=True)
    tables = TableSerializer(many=True)


YEAR = OpenApiParameter("jaar", int, description="Het kalenderjaar (standaard: dit jaar).")


class PlacesView(APIView):
    """The places whose figures you may see: the country, regions and municipalities."""

    @extend_schema(responses=PlaceSerializer(many=True))
    def get(self, request: Request) -> Response:
        own = reach(request.user)
        if not own.anything:
            raise PermissionDenied("U ziet geen cijfers.")
        chosen = places(own)
        everything = [*chosen["country"], *chosen["regions"], *chosen["municipalities"]]
        return Response(PlaceSerializer(everything, many=True).data)  # type: ignore[arg-type]


class InsightView(APIView):
    """The figures of one place over a calendar year: the tables of the insight page."""

    @extend_schema(parameters=[YEAR], responses=InsightSerializer)
    def get(self, request: Request, kind: str = "nederland", pk: int = 0) -> Response:
        reader = reader_for(request)
        try:
            place = place_for(reader, kind, pk)
        except Http404 as error:
            raise NotFound("Deze plaats bestaat niet of u ziet haar cijfers niet.") from error
        today = timezone.localdate()
        year = today.year
        if "jaar" in request.query_params:
            form = YearForm(request.query_params, today=today)
            if not form.is_valid():
                raise ValidationError({"jaar": [str(error) for error in form.errors["jaar"]]})
            year = form.cleaned_data["jaar"]
        return Response(InsightSerializer(insight(reader, place, year)).data)


# --- The proeftuin ---------------------------------------------------------------------------


class PilotSerializer(serializers.ModelSerializer[Pilot]):
    municipalities = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Municipality.objects.all()
    )
    intervention = serializers.PrimaryKeyRelatedField(
        queryset=Intervention.objects.all(), allow_null=True, required=False
    )
    enrolled = serializers.SerializerMethodField(
        help_text="Het aantal casussen in de pilot; null bij 1 tot 4 (verborgen)."
    )
    comparison = serializers.JSONField(read_only=True)
    compared_at = serializers.DateTimeField(read_only=True)

    class Meta:
        model = Pilot
        fields = [
            "id",
            "name",
            "hypothesis",
            "approach",
            "intervention",
            "municipalities",
            "starts_on",
            "ends_on",
            "enrolled",
            "comparison",
            "compared_at",
        ]

    def get_enrolled(self, pilot: Pilot) -> int | None:
        count = enrolled_count(pilot)
        return None if 0 < count < THRESHOLD else count


class EnrolmentSerializer(serializers.ModelSerializer[Enrolment]):
    case_number = serializers.CharField(source="case.number", read_only=True)

    class Meta:
        model = Enrolment
        fields = ["id", "case", "case_number", "reason", "enrolled_by", "enrolled_at"]
        read_only_fields = ["enrolled_by", "enrolled_at"]


class EnrolmentInputSerializer(serializers.Serializer[dict[str, Any]]):
    case = serializers.IntegerField()
    reason = serializers.CharField(max_length=4000)


class PilotViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet[Pilot]
):
    """The proeftuin's pilots you may see, with their comparison (computed by the worker)."""

    serializer_class = PilotSerializer
    queryset = Pilot.objects.none()

    def get_queryset(self) -> QuerySet[Pilot]:
        return pilots(reader_for(self.request))

    @extend_schema(request=PilotSerializer, responses={201: PilotSerializer})
    def create(self, request: Request) -> Response:
        incoming = PilotSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        data.pop("comparison", None)
        user = request.user
        if not can(user, Action.CREATE, Pilot):
            raise PermissionDenied("U legt geen pilots vast.")
        try:
            pilot = pilot_create(user=user, **data)  # type: ignore[arg-type]
        except DjangoValidationError as error:
            raise ValidationError(error.message_dict) from error
        return Response(PilotSerializer(pilot).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=PilotSerializer, responses={200: PilotSerializer})
    def partial_update(self, request: Request, pk: int) -> Response:
        reader = reader_for(request)
        try:
            pilot = pilot_for(reader, int(pk))
        except Http404 as error:
            raise NotFound("Deze pilot bestaat niet of u ziet haar niet.") from error
        if not reader.can(Action.CHANGE, pilot):
            raise PermissionDenied("U wijzigt deze pilot niet.")
        incoming = PilotSerializer(pilot, data=request.data, partial=True)
        incoming.is_valid(raise_exception=True)
        changed = {
            key: value
            for key, value in incoming.validated_data.items()
            if key in pilot_fields(pilot)
        }
        try:
            pilot_update(user=request.user, pilot=pilot, **changed)  # type: ignore[arg-type]
        except DjangoValidationError as error:
            raise ValidationError(error.message_dict) from error
        return Response(PilotSerializer(pilot).data)


class EnrolmentViewSet(mixins.ListModelMixin, viewsets.GenericViewSet[Enrolment]):
    """The cases of a pilot that you may see; the procesregisseur takes a case into it."""

    serializer_class = EnrolmentSerializer
    queryset = Enrolment.objects.none()

    def pilot(self) -> Pilot:
        try:
            return pilot_for(reader_for(self.request), int(self.kwargs["pilot_pk"]))
        except Http404 as error:
            raise NotFound("Deze pilot bestaat niet of u ziet haar niet.") from error

    def get_queryset(self) -> QuerySet[Enrolment]:
        return enrolments(reader_for(self.request), self.pilot())

    @extend_schema(request=EnrolmentInputSerializer, responses={201: EnrolmentSerializer})
    def create(self, request: Request, pilot_pk: int) -> Response:
        pilot = self.pilot()
        incoming = EnrolmentInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        user = request.user
        if not can(user, Action.CREATE, Enrolment):
            raise PermissionDenied("Alleen de procesregisseur neemt casussen op in een pilot.")
        reader = reader_for(request)
        case = case_to_enrol(reader, pk=incoming.validated_data["case"])
        if case is None:
            raise ValidationError({"case": ["U kunt deze casus niet opnemen."]})
        try:
            enrolment = enrolment_add(
                user=user,  # type: ignore[arg-type]
                pilot=pilot,
                case=case,
                reason=incoming.validated_data["reason"],
            )
        except DjangoValidationError as error:
            raise ValidationError(error.message_dict) from error
        return Response(EnrolmentSerializer(enrolment).data, status=status.HTTP_201_CREATED)
