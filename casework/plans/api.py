"""API for plans of action: the draft (read, replace as a whole with its version), submitting
it, the submitted versions (pseudonymised for readers without sight of the network), comparing
two of them, and their PDF jobs and downloads."""

from typing import Any, cast

from django.http import Http404
from django.http.response import HttpResponseBase
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from casework.api.views import _CaseworkViewSet
from casework.models import Case, CaseIntervention, LifeArea, Person
from casework.plans.models import Plan, PlanVersion
from casework.plans.presentation import PlanView, compare
from casework.plans.selectors import (
    plan_draft,
    plan_interventions,
    plan_minors,
    plan_version,
    plan_versions,
    variants,
    variants_of,
    version_jobs,
)
from casework.plans.services import (
    FULL,
    VARIANTS,
    PlanContent,
    plan_missing,
    plan_save,
    plan_submit,
    version_document,
)
from casework.selectors import case_partner_organisations, case_partner_people
from documents.models import DocumentJob
from documents.responses import document_response
from partners.models import Organisation, ReadPath, User

# --- Serializers ---------------------------------------------------------------------------


class GoalSerializer(serializers.Serializer[Any]):
    life_area = serializers.ChoiceField(choices=LifeArea.choices)
    goal = serializers.CharField(max_length=5000)


class ActionSerializer(serializers.Serializer[Any]):
    case_intervention = serializers.PrimaryKeyRelatedField(queryset=CaseIntervention.objects.none())
    responsible = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.none())
    responsible_person = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.none(), allow_null=True, required=False
    )
    deadline = serializers.DateField(allow_null=True, required=False)


class ChildSerializer(serializers.Serializer[Any]):
    person = serializers.PrimaryKeyRelatedField(queryset=Person.objects.none())
    safety = serializers.CharField(max_length=5000, allow_blank=True, required=False, default="")
    development = serializers.CharField(
        max_length=5000, allow_blank=True, required=False, default=""
    )
    secured_by = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(), allow_null=True, required=False
    )


class MessageSerializer(serializers.Serializer[Any]):
    by = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.none())
    audience = serializers.CharField(max_length=200)
    what = serializers.CharField(max_length=5000)
    when = serializers.DateField(allow_null=True, required=False)


class CommitmentSerializer(serializers.Serializer[Any]):
    organisation = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.none())
    commitment = serializers.CharField(max_length=5000)


class PlanSerializer(serializers.Serializer[Any]):
    """The whole draft. On PUT its rows replace the draft's rows; `version` is the version you
    read last (409 Conflict when someone saved in between)."""

    version = serializers.IntegerField()
    problem = serializers.CharField(max_length=5000, allow_blank=True, required=False, default="")
    safety_measures = serializers.CharField(
        max_length=5000, allow_blank=True, required=False, default=""
    )
    safety_checked_by = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.none(), allow_null=True, required=False
    )
    shield_professionals = serializers.BooleanField(required=False, default=False)
    evaluation_on = serializers.DateField(allow_null=True, required=False)
    goals: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=GoalSerializer(), required=False, default=list, max_length=30
    )
    actions: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=ActionSerializer(), required=False, default=list, max_length=50
    )
    children: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=ChildSerializer(), required=False, default=list, max_length=50
    )
    messages: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=MessageSerializer(), required=False, default=list, max_length=30
    )
    commitments: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=CommitmentSerializer(), required=False, default=list, max_length=50
    )
    missing = serializers.ListField(child=serializers.CharField(), read_only=True)

    def __init__(self, *args: Any, choices: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if choices is None:
            return
        # Only the case's own interventions, minors, partners and their people are accepted.
        related = cast(serializers.PrimaryKeyRelatedField[Any], self.fields["safety_checked_by"])
        related.queryset = choices["partners"]
        nested = {
            "actions": {
                "case_intervention": "interventions",
                "responsible": "partners",
                "responsible_person": "people",
            },
            "children": {"person": "minors", "secured_by": "partners"},
            "messages": {"by": "partners"},
            "commitments": {"organisation": "partners"},
        }
        for name, fields in nested.items():
            rows = cast(serializers.ListSerializer[Any], self.fields[name])
            for field, key in fields.items():
                row = cast(serializers.Serializer[Any], rows.child)
                row_field = cast(serializers.PrimaryKeyRelatedField[Any], row.fields[field])
                row_field.queryset = choices[key]


def plan_data(plan: Plan) -> dict[str, Any]:
    """The draft as the serializer writes it (related objects as loaded by the read side)."""
    return {
        "version": plan.version,
        "problem": plan.problem,
        "safety_measures": plan.safety_measures,
        "safety_checked_by": plan.safety_checked_by,
        "shield_professionals": plan.shield_professionals,
        "evaluation_on": plan.evaluation_on,
        "goals": list(plan.goals.all()),
        "actions": list(plan.actions.all()),
        "children": list(plan.children.all()),
        "messages": list(plan.messages.all()),
        "commitments": list(plan.commitments.all()),
        "missing": plan_missing(plan),
    }


class DocumentJobSerializer(serializers.ModelSerializer[DocumentJob]):
    download = serializers.SerializerMethodField()

    class Meta:
        model = DocumentJob
        fields = [
            "variant",
            "status",
            "attempts",
            "error",
            "requested_at",
            "started_at",
            "finished_at",
            "sha256",
            "size",
            "pages",
            "download",
        ]
        read_only_fields = fields

    def get_download(self, job: DocumentJob) -> str | None:
        if job.status != "klaar":
            return None
        version: PlanVersion = self.context["version"]
        return reverse(
            "case-plan-version-document-download",
            kwargs={"case_pk": version.case_id, "number": version.number, "variant": job.variant},
        )


class VersionSerializer(serializers.ModelSerializer[PlanVersion]):
    """A submitted version; `snapshot` is everything its PDF shows (pseudonymised when you may
    not see the network), `sha256` the hash of the snapshot as submitted."""

    pseudonymised = serializers.SerializerMethodField()

    class Meta:
        model = PlanVersion
        fields = ["number", "sha256", "submitted_at", "pseudonymised", "snapshot"]
        read_only_fields = fields

    def get_pseudonymised(self, version: PlanVersion) -> bool:
        return bool(version.snapshot.get("pseudonymised"))


class VersionListSerializer(VersionSerializer):
    """A version in a list, without its snapshot; `pseudonymised` says how you may read it."""

    class Meta(VersionSerializer.Meta):
        fields = ["number", "sha256", "submitted_at", "pseudonymised"]
        read_only_fields = fields

    def get_pseudonymised(self, version: PlanVersion) -> bool:
        readable: dict[int, list[str]] = self.context.get("variants", {})
        return FULL not in readable.get(version.pk, [FULL])


class SubmitSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField(help_text="De versie van het concept die u las.")


class ComparedRowSerializer(serializers.Serializer[Any]):
    change = serializers.ChoiceField(choices=["same", "changed", "added", "removed"])
    older = serializers.CharField()
    newer = serializers.CharField()


class ComparedSectionSerializer(serializers.Serializer[Any]):
    title = serializers.CharField()
    changed = serializers.BooleanField()
    rows = ComparedRowSerializer(many=True)


# --- Views -----------------------------------------------------------------------------------


class PlanViewSet(_CaseworkViewSet):
    """The draft plan of a case: case workers of a partner taking part read it; the AOV'er,
    the procesregisseur and the casusregisseur write it."""

    queryset = Plan.objects.none()
    serializer_class = PlanSerializer

    def _draft(self, case: Case) -> Plan:
        plan = plan_draft(self.reader, case)
        if plan is None:
            raise Http404
        return plan

    def get_object(self) -> Plan:
        """The draft, if the user may see it; writing it is asked of the policy as well."""
        plan = self._draft(self.case())
        self.check_object_permissions(self.request, plan)
        return plan

    def _choices(self, case: Case) -> dict[str, Any]:
        return {
            "partners": case_partner_organisations(self.reader, case),
            "interventions": plan_interventions(self.reader, case),
            "people": case_partner_people(self.reader, case),
            "minors": plan_minors(self.reader, case),
        }

    def retrieve(self, request: Request, case_pk: int) -> Response:
        return Response(PlanSerializer(plan_data(self.get_object())).data)

    @extend_schema(request=PlanSerializer, responses=PlanSerializer)
    def update(self, request: Request, case_pk: int) -> Response:
        plan = self.get_object()
        case = plan.case
        incoming = PlanSerializer(data=request.data, choices=self._choices(case))
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        version = data.pop("version")
        plan_save(plan=plan, user=self.user, version=version, content=PlanContent(**data))
        return Response(PlanSerializer(plan_data(self._draft(case))).data)

    @extend_schema(
        request=SubmitSerializer,
        responses={201: VersionListSerializer},
        description="Dient het concept in als nieuwe, onveranderlijke versie; beide PDF's "
        "worden gemaakt. 400 met wat ontbreekt; 409 als het concept intussen wijzigde.",
    )
    def submit(self, request: Request, case_pk: int) -> Response:
        plan = self._draft(self.case())
        incoming = SubmitSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        version = plan_submit(plan=plan, user=self.user, version=incoming.validated_data["version"])
        return Response(VersionListSerializer(version).data, status=status.HTTP_201_CREATED)


class PlanVersionViewSet(_CaseworkViewSet):
    """Submitted versions, their comparison, and their PDF documents."""

    queryset = PlanVersion.objects.none()
    serializer_class = VersionSerializer

    def _version(self, number: int) -> PlanVersion:
        return plan_version(self.reader, self.case(), number)

    @extend_schema(responses=VersionListSerializer(many=True))
    def list(self, request: Request, case_pk: int) -> Response:
        versions = plan_versions(self.reader, self.case()).defer("snapshot")
        page = self.paginate_queryset(versions) or []
        readable = variants_of(self.reader, [version.pk for version in page])
        data = VersionListSerializer(page, many=True, context={"variants": readable}).data
        return self.get_paginated_response(data)

    def retrieve(self, request: Request, case_pk: int, number: int) -> Response:
        return Response(VersionSerializer(self._version(number)).data)

    @extend_schema(responses=ComparedSectionSerializer(many=True))
    def compare(self, request: Request, case_pk: int, number: int, other: int) -> Response:
        older, newer = self._version(other), self._version(number)
        sections = compare(
            PlanView(older.snapshot, older.number, older.sha256),
            PlanView(newer.snapshot, newer.number, newer.sha256),
        )
        return Response(
            [
                {
                    "title": s.title,
                    "changed": s.changed,
                    "rows": [{"change": k, "older": a, "newer": b} for k, a, b in s.rows],
                }
                for s in sections
            ]
        )


class PlanDocumentViewSet(_CaseworkViewSet):
    """The PDF of a version, per variant: `volledig` (with names; case workers only) and
    `gepseudonimiseerd`. The job is the record of its making."""

    queryset = DocumentJob.objects.none()
    serializer_class = DocumentJobSerializer

    def _version(self, number: int, variant: str | None = None) -> PlanVersion:
        reader = self.reader.via(ReadPath.PDF) if self.action == "download" else self.reader
        version = plan_version(reader, self.case(), number)
        if variant is not None and variant not in VARIANTS:
            raise Http404
        if variant is not None and variant not in variants(self.reader, version):
            self.permission_denied(self.request)
        return version

    @extend_schema(responses=DocumentJobSerializer(many=True))
    def list(self, request: Request, case_pk: int, number: int) -> Response:
        version = self._version(number)
        jobs = version_jobs([version])
        found = [
            jobs[(version.pk, v)] for v in variants(self.reader, version) if (version.pk, v) in jobs
        ]
        return Response(DocumentJobSerializer(found, many=True, context={"version": version}).data)

    def retrieve(self, request: Request, case_pk: int, number: int, variant: str) -> Response:
        version = self._version(number, variant)
        job = version_jobs([version]).get((version.pk, variant))
        if job is None:
            raise Http404
        return Response(DocumentJobSerializer(job, context={"version": version}).data)

    @extend_schema(
        request=None,
        responses={202: DocumentJobSerializer},
        description="Vraagt de PDF (opnieuw) aan: een bestaande wordt hergebruikt, een "
        "mislukte opnieuw in de wachtrij gezet.",
    )
    def create(self, request: Request, case_pk: int, number: int, variant: str) -> Response:
        version = self._version(number, variant)
        job = version_document(version=version, variant=variant, user=self.user)
        return Response(
            DocumentJobSerializer(job, context={"version": version}).data,
            status=status.HTTP_202_ACCEPTED,
        )

    @extend_schema(
        responses={
            (200, "application/pdf"): OpenApiResponse(OpenApiTypes.BINARY, description="De PDF")
        }
    )
    def download(
        self, request: Request, case_pk: int, number: int, variant: str
    ) -> HttpResponseBase:
        version = self._version(number, variant)
        job = version_jobs([version]).get((version.pk, variant))
        if job is None:
            raise Http404
        suffix = "" if variant == FULL else "-gepseudonimiseerd"
        return document_response(
            job, filename=f"plan-van-aanpak-{version.case_id}-v{version.number}{suffix}.pdf"
        )


plan = PlanViewSet.as_view({"get": "retrieve", "put": "update"})
plan_submit_view = PlanViewSet.as_view({"post": "submit"})
versions = PlanVersionViewSet.as_view({"get": "list"})
version = PlanVersionViewSet.as_view({"get": "retrieve"})
version_compare = PlanVersionViewSet.as_view({"get": "compare"})
documents = PlanDocumentViewSet.as_view({"get": "list"})
document = PlanDocumentViewSet.as_view({"get": "retrieve", "post": "create"})
document_download = PlanDocumentViewSet.as_view({"get": "download"})
