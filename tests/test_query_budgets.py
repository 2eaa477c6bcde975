"""Every list page and endpoint has a query budget that does not grow with the rows."""

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from casework.services import (
    case_create,
    case_note_create,
    linked_address_add,
    linked_organisation_add,
    partner_join_case,
    person_add,
    person_update,
    relation_add,
    signal_add,
)
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
)
from interventions.models import Intervention
from partners.models import Organisation
from tests.conftest import api_client, log_reads, verified_client
from tests.partners.factories import ContactPersonFactory, ExpertiseFactory, OrganisationFactory
from tests.world import World

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}


def grow(world: World, rows: int) -> None:
    """Adds `rows` cases, notes, partners with contacts and access log rows to the world."""
    aov = world.users["aov"]
    start = Organisation.objects.count()
    for i in range(start, start + rows):
        case = case_create(user=aov, title=f"Casus {i}", municipality=world.municipality)
        partner_join_case(case=case, organisation=world.organisations["politie"], decided_by=aov)
        note = case_note_create(case=world.case, author=aov, text=f"Notitie {i}")
        person = person_add(case=world.case, user=aov, first_name="Kind", last_name=f"Test {i}")
        first = world.case.persons.order_by("id").first()
        if first is not None and first != person:
            relation_add(
                case=world.case,
                user=aov,
                from_person=first,
                kind="ouder",
                to_person=person,
                source=world.organisations["gemeente"],
            )
        signal_add(
            case=world.case,
            user=aov,
            received_on=timezone.localdate(),
            source=world.organisations["politie"],
            domain=world.organisations["politie"].domain,
            classification="overlast",
            description=f"Signaal {i}",
        )
        note.restricted_to.set([world.organisations["politie"].domain])
        # The history of corrections, and linked businesses and addresses with their persons.
        person_update(
            person=person, user=aov, version=person.version, reason=f"Reden {i}", alias=f"A{i}"
        )
        linked_organisation_add(case=world.case, user=aov, name=f"Bedrijf {i}", persons=[person])
        linked_address_add(case=world.case, user=aov, address=f"Straat {i}", persons=[person])
        organisation = OrganisationFactory.create(name=f"Partner {i}")
        ContactPersonFactory.create(
            organisation=organisation,
            expertise=[ExpertiseFactory.create(name=f"thema {i % 3}")],
        )
        ContactPersonFactory.create(organisation=world.organisations["politie"])
        partner_join_case(case=world.case, organisation=organisation, decided_by=aov)
        log_reads(aov, case)
        catalogue = list(Intervention.objects.order_by("id"))
        proposal = case_intervention_propose(
            case=world.case,
            user=aov,
            intervention=catalogue[i % len(catalogue)],
            purpose=f"Doel {i}",
            responsible=world.organisations["gemeente"],
            target_persons=[person],
        )
        checks = [
            CheckInput(met=True, evidence="PV") for _ in proposal.intervention.conditions.all()
        ]
        assessment_save(
            case_intervention=proposal,
            user=aov,
            version=proposal.version,
            checks=checks,
            motivation="m",
        )


# (user, path, HTMX?, budget)
PAGES = [
    # "Mijn werk": the cases directed (or, for who directs none, the newest), the interventions to
    # weigh, the deadlines and the open actions from meetings: one query each.
    ("aov", "/", False, 11),
    # One more than the list: whether the organisation has a set area, for the filter.
    ("aov", "/casussen/", False, 10),
    ("aov", "/casussen/?q=Casus", False, 11),
    ("aov", "/casussen/?sorteer=status&gemeente={municipality}", False, 10),
    ("aov", "/casussen/{case}/personen/{person}/corrigeren/", False, 9),
    ("aov", "/casussen/{case}/personen/{person}/verwijderen/", False, 12),
    ("aov", "/casussen/{case}/personen/{person}/samenvoegen/", False, 10),
    ("aov", "/casussen/{case}/relaties/{relation}/", False, 10),
    ("aov", "/casussen/{case}/organisaties/{organisation}/", False, 11),
    ("aov", "/casussen/{case}/", False, 17),
    ("aov", "/casussen/{case}/partners/", True, 10),
    ("ketenpartner_politie", "/casussen/{case}/notities/", True, 10),
    # The persons of the linked businesses and addresses, through the policy: two queries.
    ("aov", "/casussen/{case}/netwerk/", False, 19),
    ("aov", "/casussen/{case}/signalen/", False, 14),
    ("aov", "/casussen/{case}/tijdlijn/", False, 22),
    ("aov", "/casussen/{case}/partners/", False, 14),
    ("aov", "/casussen/{case}/personen/{person}/", False, 14),
    ("aov", "/sociale-kaart/", False, 10),
    ("aov", "/sociale-kaart/{politie}/", False, 10),
    ("privacy_officer", "/privacy/toegangslog/", False, 7),
    ("aov", "/casussen/{case}/interventies/", False, 26),
    ("aov", "/casussen/{case}/interventies/{intervention}/", False, 24),
    # Two queries more than the facts need: the names that the redaction hides.
    ("burgemeester", "/casussen/{case}/interventies/{intervention}/", False, 17),
    ("aov", "/interventies/", False, 9),
    ("aov", "/interventies/?q=sluiting", False, 9),
    # Two more than the facts: the sources and the legal reviews of the entry.
    ("aov", "/interventies/{slug}/", False, 15),
]
APIS = [
    # Each API budget holds the token check: knox reads the token with its holder, and the
    # holder's other tokens to drop expired ones (one query each, whatever the rows).
    ("aov", "/api/cases/", 7),
    # One query more than the list: the names near the word searched, from the vocabulary.
    ("aov", "/api/cases/?q=Casus", 8),
    ("ketenpartner_politie", "/api/cases/{case}/notes/", 9),
    ("aov", "/api/cases/{case}/participations/", 8),
    ("aov", "/api/organisations/", 6),
    ("aov", "/api/contacts/", 5),
    ("functioneel_beheerder", "/api/memberships/", 6),
    ("privacy_officer", "/api/access-log/", 5),
    ("aov", "/api/domains/", 3),
    ("aov", "/api/cases/{case}/persons/", 8),
    ("aov", "/api/cases/{case}/relations/", 8),
    ("aov", "/api/cases/{case}/signals/", 9),
    ("aov", "/api/cases/{case}/status-changes/", 8),
    ("aov", "/api/municipalities/", 4),
    ("aov", "/api/cases/{case}/interventions/", 16),
    ("aov", "/api/cases/{case}/interventions/{intervention}/", 18),
    ("aov", "/api/interventions/", 5),
    ("aov", "/api/interventions/{slug}/", 9),
    ("aov", "/api/cases/{case}/linked-organisations/", 9),
    ("aov", "/api/cases/{case}/linked-addresses/", 9),
    ("aov", "/api/cases/{case}/network-history/", 8),
]


def _fill(labelled: str, world: World) -> str:
    path = labelled.split(" ")[1]
    return path.format(
        case=world.case.pk,
        politie=world.organisations["politie"].pk,
        person=world.case.persons.values_list("pk", flat=True).first(),
        relation=world.case.relations.values_list("pk", flat=True).first(),
        organisation=world.case.linked_organisations.values_list("pk", flat=True).first(),
        municipality=world.municipality.pk,
        intervention=world.case.interventions.values_list("pk", flat=True).first(),
        slug=Intervention.objects.filter(case_uses__isnull=False).values_list("slug", flat=True)[0],
    )


def _queries(get: Callable[[str], Any], url: str) -> int:
    # Once before counting, so per-process caches (content types for the access log) are warm
    # as in a running server, whatever test ran first in this process.
    get(url)
    with CaptureQueriesContext(connection) as context:
        response = get(url)
    assert response.status_code == 200, url
    return len(context)


def _over_budget(world: World, requests: Sequence[tuple[Callable[..., Any], str, int]]) -> dict:
    """Every path counted at 2 rows and again at 20: the paths whose count exceeds its budget
    at either size, with both counts. One growth for all paths (growing the world through the
    services is what costs time here)."""
    counts: dict[str, list[int]] = {path: [] for _get, path, _budget in requests}
    for rows in (2, 18):
        grow(world, rows)
        for get, path, _budget in requests:
            counts[path].append(_queries(get, _fill(path, world)))
    return {path: counts[path] for _get, path, budget in requests if max(counts[path]) > budget}


def test_every_page_keeps_its_query_budget_whatever_the_rows(world: World) -> None:
    requests = []
    for username, path, htmx, budget in PAGES:
        client: Client = verified_client(world.users[username])
        headers = HX if htmx else None
        label = f"{username} {path}" + (" (htmx)" if htmx else "")
        requests.append((lambda url, c=client, h=headers: c.get(url, headers=h), label, budget))
    assert _over_budget(world, requests) == {}


def test_every_api_list_and_detail_keeps_its_query_budget_whatever_the_rows(world: World) -> None:
    requests = [
        (api_client(world.users[username]).get, f"{username} {path}", budget)
        for username, path, budget in APIS
    ]
    assert _over_budget(world, requests) == {}
