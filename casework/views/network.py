from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from casework.diagram import network_svg
from casework.forms import LinkedAddressForm, LinkedOrganisationForm, PersonForm, RelationForm
from casework.models import Case, Person
from casework.selectors import (
    case_linked_addresses,
    case_linked_organisations,
    case_persons,
    case_relations,
)
from casework.services import (
    linked_address_add,
    linked_organisation_add,
    person_add,
    person_check_elsewhere,
    relation_add,
)
from casework.views.common import case_context, case_or_404, current_user, log_read
from partners.models import ReadPath, User
from partners.policy import Action, visible


def _network_page(
    request: HttpRequest,
    user: User,
    case: Case,
    *,
    person_form: PersonForm | None = None,
    relation_form: RelationForm | None = None,
    organisation_form: LinkedOrganisationForm | None = None,
    address_form: LinkedAddressForm | None = None,
) -> HttpResponse:
    persons = list(case_persons(user=user, case=case))
    relations = list(case_relations(user=user, case=case))
    organisations = list(case_linked_organisations(user=user, case=case))
    addresses = list(case_linked_addresses(user=user, case=case))
    person_choices = case_persons(user=user, case=case)
    log_read(request, ReadPath.PAGE, case, [case, *persons, *relations, *organisations, *addresses])
    title = _("Familienetwerk van casus %(number)s") % {"number": case.number}
    return render(
        request,
        "casework/case_network.html",
        {
            **case_context(user, case, "casework:case_network"),
            "persons": persons,
            "relations": relations,
            "organisations": organisations,
            "addresses": addresses,
            "diagram": network_svg(persons, relations, title=title),
            "person_form": person_form or PersonForm(),
            "relation_form": relation_form
            or RelationForm(
                case=case, persons=person_choices, initial={"source": user.organisation}
            ),
            "organisation_form": organisation_form
            or LinkedOrganisationForm(persons=person_choices),
            "address_form": address_form or LinkedAddressForm(persons=person_choices),
        },
    )


@login_required
def case_network(request: HttpRequest, pk: int) -> HttpResponse:
    """The network tab: the family network drawn, in tables, and forms to add to it."""
    user = current_user(request)
    return _network_page(request, user, case_or_404(user, pk, Action.CONTRIBUTE))


@login_required
@require_POST
def network_person_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    case = case_or_404(user, pk, Action.CONTRIBUTE)
    form = PersonForm(request.POST)
    if form.is_valid():
        try:
            person = person_add(case=case, user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(person)s is toegevoegd.") % {"person": person})
            contacts = person_check_elsewhere(
                user=user, person=person, read_path=ReadPath.SEARCH, path=request.get_full_path()
            )
            for contact in contacts:
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
    return _network_page(request, user, case, person_form=form)


@login_required
@require_POST
def network_relation_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    case = case_or_404(user, pk, Action.CONTRIBUTE)
    form = RelationForm(request.POST, case=case, persons=case_persons(user=user, case=case))
    if form.is_valid():
        try:
            relation = relation_add(case=case, user=user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Relatie vastgelegd: %(relation)s.") % {"relation": relation}
            )
            return redirect("casework:case_network", pk=case.pk)
    return _network_page(request, user, case, relation_form=form)


@login_required
@require_POST
def network_organisation_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    case = case_or_404(user, pk, Action.CONTRIBUTE)
    form = LinkedOrganisationForm(request.POST, persons=case_persons(user=user, case=case))
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
    return _network_page(request, user, case, organisation_form=form)


@login_required
@require_POST
def network_address_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    case = case_or_404(user, pk, Action.CONTRIBUTE)
    form = LinkedAddressForm(request.POST, persons=case_persons(user=user, case=case))
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
    return _network_page(request, user, case, address_form=form)


@login_required
def person_detail(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    """One person of the network: facts, relations, links, and whom to ask if the person is
    known in another case."""
    user = current_user(request)
    case = case_or_404(user, pk, Action.CONTRIBUTE)
    person = get_object_or_404(
        visible(user, Action.VIEW, Person.objects.filter(case=case).select_related("added_by")),
        pk=person_pk,
    )
    relations = list(
        case_relations(user=user, case=case).filter(Q(from_person=person) | Q(to_person=person))
    )
    organisations = list(case_linked_organisations(user=user, case=case).filter(persons=person))
    addresses = list(case_linked_addresses(user=user, case=case).filter(persons=person))
    log_read(request, ReadPath.PAGE, case, [person, *relations, *organisations, *addresses])
    return render(
        request,
        "casework/person_detail.html",
        {
            **case_context(user, case, "casework:case_network"),
            "person": person,
            "relations": relations,
            "organisations": organisations,
            "addresses": addresses,
            "known_elsewhere": person_check_elsewhere(
                user=user, person=person, read_path=ReadPath.SEARCH, path=request.get_full_path()
            ),
        },
    )
