"""The interventions tab of a case, and the page of one intervention: weigh, decide, evaluate."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from casework.intervention_forms import AssessmentForm, EvaluationForm, ProposeInterventionForm
from casework.models import Case, CaseIntervention, InterventionStatus
from casework.selectors import (
    case_for,
    case_intervention_detail,
    case_interventions,
    case_linked_addresses,
    case_linked_organisations,
    case_minors,
    case_partner_organisations,
    case_persons,
    intervention_suggestions,
    sees_network,
)
from casework.services.interventions import (
    ASSESSMENT_OPEN,
    assessment_save,
    case_intervention_propose,
    evaluation_record,
)
from casework.views.common import case_context, current_user
from casework.weighing import assessment_missing, views_missing, weighed_against
from casework.workflows import intervention_course
from config.views import form_target
from interventions.models import Intervention, Kind
from partners.policy import Action
from partners.reading import Reader, reader_for
from workflow.forms import TransitionForm
from workflow.services import transition

TAB = "casework:case_interventions"


@login_required
@require_http_methods(["GET", "POST"])
def case_interventions_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The interventions of the case, suggestions to combine, and proposing one (POST)."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk)
    may_contribute = reader.can(Action.CONTRIBUTE, case)
    form = None
    if may_contribute:
        initial: dict[str, Any] = {"responsible": user.organisation}
        chosen = request.GET.get("interventie", "")
        if chosen:
            initial["intervention"] = Intervention.objects.filter(slug=chosen[:80]).first()
        form = ProposeInterventionForm(
            request.POST or None,
            persons=case_persons(reader, case),
            addresses=case_linked_addresses(reader, case),
            businesses=case_linked_organisations(reader, case),
            partners=case_partner_organisations(reader, case),
            initial=initial,
        )
        if request.method == "POST" and form.is_valid():
            try:
                proposal = case_intervention_propose(case=case, user=user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Het voornemen is vastgelegd. Weeg de interventie nu af."),
                )
                return redirect(
                    "casework:case_intervention", pk=case.pk, intervention_pk=proposal.pk
                )
    elif request.method == "POST":
        return HttpResponse(status=403)
    interventions = list(case_interventions(reader, case))
    for item in interventions:
        item.target_labels = [label for label, _url in _target_links(item)]  # type: ignore[attr-defined]
    return render(
        request,
        "casework/case_interventions.html",
        {
            **case_context(reader, case, TAB),
            "interventions": interventions,
            "form": form,
            "suggestions": _suggestions(reader, case) if may_contribute else {},
        },
    )


def _target_links(item: CaseIntervention) -> list[tuple[str, str]]:
    """(label, address of its page or "") for each target the user may see."""
    return [
        *(
            (person.full_name, reverse("casework:person_detail", args=[item.case_id, person.pk]))
            for person in item.target_persons.all()
        ),
        *((address.address, "") for address in item.target_addresses.all()),
        *((business.name, "") for business in item.target_organisations.all()),
    ]


def _suggestions(reader: Reader, case: Case) -> list[tuple[Any, list[Any]]]:
    found = intervention_suggestions(reader, case)
    return [(Kind(kind).label, items) for kind, items in found.items() if items]


def _intervention_or_404(reader: Reader, case: Case, intervention_pk: int) -> CaseIntervention:
    return get_object_or_404(case_intervention_detail(reader, case), pk=intervention_pk)


def _page(
    request: HttpRequest,
    case: Case,
    item: CaseIntervention,
    *,
    assessment_form: AssessmentForm | None = None,
    transition_form: TransitionForm | None = None,
    evaluation_form: EvaluationForm | None = None,
    status: int = 200,
) -> HttpResponse:
    reader = reader_for(request)
    may_contribute = reader.can(Action.CONTRIBUTE, case)
    may_weigh = reader.can(Action.CHANGE, item)
    minors = case_minors(reader, case)
    open_for_weighing = item.status in ASSESSMENT_OPEN
    if may_weigh and open_for_weighing and assessment_form is None:
        assessment_form = AssessmentForm(
            case_intervention=item, initial={**_initial(item), "version": item.version}
        )
    course = intervention_course(item)
    if may_contribute and transition_form is None and course.targets(item.status):
        transition_form = TransitionForm(workflow=course, obj=item)
    may_evaluate = item.status in (InterventionStatus.CARRIED_OUT, InterventionStatus.WITHDRAWN)
    if may_contribute and may_evaluate and evaluation_form is None:
        evaluation_form = EvaluationForm(initial={"version": item.version})
    return render(
        request,
        "casework/case_intervention.html",
        {
            **case_context(reader, case, TAB),
            "page_title": item.intervention.name,
            "item": item,
            "assessment": getattr(item, "assessment", None),
            "evaluation": getattr(item, "evaluation", None),
            "missing": assessment_missing(item),
            "views_missing": views_missing(item)
            if item.status == InterventionStatus.INTENTION
            else [],
            "weighed": weighed_against(item),
            "minors": minors,
            "targets": _target_links(item),
            "may_see_network": sees_network(reader, case),
            "assessment_form": assessment_form if may_weigh else None,
            "transition_form": transition_form if may_contribute else None,
            "evaluation_form": evaluation_form if may_contribute else None,
        },
        status=status,
    )


def _initial(item: CaseIntervention) -> dict[str, Any]:
    assessment = getattr(item, "assessment", None)
    if assessment is None:
        return {}
    fields = [
        "legal_basis_present",
        "proportionality",
        "subsidiarity",
        "desirability",
        "human_measure",
        "safety_risk",
        "safety_measures",
        "motivation",
        "views_skip_reason",
    ]
    initial: dict[str, Any] = {field: getattr(assessment, field) for field in fields}
    initial["lighter_considered"] = list(assessment.lighter_considered.all())
    return initial


@login_required
def case_intervention_view(request: HttpRequest, pk: int, intervention_pk: int) -> HttpResponse:
    reader = reader_for(request)
    case = case_for(reader, pk)
    return _page(request, case, _intervention_or_404(reader, case, intervention_pk))


@login_required
@form_target("casework:case_intervention", "pk", "intervention_pk")
def case_intervention_assess(request: HttpRequest, pk: int, intervention_pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    item = _intervention_or_404(reader, case, intervention_pk)
    if not reader.can(Action.CHANGE, item):
        raise PermissionDenied
    form = AssessmentForm(request.POST, case_intervention=item)
    if form.is_valid():
        try:
            assessment_save(case_intervention=item, user=user, **form.service_arguments())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            missing = assessment_missing(item)
            messages.success(
                request,
                _("De afweging is opgeslagen en volledig.")
                if not missing
                else _("De afweging is opgeslagen. Er ontbreekt nog iets voor een besluit."),
            )
            return redirect("casework:case_intervention", pk=case.pk, intervention_pk=item.pk)
    return _page(request, case, item, assessment_form=form, status=400)


@login_required
@form_target("casework:case_intervention", "pk", "intervention_pk")
def case_intervention_transition_view(
    request: HttpRequest, pk: int, intervention_pk: int
) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    item = _intervention_or_404(reader, case, intervention_pk)
    course = intervention_course(item)
    form = TransitionForm(request.POST, workflow=course, obj=item)
    if form.is_valid():
        try:
            change = transition(workflow=course, obj=item, user=user, **form.service_arguments())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("De interventie staat nu op: %(status)s.")
                % {"status": course.label(change.to_status)},  # type: ignore[attr-defined]
            )
            return redirect("casework:case_intervention", pk=case.pk, intervention_pk=item.pk)
    return _page(request, case, item, transition_form=form, status=400)


@login_required
@form_target("casework:case_intervention", "pk", "intervention_pk")
def case_intervention_evaluate(request: HttpRequest, pk: int, intervention_pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    item = _intervention_or_404(reader, case, intervention_pk)
    form = EvaluationForm(request.POST)
    if form.is_valid():
        try:
            evaluation_record(case_intervention=item, user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De evaluatie is vastgelegd. Dank: zo leren we wat werkt."))
            return redirect("casework:case_intervention", pk=case.pk, intervention_pk=item.pk)
    return _page(request, case, item, evaluation_form=form, status=400)
