from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.request import Request

from interventions.api.serializers import InterventionDetailSerializer, InterventionSerializer
from interventions.models import Intervention
from interventions.selectors import catalogue_list, intervention_detail
from partners.models import User

FILTERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Zoekt in naam, samenvatting en wet."),
    OpenApiParameter("kind", OpenApiTypes.STR, description="formeel, informeel, zorg, methodiek"),
    OpenApiParameter("character", OpenApiTypes.STR, description="preventief, repressief, …"),
    OpenApiParameter("domain", OpenApiTypes.INT, description="Id van een domein."),
    OpenApiParameter("decider", OpenApiTypes.STR, description="burgemeester, college, …"),
]


@extend_schema_view(list=extend_schema(parameters=FILTERS))
class InterventionViewSet(viewsets.ReadOnlyModelViewSet[Intervention]):
    """The catalogue of interventions (knowledge; nothing of any case)."""

    lookup_field = "slug"
    filter_backends: list[type] = []

    def get_queryset(self) -> QuerySet[Intervention]:
        user: User = self.request.user  # type: ignore[assignment]
        if self.action == "retrieve":
            return intervention_detail(user=user)
        request: Request = self.request
        params = request.query_params
        domain = params.get("domain", "")
        return catalogue_list(
            user=user,
            query=params.get("q", "")[:100],
            kind=params.get("kind", ""),
            character=params.get("character", ""),
            domain_id=int(domain) if domain.isascii() and domain.isdigit() else None,
            decider=params.get("decider", ""),
        )

    def get_serializer_class(self):  # type: ignore[no-untyped-def]
        return InterventionDetailSerializer if self.action == "retrieve" else InterventionSerializer
