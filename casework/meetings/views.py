"""The meeting pages: the list, planning a meeting (or a weekly series), the meeting with its
agenda and the confidentiality statement, an agenda item with the partners' input, the chair's
meeting mode, the invitation as .ics, and "Mijn acties"."""

import datetime
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from casework.meetings import forms as meeting_forms
from casework.meetings.ics import invitation
from casework.meetings.models import AgendaItem, Meeting, MeetingKind
from casework.meetings.selectors import (
    FULL_MINUTES,
    action_for,
    agenda,
    attendance,
    case_by_number,
    chair_choices,
    confirmed,
    content_readable,
    extract_of,
    item_content,
    item_for,
    item_people,
    meeting_for,
    meeting_invited,
    meeting_list,
    minute_taker_choices,
    minutes_items_read,
    minutes_jobs,
    minutes_of,
    minutes_variants,
    my_actions,
    partner_choices,
    statements,
)
from casework.meetings.services import (
    Planning,
    action_add,
    action_close,
    attendance_save,
    decision_record,
    input_add,
    item_add,
    item_invite,
    item_open,
    item_pause,
    meeting_create,
    meeting_update,
    minutes_confirm,
    notes_save,
    screening_outcome_record,
    series_create,
    statement_confirm,
)
from casework.selectors import case_partner_organisations
from casework.views.common import PAGE_SIZE, current_user
from config.pagination import CappedPaginator
from config.views import form_target
from documents.responses import document_response
from partners.models import ReadPath
from partners.policy import Action
from partners.reading import Reader, reader_for
from workflow.locking import Conflict


def apply_errors(form: forms.Form, error: ValidationError) -> None:
    """A service's refusal on the form: on its field where the form has one, else above it."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


# --- The list and planning ------------------------------------------------------------------


@login_required
@require_GET
def meetings(request: HttpRequest) -> HttpResponse:
    """The meetings the user may see: upcoming (or past), searchable by title."""
    reader = reader_for(request)
    query = request.GET.get("q", "").strip()[:100]
    past = request.GET.get("periode") == "voorbij"
    listed = meeting_list(reader, query=query, past=past)
    page = CappedPaginator(listed, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "casework/meetings/meeting_list.html",
        {
            "page": page,
            "q": query,
            "past": past,
            "query": params.urlencode(),
            "may_create": reader.can(Action.CREATE, Meeting),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_new(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if not reader_for(request).can(Action.CREATE, Meeting):
        raise PermissionDenied
    form = meeting_forms.MeetingForm(
        request.POST or None,
        chairs=chair_choices(user),
        takers=minute_taker_choices(user),
        partners=partner_choices(user),
        initial={"kind": MeetingKind.CASE_MEETING, "at": "09:30", "minutes": 90},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        planning = Planning(
            kind=data["kind"],
            title=data["title"],
            place=data["place"],
            online_link=data["online_link"],
            chair=data["chair"],
            minute_taker=data["minute_taker"],
            invited=list(data["invited"]),
        )
        try:
            if data["weekly"]:
                series = series_create(
                    user=user,
                    planning=planning,
                    weekday=data["day"].weekday(),
                    at=data["at"],
                    minutes=data["minutes"],
                    first_on=data["day"],
                    until=data["until"],
                )
                first = series.meetings.order_by("starts_at").first()
                messages.success(
                    request,
                    _("De reeks is gepland: %(n)s overleggen.") % {"n": series.meetings.count()},
                )
                return redirect("casework:meeting", pk=first.pk)  # type: ignore[union-attr]
            starts_at = timezone.make_aware(
                timezone.datetime.combine(data["day"], data["at"])  # type: ignore[attr-defined]
            )
            meeting = meeting_create(
                user=user, planning=planning, starts_at=starts_at, minutes=data["minutes"]
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Het overleg is gepland. Zet nu de casussen op de agenda."))
            return redirect("casework:meeting", pk=meeting.pk)
    return render(request, "casework/meetings/meeting_form.html", {"form": form})


# --- The meeting ----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Another time, place, chair or minute-taker (optimistic locking, as on a case)."""
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    user = current_user(request)
    local = timezone.localtime(meeting.starts_at)
    form = meeting_forms.MeetingEditForm(
        request.POST or None,
        chairs=chair_choices(user),
        takers=minute_taker_choices(user),
        initial={
            "version": meeting.version,
            "title": meeting.title,
            "day": local.date(),
            "at": local.time(),
            "minutes": int((meeting.ends_at - meeting.starts_at).total_seconds() // 60),
            "place": meeting.place,
            "online_link": meeting.online_link,
            "chair": meeting.chair_id,
            "minute_taker": meeting.minute_taker_id,
        },
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                meeting_update(
                    meeting=meeting,
                    user=user,
                    version=data["version"],
                    planning=Planning(
                        kind=meeting.kind,
                        title=data["title"],
                        place=data["place"],
                        online_link=data["online_link"],
                        chair=data["chair"],
                        minute_taker=data["minute_taker"],
                    ),
                    starts_at=timezone.make_aware(
                        datetime.datetime.combine(data["day"], data["at"])
                    ),
                    minutes=data["minutes"],
                )
            except Conflict as conflict:
                apply_errors(form, conflict)
                status = 409
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("Het overleg is gewijzigd."))
                return redirect("casework:meeting", pk=meeting.pk)
    return render(
        request,
        "casework/meetings/meeting_edit.html",
        {"meeting": meeting, "form": form},
        status=status,
    )


def _meeting_context(reader: Reader, meeting: Meeting) -> dict[str, Any]:
    items = agenda(reader, meeting)
    may_change = reader.can(Action.CHANGE, meeting)
    return {
        "meeting": meeting,
        "items": items,
        "confirmed": confirmed(reader, meeting),
        "may_change": may_change,
        "invited": list(meeting_invited(meeting)),
    }


def _page(
    request: HttpRequest,
    reader: Reader,
    meeting: Meeting,
    *,
    item_form: meeting_forms.ItemForm | None = None,
    status: int = 200,
) -> HttpResponse:
    """The meeting page: when and where, the statement, the agenda lines the user may see, the
    minutes the user may read; for its runners also adding cases, attendance and who confirmed
    the statement."""
    context = _meeting_context(reader, meeting)
    minutes = minutes_of(meeting)
    if minutes is not None:
        context["minutes"] = minutes
        jobs = minutes_jobs(minutes)
        names = {row["organisation"]: row["name"] for row in minutes.snapshot["attendance"]}
        context["minutes_documents"] = [
            (
                variant,
                _("Volledige notulen")
                if variant == FULL_MINUTES
                else _("Uittreksel voor %(partner)s")
                % {"partner": names.get(int(variant.removeprefix("partner-")), "")},
                jobs.get(variant),
            )
            for variant in minutes_variants(reader, minutes)
        ]
    context["may_confirm"] = (
        minutes is None and context["confirmed"] and reader.can(Action.TRANSITION, meeting)
    )
    if context["may_change"]:
        context["item_form"] = item_form or meeting_forms.ItemForm(
            partners=partner_choices(current_user(request))
        )
        present = attendance(reader, meeting)
        context["attendance"] = [(o, present.get(o.pk)) for o in context["invited"]]
        context["statements"] = list(statements(reader, meeting))
    return render(request, "casework/meetings/meeting.html", context, status=status)


@login_required
@require_GET
def meeting_page(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    return _page(request, reader, meeting_for(reader, pk))


@login_required
@form_target("casework:meeting", "pk", anchor="verklaring")
def statement_view(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk)
    if request.POST.get("agree") != "ja":
        messages.error(request, _("Bevestig de geheimhoudingsverklaring om verder te gaan."))
    else:
        statement_confirm(meeting=meeting, user=current_user(request))
        messages.success(request, _("U hebt de geheimhoudingsverklaring bevestigd."))
    return redirect("casework:meeting", pk=meeting.pk)


@login_required
@form_target("casework:meeting", "pk", anchor="notulen")
def minutes_confirm_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The chair confirms the minutes; their PDF and the partners' extracts are then made."""
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    try:
        minutes = minutes_confirm(meeting=meeting, user=current_user(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("De notulen zijn vastgesteld (SHA-256 %(sha)s); de PDF's worden gemaakt.")
            % {"sha": minutes.sha256[:12]},
        )
    return redirect(reverse("casework:meeting", kwargs={"pk": meeting.pk}) + "#notulen")


@login_required
@require_GET
def minutes_document(request: HttpRequest, pk: int, variant: str) -> HttpResponseBase:
    """A PDF of the minutes: the variant must be the reader's to read (logged as a PDF read)."""
    reader = reader_for(request).via(ReadPath.PDF)
    meeting = meeting_for(reader, pk)
    minutes = minutes_of(meeting)
    if minutes is None or variant not in minutes_variants(reader, minutes):
        raise Http404
    job = minutes_jobs(minutes).get(variant)
    if job is None:
        raise Http404
    minutes_items_read(reader, extract_of(minutes.snapshot, variant))
    return document_response(
        job,
        filename=f"notulen-{meeting.pk}-{variant}.pdf",
        inline=request.GET.get("bekijken") == "1",
    )


@login_required
@require_GET
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """The invitation for a calendar: when, where, the link; never case content."""
    meeting = meeting_for(reader_for(request), pk)
    link = request.build_absolute_uri(reverse("casework:meeting", kwargs={"pk": meeting.pk}))
    response = HttpResponse(invitation(meeting, link), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="overleg-{meeting.pk}.ics"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@form_target("casework:meeting", "pk", anchor="agenda-toevoegen")
def item_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    user = current_user(request)
    form = meeting_forms.ItemForm(request.POST, partners=partner_choices(user))
    if form.is_valid():
        case = case_by_number(reader, form.cleaned_data["number"])
        if case is None:
            form.add_error("number", _("Geen casus met dit nummer die u mag zien."))
        else:
            try:
                item_add(
                    meeting=meeting, user=user, case=case, invited=form.cleaned_data["invited"]
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("De casus staat op de agenda."))
                return redirect("casework:meeting", pk=meeting.pk)
    return _page(request, reader, meeting, item_form=form, status=400)


@login_required
@form_target("casework:meeting", "pk", anchor="aanwezigheid")
def attendance_view(request: HttpRequest, pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    rows = {
        organisation.pk: (
            request.POST.get(f"aanwezig-{organisation.pk}") == "ja",
            request.POST.get(f"namens-{organisation.pk}", "")[:200],
        )
        for organisation in meeting_invited(meeting)
    }
    try:
        attendance_save(meeting=meeting, user=current_user(request), rows=rows)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De aanwezigheid is opgeslagen."))
    target = request.POST.get("terug")
    if target == "vergadering":
        return redirect(reverse("casework:meeting_mode", kwargs={"pk": meeting.pk}))
    return redirect("casework:meeting", pk=meeting.pk)


# --- An agenda item ------------------------------------------------------------------------


def _item_page(
    request: HttpRequest,
    reader: Reader,
    meeting: Meeting,
    item: AgendaItem,
    *,
    input_form: meeting_forms.InputForm | None = None,
    invite_form: meeting_forms.InviteForm | None = None,
    status: int = 200,
) -> HttpResponse:
    readable = item.pk in content_readable(reader, [item])
    content = item_content(reader, [item]) if readable else None
    may_change = reader.can(Action.CHANGE, meeting)
    may_contribute = readable and reader.can(Action.CONTRIBUTE, item)
    if may_change and invite_form is None:
        invite_form = meeting_forms.InviteForm(
            partners=case_partner_organisations(reader, item.case),
            initial={"invited": [o.pk for o in item.invited.all()]},
        )
    return render(
        request,
        "casework/meetings/item.html",
        {
            "meeting": meeting,
            "item": item,
            "readable": readable,
            "confirmed": confirmed(reader, meeting),
            "inputs": content.inputs[item.pk] if content else [],
            "decisions": content.decisions[item.pk] if content else [],
            "actions": content.actions[item.pk] if content else [],
            "may_change": may_change and not meeting.confirmed,
            "may_contribute": may_contribute and not meeting.confirmed,
            "input_form": input_form or meeting_forms.InputForm(),
            "invite_form": invite_form if may_change else None,
        },
        status=status,
    )


@login_required
@require_GET
def item_page(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk)
    item = item_for(reader, meeting, item_pk)
    return _item_page(request, reader, meeting, item)


@login_required
@form_target("casework:meeting_item", "pk", "item_pk", anchor="inbreng")
def input_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk)
    item = item_for(reader, meeting, item_pk)
    form = meeting_forms.InputForm(request.POST)
    if form.is_valid():
        try:
            input_add(item=item, user=current_user(request), text=form.cleaned_data["text"])
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Uw inbreng is toegevoegd."))
            return redirect("casework:meeting_item", pk=meeting.pk, item_pk=item.pk)
    return _item_page(request, reader, meeting, item, input_form=form, status=400)


@login_required
@form_target("casework:meeting_item", "pk", "item_pk", anchor="uitnodigen")
def invite_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    item = item_for(reader, meeting, item_pk)
    form = meeting_forms.InviteForm(
        request.POST, partners=case_partner_organisations(reader, item.case)
    )
    if form.is_valid():
        try:
            item_invite(item=item, user=current_user(request), invited=form.cleaned_data["invited"])
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("De uitnodigingen voor dit punt zijn bijgewerkt."))
            return redirect("casework:meeting_item", pk=meeting.pk, item_pk=item.pk)
    return _item_page(request, reader, meeting, item, invite_form=form, status=400)


# --- The meeting mode ------------------------------------------------------------------------


def _mode(
    request: HttpRequest,
    reader: Reader,
    meeting: Meeting,
    current: AgendaItem | None,
    forms_given: dict[str, forms.Form] | None = None,
    status: int = 200,
) -> HttpResponse:
    items = agenda(reader, meeting)
    if current is None and items:
        current = items[0]
    readable = content_readable(reader, items) if current is not None else set()
    position = next((n for n, item in enumerate(items) if current and item.pk == current.pk), 0)
    content = (
        item_content(reader, [current], network=True)
        if current is not None and current.pk in readable
        else None
    )
    given = forms_given or {}
    context: dict[str, Any] = {
        "meeting": meeting,
        "items": items,
        "current": current,
        "position": position + 1,
        "previous": items[position - 1] if current and position > 0 else None,
        "next": items[position + 1] if current and position + 1 < len(items) else None,
        "readable": current is not None and current.pk in readable,
        "confirmed": confirmed(reader, meeting),
        "locked": meeting.confirmed,
    }
    if current is not None and content is not None:
        invited = current.invited.all()
        context.update(
            {
                "inputs": content.inputs[current.pk],
                "decisions": content.decisions[current.pk],
                "actions": content.actions[current.pk],
                "persons": content.persons[current.pk],
                "invited_here": list(invited),
                "notes_form": given.get("notes")
                or meeting_forms.NotesForm(
                    initial={
                        "version": current.version,
                        "picture": current.picture,
                        "judgement": current.judgement,
                        "decision_making": current.decision_making,
                    }
                ),
                "decision_form": given.get("decision") or meeting_forms.DecisionForm(),
                "screening_form": given.get("screening") or meeting_forms.ScreeningForm(),
                "action_form": given.get("action")
                or meeting_forms.ActionForm(partners=invited, people=item_people(current)),
                "spent": current.seconds_spent
                + (
                    int((timezone.now() - current.started_at).total_seconds())
                    if current.started_at
                    else 0
                ),
            }
        )
    present = attendance(reader, meeting)
    context["attendance"] = [(o, present.get(o.pk)) for o in meeting_invited(meeting)]
    return render(request, "casework/meetings/meeting_mode.html", context, status=status)


@login_required
@require_GET
def meeting_mode(request: HttpRequest, pk: int) -> HttpResponse:
    """The chair's screen: one agenda item at a time, for a shared screen and the keyboard."""
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    current = None
    chosen = request.GET.get("punt", "")
    if chosen.isascii() and chosen.isdigit():
        current = item_for(reader, meeting, int(chosen))
    return _mode(request, reader, meeting, current)


def _mode_url(meeting: Meeting, item: AgendaItem, anchor: str = "") -> str:
    url = reverse("casework:meeting_mode", kwargs={"pk": meeting.pk})
    return f"{url}?punt={item.pk}" + (f"#{anchor}" if anchor else "")


def _mode_post(request: HttpRequest, pk: int, item_pk: int) -> tuple[Reader, Meeting, AgendaItem]:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    item = item_for(reader, meeting, item_pk, Action.VIEW_CONTENT)
    return reader, meeting, item


@login_required
@form_target("casework:meeting_mode", "pk", anchor="notities")
def notes_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    reader, meeting, item = _mode_post(request, pk, item_pk)
    form = meeting_forms.NotesForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            notes_save(
                item=item,
                user=current_user(request),
                version=data["version"],
                picture=data["picture"],
                judgement=data["judgement"],
                decision_making=data["decision_making"],
            )
        except Conflict as conflict:
            apply_errors(form, conflict)
            return _mode(request, reader, meeting, item, {"notes": form}, status=409)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("De notities zijn opgeslagen."))
            return redirect(_mode_url(meeting, item, "notities"))
    return _mode(request, reader, meeting, item, {"notes": form}, status=400)


def _record(
    request: HttpRequest,
    pk: int,
    item_pk: int,
    *,
    key: str,
    make_form: Callable[[Any, AgendaItem], forms.Form],
    record: Callable[..., Any],
    done: str,
    anchor: str,
) -> HttpResponse:
    """One form of the meeting mode: recorded by its service, or shown again with the
    service's refusal on it, in the meeting mode at the same item."""
    reader, meeting, item = _mode_post(request, pk, item_pk)
    form = make_form(request.POST, item)
    if form.is_valid():
        try:
            record(item=item, user=current_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(_mode_url(meeting, item, anchor))
    return _mode(request, reader, meeting, item, {key: form}, status=400)


@login_required
@form_target("casework:meeting_mode", "pk", anchor="besluiten")
def decision_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _record(
        request,
        pk,
        item_pk,
        key="decision",
        make_form=lambda data, _item: meeting_forms.DecisionForm(data),
        record=decision_record,
        done=_("Het besluit is vastgelegd."),
        anchor="besluiten",
    )


@login_required
@form_target("casework:meeting_mode", "pk", anchor="screening")
def screening_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _record(
        request,
        pk,
        item_pk,
        key="screening",
        make_form=lambda data, _item: meeting_forms.ScreeningForm(data),
        record=screening_outcome_record,
        done=_("De uitkomst is vastgelegd; de status van de casus volgt."),
        anchor="besluiten",
    )


@login_required
@form_target("casework:meeting_mode", "pk", anchor="acties")
def action_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _record(
        request,
        pk,
        item_pk,
        key="action",
        make_form=lambda data, item: meeting_forms.ActionForm(
            data, partners=item.invited.all(), people=item_people(item)
        ),
        record=action_add,
        done=_("De actie is vastgelegd."),
        anchor="acties",
    )


@login_required
@form_target("casework:meeting_mode", "pk", anchor="tijd")
def timer_view(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    reader = reader_for(request)
    meeting = meeting_for(reader, pk, Action.CHANGE)
    item = item_for(reader, meeting, item_pk)
    user = current_user(request)
    try:
        if request.POST.get("tijd") == "stop":
            item_pause(item=item, user=user)
        else:
            item_open(item=item, user=user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_mode_url(meeting, item, "tijd"))


# --- Actions --------------------------------------------------------------------------------


@login_required
@require_GET
def actions_page(request: HttpRequest) -> HttpResponse:
    """ "Mijn acties": open (or all) actions of the user and of their partner."""
    reader = reader_for(request)
    everything = request.GET.get("alle") == "ja"
    listed = my_actions(reader, open_only=not everything)
    page = CappedPaginator(listed, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "casework/meetings/actions.html",
        {
            "page": page,
            "everything": everything,
            "query": params.urlencode(),
            "today": timezone.localdate(),
            "close_form": meeting_forms.CloseActionForm(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def action_close_view(request: HttpRequest, action_pk: int) -> HttpResponse:
    reader = reader_for(request)
    action = action_for(reader, action_pk, Action.CHANGE)
    form = meeting_forms.CloseActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            action_close(action=action, user=current_user(request), **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("De actie is afgerond."))
            return redirect("casework:my_actions")
    return render(
        request,
        "casework/meetings/action_close.html",
        {"action": action, "form": form},
        status=400 if request.method == "POST" else 200,
    )
