"""Error pages: JSON for the API (its clients read JSON, and the schema documents it), the
site's own pages for everyone else. Used for what no view answers itself, such as an address
that matches no route."""

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def _answer(request: HttpRequest, status: int, detail: str, template: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": detail}, status=status)
    return render(request, template, {"message": detail}, status=status)


def bad_request(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _answer(request, 400, _("Het verzoek kon niet worden verwerkt."), "400.html")


def permission_denied(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _answer(request, 403, _("U mag dit niet."), "403.html")


def not_found(request: HttpRequest, exception: Any = None) -> HttpResponse:
    return _answer(request, 404, _("Niet gevonden."), "404.html")


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Er ging iets mis aan onze kant.")}, status=500)
    # The 500 page renders without context processors: the request may be half-handled.
    from django.views.defaults import server_error as page

    return page(request)
