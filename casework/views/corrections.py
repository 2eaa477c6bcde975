"""Correcting a family network in the browser: change, end, remove and merge.

Each correction has one address that answers GET (the form, or the confirmation that says what
goes with it) and POST (the correction). Opened from the network or a person's page with htmx,
the form appears inline; without JavaScript it is a page of its own. A form error is shown on
the same address, so reloading it or switching the language shows the form again.
"""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from casework.correction_forms import (
    LinkedAddressEditForm,
    LinkedOrganisationEditForm,
    MergeForm,
    PersonEditForm,
    RelationEditForm,
    RelationEndForm,
    RemoveForm,
)
from casework.models import Case, LinkedAddress, LinkedOrganisation
from casework.selectors import (
    case_for,
    case_linked_address,
    case_linked_organisation,
    case_partner_organisations,
    case_person,
    case_persons,
    case_relation,
    person_links,
)
from casework.services import (
    link_remove,
    linked_address_update,
    linked_organisation_update,
    person_merge,
    person_remove,
    person_update,
    relation_end,
    relation_remove,
    relation_update,
)
from casework.validators import relation_unchecked
from casework.views.common import case_context, current_user
from partners.policy import Action
from partners.reading import Reader, reader_for

# The end form shares the relation's page with the edit form: its fields get their own names.
END_PREFIX = "einde"
# Inline on the network page, the edit form's fields need ids of their own beside "Relatie
# toevoegen" (their names stay).
EDIT_IDS = "wijzig-%s"


def _done(request: HttpRequest, url: str, message: str) -> HttpResponse:
    messages.success(request, message)
    if request.htmx:  # type: ignore[attr-defined]
        return HttpResponseClientRedirect(url)
    return redirect(url)


def _attempt(form: forms.Form, run: Callable[[], Any]) -> bool:
    """Runs the correction; a refusal lands in the form (field errors on their field)."""
    try:
        run()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return False
    return True


def _page(
    request: HttpRequest,
    reader: Reader,
    case: Case,
    *,
    title: str,
    form: forms.Form,
    action: str,
    submit: str,
    back: str,
    danger: bool = False,
    consequences: list[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    context = {
        "title": title,
        "form": form,
        "action": action,
        "submit": submit,
        "back": back,
        "danger": danger,
        "consequences": consequences,
        **(extra or {}),
    }
    if request.htmx:  # type: ignore[attr-defined]
        # Inline in a section of a page (opened from a link there), or in its own page whose
        # form was sent with htmx: the heading keeps its level.
        inline = request.method == "GET" or request.POST.get("inline") == "1"
        return render(request, "casework/_correction_form.html", {**context, "inline": inline})
    return render(
        request,
        "casework/correction_page.html",
        {**case_context(reader, case, "casework:case_network"), **context},
    )


def _post(request: HttpRequest) -> Any:
    return request.POST if request.method == "POST" else None


# --- Persons ---------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    person = case_person(reader, case, person_pk)
    fields = ("first_name", "last_name", "birth_date", "alias", "bsn", "address", "roles")
    form = PersonEditForm(
        _post(request),
        initial={"version": person.version, **{f: getattr(person, f) for f in fields}},
    )
    back = reverse("casework:person_detail", args=[case.pk, person.pk])
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version, reason = data.pop("version"), data.pop("reason")
        if _attempt(
            form,
            lambda: person_update(person=person, user=user, version=version, reason=reason, **data),
        ):
            return _done(
                request,
                back,
                _("De gegevens van %(person)s zijn gecorrigeerd.") % {"person": person},
            )
    return _page(
        request,
        reader,
        case,
        title=_("Gegevens van %(person)s corrigeren") % {"person": person},
        form=form,
        action=request.path,
        submit=_("Correctie opslaan"),
        back=back,
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_remove_view(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    """Asks to confirm, naming the relations that go with the person; then removes."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CHANGE)
    person = case_person(reader, case, person_pk)
    form = RemoveForm(_post(request), initial={"version": person.version})
    network = reverse("casework:case_network", args=[case.pk])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if _attempt(
            form,
            lambda: person_remove(
                person=person, user=user, version=data["version"], reason=data["reason"]
            ),
        ):
            return _done(
                request,
                network,
                _("%(person)s is uit het netwerk verwijderd.") % {"person": person},
            )
    links = person_links(reader, case, person)
    consequences = [
        _(
            "De gegevens van %(person)s worden verwijderd; de tijdlijn noemt alleen de "
            "initialen, met de reden."
        )
        % {"person": person}
    ]
    consequences += [
        _("De relatie “%(relation)s” vervalt.") % {"relation": relation}
        for relation in links.relations
    ] + [
        _("De koppeling met %(link)s vervalt.") % {"link": link}
        for link in [*links.organisations, *links.addresses]
    ]
    return _page(
        request,
        reader,
        case,
        title=_("%(person)s uit het netwerk verwijderen") % {"person": person},
        form=form,
        action=request.path,
        submit=_("Definitief verwijderen"),
        back=reverse("casework:person_detail", args=[case.pk, person.pk]),
        danger=True,
        consequences=consequences,
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_merge_view(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CHANGE)
    person = case_person(reader, case, person_pk)
    form = MergeForm(
        _post(request),
        others=case_persons(reader, case).exclude(pk=person.pk),
        initial={"version": person.version},
    )
    back = reverse("casework:person_detail", args=[case.pk, person.pk])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        other = data["other"]
        if _attempt(
            form,
            lambda: person_merge(
                keep=person,
                other=other,
                user=user,
                keep_version=data["version"],
                other_version=other.version,
                reason=data["reason"],
            ),
        ):
            return _done(
                request,
                back,
                _("De registraties zijn samengevoegd tot %(person)s.") % {"person": person},
            )
    return _page(
        request,
        reader,
        case,
        title=_("%(person)s samenvoegen met een andere registratie") % {"person": person},
        form=form,
        action=request.path,
        submit=_("Samenvoegen"),
        back=back,
        danger=True,
        consequences=[
            _(
                "%(person)s blijft; gegevens die alleen de andere registratie heeft, worden "
                "aangevuld. Verschillen geboortedatum of BSN, dan corrigeert u eerst één van "
                "beide."
            )
            % {"person": person}
        ],
    )


# --- Relations -------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def relation_edit(request: HttpRequest, pk: int, relation_pk: int) -> HttpResponse:
    """Corrects a relation; the page also offers to end it and (to whoever may) remove it."""
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    relation = case_relation(reader, case, relation_pk)
    fields = ("kind", "source", "valid_from", "valid_to")
    form = RelationEditForm(
        _post(request),
        auto_id=EDIT_IDS,
        sources=case_partner_organisations(reader, case, current=False),
        initial={"version": relation.version, **{f: getattr(relation, f) for f in fields}},
    )
    network = reverse("casework:case_network", args=[case.pk])
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version, reason = data.pop("version"), data.pop("reason")
        if _attempt(
            form,
            lambda: relation_update(
                relation=relation, user=user, version=version, reason=reason, **data
            ),
        ):
            response = _done(request, network, _("De relatie is gecorrigeerd."))
            warning = relation_unchecked(
                relation.kind, relation.from_person.birth_date, relation.to_person.birth_date
            )
            if warning:
                messages.warning(request, warning)
            return response
    return _relation_page(request, reader, case, relation, edit_form=form)


def _relation_page(
    request: HttpRequest,
    reader: Reader,
    case: Case,
    relation: Any,
    *,
    edit_form: forms.Form | None = None,
    end_form: forms.Form | None = None,
) -> HttpResponse:
    edit_form = edit_form or RelationEditForm(
        auto_id=EDIT_IDS,
        sources=case_partner_organisations(reader, case, current=False),
        initial={
            "version": relation.version,
            "kind": relation.kind,
            "source": relation.source,
            "valid_from": relation.valid_from,
            "valid_to": relation.valid_to,
        },
    )
    end_form = end_form or (
        RelationEndForm(initial={"version": relation.version}, prefix=END_PREFIX)
        if relation.valid_to is None
        else None
    )
    context = {
        "case": case,
        "relation": relation,
        "form": edit_form,
        "end_form": end_form,
        "may_remove": reader.can(Action.CHANGE, case),
    }
    if request.htmx and request.method == "GET":  # type: ignore[attr-defined]
        # Opened from the network's table: inline; its forms post as pages of their own.
        return render(request, "casework/_relation_forms.html", {**context, "inline": True})
    return render(
        request,
        "casework/relation_edit.html",
        {**case_context(reader, case, "casework:case_network"), **context},
    )


@login_required
@require_http_methods(["GET", "POST"])
def relation_end_view(request: HttpRequest, pk: int, relation_pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    relation = case_relation(reader, case, relation_pk)
    if request.method == "GET":
        return redirect("casework:relation_edit", pk=case.pk, relation_pk=relation.pk)
    form = RelationEndForm(request.POST, prefix=END_PREFIX)
    if form.is_valid():
        data = form.cleaned_data
        if _attempt(
            form,
            lambda: relation_end(
                relation=relation,
                user=user,
                version=data["version"],
                reason=data["reason"],
                ended_on=data["ended_on"],
            ),
        ):
            return _done(
                request,
                reverse("casework:case_network", args=[case.pk]),
                _("De relatie “%(relation)s” is beëindigd.") % {"relation": relation},
            )
    return _relation_page(request, reader, case, relation, end_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def relation_remove_view(request: HttpRequest, pk: int, relation_pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CHANGE)
    relation = case_relation(reader, case, relation_pk)
    form = RemoveForm(_post(request), initial={"version": relation.version})
    network = reverse("casework:case_network", args=[case.pk])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if _attempt(
            form,
            lambda: relation_remove(
                relation=relation, user=user, version=data["version"], reason=data["reason"]
            ),
        ):
            return _done(request, network, _("De relatie is verwijderd."))
    return _page(
        request,
        reader,
        case,
        title=_("Relatie verwijderen"),
        form=form,
        action=request.path,
        submit=_("Definitief verwijderen"),
        back=reverse("casework:relation_edit", args=[case.pk, relation.pk]),
        danger=True,
        consequences=[
            _(
                "“%(relation)s” wordt verwijderd, alsof zij nooit is vastgelegd. Was de relatie "
                "er wel maar is zij voorbij, beëindig haar dan."
            )
            % {"relation": relation}
        ],
    )


# --- Linked businesses and addresses ---------------------------------------------------------


def _link_edit(
    request: HttpRequest, pk: int, item_pk: int, *, kind: type[LinkedOrganisation | LinkedAddress]
) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    persons = case_persons(reader, case)
    network = reverse("casework:case_network", args=[case.pk])
    if kind is LinkedOrganisation:
        link: Any = case_linked_organisation(reader, case, item_pk)
        fields: tuple[str, ...] = ("name", "kvk_number", "description")
        form: forms.Form = LinkedOrganisationEditForm(
            _post(request),
            persons=persons,
            initial={
                "version": link.version,
                "persons": list(link.persons.all()),
                **{f: getattr(link, f) for f in fields},
            },
        )
        title = _("Organisatie %(name)s corrigeren") % {"name": link}
    else:
        link = case_linked_address(reader, case, item_pk)
        fields = ("address", "description")
        form = LinkedAddressEditForm(
            _post(request),
            persons=persons,
            initial={
                "version": link.version,
                "persons": list(link.persons.all()),
                **{f: getattr(link, f) for f in fields},
            },
        )
        title = _("Adres %(name)s corrigeren") % {"name": link}
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version, reason = data.pop("version"), data.pop("reason")
        data["persons"] = list(data["persons"])
        if kind is LinkedOrganisation:

            def run() -> Any:
                return linked_organisation_update(
                    link=link, user=user, version=version, reason=reason, **data
                )

        else:

            def run() -> Any:
                return linked_address_update(
                    link=link, user=user, version=version, reason=reason, **data
                )

        if _attempt(form, run):
            return _done(request, network, _("%(name)s is gecorrigeerd.") % {"name": link})
    remove_name = (
        "casework:linked_organisation_remove"
        if kind is LinkedOrganisation
        else "casework:linked_address_remove"
    )
    return _page(
        request,
        reader,
        case,
        title=title,
        form=form,
        action=request.path,
        submit=_("Correctie opslaan"),
        back=network,
        extra={
            "remove_url": reverse(remove_name, args=[case.pk, link.pk])
            if reader.can(Action.CHANGE, case)
            else None
        },
    )


def _link_remove(
    request: HttpRequest, pk: int, item_pk: int, *, kind: type[LinkedOrganisation | LinkedAddress]
) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CHANGE)
    link: Any = (
        case_linked_organisation(reader, case, item_pk)
        if kind is LinkedOrganisation
        else case_linked_address(reader, case, item_pk)
    )
    form = RemoveForm(_post(request), initial={"version": link.version})
    network = reverse("casework:case_network", args=[case.pk])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if _attempt(
            form,
            lambda: link_remove(
                link=link, user=user, version=data["version"], reason=data["reason"]
            ),
        ):
            return _done(
                request, network, _("%(name)s is uit het netwerk verwijderd.") % {"name": link}
            )
    return _page(
        request,
        reader,
        case,
        title=_("%(name)s uit het netwerk verwijderen") % {"name": link},
        form=form,
        action=request.path,
        submit=_("Definitief verwijderen"),
        back=network,
        danger=True,
        consequences=[
            _("De koppeling met %(persons)s vervalt.")
            % {"persons": ", ".join(p.full_name for p in link.persons.all()) or "—"}
        ],
    )


@login_required
@require_http_methods(["GET", "POST"])
def linked_organisation_edit(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _link_edit(request, pk, item_pk, kind=LinkedOrganisation)


@login_required
@require_http_methods(["GET", "POST"])
def linked_address_edit(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _link_edit(request, pk, item_pk, kind=LinkedAddress)


@login_required
@require_http_methods(["GET", "POST"])
def linked_organisation_remove(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _link_remove(request, pk, item_pk, kind=LinkedOrganisation)


@login_required
@require_http_methods(["GET", "POST"])
def linked_address_remove(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    return _link_remove(request, pk, item_pk, kind=LinkedAddress)
