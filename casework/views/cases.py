from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case as Conditional
from django.db.models import IntegerField, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from casework.forms import CaseForm, CaseSummaryForm, NoteForm
from casework.models import Case, CaseStatus
from casework.selectors import (
    case_collaboration,
    case_for,
    case_list,
    case_list_municipalities,
    case_notes,
    case_partner_people,
    case_status_history,
    case_timeline,
    person_search,
)
from casework.services import case_create, case_note_create, case_update
from casework.views.common import PAGE_SIZE, case_context, current_user
from casework.workflows import CASE_PROCESS
from config.pagination import CappedPaginator
from config.views import form_target
from partners.policy import Action, can, territory
from partners.reading import reader_for
from workflow.forms import TransitionForm
from workflow.services import transition

# The statuses in the order of the process, for sorting by status.
STATUS_ORDER = Conditional(
    *(When(status=code, then=Value(index)) for index, code in enumerate(CaseStatus.values)),
    output_field=IntegerField(),
)

# How the case list can be ordered: the key in the address, its label and the ordering.
SORTS = {
    "nieuw": (gettext_lazy("Nieuwste eerst"), ("-created_at", "-id")),
    "gewijzigd": (gettext_lazy("Laatst gewijzigd eerst"), ("-changed_at", "-id")),
    "nummer": (gettext_lazy("Casusnummer (oplopend)"), ("number",)),
    "-nummer": (gettext_lazy("Casusnummer (aflopend)"), ("-number",)),
    "status": (
        gettext_lazy("Status, in de volgorde van het proces"),
        (STATUS_ORDER, "-created_at", "-id"),
    ),
}


@login_required
def cases(request: HttpRequest) -> HttpResponse:
    """The cases the user may see, filtered by status and the municipalities the user may see,
    sorted by number, status or last change, and searchable by number, title and the names in
    the network."""
    user = current_user(request)
    reader = reader_for(request)
    query = request.GET.get("q", "").strip()[:100]
    status = request.GET.get("status", "")
    sort = request.GET.get("sorteer", "nieuw")
    if sort not in SORTS:
        sort = "nieuw"
    offered = list(case_list_municipalities(user=user).values_list("pk", "name"))
    offered_ids = {pk for pk, _name in offered}
    chosen = [
        int(value)
        for value in request.GET.getlist("gemeente")[:50]
        if value.isascii() and value.isdigit() and int(value) in offered_ids
    ]
    listed = case_list(reader, query=query)
    if status in CaseStatus.values:
        listed = listed.filter(status=status)
    if chosen:
        listed = listed.filter(municipality_id__in=chosen)
    listed = listed.order_by(*SORTS[sort][1])
    page = CappedPaginator(listed, PAGE_SIZE).get_page(request.GET.get("page"))
    persons = list(person_search(reader, query=query)[:10]) if query else []
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "casework/case_list.html",
        {
            "page": page,
            "q": query,
            "status": status,
            "statuses": CaseStatus.choices,
            "chosen": chosen,
            "municipalities": offered,
            "sort": sort,
            "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
            "persons": persons,
            "query": params.urlencode(),
            "may_create": can(user, Action.CREATE, Case),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if not can(user, Action.CREATE, Case):
        raise PermissionDenied
    form = CaseForm(request.POST or None, municipalities=territory(user))
    if request.method == "POST" and form.is_valid():
        try:
            case = case_create(user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Casus %(number)s is aangemaakt. Voeg nu de personen van het netwerk toe.")
                % {"number": case.number},
            )
            return redirect("casework:case_network", pk=case.pk)
    return render(request, "casework/case_form.html", {"form": form})


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The overview tab: summary, course through the process, collaboration and notes."""
    return _overview(request, case_for(reader_for(request), pk))


def _overview(
    request: HttpRequest,
    case: Case,
    summary_form: CaseSummaryForm | None = None,
    transition_form: TransitionForm | None = None,
    note_form: NoteForm | None = None,
    status: int = 200,
) -> HttpResponse:
    reader = reader_for(request)
    context = case_context(reader, case, "casework:case_detail")
    notes = list(case_notes(reader, case)) if context["sees_network"] else []
    may_transition = reader.can(Action.TRANSITION, case) and bool(CASE_PROCESS.targets(case.status))
    return render(
        request,
        "casework/case_detail.html",
        {
            **context,
            "history": case_status_history(reader, case),
            "collaboration": case_collaboration(reader, case),
            "may_change": reader.can(Action.CHANGE, case),
            "summary_form": summary_form,
            "transition_form": transition_form
            or (TransitionForm(workflow=CASE_PROCESS, obj=case) if may_transition else None),
            "notes": notes,
            "may_read_notes": context["sees_network"],
            "note_form": note_form or (NoteForm() if context["may_contribute"] else None),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_summary(request: HttpRequest, pk: int) -> HttpResponse:
    """Inline editing of the summary (an htmx fragment). A save against an older version of
    the case is refused with a conflict message; the user's input stays in the form."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CHANGE)
    initial = {
        "version": case.version,
        "title": case.title,
        "life_areas": case.life_areas,
        "priority": case.priority,
        "escalation_level": case.escalation_level,
        "case_director": case.case_director,
        "process_director": case.process_director,
        "other_municipalities": list(case.other_municipalities.all()),
    }
    form = CaseSummaryForm(
        request.POST or None, people=case_partner_people(reader, case), initial=initial
    )
    editing = request.method == "GET" and request.GET.get("bewerken") == "1"
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        try:
            case_update(case=case, user=user, version=version, **data)
        except ValidationError as error:
            form.add_error(None, error)
            editing = True
        else:
            form = None  # type: ignore[assignment]
            if not request.htmx:  # type: ignore[attr-defined]
                messages.success(request, _("De casus is bijgewerkt."))
                return redirect("casework:case_detail", pk=case.pk)
    elif request.method == "POST":
        editing = True
    if not request.htmx:  # type: ignore[attr-defined]
        if editing:
            return _overview(request, case, summary_form=form)
        return redirect("casework:case_detail", pk=case.pk)
    return render(
        request,
        "casework/_summary.html",
        {"case": case, "summary_form": form if editing else None, "may_change": True},
    )


@login_required
@form_target("casework:case_detail", "pk")
def case_transition_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Moves the case to its next status."""
    user = current_user(request)
    case = case_for(reader_for(request), pk, Action.TRANSITION)
    form = TransitionForm(request.POST, workflow=CASE_PROCESS, obj=case)
    if form.is_valid():
        try:
            change = transition(
                workflow=CASE_PROCESS, obj=case, user=user, **form.service_arguments()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("De casus staat nu op %(status)s.")
                % {"status": CASE_PROCESS.label(change.to_status)},  # type: ignore[attr-defined]
            )
            return redirect("casework:case_detail", pk=case.pk)
    return _overview(request, case, transition_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def case_notes_fragment(request: HttpRequest, pk: int) -> HttpResponse:
    """The notes of a case the user may read (an htmx fragment); POST adds one."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.VIEW_NETWORK)
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
        return _overview(request, case, note_form=form)
    notes = list(case_notes(reader, case))
    return render(
        request,
        "casework/_notes.html",
        {"case": case, "notes": notes, "note_form": form or NoteForm()},
    )


@login_required
def case_timeline_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Everything that happened on the case, newest first."""
    reader = reader_for(request)
    case = case_for(reader, pk)
    return render(
        request,
        "casework/case_timeline.html",
        {
            **case_context(reader, case, "casework:case_timeline"),
            "events": case_timeline(reader, case),
        },
    )
