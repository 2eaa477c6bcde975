"""API for meetings: the meetings one may see, their agenda (only the items one's partner is
invited to), the confidentiality statement, the partners' input, notes, decisions, screening
outcomes, actions (with "mine" and closing them) and attendance."""

from typing import Any, cast

from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from casework.meetings.models import (
    AgendaItem,
    Attendance,
    Decision,
    DecisionKind,
    ItemInput,
    Meeting,
    MeetingAction,
    MeetingKind,
    ScreeningOutcome,
)
from casework.meetings.selectors import (
    action_for,
    agenda,
    attendance,
    content_readable,
    item_content,
    item_for,
    meeting_for,
    meeting_invited,
    meeting_list,
    my_actions,
)
from casework.meetings.services import (
    Planning,
    action_add,
    action_close,
    attendance_save,
    decision_record,
    input_add,
    item_add,
    item_invite,
    meeting_create,
    meeting_update,
    notes_save,
    screening_outcome_record,
    series_create,
    statement_confirm,
)
from casework.selectors import case_for
from partners.api.permissions import PolicyPermission
from partners.models import Organisation, User
from partners.policy import Action
from partners.reading import Reader, reader_for

# --- Serializers ---------------------------------------------------------------------------


class MeetingSerializer(serializers.ModelSerializer[Meeting]):
    organiser_name = serializers.CharField(source="organiser.name", read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "kind",
            "title",
            "organiser",
            "organiser_name",
            "series",
            "starts_at",
            "ends_at",
            "place",
            "online_link",
            "chair",
            "minute_taker",
            "invited",
            "minutes_confirmed_at",
            "version",
        ]
        read_only_fields = fields


class MeetingCreateSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=MeetingKind.choices)
    title = serializers.CharField(max_length=200)
    starts_at = serializers.DateTimeField()
    minutes = serializers.IntegerField(min_value=5, max_value=480, default=90)
    place = serializers.CharField(max_length=200, allow_blank=True, required=False, default="")
    online_link = serializers.URLField(allow_blank=True, required=False, default="")
    chair = serializers.PrimaryKeyRelatedField(queryset=User.objects.filter(is_active=True))
    minute_taker = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.filter(is_active=True), allow_null=True, required=False
    )
    invited = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), many=True, required=False
    )
    weekly_until = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="Herhaalt het overleg elke week op dezelfde weekdag en tijd tot en met deze "
        "datum (een reeks, hoogstens een jaar). Het antwoord is dan het eerste overleg.",
    )


class MeetingUpdateSerializer(serializers.Serializer[Any]):
    """What may change of a meeting; what is left out stays as it is."""

    version = serializers.IntegerField(help_text="De versie van het overleg die u las.")
    title = serializers.CharField(max_length=200, required=False)
    starts_at = serializers.DateTimeField(required=False)
    minutes = serializers.IntegerField(min_value=5, max_value=480, required=False)
    place = serializers.CharField(max_length=200, allow_blank=True, required=False)
    online_link = serializers.URLField(allow_blank=True, required=False)
    chair = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.filter(is_active=True), required=False
    )
    minute_taker = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.filter(is_active=True), allow_null=True, required=False
    )


class ItemSerializer(serializers.ModelSerializer[AgendaItem]):
    """An agenda item. Its notes are given only after you confirmed the meeting's
    confidentiality statement (`content_readable`); otherwise they are null."""

    case_number = serializers.CharField(source="case.number", read_only=True)
    case_title = serializers.CharField(source="case.title", read_only=True)
    invited = serializers.SerializerMethodField()
    content_readable = serializers.SerializerMethodField()
    picture = serializers.SerializerMethodField()
    judgement = serializers.SerializerMethodField()
    decision_making = serializers.SerializerMethodField()

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "case",
            "case_number",
            "case_title",
            "invited",
            "screening_outcome",
            "content_readable",
            "picture",
            "judgement",
            "decision_making",
            "seconds_spent",
            "version",
        ]
        read_only_fields = fields

    def _readable(self, item: AgendaItem) -> bool:
        return item.pk in self.context.get("readable", set())

    def get_invited(self, item: AgendaItem) -> list[int]:
        return [organisation.pk for organisation in item.invited.all()]

    def get_content_readable(self, item: AgendaItem) -> bool:
        return self._readable(item)

    def get_picture(self, item: AgendaItem) -> str | None:
        return item.picture if self._readable(item) else None

    def get_judgement(self, item: AgendaItem) -> str | None:
        return item.judgement if self._readable(item) else None

    def get_decision_making(self, item: AgendaItem) -> str | None:
        return item.decision_making if self._readable(item) else None


class ItemCreateSerializer(serializers.Serializer[Any]):
    case = serializers.IntegerField(help_text="Het id van de casus.")
    invited = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all(), many=True)


class InviteSerializer(serializers.Serializer[Any]):
    invited = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all(), many=True)


class NotesSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField(help_text="De versie van het agendapunt die u las.")
    picture = serializers.CharField(max_length=10000, allow_blank=True, default="")
    judgement = serializers.CharField(max_length=10000, allow_blank=True, default="")
    decision_making = serializers.CharField(max_length=10000, allow_blank=True, default="")


class InputSerializer(serializers.ModelSerializer[ItemInput]):
    class Meta:
        model = ItemInput
        fields = ["id", "organisation", "author", "text", "created_at"]
        read_only_fields = ["id", "organisation", "author", "created_at"]
        extra_kwargs = {"text": {"max_length": 10000}}


class DecisionSerializer(serializers.ModelSerializer[Decision]):
    plan_version_number = serializers.IntegerField(
        source="plan_version.number", read_only=True, allow_null=True, default=None
    )
    plan_version_sha256 = serializers.CharField(
        source="plan_version.sha256", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = Decision
        fields = [
            "id",
            "kind",
            "text",
            "plan_version_number",
            "plan_version_sha256",
            "recorded_by",
            "recorded_at",
        ]
        read_only_fields = fields


class DecisionCreateSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(
        choices=DecisionKind.choices,
        help_text="Een screeningsuitkomst legt u vast met `screening/`.",
    )
    text = serializers.CharField(max_length=10000, allow_blank=True, required=False, default="")


class ScreeningSerializer(serializers.Serializer[Any]):
    outcome = serializers.ChoiceField(choices=ScreeningOutcome.choices)
    advice = serializers.CharField(max_length=10000, allow_blank=True, required=False, default="")


class MeetingActionSerializer(serializers.ModelSerializer[MeetingAction]):
    meeting = serializers.IntegerField(source="item.meeting_id", read_only=True)
    case_number = serializers.CharField(source="case.number", read_only=True)

    class Meta:
        model = MeetingAction
        fields = [
            "id",
            "meeting",
            "item",
            "case",
            "case_number",
            "what",
            "owner",
            "owner_person",
            "deadline",
            "status",
            "result",
            "closed_at",
        ]
        read_only_fields = fields


class MeetingActionCreateSerializer(serializers.Serializer[Any]):
    what = serializers.CharField(max_length=10000)
    owner = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    owner_person = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.filter(is_active=True), allow_null=True, required=False
    )
    deadline = serializers.DateField()


class ActionCloseSerializer(serializers.Serializer[Any]):
    result = serializers.CharField(max_length=10000)


class AttendanceSerializer(serializers.ModelSerializer[Attendance]):
    class Meta:
        model = Attendance
        fields = ["organisation", "present", "represented_by"]
        extra_kwargs = {"organisation": {"queryset": Organisation.objects.all()}}


# --- Views -----------------------------------------------------------------------------------


class _MeetingViewSet(viewsets.GenericViewSet):
    permission_classes = [PolicyPermission]

    @property
    def user(self) -> User:
        return cast(User, self.request.user)

    @property
    def reader(self) -> Reader:
        return reader_for(self.request)

    def meeting(self, action: Action = Action.VIEW) -> Meeting:
        return meeting_for(self.reader, self.kwargs["meeting_pk"], action)

    def item(self, action: Action = Action.VIEW) -> AgendaItem:
        return item_for(self.reader, self.meeting(), self.kwargs["item_pk"], action)

    def get_object(self) -> Any:
        """The object of a nested route (for OPTIONS): its item, else its meeting."""
        return self.item() if "item_pk" in self.kwargs else self.meeting()


@extend_schema(
    parameters=[
        OpenApiParameter("q", str, description="Zoek op titel"),
        OpenApiParameter("past", bool, description="Gehouden overleggen in plaats van komende"),
    ]
)
class MeetingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, _MeetingViewSet):
    """Meetings you run or your partner is invited to."""

    serializer_class = MeetingSerializer
    queryset = Meeting.objects.none()  # for the schema; get_queryset decides
    policy_model = Meeting
    policy_create = True

    def get_queryset(self) -> QuerySet[Meeting]:
        params = self.request.query_params
        return meeting_list(
            self.reader, query=params.get("q", "")[:100], past=params.get("past") == "true"
        )

    def get_object(self) -> Meeting:
        return meeting_for(self.reader, self.kwargs["pk"])

    @extend_schema(
        request=MeetingUpdateSerializer,
        responses={200: MeetingSerializer},
        description="Een andere tijd, plaats, voorzitter of notulist. `version` is de versie die "
        "u las; is het overleg intussen gewijzigd, dan volgt 409 en wordt niets opgeslagen.",
    )
    def partial_update(self, request: Request, pk: int) -> Response:
        meeting = meeting_for(self.reader, pk, Action.CHANGE)
        incoming = MeetingUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        minutes = int((meeting.ends_at - meeting.starts_at).total_seconds() // 60)
        planning = Planning(
            kind=meeting.kind,
            title=data.get("title", meeting.title),
            place=data.get("place", meeting.place),
            online_link=data.get("online_link", meeting.online_link),
            chair=data.get("chair", meeting.chair),
            minute_taker=data.get("minute_taker", meeting.minute_taker),
        )
        meeting_update(
            meeting=meeting,
            user=self.user,
            version=data["version"],
            planning=planning,
            starts_at=data.get("starts_at", meeting.starts_at),
            minutes=data.get("minutes", minutes),
        )
        return Response(MeetingSerializer(meeting).data)

    @extend_schema(request=MeetingCreateSerializer, responses={201: MeetingSerializer})
    def create(self, request: Request) -> Response:
        incoming = MeetingCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        planning = Planning(
            kind=data["kind"],
            title=data["title"],
            place=data["place"],
            online_link=data["online_link"],
            chair=data["chair"],
            minute_taker=data.get("minute_taker"),
            invited=list(data.get("invited", [])),
        )
        starts_at = data["starts_at"]
        if data.get("weekly_until"):
            local = timezone.localtime(starts_at)
            series = series_create(
                user=self.user,
                planning=planning,
                weekday=local.weekday(),
                at=local.time().replace(tzinfo=None),
                minutes=data["minutes"],
                first_on=local.date(),
                until=data["weekly_until"],
            )
            meeting = series.meetings.order_by("starts_at").first()
        else:
            meeting = meeting_create(
                user=self.user, planning=planning, starts_at=starts_at, minutes=data["minutes"]
            )
        return Response(MeetingSerializer(meeting).data, status=status.HTTP_201_CREATED)


class StatementView(_MeetingViewSet):
    queryset = Meeting.objects.none()
    serializer_class = MeetingSerializer

    @extend_schema(request=None, responses={201: None})
    def create(self, request: Request, meeting_pk: int) -> Response:
        """Confirms the confidentiality statement of this meeting for you (once per meeting);
        only then are the contents of your items given."""
        statement_confirm(meeting=self.meeting(), user=self.user)
        return Response(status=status.HTTP_201_CREATED)


class AttendanceViewSet(_MeetingViewSet):
    serializer_class = AttendanceSerializer
    queryset = Attendance.objects.none()

    def list(self, request: Request, meeting_pk: int) -> Response:
        meeting = self.meeting()
        rows = attendance(self.reader, meeting)
        data = [
            rows.get(organisation.pk) or Attendance(meeting=meeting, organisation=organisation)
            for organisation in meeting_invited(meeting)
        ]
        return Response(AttendanceSerializer(data, many=True).data)

    @extend_schema(
        request=AttendanceSerializer(many=True), responses=AttendanceSerializer(many=True)
    )
    def update(self, request: Request, meeting_pk: int) -> Response:
        """Attendance per invited partner, for the partners given."""
        meeting = self.meeting(Action.CHANGE)
        incoming = AttendanceSerializer(data=request.data, many=True)
        incoming.is_valid(raise_exception=True)
        rows = {
            row["organisation"].pk: (row.get("present", False), row.get("represented_by", ""))
            for row in incoming.validated_data
        }
        attendance_save(meeting=meeting, user=self.user, rows=rows)
        return self.list(request, meeting_pk)


class ItemViewSet(_MeetingViewSet):
    """The agenda: only the items your partner is invited to (all of them for the runners)."""

    serializer_class = ItemSerializer
    queryset = AgendaItem.objects.none()

    def _context(self, items: list[AgendaItem]) -> dict[str, Any]:
        return {"readable": content_readable(self.reader, items)}

    def list(self, request: Request, meeting_pk: int) -> Response:
        items = agenda(self.reader, self.meeting())
        return Response(ItemSerializer(items, many=True, context=self._context(items)).data)

    def retrieve(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        item = self.item()
        return Response(ItemSerializer(item, context=self._context([item])).data)

    @extend_schema(request=ItemCreateSerializer, responses={201: ItemSerializer})
    def create(self, request: Request, meeting_pk: int) -> Response:
        meeting = self.meeting(Action.CHANGE)
        incoming = ItemCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        case = case_for(self.reader, incoming.validated_data["case"])
        item = item_add(
            meeting=meeting,
            user=self.user,
            case=case,
            invited=incoming.validated_data["invited"],
        )
        return Response(
            ItemSerializer(item, context=self._context([item])).data,
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(request=InviteSerializer, responses=ItemSerializer)
    def invite(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        """Replaces who is invited for this item."""
        self.meeting(Action.CHANGE)
        item = self.item()
        incoming = InviteSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        item_invite(item=item, user=self.user, invited=incoming.validated_data["invited"])
        return self.retrieve(request, meeting_pk, item_pk)

    @extend_schema(request=NotesSerializer, responses=ItemSerializer)
    def notes(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        """The notes in the BOB structure; 409 when the item changed since `version`."""
        self.meeting(Action.CHANGE)
        item = self.item(Action.VIEW_CONTENT)
        incoming = NotesSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        notes_save(item=item, user=self.user, **incoming.validated_data)
        return self.retrieve(request, meeting_pk, item_pk)

    @extend_schema(request=ScreeningSerializer, responses={201: DecisionSerializer})
    def screening(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        """The outcome of a screening; the case's status follows through its workflow."""
        self.meeting(Action.CHANGE)
        item = self.item(Action.VIEW_CONTENT)
        incoming = ScreeningSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        decision = screening_outcome_record(item=item, user=self.user, **incoming.validated_data)
        return Response(DecisionSerializer(decision).data, status=status.HTTP_201_CREATED)


class InputViewSet(_MeetingViewSet):
    """Informatie-inbreng: read by the invitees of the item, after the statement."""

    serializer_class = InputSerializer
    queryset = ItemInput.objects.none()

    def list(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        item = self.item()
        rows = item_content(self.reader, [item]).inputs[item.pk]
        return Response(InputSerializer(rows, many=True).data)

    @extend_schema(request=InputSerializer, responses={201: InputSerializer})
    def create(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        item = self.item()
        incoming = InputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        row = input_add(item=item, user=self.user, text=incoming.validated_data["text"])
        return Response(InputSerializer(row).data, status=status.HTTP_201_CREATED)


class DecisionViewSet(_MeetingViewSet):
    serializer_class = DecisionSerializer
    queryset = Decision.objects.none()

    def list(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        item = self.item()
        rows = item_content(self.reader, [item]).decisions[item.pk]
        return Response(DecisionSerializer(rows, many=True).data)

    @extend_schema(request=DecisionCreateSerializer, responses={201: DecisionSerializer})
    def create(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        """A decision; adopting the plan binds it to the plan's newest version and SHA-256,
        escalating puts the case on the next vierhoekoverleg."""
        self.meeting(Action.CHANGE)
        item = self.item(Action.VIEW_CONTENT)
        incoming = DecisionCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        decision = decision_record(item=item, user=self.user, **incoming.validated_data)
        return Response(DecisionSerializer(decision).data, status=status.HTTP_201_CREATED)


class ItemActionViewSet(_MeetingViewSet):
    serializer_class = MeetingActionSerializer
    queryset = MeetingAction.objects.none()

    def list(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        item = self.item()
        rows = item_content(self.reader, [item]).actions[item.pk]
        return Response(MeetingActionSerializer(rows, many=True).data)

    @extend_schema(request=MeetingActionCreateSerializer, responses={201: MeetingActionSerializer})
    def create(self, request: Request, meeting_pk: int, item_pk: int) -> Response:
        self.meeting(Action.CHANGE)
        item = self.item(Action.VIEW_CONTENT)
        incoming = MeetingActionCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        data.setdefault("owner_person", None)
        row = action_add(item=item, user=self.user, **data)
        return Response(MeetingActionSerializer(row).data, status=status.HTTP_201_CREATED)


@extend_schema(parameters=[OpenApiParameter("all", bool, description="Ook afgeronde acties")])
class MyActionViewSet(mixins.ListModelMixin, _MeetingViewSet):
    """Your actions: on your name, or on your partner without a name; open ones unless `all`."""

    serializer_class = MeetingActionSerializer
    queryset = MeetingAction.objects.none()

    def get_queryset(self) -> QuerySet[MeetingAction]:
        return my_actions(self.reader, open_only=self.request.query_params.get("all") != "true")

    def get_object(self) -> MeetingAction:
        return action_for(self.reader, self.kwargs["pk"])

    def retrieve(self, request: Request, pk: int) -> Response:
        return Response(MeetingActionSerializer(self.get_object()).data)

    @extend_schema(request=ActionCloseSerializer, responses=MeetingActionSerializer)
    def close(self, request: Request, pk: int) -> Response:
        """Closes the action with its result."""
        row = action_for(self.reader, pk, Action.CHANGE)
        incoming = ActionCloseSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        row = action_close(action=row, user=self.user, result=incoming.validated_data["result"])
        return Response(MeetingActionSerializer(row).data)
