from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from casework.forms import CaseForm, NoteForm, PartnerJoinForm, PartnerLeaveForm
from casework.models import Case, CaseParticipation
from casework.selectors import (
    case_domain_join_dates,
    case_list,
    case_notes,
    case_participations,
)
from casework.services import (
    case_create,
    case_note_create,
    partner_join_case,
    partner_leave_case,
)
from partners.models import Domain, ReadPath, User
from partners.policy import Action, can, visible
from partners.services import access_log_record

PAGE_SIZE = 25


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _case_or_404(user: User, pk: int, action: Action = Action.VIEW) -> Case:
    """The case, if the user may perform `action` on it; otherwise 404, so that the existence
    of a case is not given away to whoever guesses its number."""
    return get_object_or_404(
        visible(user, action, Case.objects.select_related("municipality", "created_by")), pk=pk
    )


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """ "Mijn werk": the start page, with the newest cases the user works on."""
    user = _user(request)
    cases = list(case_list(user=user)[:5])
    access_log_record(
        user=user,
        read_path=ReadPath.PAGE,
        entries=[(case, case) for case in cases],
        path=request.get_full_path(),
    )
    return render(request, "casework/home.html", {"cases": cases})


@login_required
def cases(request: HttpRequest) -> HttpResponse:
    """The cases the user may see, searchable by number and title."""
    user = _user(request)
    query = request.GET.get("q", "").strip()[:100]
    page = Paginator(case_list(user=user, query=query), PAGE_SIZE).get_page(request.GET.get("page"))
    access_log_record(
        user=user,
        read_path=ReadPath.SEARCH if query else ReadPath.PAGE,
        entries=[(case, case) for case in page.object_list],
        path=request.get_full_path(),
    )
    return render(
        request,
        "casework/case_list.html",
        {
            "page": page,
            "q": query,
            "query": f"q={query}" if query else "",
            "may_create": can(user, Action.CREATE, Case),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not can(user, Action.CREATE, Case):
        raise PermissionDenied
    form = CaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case = case_create(user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Casus %(number)s is aangemaakt.") % {"number": case.number}
            )
            return redirect("casework:case_detail", pk=case.pk)
    return render(request, "casework/case_form.html", {"form": form})


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The case page: its summary, its partners and the notes the user may read."""
    user = _user(request)
    return _case_page(request, user, _case_or_404(user, pk))


def _case_page(
    request: HttpRequest,
    user: User,
    case: Case,
    partners_form: PartnerJoinForm | None = None,
    notes_form: NoteForm | None = None,
) -> HttpResponse:
    notes = list(case_notes(user=user, case=case)) if can(user, Action.ADD_NOTE, case) else []
    access_log_record(
        user=user,
        read_path=ReadPath.PAGE,
        entries=[(case, case), *((note, case) for note in notes)],
        path=request.get_full_path(),
    )
    return render(
        request,
        "casework/case_detail.html",
        {
            "case": case,
            **_partners_context(user, case, partners_form),
            **_notes_context(user, case, notes, notes_form),
        },
    )


def _partners_context(user: User, case: Case, form: PartnerJoinForm | None = None) -> dict:
    may_manage = can(user, Action.MANAGE_PARTNERS, case)
    domain_dates = case_domain_join_dates(user=user, case=case)
    domains = {domain.pk: domain for domain in Domain.objects.filter(pk__in=domain_dates)}
    return {
        "case": case,
        "participations": case_participations(user=user, case=case),
        "may_manage_partners": may_manage,
        "join_form": (form or PartnerJoinForm(case=case)) if may_manage else None,
        "domain_join_dates": sorted(
            ((domains[pk], day) for pk, day in domain_dates.items()), key=lambda pair: pair[1]
        ),
    }


def _notes_context(
    user: User, case: Case, notes: list | QuerySet, form: NoteForm | None = None
) -> dict:
    may_write = can(user, Action.ADD_NOTE, case)
    return {
        "case": case,
        "notes": notes,
        "may_read_notes": may_write,
        "note_form": (form or NoteForm()) if may_write else None,
    }


@login_required
@require_http_methods(["GET", "POST"])
def case_partners(request: HttpRequest, pk: int) -> HttpResponse:
    """The partners of a case (an htmx fragment); POST lets another partner join."""
    user = _user(request)
    case = _case_or_404(user, pk)
    form = None
    if request.method == "POST":
        if not can(user, Action.MANAGE_PARTNERS, case):
            raise PermissionDenied
        form = PartnerJoinForm(request.POST, case=case)
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
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "casework/_partners.html", _partners_context(user, case, form))
    if form is None:
        return redirect("casework:case_detail", pk=case.pk)
    return _case_page(request, user, case, partners_form=form)


@login_required
@require_POST
def case_partner_leave(request: HttpRequest, pk: int, participation_pk: int) -> HttpResponse:
    """Ends a partner's part in the case."""
    user = _user(request)
    case = _case_or_404(user, pk, Action.MANAGE_PARTNERS)
    participation = get_object_or_404(
        CaseParticipation.objects.select_related("organisation__group", "case"),
        pk=participation_pk,
        case=case,
    )
    form = PartnerLeaveForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        partner_leave_case(participation=participation, decided_by=user, reason=reason)
    except ValidationError as error:
        problem = " ".join(error.messages)
    else:
        problem = ""
    if request.htmx and can(user, Action.VIEW, case):  # type: ignore[attr-defined]
        context = _partners_context(user, case)
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
        return redirect("casework:case_detail", pk=case.pk)
    return redirect("casework:cases")


@login_required
@require_http_methods(["GET", "POST"])
def case_notes_fragment(request: HttpRequest, pk: int) -> HttpResponse:
    """The notes of a case the user may read (an htmx fragment); POST adds one."""
    user = _user(request)
    case = _case_or_404(user, pk, Action.ADD_NOTE)
    form = None
    if request.method == "POST":
        form = NoteForm(request.POST)
        if form.is_valid():
            try:
                case_note_create(
                    case=case,
                    author=user,
                    text=form.cleaned_data["text"],
                    restricted_to=list(form.cleaned_data["restricted_to"]),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                form = None
    if not request.htmx:  # type: ignore[attr-defined]
        if form is None:
            if request.method == "POST":
                messages.success(request, _("De notitie is opgeslagen."))
            return redirect("casework:case_detail", pk=case.pk)
        return _case_page(request, user, case, notes_form=form)
    notes = list(case_notes(user=user, case=case))
    access_log_record(
        user=user,
        read_path=ReadPath.FRAGMENT,
        entries=[(note, case) for note in notes],
        path=request.get_full_path(),
    )
    return render(request, "casework/_notes.html", _notes_context(user, case, notes, form))
