"""A small world for permission tests: one case, its partners, one user per role and more."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from casework.models import Case, CaseNote, Person, Signal
from casework.services import (
    case_create,
    case_note_create,
    partner_join_case,
    partner_leave_case,
    person_add,
    relation_add,
    signal_add,
)
from interventions.catalogue import catalogue_load
from interventions.models import Intervention
from partners.models import Municipality, Organisation, Role, User
from partners.services import roles_ensure
from tests.partners.factories import MunicipalityFactory, OrganisationFactory, UserFactory, domain


@dataclass
class World:
    municipality: Municipality
    organisations: dict[str, Organisation]
    users: dict[str, User]
    case: Case
    open_note: CaseNote
    zorg_note: CaseNote
    persons: dict[str, Person]
    zorg_signal: Signal


# user key: (role, organisation key)
USERS = {
    "aov": (Role.AOV, "gemeente"),
    "procesregisseur": (Role.PROCESS_DIRECTOR, "zvh"),
    "voorzitter": (Role.CHAIR, "zvh"),
    "ketenpartner_zorg": (Role.PARTNER_PROFESSIONAL, "veilig_thuis"),
    "ketenpartner_ggz": (Role.PARTNER_PROFESSIONAL, "ggz"),
    "ketenpartner_politie": (Role.PARTNER_PROFESSIONAL, "politie"),
    "ketenpartner_vertrokken": (Role.PARTNER_PROFESSIONAL, "reclassering"),
    "ketenpartner_buiten": (Role.PARTNER_PROFESSIONAL, "woningcorporatie"),
    "burgemeester": (Role.MAYOR, "gemeente"),
    "wethouder": (Role.ALDERMAN, "gemeente"),
    "officier": (Role.PUBLIC_PROSECUTOR, "om"),
    "politiechef": (Role.POLICE_CHIEF, "politie"),
    "functioneel_beheerder": (Role.FUNCTIONAL_MANAGER, "gemeente"),
    "privacy_officer": (Role.PRIVACY_OFFICER, "zvh"),
    "onderzoeker": (Role.RESEARCHER, "zvh"),
}

ORGANISATIONS = {
    "gemeente": ("Gemeente Teststad", "veiligheid"),
    "zvh": ("Zorg- en Veiligheidshuis Testregio", "veiligheid"),
    "veilig_thuis": ("Veilig Thuis Testregio", "zorg"),
    "ggz": ("GGZ Testregio", "zorg"),
    "politie": ("Politie Testeenheid", "politie"),
    "om": ("Openbaar Ministerie Testarrondissement", "justitie"),
    "reclassering": ("Reclassering Testunit", "justitie"),
    "woningcorporatie": ("Woonstichting Test", "wonen"),
}


@pytest.fixture
def world(db: None) -> World:
    # A transactional test (a browser test) empties the database of this test process after
    # itself: what the set-up loaded is loaded again where it is missing.
    domain("veiligheid")
    if not Intervention.objects.exists():
        catalogue_load()
    roles_ensure()
    municipality = MunicipalityFactory.create(name="Teststad")
    organisations = {
        key: OrganisationFactory.create(name=name, domain=domain(code))
        for key, (name, code) in ORGANISATIONS.items()
    }
    # Every partner of the test world serves Teststad: its werkgebied.
    for organisation in organisations.values():
        organisation.municipalities.add(municipality)
    users = {
        key: UserFactory.create(username=key, organisation=organisations[org], role=role)
        for key, (role, org) in USERS.items()
    }
    aov = users["aov"]
    case = case_create(user=aov, title="Familie Teststraat", municipality=municipality)
    start = timezone.localdate() - datetime.timedelta(days=10)
    for key in ("zvh", "veilig_thuis", "ggz", "politie", "om", "reclassering"):
        partner_join_case(
            case=case, organisation=organisations[key], decided_by=aov, joined_on=start
        )
    open_note = case_note_create(case=case, author=aov, text="Open notitie voor alle partners")
    zorg_note = case_note_create(
        case=case,
        author=users["ketenpartner_zorg"],
        text="Zorgnotitie alleen voor Zorg",
        restricted_to=[domain("zorg")],
    )
    partner_leave_case(
        participation=case.participations.get(organisation=organisations["reclassering"]),
        decided_by=aov,
        reason="Toezicht beëindigd",
    )
    persons = {
        "opa": person_add(
            case=case,
            user=aov,
            first_name="Hendrik",
            last_name="Teststraat",
            birth_date=datetime.date(1950, 1, 1),
            roles=["betrokkene", "dader"],
        ),
        "moeder": person_add(
            case=case,
            user=aov,
            first_name="Anna",
            last_name="Teststraat",
            birth_date=datetime.date(1980, 6, 1),
            bsn="111222333",
        ),
        "kind": person_add(
            case=case,
            user=aov,
            first_name="Milan",
            last_name="Teststraat",
            birth_date=timezone.localdate() - datetime.timedelta(days=365 * 12),
            roles=["slachtoffer"],
        ),
    }
    for parent, child in (("opa", "moeder"), ("moeder", "kind")):
        relation_add(
            case=case,
            user=aov,
            from_person=persons[parent],
            kind="ouder",
            to_person=persons[child],
            source=organisations["gemeente"],
        )
    zorg_signal = signal_add(
        case=case,
        user=users["ketenpartner_zorg"],
        received_on=start,
        source=organisations["veilig_thuis"],
        domain=domain("zorg"),
        classification="huiselijk_geweld",
        description="Zorgsignaal alleen voor Zorg",
        restricted_to=[domain("zorg")],
    )
    return World(
        municipality, organisations, users, case, open_note, zorg_note, persons, zorg_signal
    )
