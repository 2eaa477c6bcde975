from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from interventions.api.serializers import (
    InterventionDetailSerializer,
    InterventionSerializer,
    LegalReviewSerializer,
)
from interventions.models import Intervention
from interventions.selectors import catalogue_list, intervention_detail, legal_reviews
from interventions.services import legal_review_record
from partners.models import Scope, User

FILTERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Zoekt in naam, samenvatting en wet."),
    OpenApiParameter("kind", OpenApiTypes.STR, description="formeel, informeel, zorg, methodiek"),
    OpenApiParameter("character", OpenApiTypes.STR, description="preventief, repressief, …"),
    OpenApiParameter("domain", OpenApiTypes.INT, description="Id van een domein."),
    OpenApiParameter("decider", OpenApiTypes.STR, description="burgemeester, college, …"),
    OpenApiParameter(
        "review_due",
        OpenApiTypes.BOOL,
        description="Alleen interventies met een wettelijke grondslag waarvan de juridische "
        "toetsing ontbreekt of ouder is dan twaalf maanden.",
    ),
]


@extend_schema_view(list=extend_schema(parameters=FILTERS))
class InterventionViewSet(viewsets.ReadOnlyModelViewSet[Intervention]):
    """The catalogue of interventions (knowledge; nothing of any case)."""

    lookup_field = "slug"
    filter_backends: list[type] = []
    # A koppeling may read the catalogue (reading only; recording a review needs a person).
    api_scope = Scope.CATALOGUE_READ

    @property
    def user(self) -> User:
        return self.request.user  # type: ignore[return-value]

    def get_queryset(self) -> QuerySet[Intervention]:
        if self.action != "list":
            return intervention_detail(user=self.user)
        request: Request = self.request
        params = request.query_params
        domain = params.get("domain", "")
        return catalogue_list(
            user=self.user,
            query=params.get("q", "")[:100],
            kind=params.get("kind", ""),
            character=params.get("character", ""),
            domain_id=int(domain) if domain.isascii() and domain.isdigit() else None,
            decider=params.get("decider", ""),
            review_due=params.get("review_due", "").lower() in ("1", "true", "ja"),
        )

    def get_serializer_class(self):  # type: ignore[no-untyped-def]
        if self.action == "reviews":
            return LegalReviewSerializer
        return InterventionDetailSerializer if self.action == "retrieve" else InterventionSerializer

    @extend_schema(
        methods=["GET"],
        responses=LegalReviewSerializer(many=True),
        description="De juridische toetsingen van de interventie, nieuwste eerst.",
    )
    @extend_schema(
        methods=["POST"],
        request=LegalReviewSerializer,
        responses={201: LegalReviewSerializer},
        description="Legt vast dat de tekst juridisch is getoetst (alleen functioneel beheer).",
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None)
    def reviews(self, request: Request, slug: str) -> Response:
        intervention = self.get_object()
        if request.method == "GET":
            found = legal_reviews(user=self.user, intervention=intervention)
            return Response(LegalReviewSerializer(found, many=True).data)
        incoming = LegalReviewSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            review = legal_review_record(
                intervention=intervention, user=self.user, **incoming.validated_data
            )
        except DjangoValidationError as error:
            raise ValidationError(error.message_dict) from error
        return Response(LegalReviewSerializer(review).data, status=status.HTTP_201_CREATED)
