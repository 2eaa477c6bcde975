from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from casework.diagram import DrawingUnavailable, network_svg
from casework.forms import LinkedAddressForm, LinkedOrganisationForm, PersonForm, RelationForm
from casework.models import Case, Person
from casework.selectors import (
    case_for,
    case_linked_addresses,
    case_linked_organisations,
    case_partner_organisations,
    case_person,
    case_persons,
    case_relations,
    person_known_elsewhere,
    person_links,
)
from casework.services import (
    linked_address_add,
    linked_organisation_add,
    person_add,
    relation_add,
)
from casework.validators import relation_unchecked
from casework.views.common import case_context, current_user
from config.views import form_target
from partners.policy import Action
from partners.reading import Reader, reader_for


def _network_page(
    request: HttpRequest,
    reader: Reader,
    case: Case,
    *,
    person_form: PersonForm | None = None,
    relation_form: RelationForm | None = None,
    organisation_form: LinkedOrganisationForm | None = None,
    address_form: LinkedAddressForm | None = None,
) -> HttpResponse:
    persons = list(case_persons(reader, case))
    relations = list(case_relations(reader, case))
    organisations = list(case_linked_organisations(reader, case))
    addresses = list(case_linked_addresses(reader, case))
    person_choices = case_persons(reader, case)
    title = _("Familienetwerk van casus %(number)s") % {"number": case.number}
    focus = _focus(request, persons)
    try:
        diagram = network_svg(
            persons,
            relations,
            title=title,
            person_url=lambda person: reverse("casework:person_detail", args=[case.pk, person.pk]),
            focus=focus,
        )
    except DrawingUnavailable:
        diagram = ""
    return render(
        request,
        "casework/case_network.html",
        {
            **case_context(reader, case, "casework:case_network"),
            "persons": persons,
            "relations": relations,
            "organisations": organisations,
            "addresses": addresses,
            "diagram": diagram,
            "focus": focus,
            "focus_from": FOCUS_FROM,
            "person_form": person_form or PersonForm(),
            "relation_form": relation_form
            or RelationForm(
                persons=person_choices,
                sources=case_partner_organisations(reader, case, current=False),
                initial={"source": reader.user.organisation},  # type: ignore[union-attr]
            ),
            "organisation_form": organisation_form
            or LinkedOrganisationForm(persons=person_choices),
            "address_form": address_form or LinkedAddressForm(persons=person_choices),
        },
    )


# From this many persons on, the drawing offers to show one person's branch.
FOCUS_FROM = 8


def _focus(request: HttpRequest, persons: list[Person]) -> Person | None:
    """The person whose branch to draw (`?rond=<id>`), among the persons the reader sees."""
    chosen = request.GET.get("rond", "")
    if not (chosen.isascii() and chosen.isdigit()):
        return None
    return next((person for person in persons if person.pk == int(chosen)), None)


@login_required
def case_network(request: HttpRequest, pk: int) -> HttpResponse:
    """The network tab: the family network drawn, in tables, and forms to add to it."""
    reader = reader_for(request)
    return _network_page(request, reader, case_for(reader, pk, Action.VIEW_NETWORK))


@login_required
@form_target("casework:case_network", "pk", anchor="persoon-toevoegen")
def network_person_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    form = PersonForm(request.POST)
    if form.is_valid():
        try:
            person = person_add(case=case, user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(person)s is toegevoegd.") % {"person": person})
            for contact in person_known_elsewhere(reader, person):
                messages.warning(
                    request,
                    _(
                        "%(person)s is mogelijk bekend in een andere casus. Neem contact op met "
                        "%(name)s (%(organisation)s, %(email)s %(phone)s)."
                    )
                    % {
                        "person": person,
                        "name": contact.name,
                        "organisation": contact.organisation,
                        "email": contact.email,
                        "phone": contact.phone,
                    },
                )
            return redirect("casework:case_network", pk=case.pk)
    return _network_page(request, reader, case, person_form=form)


@login_required
@form_target("casework:case_network", "pk", anchor="relatie-toevoegen")
def network_relation_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    form = RelationForm(
        request.POST,
        persons=case_persons(reader, case),
        sources=case_partner_organisations(reader, case, current=False),
    )
    if form.is_valid():
        try:
            relation = relation_add(case=case, user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Relatie vastgelegd: %(relation)s.") % {"relation": relation}
            )
            unchecked = relation_unchecked(
                relation.kind, relation.from_person.birth_date, relation.to_person.birth_date
            )
            if unchecked:
                messages.warning(request, unchecked)
            return redirect("casework:case_network", pk=case.pk)
    return _network_page(request, reader, case, relation_form=form)


@login_required
@form_target("casework:case_network", "pk")
def network_organisation_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    form = LinkedOrganisationForm(request.POST, persons=case_persons(reader, case))
    if form.is_valid():
        data = dict(form.cleaned_data)
        data["persons"] = list(data["persons"])
        try:
            linked_organisation_add(case=case, user=user, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De organisatie is aan het netwerk gekoppeld."))
            return redirect("casework:case_network", pk=case.pk)
    return _network_page(request, reader, case, organisation_form=form)


@login_required
@form_target("casework:case_network", "pk")
def network_address_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    reader = reader_for(request)
    case = case_for(reader, pk, Action.CONTRIBUTE)
    form = LinkedAddressForm(request.POST, persons=case_persons(reader, case))
    if form.is_valid():
        data = dict(form.cleaned_data)
        data["persons"] = list(data["persons"])
        try:
            linked_address_add(case=case, user=user, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het adres is aan het netwerk gekoppeld."))
            return redirect("casework:case_network", pk=case.pk)
    return _network_page(request, reader, case, address_form=form)


@login_required
def person_detail(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    """One person of the network: facts, relations, links, and whom to ask if the person is
    known in another case."""
    reader = reader_for(request)
    case = case_for(reader, pk, Action.VIEW_NETWORK)
    person = case_person(reader, case, person_pk)
    links = person_links(reader, case, person)
    return render(
        request,
        "casework/person_detail.html",
        {
            **case_context(reader, case, "casework:case_network"),
            "person": person,
            "relations": links.relations,
            "organisations": links.organisations,
            "addresses": links.addresses,
            "known_elsewhere": person_known_elsewhere(reader, person),
            "may_change": reader.can(Action.CHANGE, case),
            "page_title": person.full_name,
        },
    )
