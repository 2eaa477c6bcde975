"""The proeftuin's pages: the register of pilots, a new pilot, a pilot with its comparison and
the cases one may see of it, taking a case into it, and the pseudonymised export."""

import csv
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from casework.insight.forms import EnrolmentForm, PilotForm
from casework.insight.models import Enrolment, Pilot
from casework.insight.permissions import reach
from casework.insight.selectors.pilots import (
    case_to_enrol,
    comparison_rows,
    enrolled_count,
    enrolments,
    pilot_for,
    pilots,
    research_records,
)
from casework.insight.services import enrolment_add, pilot_create, pilot_fields, pilot_update
from casework.meetings.views import apply_errors
from casework.views.common import PAGE_SIZE, current_user
from config.pagination import CappedPaginator
from config.spreadsheets import safe_cell
from partners.policy import Action, can, may_some
from partners.reading import reader_for


@login_required
@require_GET
def pilot_list(request: HttpRequest) -> HttpResponse:
    reader = reader_for(request)
    if not may_some(request.user, Action.VIEW, Pilot):
        raise PermissionDenied
    page = CappedPaginator(pilots(reader), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "insight/pilots.html",
        {"page": page, "may_create": can(request.user, Action.CREATE, Pilot), "query": ""},
    )


@login_required
@require_http_methods(["GET", "POST"])
def pilot_new(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if not can(user, Action.CREATE, Pilot):
        raise PermissionDenied
    form = PilotForm(request.POST or None, municipalities=reach(user).municipalities)
    if request.method == "POST" and form.is_valid():
        try:
            pilot = pilot_create(user=user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("De pilot staat in de proeftuin."))
            return redirect("casework:pilot", pk=pilot.pk)
    return render(
        request, "insight/pilot_new.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def pilot_edit(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    user = current_user(request)
    pilot = pilot_for(reader, pk, Action.CHANGE)
    initial = pilot_fields(pilot)
    form = PilotForm(
        request.POST or None, initial=initial, municipalities=reach(user).municipalities
    )
    if request.method == "POST" and form.is_valid():
        try:
            pilot_update(user=user, pilot=pilot, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("De pilot is gewijzigd. De vergelijking volgt binnen een minuut.")
            )
            return redirect("casework:pilot", pk=pilot.pk)
    return render(
        request,
        "insight/pilot_new.html",
        {"form": form, "pilot": pilot},
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def pilot_page(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    pilot = pilot_for(reader, pk)
    return _pilot(
        request, pilot, EnrolmentForm() if can(request.user, Action.CREATE, Enrolment) else None
    )


def _pilot(
    request: HttpRequest, pilot: Pilot, form: EnrolmentForm | None, status: int = 200
) -> HttpResponse:
    reader = reader_for(request)
    page = CappedPaginator(enrolments(reader, pilot), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "insight/pilot.html",
        {
            "pilot": pilot,
            "comparison": pilot.comparison,
            "rows": comparison_rows(pilot.comparison),
            "enrolled": enrolled_count(pilot),
            "page": page,
            "form": form,
            "may_export": reader.can(Action.VIEW_CONTENT, pilot),
            "may_change": reader.can(Action.CHANGE, pilot),
            "query": "",
        },
        status=status,
    )


@login_required
@require_POST
def pilot_enrol(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    user = current_user(request)
    pilot = pilot_for(reader, pk)
    if not can(user, Action.CREATE, Enrolment):
        raise PermissionDenied
    form = EnrolmentForm(request.POST)
    if form.is_valid():
        case = case_to_enrol(reader, number=form.cleaned_data["number"])
        if case is None:
            form.add_error("number", _("U kunt geen casus met dit nummer opnemen."))
        else:
            try:
                enrolment_add(user=user, pilot=pilot, case=case, reason=form.cleaned_data["reason"])
            except ValidationError as error:
                for name, errors in error.message_dict.items():
                    form.add_error("number" if name == "case" else name, errors)
            else:
                messages.success(
                    request,
                    _(
                        "Casus %(number)s doet mee aan de pilot. De vergelijking volgt binnen "
                        "een minuut."
                    )
                    % {"number": case.number},
                )
                return redirect("casework:pilot", pk=pilot.pk)
    return _pilot(request, pilot, form, status=400)


@login_required
@require_GET
def pilot_export(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    pilot = pilot_for(reader, pk, Action.VIEW_CONTENT)
    buffer = io.StringIO()
    writer = None
    for record in research_records(reader, pilot):
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(record), delimiter=";")
            writer.writeheader()
        writer.writerow({key: safe_cell(str(value)) for key, value in record.items()})
    if writer is None:
        buffer.write(_("Nog geen casussen in deze vergelijking.") + "\n")
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="proeftuin-{pilot.pk}.csv"'
    response["Cache-Control"] = "no-store"
    return response
