"""API for the gezagsvierhoek's review: the vierhoeken and their seats, plans put before them
(one's queue among them), the members' decisions bound to the version and its SHA-256, and the
commitments of their domains."""

from typing import Any, cast

from django.db.models import QuerySet
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from casework.meetings.models import Meeting
from casework.review.models import (
    InstrumentChoice,
    InstrumentDecision,
    MemberDecision,
    Submission,
    SubmissionStatus,
    Variant,
    Verdict,
)
from casework.review.selectors import (
    commitments,
    instrument_decisions,
    my_seat,
    queue,
    submission,
    submissions,
    version_to_put,
)
from casework.review.services import (
    CLOSED,
    Commitment,
    DecisionInput,
    decision_record,
    submission_create,
)
from config.input import MAX_FIELD_CHARS
from partners.api.permissions import PolicyPermission
from partners.models import Seat, User, Vierhoek
from partners.policy import Action, visible
from partners.reading import Reader, reader_for
from workflow.locking import Conflict

NOT_DECIDING = PermissionDenied(
    "U besluit hier niet: alleen het lid of de plaatsvervanger van een zetel van deze "
    "gezagsvierhoek, zolang het plan voorligt."
)

# --- Serializers ---------------------------------------------------------------------------


class SeatSerializer(serializers.ModelSerializer[Seat]):
    member_name = serializers.CharField(source="member.__str__", read_only=True)
    deputy_name = serializers.SerializerMethodField()

    class Meta:
        model = Seat
        fields = ["role", "member", "member_name", "deputy", "deputy_name"]
        read_only_fields = fields

    def get_deputy_name(self, seat: Seat) -> str | None:
        return str(seat.deputy) if seat.deputy else None


class VierhoekSerializer(serializers.ModelSerializer[Vierhoek]):
    seats = SeatSerializer(many=True, read_only=True)
    municipalities: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = Vierhoek
        fields = ["id", "name", "municipalities", "seats"]
        read_only_fields = fields


class InstrumentDecisionSerializer(serializers.ModelSerializer[InstrumentDecision]):
    intervention = serializers.CharField(
        source="case_intervention.intervention.name", read_only=True
    )

    class Meta:
        model = InstrumentDecision
        fields = ["case_intervention", "intervention", "choice"]
        read_only_fields = fields


class InstrumentCourseSerializer(serializers.ModelSerializer[InstrumentDecision]):
    """The mayor's decision on a formal instrument, with the plan version it was taken on."""

    submission = serializers.IntegerField(source="decision.submission_id", read_only=True)
    decided_by = serializers.IntegerField(source="decision.decided_by_id", read_only=True)
    decided_by_name = serializers.CharField(source="decision.decided_by.__str__", read_only=True)
    as_deputy = serializers.BooleanField(source="decision.as_deputy", read_only=True)
    version = serializers.IntegerField(source="decision.plan_version.number", read_only=True)
    sha256 = serializers.CharField(source="decision.sha256", read_only=True)
    decided_at = serializers.DateTimeField(source="decision.decided_at", read_only=True)

    class Meta:
        model = InstrumentDecision
        fields = [
            "id",
            "case_intervention",
            "choice",
            "submission",
            "decided_by",
            "decided_by_name",
            "as_deputy",
            "version",
            "sha256",
            "decided_at",
        ]
        read_only_fields = fields


class MemberDecisionSerializer(serializers.ModelSerializer[MemberDecision]):
    """A decision for a seat, bound to the version and the SHA-256 decided on; with
    "akkoord" the commitment of the seat's domain."""

    decided_by_name = serializers.CharField(source="decided_by.__str__", read_only=True)
    version = serializers.IntegerField(source="plan_version.number", read_only=True)
    instruments = InstrumentDecisionSerializer(many=True, read_only=True)

    class Meta:
        model = MemberDecision
        fields = [
            "id",
            "submission",
            "seat",
            "decided_by",
            "decided_by_name",
            "as_deputy",
            "version",
            "sha256",
            "verdict",
            "text",
            "commitment",
            "commitment_with",
            "commitment_by",
            "instruments",
            "decided_at",
        ]
        read_only_fields = fields


class DomainCommitmentSerializer(serializers.ModelSerializer[MemberDecision]):
    """The commitment of a seat's domain, given with its "akkoord"."""

    version = serializers.IntegerField(source="plan_version.number", read_only=True)

    class Meta:
        model = MemberDecision
        fields = [
            "submission",
            "seat",
            "decided_by",
            "version",
            "sha256",
            "commitment",
            "commitment_with",
            "commitment_by",
            "decided_at",
        ]
        read_only_fields = fields


class SubmissionSerializer(serializers.ModelSerializer[Submission]):
    """A plan version before a vierhoek. Its free text is pseudonymised for readers without
    sight of the network; the plan itself is read as its PDF (`pdf`)."""

    case_number = serializers.CharField(source="case.number", read_only=True)
    version = serializers.IntegerField(source="plan_version.number", read_only=True)
    vierhoek_name = serializers.CharField(source="vierhoek.name", read_only=True)
    decisions = MemberDecisionSerializer(many=True, read_only=True)
    pdf = serializers.SerializerMethodField()

    class Meta:
        model = Submission
        fields = [
            "id",
            "case",
            "case_number",
            "version",
            "sha256",
            "vierhoek",
            "vierhoek_name",
            "meeting",
            "variant",
            "reason",
            "deadline",
            "status",
            "put_by",
            "put_at",
            "closed_at",
            "decisions",
            "pdf",
        ]
        read_only_fields = fields

    def get_pdf(self, item: Submission) -> str:
        """The address of the PDF in the variant put before the vierhoek (a signed-in page)."""
        return reverse("casework:submission_pdf", kwargs={"pk": item.pk})


class SubmissionCreateSerializer(serializers.Serializer[Any]):
    plan_version = serializers.IntegerField(help_text="De ingediende versie (id).")
    meeting = serializers.IntegerField(help_text="Een komend vierhoekoverleg dat u voert (id).")
    variant = serializers.ChoiceField(choices=Variant.choices, default=Variant.PSEUDONYMISED)
    reason = serializers.CharField(
        allow_blank=True, required=False, default="", max_length=MAX_FIELD_CHARS
    )
    deadline = serializers.DateField()


class MemberDecisionCreateSerializer(serializers.Serializer[Any]):
    sha256 = serializers.CharField(
        max_length=64, help_text="De SHA-256 van de versie die u las (zie de plan-PDF)."
    )
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    text = serializers.CharField(
        allow_blank=True, required=False, default="", max_length=MAX_FIELD_CHARS
    )
    commitment = serializers.CharField(
        allow_blank=True, required=False, default="", max_length=MAX_FIELD_CHARS
    )
    commitment_with = serializers.CharField(
        allow_blank=True, required=False, default="", max_length=300
    )
    commitment_by = serializers.DateField(required=False, allow_null=True, default=None)
    instruments = serializers.DictField(
        child=serializers.ChoiceField(choices=InstrumentChoice.choices),
        required=False,
        default=dict,
        help_text="Alleen de burgemeester: per interventie (id) van het plan het besluit.",
    )


# --- Views -----------------------------------------------------------------------------------


class _ReviewViewSet(viewsets.GenericViewSet):
    permission_classes = [PolicyPermission]

    @property
    def user(self) -> User:
        return cast(User, self.request.user)

    @property
    def reader(self) -> Reader:
        return reader_for(self.request)


class VierhoekViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, _ReviewViewSet):
    """The gezagsvierhoeken, their municipalities and who holds their four seats."""

    serializer_class = VierhoekSerializer
    queryset = Vierhoek.objects.none()

    def get_queryset(self) -> QuerySet[Vierhoek]:
        return visible(self.user, Action.VIEW, Vierhoek.objects.all()).prefetch_related(
            "municipalities", "seats__member", "seats__deputy"
        )


@extend_schema(
    parameters=[
        OpenApiParameter("status", str, enum=SubmissionStatus.values, description="Alleen deze"),
        OpenApiParameter("case", int, description="Alleen van deze casus"),
    ]
)
class SubmissionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, _ReviewViewSet):
    """Plans put before a gezagsvierhoek that you may see: as a seat holder of that vierhoek,
    as a case worker of a partner taking part, or as a runner of its vierhoekoverleg."""

    serializer_class = SubmissionSerializer
    queryset = Submission.objects.none()
    policy_model = Submission
    policy_create = True

    def get_queryset(self) -> QuerySet[Submission]:
        listed = submissions(self.reader).order_by("-put_at", "-id")
        params = self.request.query_params
        if params.get("status") in SubmissionStatus.values:
            listed = listed.filter(status=params["status"])
        if params.get("case", "").isdigit():
            listed = listed.filter(case_id=int(params["case"]))
        return listed

    def get_object(self) -> Submission:
        return submission(self.reader, self.kwargs["pk"])

    @extend_schema(request=SubmissionCreateSerializer, responses={201: SubmissionSerializer})
    def create(self, request: Request) -> Response:
        """Put a submitted plan version before the gezagsvierhoek of its case's municipality
        (the procesregisseur). The full variant needs the reason."""
        incoming = SubmissionCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        version = version_to_put(self.reader, data["plan_version"])
        meeting = visible(
            self.user, Action.CHANGE, Meeting.objects.filter(pk=data["meeting"])
        ).first()
        if version is None:
            raise serializers.ValidationError(
                {"plan_version": "Geen ingediende versie die u kunt voorleggen."}
            )
        if meeting is None:
            raise serializers.ValidationError({"meeting": "Geen vierhoekoverleg dat u voert."})
        made = submission_create(
            user=self.user,
            version=version,
            meeting=meeting,
            variant=data["variant"],
            reason=data["reason"],
            deadline=data["deadline"],
        )
        return Response(
            SubmissionSerializer(submission(self.reader, made.pk)).data,
            status=status.HTTP_201_CREATED,
        )


class QueueViewSet(mixins.ListModelMixin, _ReviewViewSet):
    """ "Ter beoordeling": what awaits the decision of the vierhoeken you hold a seat in,
    nearest deadline first."""

    serializer_class = SubmissionSerializer
    queryset = Submission.objects.none()

    def get_queryset(self) -> QuerySet[Submission]:
        return queue(self.reader)


class DecisionViewSet(mixins.ListModelMixin, _ReviewViewSet):
    """The decisions on a plan before the vierhoek; a seat holder records one for their seat."""

    serializer_class = MemberDecisionSerializer
    queryset = MemberDecision.objects.none()
    policy_model = MemberDecision

    def get_queryset(self) -> QuerySet[MemberDecision]:
        item = submission(self.reader, self.kwargs["submission_pk"])
        return item.decisions.all()

    def get_object(self) -> Submission:
        return submission(self.reader, self.kwargs["submission_pk"])

    @extend_schema(
        request=MemberDecisionCreateSerializer,
        responses={201: MemberDecisionSerializer},
        description="`sha256` is the SHA-256 of the version you read; when another version "
        "lies before the vierhoek now, nothing is saved and 409 follows. With `akkoord` the "
        "commitment of your domain is required (`commitment`, `commitment_by`).",
    )
    def create(self, request: Request, submission_pk: int) -> Response:
        item = submission(self.reader, submission_pk)
        if not self.reader.can(Action.CONTRIBUTE, item):
            if not item.is_open and my_seat(self.reader, item) is not None:
                raise Conflict(CLOSED % {"status": item.get_status_display().lower()})
            raise NOT_DECIDING
        incoming = MemberDecisionCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        try:
            instruments = {int(key): value for key, value in data["instruments"].items()}
        except ValueError:
            raise serializers.ValidationError(
                {"instruments": "Gebruik het id van de interventie als sleutel."}
            ) from None
        made = decision_record(
            submission=item,
            user=self.user,
            sha256=data["sha256"],
            given=DecisionInput(
                verdict=data["verdict"],
                text=data["text"],
                commitment=Commitment(
                    what=data["commitment"],
                    with_whom=data["commitment_with"],
                    by=data["commitment_by"],
                ),
                instruments=instruments,
            ),
        )
        shown = next(
            d for d in submission(self.reader, submission_pk).decisions.all() if d.pk == made.pk
        )
        return Response(MemberDecisionSerializer(shown).data, status=status.HTTP_201_CREATED)


class InstrumentCourseViewSet(mixins.ListModelMixin, _ReviewViewSet):
    """The mayor's decisions in the gezagsvierhoek on one formal instrument of a case."""

    serializer_class = InstrumentCourseSerializer
    queryset = InstrumentDecision.objects.none()

    def get_queryset(self) -> Any:
        _item, decisions = instrument_decisions(
            self.reader, self.kwargs["case_pk"], self.kwargs["intervention_pk"]
        )
        return decisions


class CommitmentViewSet(mixins.ListModelMixin, _ReviewViewSet):
    """The commitments given with "akkoord" on the plans you may see, newest first."""

    serializer_class = DomainCommitmentSerializer
    queryset = MemberDecision.objects.none()

    def get_queryset(self) -> QuerySet[MemberDecision]:
        return commitments(self.reader)
