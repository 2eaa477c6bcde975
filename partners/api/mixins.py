from collections.abc import Iterable
from typing import Any, cast

from django.db import models
from rest_framework.generics import GenericAPIView
from rest_framework.request import Request
from rest_framework.response import Response

from partners.models import ReadPath, User
from partners.services import access_log_record


class AccessLoggedMixin(GenericAPIView):
    """Writes every object an API list or detail returns to the access log.

    The view says to which case (scope) an object belongs with `access_log_scope(obj)`.
    """

    search_param = "q"

    def access_log_scope(self, obj: Any) -> models.Model:
        return cast(models.Model, obj)

    def _log(self, objects: Iterable[models.Model]) -> None:
        searched = bool(self.request.query_params.get(self.search_param))
        access_log_record(
            user=cast(User, self.request.user),
            read_path=ReadPath.SEARCH if searched else ReadPath.API,
            entries=[(obj, self.access_log_scope(obj)) for obj in objects],
            path=self.request.get_full_path(),
        )

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        objects = list(page if page is not None else queryset)
        self._log(objects)
        serializer = self.get_serializer(objects, many=True)
        if page is not None:
            return self.get_paginated_response(serializer.data)
        return Response(serializer.data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        obj = self.get_object()
        self._log([obj])
        return Response(self.get_serializer(obj).data)
