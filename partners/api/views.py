from typing import cast

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.response import Response

from partners.api.serializers import CurrentUserSerializer
from partners.models import User


@extend_schema(responses=CurrentUserSerializer, summary="De ingelogde gebruiker")
@api_view(["GET"])
def current_user(request: Request) -> Response:
    """The signed-in user with organisation and roles."""
    # IsAuthenticated (the default permission) has refused anonymous callers by now.
    user = cast(User, request.user)
    return Response(CurrentUserSerializer(user).data)
