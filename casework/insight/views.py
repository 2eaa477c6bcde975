"""The insight pages: the figures of a municipality, a region or the country over a calendar
year, each table with its chart, and the same figures as CSV and XLSX."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from casework.insight import exports
from casework.insight.forms import YearForm
from casework.insight.models import Scope
from casework.insight.permissions import reach
from casework.insight.selectors import Place, default_place, insight, place_for, places
from partners.reading import reader_for


def _url(place: Place, year: int | str, name: str = "insight_place") -> str:
    if place.scope == Scope.COUNTRY:
        url = reverse(f"casework:{name.replace('place', 'country')}")
    else:
        url = reverse(f"casework:{name}", args=[place.slug, place.id])
    return f"{url}?jaar={year}"


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """Opens the user's own municipality (or the country), or the place chosen in the form."""
    reader = reader_for(request)
    if not reach(request.user).anything:
        raise PermissionDenied
    year = request.GET.get("jaar", "")
    year = year if year.isdigit() else str(timezone.localdate().year)
    chosen = request.GET.get("plaats", "")
    if chosen:
        kind, _sep, pk = chosen.partition("-")
        try:
            place = place_for(reader, kind, int(pk or 0))
        except (ValueError, Http404):
            messages.error(request, _("Kies een plaats uit de lijst."))
        else:
            return HttpResponseRedirect(_url(place, year))
    opened = default_place(reader)
    if opened is None:
        raise PermissionDenied
    return HttpResponseRedirect(_url(opened, year))


def _year(request: HttpRequest) -> tuple[YearForm, int]:
    today = timezone.localdate()
    form = YearForm(request.GET or None, today=today)
    if request.GET.get("jaar") and form.is_valid():
        return form, form.cleaned_data["jaar"]
    return form, today.year


def _page(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    reader = reader_for(request)
    place = place_for(reader, kind, pk)
    form, year = _year(request)
    figures = insight(reader, place, year)
    return render(
        request,
        "insight/place.html",
        {
            "insight": figures,
            "form": form,
            "places": places(reach(request.user)),
            "chosen": place.value,
            "csv_url": _url(place, year, "insight_place_csv"),
            "xlsx_url": _url(place, year, "insight_place_xlsx"),
        },
    )


def _export(request: HttpRequest, kind: str, pk: int, fmt: str) -> HttpResponse:
    reader = reader_for(request)
    place = place_for(reader, kind, pk)
    _form, year = _year(request)
    figures = insight(reader, place, year)
    return exports.csv_response(figures) if fmt == "csv" else exports.xlsx_response(figures)


@login_required
@require_GET
def place_page(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    return _page(request, kind, pk)


@login_required
@require_GET
def country_page(request: HttpRequest) -> HttpResponse:
    return _page(request, "nederland", 0)


@login_required
@require_GET
def place_csv(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    return _export(request, kind, pk, "csv")


@login_required
@require_GET
def place_xlsx(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    return _export(request, kind, pk, "xlsx")


@login_required
@require_GET
def country_csv(request: HttpRequest) -> HttpResponse:
    return _export(request, "nederland", 0, "csv")


@login_required
@require_GET
def country_xlsx(request: HttpRequest) -> HttpResponse:
    return _export(request, "nederland", 0, "xlsx")
