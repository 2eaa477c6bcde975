"""API for interventions on a case: propose, weigh (wikken en wegen), move on, evaluate."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from casework.api.views import _CaseworkViewSet
from casework.models import (
    Assessment,
    CaseIntervention,
    ConditionCheck,
    Evaluation,
    Outcome,
    SafetyRisk,
)
from casework.selectors import (
    case_intervention_detail,
    case_linked_addresses,
    case_linked_organisations,
    case_persons,
)
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
    case_intervention_transition,
    evaluation_record,
)
from casework.weighing import decision_missing, weighed_against
from casework.workflows import FORMAL_COURSE
from interventions.models import Intervention, RemedyRoute, ViewRequirement
from partners.models import Organisation
from partners.policy import Action, require
from workflow.serializers import history_serializer, transition_serializer


class CaseInterventionSerializer(serializers.ModelSerializer[CaseIntervention]):
    intervention = serializers.SlugRelatedField[Intervention](slug_field="slug", read_only=True)
    intervention_name = serializers.CharField(source="intervention.name", read_only=True)
    kind = serializers.CharField(source="intervention.kind", read_only=True)

    class Meta:
        model = CaseIntervention
        fields = [
            "id",
            "case",
            "intervention",
            "intervention_name",
            "kind",
            "catalogue_version",
            "status",
            "purpose",
            "target_persons",
            "target_addresses",
            "target_organisations",
            "responsible",
            "planned_on",
            "ends_on",
            "proposed_by",
            "proposed_at",
            "version",
        ]
        read_only_fields = fields


class ConditionCheckSerializer(serializers.ModelSerializer[ConditionCheck]):
    class Meta:
        model = ConditionCheck
        fields = ["position", "condition", "met", "evidence"]


class AssessmentSerializer(serializers.ModelSerializer[Assessment]):
    checks = ConditionCheckSerializer(many=True, read_only=True)
    lighter_considered = serializers.SlugRelatedField[Intervention](
        slug_field="slug", many=True, read_only=True
    )

    class Meta:
        model = Assessment
        fields = [
            "legal_basis_present",
            "checks",
            "proportionality",
            "subsidiarity",
            "lighter_considered",
            "desirability",
            "human_measure",
            "safety_risk",
            "safety_measures",
            "motivation",
            "views_skip_reason",
            "assessed_by",
            "updated_at",
        ]


class EvaluationSerializer(serializers.ModelSerializer[Evaluation]):
    class Meta:
        model = Evaluation
        fields = [
            "rating",
            "outcome",
            "what_worked",
            "what_did_not",
            "evaluated_by",
            "evaluated_at",
        ]


InterventionStatusChangeSerializer = history_serializer(FORMAL_COURSE, name="Intervention")
InterventionTransitionSerializer = transition_serializer(FORMAL_COURSE, name="Intervention")


class LegalFrameSerializer(serializers.Serializer[dict[str, Any]]):
    """The legal frame of the decision, from the catalogue text the intervention is weighed
    against, with the state of the entry's legal review."""

    view_requirement = serializers.ChoiceField(choices=ViewRequirement.choices)
    view_note = serializers.CharField()
    remedy_route = serializers.ChoiceField(choices=RemedyRoute.choices)
    remedies = serializers.CharField()
    reviewed_on = serializers.DateField(allow_null=True)
    reviewed_by_function = serializers.CharField()
    review_due = serializers.BooleanField()


class CaseInterventionDetailSerializer(CaseInterventionSerializer):
    legal_frame = serializers.SerializerMethodField()
    assessment = serializers.SerializerMethodField()
    evaluation = serializers.SerializerMethodField()
    status_changes = InterventionStatusChangeSerializer(many=True, read_only=True)
    missing_for_decision = serializers.SerializerMethodField()

    class Meta(CaseInterventionSerializer.Meta):
        fields = [
            *CaseInterventionSerializer.Meta.fields,
            "legal_frame",
            "assessment",
            "evaluation",
            "status_changes",
            "missing_for_decision",
        ]
        read_only_fields = fields

    @extend_schema_field(LegalFrameSerializer)
    def get_legal_frame(self, obj: CaseIntervention) -> dict[str, Any]:
        weighed = weighed_against(obj)
        entry = obj.intervention
        return {
            "view_requirement": weighed.view_requirement,
            "view_note": weighed.view_note,
            "remedy_route": weighed.remedy_route,
            "remedies": weighed.remedies,
            "reviewed_on": entry.reviewed_on,
            "reviewed_by_function": entry.reviewed_by_function,
            "review_due": entry.review_due,
        }

    @extend_schema_field(AssessmentSerializer(allow_null=True))
    def get_assessment(self, obj: CaseIntervention) -> dict[str, Any] | None:
        assessment = getattr(obj, "assessment", None)
        return AssessmentSerializer(assessment).data if assessment else None

    @extend_schema_field(EvaluationSerializer(allow_null=True))
    def get_evaluation(self, obj: CaseIntervention) -> dict[str, Any] | None:
        evaluation = getattr(obj, "evaluation", None)
        return EvaluationSerializer(evaluation).data if evaluation else None

    def get_missing_for_decision(self, obj: CaseIntervention) -> list[str]:
        return decision_missing(obj)


class ProposeSerializer(serializers.Serializer[dict[str, Any]]):
    intervention = serializers.SlugRelatedField[Intervention](
        slug_field="slug", queryset=Intervention.objects.all()
    )
    purpose = serializers.CharField()
    responsible = serializers.PrimaryKeyRelatedField[Organisation](
        queryset=Organisation.objects.all()
    )
    target_persons = serializers.ListField(child=serializers.IntegerField(), default=list)
    target_addresses = serializers.ListField(child=serializers.IntegerField(), default=list)
    target_organisations = serializers.ListField(child=serializers.IntegerField(), default=list)
    planned_on = serializers.DateField(required=False, allow_null=True)
    ends_on = serializers.DateField(required=False, allow_null=True)


class CheckInputSerializer(serializers.Serializer[dict[str, Any]]):
    met = serializers.BooleanField()
    evidence = serializers.CharField(allow_blank=True, default="")


class AssessmentInputSerializer(serializers.Serializer[dict[str, Any]]):
    version = serializers.IntegerField(help_text="De versie van de interventie die u las.")
    checks = CheckInputSerializer(many=True, help_text="Eén per voorwaarde, in volgorde.")
    legal_basis_present = serializers.BooleanField(default=False)
    proportionality = serializers.CharField(allow_blank=True, default="")
    subsidiarity = serializers.CharField(allow_blank=True, default="")
    lighter_considered = serializers.SlugRelatedField[Intervention](
        slug_field="slug", queryset=Intervention.objects.all(), many=True, default=list
    )
    desirability = serializers.CharField(allow_blank=True, default="")
    human_measure = serializers.CharField(allow_blank=True, default="")
    safety_risk = serializers.ChoiceField(choices=SafetyRisk.choices, allow_blank=True, default="")
    safety_measures = serializers.CharField(allow_blank=True, default="")
    motivation = serializers.CharField(allow_blank=True, default="")
    views_skip_reason = serializers.CharField(
        allow_blank=True,
        required=False,
        help_text="Waarom het besluit zonder zienswijze mag (art. 4:11 Awb); leeg als er een "
        "zienswijze is of wordt gevraagd. Weggelaten: een vastgelegde reden blijft staan.",
    )


class EvaluationInputSerializer(serializers.Serializer[dict[str, Any]]):
    rating = serializers.IntegerField(min_value=1, max_value=5)
    outcome = serializers.ChoiceField(choices=Outcome.choices, default=Outcome.UNKNOWN)
    what_worked = serializers.CharField(allow_blank=True, default="")
    what_did_not = serializers.CharField(allow_blank=True, default="")
    version = serializers.IntegerField()


class CaseInterventionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, _CaseworkViewSet):
    """Interventions of a case, their weighing, course and evaluation."""

    queryset = CaseIntervention.objects.none()  # for the schema; get_queryset decides
    policy_object_action = Action.VIEW  # the services decide on changes themselves

    def get_queryset(self) -> QuerySet[CaseIntervention]:
        return case_intervention_detail(self.reader, self.case())

    def get_serializer_class(self):  # type: ignore[no-untyped-def]
        if self.action == "list":
            return CaseInterventionSerializer
        return CaseInterventionDetailSerializer

    def _network(self, available: QuerySet[Any], ids: list[int], field: str) -> list[Any]:
        found = list(available.filter(pk__in=ids))
        if len(found) != len(set(ids)):
            raise ValidationError({field: _("Niet alles hiervan hoort bij deze casus.")})
        return found

    @extend_schema(request=ProposeSerializer, responses={201: CaseInterventionDetailSerializer})
    def create(self, request: Request, case_pk: int) -> Response:
        case = self.case()
        require(self.user, Action.CONTRIBUTE, case)
        incoming = ProposeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        reader = self.reader
        data["target_persons"] = self._network(
            case_persons(reader, case), data["target_persons"], "target_persons"
        )
        data["target_addresses"] = self._network(
            case_linked_addresses(reader, case), data["target_addresses"], "target_addresses"
        )
        data["target_organisations"] = self._network(
            case_linked_organisations(reader, case),
            data["target_organisations"],
            "target_organisations",
        )
        proposal = case_intervention_propose(case=case, user=self.user, **data)
        fresh = self.get_queryset().get(pk=proposal.pk)
        return Response(
            CaseInterventionDetailSerializer(fresh).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=AssessmentInputSerializer, responses=CaseInterventionDetailSerializer)
    @action(detail=True, methods=["put"])
    def assessment(self, request: Request, case_pk: int, pk: int) -> Response:
        """Records the weighing (may be incomplete; `missing_for_decision` says what lacks)."""
        item = self.get_object()
        incoming = AssessmentInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        data["checks"] = [CheckInput(**check) for check in data["checks"]]
        assessment_save(case_intervention=item, user=self.user, **data)
        return Response(CaseInterventionDetailSerializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(
        request=InterventionTransitionSerializer,
        responses={201: InterventionStatusChangeSerializer},
    )
    @action(detail=True, methods=["post"])
    def transitions(self, request: Request, case_pk: int, pk: int) -> Response:
        """Moves the intervention on; a formal one reaches "besluit genomen" only with a
        complete assessment (400 with what is missing otherwise)."""
        item = self.get_object()
        incoming = InterventionTransitionSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        arguments = incoming.service_arguments()  # type: ignore[attr-defined]
        arguments.pop("inputs")  # an intervention's steps need none
        change = case_intervention_transition(case_intervention=item, user=self.user, **arguments)
        return Response(
            InterventionStatusChangeSerializer(change).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=EvaluationInputSerializer, responses={201: EvaluationSerializer})
    @action(detail=True, methods=["post"])
    def evaluation(self, request: Request, case_pk: int, pk: int) -> Response:
        item = self.get_object()
        incoming = EvaluationInputSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        evaluation = evaluation_record(
            case_intervention=item, user=self.user, **incoming.validated_data
        )
        return Response(EvaluationSerializer(evaluation).data, status=status.HTTP_201_CREATED)
