from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from casework.forms import PartnerJoinForm, PartnerLeaveForm
from casework.models import Case
from casework.selectors import (
    case_collaboration,
    case_for,
    case_participations,
    case_partner_organisations,
)
from casework.services import partner_join_case, partner_leave_case
from casework.views.common import case_context, current_user
from config.views import form_target
from partners.policy import Action, can
from partners.reading import Reader, reader_for


def _partners_context(
    reader: Reader, case: Case, form: PartnerJoinForm | None = None
) -> dict[str, object]:
    may_manage = reader.can(Action.MANAGE_PARTNERS, case)
    if may_manage and form is None:
        form = PartnerJoinForm(taking_part=case_partner_organisations(reader, case))
    return {
        "case": case,
        "participations": case_participations(reader, case),
        "may_manage_partners": may_manage,
        "join_form": form if may_manage else None,
    }


def _page(
    request: HttpRequest, reader: Reader, case: Case, form: PartnerJoinForm | None = None
) -> HttpResponse:
    return render(
        request,
        "casework/case_partners.html",
        {
            **case_context(reader, case, "casework:case_partners"),
            **_partners_context(reader, case, form),
            "collaboration": case_collaboration(reader, case),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_partners(request: HttpRequest, pk: int) -> HttpResponse:
    """The partners tab; with htmx only its fragment. POST lets another partner join."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk)
    form = None
    if request.method == "POST":
        if not reader.can(Action.MANAGE_PARTNERS, case):
            raise PermissionDenied
        form = PartnerJoinForm(request.POST, taking_part=case_partner_organisations(reader, case))
        if form.is_valid():
            try:
                participation = partner_join_case(
                    case=case,
                    organisation=form.cleaned_data["organisation"],
                    decided_by=user,
                    joined_on=form.cleaned_data["joined_on"],
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                form = None
                if not request.htmx:  # type: ignore[attr-defined]
                    # With htmx the fragment itself shows the new partner.
                    messages.success(
                        request,
                        _("%(partner)s neemt nu deel aan de casus.")
                        % {"partner": participation.organisation},
                    )
                    return redirect("casework:case_partners", pk=case.pk)
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "casework/_partners.html", _partners_context(reader, case, form))
    return _page(request, reader, case, form)


@login_required
@form_target("casework:case_partners", "pk")
def case_partner_leave(request: HttpRequest, pk: int, participation_pk: int) -> HttpResponse:
    """Ends a partner's part in the case."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.MANAGE_PARTNERS)
    participation = get_object_or_404(case_participations(reader, case), pk=participation_pk)
    form = PartnerLeaveForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        partner_leave_case(participation=participation, decided_by=user, reason=reason)
    except ValidationError as error:
        problem = " ".join(error.messages)
    else:
        problem = ""
    # Asked again, not from the request's answers: the user's own partner may just have left.
    if request.htmx and can(user, Action.VIEW, case):  # type: ignore[attr-defined]
        context = _partners_context(reader, case)
        return render(request, "casework/_partners.html", {**context, "problem": problem})
    if problem:
        messages.error(request, problem)
    else:
        messages.success(
            request,
            _("%(partner)s neemt niet meer deel aan de casus.")
            % {"partner": participation.organisation},
        )
    if can(user, Action.VIEW, case):
        return redirect("casework:case_partners", pk=case.pk)
    return redirect("casework:cases")
