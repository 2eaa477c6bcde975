from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from config.pagination import CappedPaginator


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, plus: a service's ValidationError becomes a 400 with its messages, an
    edit refused by optimistic locking a 409 Conflict, and a 404 says only "not found"."""
    if isinstance(exc, Http404):
        # Django's text names the model ("No Case matches the given query.") and is not
        # translated; DRF's "Niet gevonden." says no more than that nothing is there for you.
        exc = NotFound()
    if isinstance(exc, DjangoValidationError) and getattr(exc, "code", None) == "conflict":
        return Response({"detail": exc.messages[0]}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        exc = ValidationError(detail=detail)
    return drf_exception_handler(exc, context)


class Pagination(PageNumberPagination):
    """Pages of 50 by default; a client may ask for up to 200 with `page_size`. `count` stops
    at 10,001 (`count_is_capped` then says so): an exact count over tens of thousands of rows
    costs more than the page."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    django_paginator_class = CappedPaginator

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        response.data["count_is_capped"] = self.page.paginator.is_capped  # type: ignore[union-attr]
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        answer = super().get_paginated_response_schema(schema)
        answer["properties"]["count_is_capped"] = {
            "type": "boolean",
            "description": "Waar als er meer dan 10.000 resultaten zijn; `count` is dan 10.001.",
        }
        answer["required"].append("count_is_capped")
        return answer


ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "detail": {
            "description": "Wat er mis is; bij ongeldige invoer per veld een lijst meldingen.",
            "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
        }
    },
    "additionalProperties": True,
}
ERRORS = {
    "400": "Ongeldige invoer: de meldingen zeggen per veld wat er mis is.",
    "401": "Niet aangemeld: stuur een token (`Authorization: Token …`).",
    "403": "U mag dit niet.",
    "404": "Niet gevonden, of u heeft er geen toegang toe.",
    "409": "Iemand anders wijzigde dit intussen: lees opnieuw en stuur de nieuwe `version`.",
}


def add_error_responses(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """drf-spectacular post-processing: every operation documents the 4xx answers the API
    gives (the exception handler above decides them), not only its 2xx."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            # Every operation: bad input (the input guard, a bad filter), no or a wrong token,
            # no right, nothing found (also a page past the end of a list).
            codes = ["400", "401", "403", "404"]
            if method in ("post", "put", "patch"):
                codes.append("409")
            responses = operation.setdefault("responses", {})
            for code in codes:
                responses.setdefault(code, {"description": ERRORS[code], "content": reference})
    return result
