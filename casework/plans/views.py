"""The plan tab of a case: the draft, editing it, submitting it, its versions with their PDF
(progress shown with htmx), downloads and the comparison of two versions."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from casework.models import Case
from casework.plans import forms as plan_forms
from casework.plans.models import Plan, PlanVersion
from casework.plans.presentation import PlanView, compare
from casework.plans.selectors import (
    plan_draft,
    plan_interventions,
    plan_minors,
    plan_version,
    plan_versions,
    variants,
    variants_of,
    version_jobs,
    version_reference,
)
from casework.plans.services import (
    FULL,
    PSEUDONYMISED,
    VARIANTS,
    plan_missing,
    plan_save,
    plan_submit,
    version_document,
)
from casework.selectors import case_for, case_partner_organisations, case_partner_people
from casework.views.common import case_context, current_user
from config.views import form_target
from documents.models import DocumentJob
from documents.responses import document_response
from partners.models import ReadPath
from partners.policy import Action
from partners.reading import Reader, reader_for

TAB = "casework:plan"


def _variant_label(variant: str) -> str:
    return {
        FULL: _("Volledig, met namen"),
        PSEUDONYMISED: _("Gepseudonimiseerd"),
    }[variant]


def _documents(
    reader: Reader, versions: list[PlanVersion]
) -> dict[int, list[tuple[str, str, DocumentJob | None]]]:
    """Per version: (variant, label, job) for each variant the reader may read."""
    jobs = version_jobs(versions)
    allowed = variants_of(reader, [version.pk for version in versions])
    return {
        version.pk: [
            (variant, _variant_label(variant), jobs.get((version.pk, variant)))
            for variant in allowed[version.pk]
        ]
        for version in versions
    }


@login_required
@require_GET
def plan_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft (for the case workers), what it lacks, and the submitted versions."""
    reader = reader_for(request)
    case = case_for(reader, pk)
    plan = plan_draft(reader, case)
    versions = list(plan_versions(reader, case))
    documents = _documents(reader, versions)
    for version in versions:
        version.documents = documents[version.pk]  # type: ignore[attr-defined]
    may_change = plan is not None and reader.can(Action.CHANGE, plan)
    return render(
        request,
        "casework/plans/plan.html",
        {
            **case_context(reader, case, TAB),
            "plan": plan,
            "missing": plan_missing(plan) if plan is not None else [],
            "may_change": may_change,
            "versions": versions,
        },
    )


def _forms(request: HttpRequest, reader: Reader, case: Case, plan: Plan) -> dict[str, Any]:
    partners = case_partner_organisations(reader, case)
    data = request.POST if request.method == "POST" else None
    minors = list(plan_minors(reader, case))
    children = {child.person_id: child for child in plan.children.all()}
    commitments = {c.organisation_id: c for c in plan.commitments.all()}
    partner_list = list(partners)
    form = plan_forms.PlanForm(
        data,
        partners=partners,
        initial={
            "version": plan.version,
            "problem": plan.problem,
            "safety_measures": plan.safety_measures,
            "safety_checked_by": plan.safety_checked_by_id,
            "shield_professionals": plan.shield_professionals,
            "evaluation_on": plan.evaluation_on,
        },
    )
    goals = plan_forms.GoalFormSet(
        data,
        prefix="doelen",
        initial=[{"life_area": g.life_area, "goal": g.goal} for g in plan.goals.all()],
    )
    actions = plan_forms.ActionFormSet(
        data,
        prefix="interventies",
        initial=[
            {
                "case_intervention": a.case_intervention_id,
                "responsible": a.responsible_id,
                "responsible_person": a.responsible_person_id,
                "deadline": a.deadline,
            }
            for a in plan.actions.all()
        ],
        form_kwargs={
            "interventions": plan_interventions(reader, case),
            "partners": partners,
            "people": case_partner_people(reader, case),
        },
    )
    child_forms = plan_forms.ChildFormSet(
        data,
        prefix="kinderen",
        initial=[
            {
                "person": person.pk,
                "safety": children[person.pk].safety if person.pk in children else "",
                "development": (children[person.pk].development if person.pk in children else ""),
                "secured_by": (
                    children[person.pk].secured_by_id if person.pk in children else None
                ),
            }
            for person in minors
        ],
        form_kwargs={
            "minors": plan_minors(reader, case),
            "partners": partners,
        },
    )
    message_forms = plan_forms.MessageFormSet(
        data,
        prefix="communicatie",
        initial=[
            {"by": m.by_id, "audience": m.audience, "what": m.what, "when": m.when}
            for m in plan.messages.all()
        ],
        form_kwargs={"partners": partners},
    )
    commitment_forms = plan_forms.CommitmentFormSet(
        data,
        prefix="inzet",
        initial=[
            {
                "organisation": partner.pk,
                "commitment": commitments[partner.pk].commitment
                if partner.pk in commitments
                else "",
            }
            for partner in partner_list
        ],
        form_kwargs={"partners": partners},
    )
    # Names beside the fixed rows: the minor and the partner each form is about.
    for child_form, person in zip(child_forms.forms, minors, strict=False):
        child_form.subject = person  # type: ignore[attr-defined]
    for commitment_form, partner in zip(commitment_forms.forms, partner_list, strict=False):
        commitment_form.subject = partner  # type: ignore[attr-defined]
    return {
        "form": form,
        "goals": goals,
        "actions": actions,
        "children": child_forms,
        "messages_forms": message_forms,
        "commitments": commitment_forms,
    }


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    case = case_for(reader, pk)
    plan = plan_draft(reader, case)
    if plan is None or not reader.can(Action.CHANGE, plan):
        raise PermissionDenied
    forms = _forms(request, reader, case, plan)
    status = 200
    if request.method == "POST":
        if all(f.is_valid() for f in forms.values()):
            content = plan_forms.plan_content(
                forms["form"],
                forms["goals"],
                forms["actions"],
                forms["children"],
                forms["messages_forms"],
                forms["commitments"],
            )
            try:
                plan_save(
                    plan=plan,
                    user=current_user(request),
                    version=forms["form"].cleaned_data["version"],
                    content=content,
                )
            except ValidationError as error:
                forms["form"].add_error(None, error)
                status = 409 if error.code == "conflict" else 400
            else:
                messages.success(request, _("Het plan is opgeslagen."))
                return redirect("casework:plan", pk=case.pk)
        else:
            status = 400
    return render(
        request,
        "casework/plans/plan_edit.html",
        {**case_context(reader, case, TAB), "plan": plan, **forms},
        status=status,
    )


@login_required
@form_target("casework:plan", "pk")
def plan_submit_view(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    case = case_for(reader, pk)
    plan = plan_draft(reader, case)
    if plan is None or not reader.can(Action.CHANGE, plan):
        raise PermissionDenied
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    try:
        submitted = plan_submit(plan=plan, user=current_user(request), version=version)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("casework:plan", pk=case.pk)
    messages.success(
        request,
        _("Versie %(number)s is ingediend. De PDF wordt gemaakt.") % {"number": submitted.number},
    )
    return redirect("casework:plan_version", pk=case.pk, number=submitted.number)


@login_required
@require_GET
def plan_version_page(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    reader = reader_for(request)
    case = case_for(reader, pk)
    version = plan_version(reader, case, number)
    numbers = list(plan_versions(reader, case).values_list("number", flat=True))
    return render(
        request,
        "casework/plans/plan_version.html",
        {
            **case_context(reader, case, TAB),
            "version": version,
            "view": PlanView(version.snapshot, version.number, version.sha256),
            "documents": _documents(reader, [version])[version.pk],
            "numbers": numbers,
        },
    )


def _variant(reader: Reader, version: PlanVersion, variant: str) -> str:
    if variant not in VARIANTS:
        raise Http404
    if variant not in variants(reader, version):
        raise PermissionDenied
    return variant


@login_required
@require_GET
def plan_document_status(request: HttpRequest, pk: int, number: int, variant: str) -> HttpResponse:
    """The progress of one PDF (polled by htmx while it is being made): the job's state only,
    so the version is asked of the policy without being read or logged each second."""
    reader = reader_for(request)
    version = version_reference(reader, pk, number)
    if variant not in VARIANTS:
        raise Http404
    if variant not in variants_of(reader, [version.pk])[version.pk]:
        raise PermissionDenied
    job = version_jobs([version]).get((version.pk, variant))
    return render(
        request,
        "casework/plans/_document.html",
        {
            "case": {"pk": pk},
            "version": version,
            "variant": variant,
            "label": _variant_label(variant),
            "job": job,
        },
    )


@login_required
@form_target("casework:plan_version", "pk", "number")
def plan_document_request(request: HttpRequest, pk: int, number: int, variant: str) -> HttpResponse:
    """Asks for the PDF again (after it failed, or when it was never made)."""
    reader = reader_for(request)
    case = case_for(reader, pk)
    version = plan_version(reader, case, number)
    _variant(reader, version, variant)
    job = version_document(version=version, variant=variant, user=current_user(request))
    if request.htmx:  # type: ignore[attr-defined]
        return render(
            request,
            "casework/plans/_document.html",
            {
                "case": case,
                "version": version,
                "variant": variant,
                "label": _variant_label(variant),
                "job": job,
            },
        )
    return redirect("casework:plan_version", pk=case.pk, number=number)


@login_required
@require_GET
def plan_document_download(
    request: HttpRequest, pk: int, number: int, variant: str
) -> HttpResponseBase:
    """The PDF, read through the policy and logged as a PDF read of the version."""
    reader = reader_for(request).via(ReadPath.PDF)
    case = case_for(reader, pk)
    version = plan_version(reader, case, number)
    _variant(reader, version, variant)
    job = version_jobs([version]).get((version.pk, variant))
    if job is None:
        raise Http404
    suffix = "" if variant == FULL else "-gepseudonimiseerd"
    return document_response(
        job,
        filename=f"plan-van-aanpak-{case.number}-v{version.number}{suffix}.pdf",
        inline=request.GET.get("bekijken") == "1",
    )


@login_required
@require_GET
def plan_compare(request: HttpRequest, pk: int) -> HttpResponse:
    """Two versions side by side, section by section, what changed marked."""
    reader = reader_for(request)
    case = case_for(reader, pk)
    versions = list(plan_versions(reader, case))
    if len(versions) < 2:
        messages.info(request, _("Er is nog maar één versie; vergelijken kan vanaf twee."))
        return redirect("casework:plan", pk=case.pk)
    by_number = {v.number: v for v in versions}
    try:
        newer = by_number[int(request.GET.get("met", versions[0].number))]
        older = by_number[int(request.GET.get("van", versions[1].number))]
    except (KeyError, ValueError):
        raise Http404 from None
    return render(
        request,
        "casework/plans/plan_compare.html",
        {
            **case_context(reader, case, TAB),
            "older": older,
            "newer": newer,
            "numbers": [v.number for v in versions],
            "sections": compare(
                PlanView(older.snapshot, older.number, older.sha256),
                PlanView(newer.snapshot, newer.number, newer.sha256),
            ),
        },
    )
