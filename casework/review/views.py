"""The review pages: "Ter beoordeling" (each seat holder's queue), a plan before the vierhoek
(its PDF read in the browser, the changes since the version last seen, the seats' decisions and
the form to decide), putting a version before the vierhoek, a case's reviews and the
besluitenlijst of a vierhoekoverleg."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from casework.meetings.models import Meeting, MeetingKind
from casework.meetings.views import apply_errors
from casework.plans.selectors import plan_version, plan_versions
from casework.review import documents as review_documents
from casework.review import forms as review_forms
from casework.review.models import Submission, Variant
from casework.review.selectors import (
    case_submissions,
    changes_since,
    current_job,
    decided,
    document_job,
    instrument_decisions,
    listed_for,
    my_seat,
    queue,
    seat_rows,
    submission,
)
from casework.review.services import (
    CLOSED,
    decision_record,
    mayor_instruments,
    opened_record,
    submission_create,
)
from casework.selectors import case_for
from casework.views.common import PAGE_SIZE, case_context, current_user
from config.pagination import CappedPaginator
from config.views import form_target
from documents.responses import document_response
from partners.models import ReadPath, Role
from partners.policy import Action, can, visible
from partners.reading import Reader, reader_for
from workflow.locking import Conflict

TAB = "casework:plan"


@login_required
@require_GET
def queue_page(request: HttpRequest) -> HttpResponse:
    """What awaits the user's decision, nearest deadline first, and what was decided."""
    reader = reader_for(request)
    waiting = list(queue(reader))
    page = CappedPaginator(decided(reader), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "review/queue.html",
        {"waiting": waiting, "page": page, "today": timezone.localdate(), "query": ""},
    )


def _decision_form(
    request: HttpRequest, reader: Reader, item: Submission
) -> review_forms.DecisionForm | None:
    if not reader.can(Action.CONTRIBUTE, item):
        return None
    seat = my_seat(reader, item)
    instruments = mayor_instruments(item) if seat and seat.role == Role.MAYOR else []
    data = request.POST if request.method == "POST" else None
    return review_forms.DecisionForm(data, instruments=instruments, initial={"sha256": item.sha256})


@login_required
@require_http_methods(["GET", "POST"])
def submission_page(request: HttpRequest, pk: int) -> HttpResponse:
    """A plan before the vierhoek: read it, see what changed and who decided what; decide."""
    reader = reader_for(request)
    item = submission(reader, pk)
    form = _decision_form(request, reader, item)
    status = 200
    if request.method == "POST":
        if form is None:
            if item.is_open or my_seat(reader, item) is None:
                raise PermissionDenied
            # Decided or lapsed while the member read it: say so, and show the outcome.
            messages.error(request, CLOSED % {"status": item.get_status_display().lower()})
            return redirect("casework:submission", pk=item.pk)
        if form.is_valid():
            try:
                decision_record(
                    submission=item,
                    user=current_user(request),
                    sha256=form.cleaned_data["sha256"],
                    given=form.decision(),
                )
            except Conflict as conflict:
                apply_errors(form, conflict)
                status = 409
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("Uw besluit is vastgelegd."))
                return redirect("casework:submission", pk=item.pk)
    else:
        opened_record(submission=item, user=current_user(request))
    older, sections = changes_since(reader, item)
    job = document_job(item)
    return render(
        request,
        "review/submission.html",
        {
            "item": item,
            "version": item.plan_version,
            "seat": my_seat(reader, item),
            "rows": seat_rows(item),
            "form": form,
            "older": older,
            "sections": sections,
            "job": job,
            "sees_case": reader.can(Action.VIEW, item.case),
            "today": timezone.localdate(),
        },
        status=status,
    )


@login_required
@require_GET
def submission_pdf(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The plan's PDF in the variant put before the vierhoek, and no other; logged as a PDF
    read of the case, never cached."""
    reader = reader_for(request).via(ReadPath.PDF)
    item = submission(reader, pk)
    if item.variant == Variant.FULL and not reader.can(Action.VIEW_NETWORK, item):
        raise Http404
    job = document_job(item)
    if job is None:
        raise Http404
    suffix = "" if item.variant == Variant.FULL else "-gepseudonimiseerd"
    return document_response(
        job,
        filename=f"plan-van-aanpak-{item.case.number}-v{item.plan_version.number}{suffix}.pdf",
        inline=request.GET.get("bekijken") == "1",
    )


def _meetings_to_put_on(request: HttpRequest) -> object:
    return visible(
        current_user(request),
        Action.CHANGE,
        Meeting.objects.filter(
            kind=MeetingKind.VIERHOEK,
            minutes_confirmed_at__isnull=True,
            ends_at__gt=timezone.now(),
        ),
    ).order_by("starts_at")


@login_required
@require_http_methods(["GET", "POST"])
def submission_new(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """The procesregisseur puts a submitted version before the gezagsvierhoek."""
    reader = reader_for(request)
    user = current_user(request)
    case = case_for(reader, pk)
    # Asked before the version is read: whoever may not put it there reads nothing of it.
    if not (can(user, Action.CREATE, Submission) and reader.can(Action.CHANGE, case)):
        raise PermissionDenied
    version = plan_version(reader, case, number)
    meetings = _meetings_to_put_on(request)
    form = review_forms.SubmissionForm(
        request.POST if request.method == "POST" else None,
        meetings=meetings,  # type: ignore[arg-type]
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made = submission_create(
                user=user,
                version=version,
                meeting=data["meeting"],
                variant=data["variant"],
                reason=data["reason"],
                deadline=data["deadline"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("Versie %(number)s ligt voor bij de gezagsvierhoek.") % {"number": number},
            )
            return redirect("casework:submission", pk=made.pk)
    return render(
        request,
        "review/submission_new.html",
        {
            **case_context(reader, case, TAB),
            "version": version,
            "form": form,
            "vierhoek": case.municipality.vierhoek if case.municipality_id else None,
        },
    )


@login_required
@require_GET
def case_reviews(request: HttpRequest, pk: int) -> HttpResponse:
    """A case's plans before the vierhoek: outcomes, and the changes asked."""
    reader = reader_for(request)
    case = case_for(reader, pk)
    listed = list(case_submissions(reader, case.pk))
    latest = plan_versions(reader, case).first()
    may_put = (
        latest is not None
        and can(current_user(request), Action.CREATE, Submission)
        and reader.can(Action.CHANGE, case)
    )
    return render(
        request,
        "review/case_reviews.html",
        {
            **case_context(reader, case, TAB),
            "submissions": [(item, seat_rows(item)) for item in listed],
            "latest": latest if may_put else None,
        },
    )


@login_required
@require_GET
def intervention_vierhoek(request: HttpRequest, pk: int, intervention_pk: int) -> HttpResponse:
    """The mayor's decisions on a formal instrument of the case, taken in the gezagsvierhoek:
    the link of the instrument's course to the plan versions decided on."""
    reader = reader_for(request)
    case = case_for(reader, pk)
    item, decisions = instrument_decisions(reader, case.pk, intervention_pk)
    return render(
        request,
        "review/intervention_vierhoek.html",
        {
            **case_context(reader, case, "casework:case_interventions"),
            "item": item,
            "decisions": decisions,
        },
    )


def _meeting(pk: int) -> Meeting:
    """The vierhoekoverleg of a besluitenlijst: who may read every plan on it may read its
    date and title (`listed_for` asks that of the policy)."""
    found = Meeting.objects.filter(pk=pk, kind=MeetingKind.VIERHOEK).first()
    if found is None:
        raise Http404
    return found


@login_required
@require_GET
def decision_list(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The besluitenlijst of a vierhoekoverleg: its state, or the PDF when made."""
    download = request.GET.get("download") == "1"
    reader = reader_for(request)
    if download:
        reader = reader.via(ReadPath.PDF)
    meeting = _meeting(pk)
    listed = listed_for(reader, meeting)
    job = current_job(meeting)
    if download:
        if job is None:
            raise Http404
        return document_response(
            job, filename=f"besluitenlijst-{meeting.starts_at:%Y-%m-%d}.pdf", inline=False
        )
    return render(
        request,
        "review/decision_list.html",
        {"meeting": meeting, "job": job, "count": len(listed)},
    )


@login_required
@require_POST
@form_target("casework:decision_list", "pk")
def decision_list_request(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = _meeting(pk)
    review_documents.decision_list_request(reader, meeting)
    messages.success(request, _("De besluitenlijst wordt gemaakt."))
    return redirect("casework:decision_list", pk=meeting.pk)
