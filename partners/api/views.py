from typing import cast

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.response import Response

from partners.api.permissions import PolicyPermission
from partners.api.serializers import (
    AccessLogSerializer,
    ApiTokenSerializer,
    ContactPersonSerializer,
    CurrentUserSerializer,
    DomainSerializer,
    MembershipSerializer,
    MunicipalitySerializer,
    OrganisationSerializer,
    RegionSerializer,
)
from partners.models import AccessLog, Domain, Municipality, Organisation, Region, Scope, User
from partners.policy import Action, visible
from partners.selectors import (
    access_log_list,
    api_tokens,
    contact_list,
    membership_list,
    organisation_list,
)
from partners.services import api_token_revoke


@extend_schema(responses=CurrentUserSerializer, summary="De ingelogde gebruiker")
@api_view(["GET"])
def current_user(request: Request) -> Response:
    """The signed-in user with organisation and roles."""
    # IsAuthenticated (the default permission) has refused anonymous callers by now.
    user = cast(User, request.user)
    return Response(CurrentUserSerializer(user).data)


class _PolicyViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [PolicyPermission]

    @property
    def user(self) -> User:
        return cast(User, self.request.user)


class DomainViewSet(_PolicyViewSet):
    """Domains of chain partners."""

    api_scope = Scope.SOCIAL_MAP_READ

    serializer_class = DomainSerializer
    pagination_class = None

    def get_queryset(self) -> QuerySet[Domain]:
        return visible(self.user, Action.VIEW, Domain.objects.all())


class RegionViewSet(_PolicyViewSet):
    api_scope = Scope.SOCIAL_MAP_READ
    serializer_class = RegionSerializer
    pagination_class = None

    def get_queryset(self) -> QuerySet[Region]:
        return visible(self.user, Action.VIEW, Region.objects.all())


class MunicipalityViewSet(_PolicyViewSet):
    api_scope = Scope.SOCIAL_MAP_READ
    serializer_class = MunicipalitySerializer
    filterset_fields = ["region"]

    def get_queryset(self) -> QuerySet[Municipality]:
        return visible(self.user, Action.VIEW, Municipality.objects.all())


class OrganisationViewSet(_PolicyViewSet):
    """Partner organisations on the social map; `q` searches name, people and expertise."""

    api_scope = Scope.SOCIAL_MAP_READ

    serializer_class = OrganisationSerializer

    def get_queryset(self) -> QuerySet[Organisation]:
        params = self.request.query_params
        return organisation_list(
            user=self.user,
            query=params.get("q", ""),
            domain_id=_int(params.get("domain")),
            level=params.get("level", ""),
            region_id=_int(params.get("region")),
            expertise_id=_int(params.get("expertise")),
        ).prefetch_related("municipalities", "regions")


class ContactPersonViewSet(_PolicyViewSet):
    """People on the social map; `q` searches name, function and expertise."""

    api_scope = Scope.SOCIAL_MAP_READ

    serializer_class = ContactPersonSerializer
    filterset_fields = ["organisation"]

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return contact_list(user=self.user, query=self.request.query_params.get("q", ""))


class MembershipViewSet(_PolicyViewSet):
    """Users with their organisation and roles (the functional manager sees all)."""

    serializer_class = MembershipSerializer
    filterset_fields = ["organisation"]

    def get_queryset(self) -> QuerySet[User]:
        return membership_list(user=self.user)


class AccessLogViewSet(_PolicyViewSet):
    """The access log, for the privacy officer; `scope` filters on a case number."""

    serializer_class = AccessLogSerializer

    def get_queryset(self) -> QuerySet[AccessLog]:
        params = self.request.query_params
        return access_log_list(
            user=self.user,
            scope=params.get("scope", ""),
            username=params.get("username", ""),
            organisation=params.get("organisation", ""),
        )


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() else None


@extend_schema(responses=ApiTokenSerializer(many=True), summary="Mijn geldige API-sleutels")
@api_view(["GET"])
def my_api_tokens(request: Request) -> Response:
    """The caller's own valid API tokens (a token is issued on the page 'API-sleutels', in a
    session verified with the second factor, never through the API)."""
    user = cast(User, request.user)
    return Response(ApiTokenSerializer(api_tokens(user=user), many=True).data)


@extend_schema(responses={204: None}, summary="Een eigen API-sleutel intrekken")
@api_view(["DELETE"])
def my_api_token_revoke(request: Request, token_key: str) -> Response:
    """Revokes one of the caller's own tokens (also the one making this call)."""
    user = cast(User, request.user)
    token = get_object_or_404(api_tokens(user=user), token_key=token_key)
    api_token_revoke(user=user, token=token)
    return Response(status=status.HTTP_204_NO_CONTENT)
