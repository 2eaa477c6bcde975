"""Loads the demo region with the municipality Lindeveen, its partners, social map, one user per
role and two family-network cases (development only)."""

import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from casework.management.commands import _demo_networks as networks
from casework.management.commands._demo_history import history_load
from casework.meetings.models import DecisionKind, Meeting, MeetingKind
from casework.meetings.services import (
    Planning,
    action_add,
    decision_record,
    input_add,
    item_add,
    meeting_create,
    statement_confirm,
)
from casework.models import Case, LifeArea
from casework.plans.models import PlanVersion
from casework.plans.services import KIND as PLAN_DOCUMENTS
from casework.plans.services import PlanContent, plan_of, plan_save, plan_submit
from casework.review.services import submission_create
from casework.services import (
    case_create,
    case_note_create,
    case_transition,
    case_update,
    linked_address_add,
    linked_organisation_add,
    partner_join_case,
    person_add,
    relation_add,
    signal_add,
)
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
    case_intervention_transition,
    evaluation_record,
)
from documents.models import DocumentJob, JobStatus
from documents.tasks import render_document
from interventions.catalogue import catalogue_load
from interventions.models import Intervention
from partners.domains import domains_ensure
from partners.models import (
    ContactPerson,
    Domain,
    Expertise,
    Level,
    Municipality,
    Organisation,
    Region,
    Role,
    Seat,
    User,
    Vierhoek,
)
from partners.services import organisation_create, roles_ensure

# Development only, documented in the README; the command refuses to run outside DEBUG.
DEMO_PASSWORD = "vierhoek-demo"  # noqa: S105

REGION = "Rivierenland-Noord"
MUNICIPALITIES = [
    ("Lindeveen", "GM9901"),
    ("Dijkhoven", "GM9902"),
    ("Waalstede", "GM9903"),
]

# key: (name, short name, domain code, level, municipalities served, phone, description)
ORGANISATIONS: dict[str, tuple[str, str, str, Level, list[str], str, str]] = {
    "gemeente": (
        "Gemeente Lindeveen",
        "Lindeveen",
        "veiligheid",
        Level.LOCAL,
        ["Lindeveen"],
        "0488 000 100",
        "Team Openbare Orde en Veiligheid: bestuurlijke aanpak en ondermijning.",
    ),
    "sociaal": (
        "Gemeente Lindeveen, sociaal team",
        "Sociaal team",
        "sociaal-domein",
        Level.LOCAL,
        ["Lindeveen"],
        "0488 000 200",
        "Werk en inkomen, schulden, jeugd en leerplicht.",
    ),
    "zvh": (
        "Zorg- en Veiligheidshuis Rivierenland-Noord",
        "ZVH RN",
        "veiligheid",
        Level.REGIONAL,
        ["Lindeveen", "Dijkhoven", "Waalstede"],
        "0488 000 300",
        "Procesregie en integraal casusoverleg voor de regio.",
    ),
    "veilig_thuis": (
        "Veilig Thuis Rivierenland",
        "VT",
        "zorg",
        Level.REGIONAL,
        ["Lindeveen", "Dijkhoven", "Waalstede"],
        "0800 2000",
        "Advies en meldpunt huiselijk geweld en kindermishandeling.",
    ),
    "ggz": (
        "GGZ Rivierenland",
        "GGZ",
        "zorg",
        Level.REGIONAL,
        ["Lindeveen", "Dijkhoven", "Waalstede"],
        "0488 000 400",
        "Geestelijke gezondheidszorg, ook verplichte zorg.",
    ),
    "raad": (
        "Raad voor de Kinderbescherming, regio Oost-Nederland",
        "RvdK",
        "jeugdbescherming",
        Level.NATIONAL,
        [],
        "088 000 5000",
        "Raadsonderzoek en advies aan de kinderrechter.",
    ),
    "politie": (
        "Politie, eenheid Oost-Nederland",
        "Politie",
        "politie",
        Level.REGIONAL,
        ["Lindeveen", "Dijkhoven", "Waalstede"],
        "0900 8844",
        "Wijkagenten, recherche en informatieknooppunt.",
    ),
    "om": (
        "Openbaar Ministerie, arrondissement Oost-Brabant",
        "OM",
        "justitie",
        Level.REGIONAL,
        ["Lindeveen", "Dijkhoven", "Waalstede"],
        "088 000 6000",
        "Strafrechtelijke aanpak en strafvorderlijke informatie aan de burgemeester.",
    ),
    "reclassering": (
        "Reclassering Nederland, unit Rivierenland",
        "RN",
        "justitie",
        Level.NATIONAL,
        [],
        "088 000 7000",
        "Toezicht en begeleiding van verdachten en veroordeelden.",
    ),
    "woningcorporatie": (
        "Woonstichting De Linde",
        "De Linde",
        "wonen",
        Level.LOCAL,
        ["Lindeveen", "Dijkhoven"],
        "0488 000 800",
        "Verhuur en woonfraude; meldt signalen van hennepteelt en overlast.",
    ),
    "riec": (
        "RIEC Oost-Nederland",
        "RIEC",
        "veiligheid",
        Level.REGIONAL,
        [],
        "088 000 9000",
        "Regionaal Informatie- en Expertise Centrum: ondermijning, Bibob-advies.",
    ),
}

# name, function, organisation key, expertise, phone, e-mail
CONTACTS = [
    ("Sanne de Vries", "AOV'er", "gemeente", ["ondermijning", "Bibob"], "0488 000 101"),
    ("Ruben Mulder", "Bibob-coördinator", "gemeente", ["Bibob", "horeca"], "0488 000 102"),
    ("Mehmet Yilmaz", "Procesregisseur", "zvh", ["familienetwerken", "jonge aanwas"], ""),
    ("Joyce Pinas", "Aandachtsfunctionaris", "veilig_thuis", ["huiselijk geweld", "jeugd"], ""),
    ("Eva Koster", "Schuldhulpverlener", "sociaal", ["schulden", "werk en inkomen"], ""),
    ("Youssef Amrani", "Leerplichtambtenaar", "sociaal", ["jeugd", "onderwijs"], ""),
    ("Bram Visser", "Wijkagent Lindeveen-Oost", "politie", ["jonge aanwas", "ondermijning"], ""),
    ("Linda Bos", "Casusregisseur jeugd", "raad", ["jeugd", "huiselijk geweld"], ""),
    ("Kees de Boer", "Huismeester", "woningcorporatie", ["woonfraude", "hennep"], ""),
    ("Nadia Haddou", "Analist", "riec", ["ondermijning", "Bibob", "criminele uitbuiting"], ""),
    ("Thijs Wouters", "Psychiater", "ggz", ["verward gedrag", "verslaving"], ""),
    ("Iris Jacobs", "Reclasseringswerker", "reclassering", ["toezicht", "jonge aanwas"], ""),
]

# What each partner of the demo case commits to in its plan, by the partner's key.
COMMITMENTS = {
    "gemeente": "Sluiting van de loods, gesprek met de burgemeester, een leefcoach.",
    "zvh": "Procesregie en het casusoverleg.",
    "politie": "Bestuurlijke rapportage; toezicht bij de sluiting.",
    "veilig_thuis": "Veiligheidsplan met moeder en de kinderen.",
    "sociaal": "Schuldhulp en gezinscoaching.",
    "woningcorporatie": "Huurovereenkomst bewaken; signalen melden.",
}

# username, first name, last name, role, organisation key
USERS = [
    ("aov", "Sanne", "de Vries", Role.AOV, "gemeente"),
    ("procesregisseur", "Mehmet", "Yilmaz", Role.PROCESS_DIRECTOR, "zvh"),
    ("voorzitter", "Ingrid", "Bakker", Role.CHAIR, "zvh"),
    ("ketenpartner", "Joyce", "Pinas", Role.PARTNER_PROFESSIONAL, "veilig_thuis"),
    ("wijkagent", "Bram", "Visser", Role.PARTNER_PROFESSIONAL, "politie"),
    ("burgemeester", "Harm", "Kloosterman", Role.MAYOR, "gemeente"),
    ("wethouder", "Fatima", "El Amrani", Role.ALDERMAN, "gemeente"),
    ("officier", "Pieter", "van Dam", Role.PUBLIC_PROSECUTOR, "om"),
    ("politiechef", "Marloes", "Hendriks", Role.POLICE_CHIEF, "politie"),
    ("beheerder", "Tom", "Verhoeven", Role.FUNCTIONAL_MANAGER, "gemeente"),
    # A second functional manager: what one asks in the admin, the other approves.
    ("beheerder2", "Lotte", "Jacobs", Role.FUNCTIONAL_MANAGER, "zvh"),
    ("privacy", "Anouk", "Smit", Role.PRIVACY_OFFICER, "zvh"),
    ("onderzoeker", "Wouter", "Dijkstra", Role.RESEARCHER, "zvh"),
]


class Command(BaseCommand):
    help = "Laadt de demoregio met de gemeente Lindeveen (alleen voor ontwikkeling)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook laden als DEBUG uit staat (alleen voor tests en demonstraties).",
        )
        parser.add_argument(
            "--history",
            action="store_true",
            help="Ook eerdere casussen sinds 2024, voor de cijfers van Inzicht.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "load_demo maakt gebruikers met een bekend wachtwoord en draait daarom alleen "
                "met DEBUG aan (of met --force)."
            )
        self._load(history=options["history"])
        # The demo plan's PDFs, made here and now so they are ready when the site opens; the
        # worker that later receives the same jobs finds them done.
        for job_id in DocumentJob.objects.filter(
            kind=PLAN_DOCUMENTS, status=JobStatus.QUEUED
        ).values_list("pk", flat=True):
            render_document.apply(args=(job_id,))

    @transaction.atomic
    def _load(self, *, history: bool = False) -> None:
        roles_ensure()
        domains_ensure(Domain)
        catalogue_load()
        region, _ = Region.objects.get_or_create(name=REGION)
        municipalities = {
            name: Municipality.objects.update_or_create(
                cbs_code=code, defaults={"name": name, "region": region}
            )[0]
            for name, code in MUNICIPALITIES
        }
        organisations = self._organisations(region, municipalities)
        self._contacts(organisations)
        users = self._users(organisations)
        self._vierhoek(municipalities, users)
        self._cases(users, organisations, municipalities)
        if history:
            made = history_load(
                municipalities=list(municipalities.values()),
                organisations=list(organisations.values()),
                author=users["aov"],
                chair=users["voorzitter"],
                organiser=organisations["zvh"],
            )
            self.stdout.write(f"Geschiedenis voor Inzicht: {made} eerdere casussen.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demoregio {REGION} geladen: {len(organisations)} partners, "
                f"{len(CONTACTS)} contactpersonen, {len(USERS)} gebruikers "
                f"(wachtwoord: {DEMO_PASSWORD})."
            )
        )

    def _organisations(
        self, region: Region, municipalities: dict[str, Municipality]
    ) -> dict[str, Organisation]:
        organisations = {}
        for key, (name, short, domain_code, level, served, phone, about) in ORGANISATIONS.items():
            domain = Domain.objects.get(code=domain_code)
            organisation = Organisation.objects.filter(name=name).first()
            if organisation is None:
                organisation = organisation_create(name=name, domain=domain, level=level)
            organisation.short_name = short
            organisation.domain = domain
            organisation.level = level
            organisation.phone = phone
            organisation.description = about
            organisation.email = f"info@{short.lower().replace(' ', '')}.example"
            organisation.save()
            organisation.municipalities.set([municipalities[m] for m in served])
            if level == Level.REGIONAL:
                organisation.regions.set([region])
            organisations[key] = organisation
        return organisations

    def _contacts(self, organisations: dict[str, Organisation]) -> None:
        for name, function, key, expertise, phone in CONTACTS:
            organisation = organisations[key]
            contact, _ = ContactPerson.objects.update_or_create(
                organisation=organisation,
                name=name,
                defaults={
                    "function": function,
                    "phone": phone or organisation.phone,
                    "email": f"{name.split()[0].lower()}@{organisation.email.split('@')[1]}",
                },
            )
            contact.expertise.set(
                [Expertise.objects.get_or_create(name=tag)[0] for tag in expertise]
            )

    def _users(self, organisations: dict[str, Organisation]) -> dict[str, User]:
        users = {}
        for username, first_name, last_name, role, organisation_key in USERS:
            user, _ = User.objects.update_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@lindeveen.example",
                    "organisation": organisations[organisation_key],
                    "is_staff": role == Role.FUNCTIONAL_MANAGER,
                    "is_active": True,
                },
            )
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.set([Group.objects.get(name=role.group_name)])
            users[username] = user
        return users

    def _vierhoek(self, municipalities: dict[str, Municipality], users: dict[str, User]) -> None:
        """One gezagsvierhoek for the region's municipalities, its four seats held by the demo
        mayor, alderman, prosecutor and police chief (given directly here; in the application a
        seat is given with four eyes)."""
        vierhoek, _ = Vierhoek.objects.get_or_create(name=f"Gezagsvierhoek {REGION}")
        Municipality.objects.filter(pk__in=[m.pk for m in municipalities.values()]).update(
            vierhoek=vierhoek
        )
        for role, username in (
            (Role.MAYOR, "burgemeester"),
            (Role.ALDERMAN, "wethouder"),
            (Role.PUBLIC_PROSECUTOR, "officier"),
            (Role.POLICE_CHIEF, "politiechef"),
        ):
            Seat.objects.update_or_create(
                vierhoek=vierhoek, role=role, defaults={"member": users[username]}
            )

    def _cases(
        self,
        users: dict[str, User],
        organisations: dict[str, Organisation],
        municipalities: dict[str, Municipality],
    ) -> None:
        lindeveen = self._network_case(
            title="Familienetwerk Lindeveen-Oost",
            municipality=municipalities["Lindeveen"],
            creator=users["aov"],
            partners=["zvh", "politie", "veilig_thuis", "sociaal", "woningcorporatie"],
            steps=["aanmelding", "screening", "in_behandeling", "casusoverleg"],
            persons=networks.DOORNBOS,
            relations=networks.DOORNBOS_RELATIONS,
            links=networks.DOORNBOS_LINKS,
            signals=networks.DOORNBOS_SIGNALS,
            users=users,
            organisations=organisations,
            life_areas=["veiligheid", "financien", "opvoeding", "uitbuiting", "huiselijk_geweld"],
        )
        if lindeveen is not None:
            self._interventions(lindeveen, users, organisations)
            self._plan(lindeveen, users, organisations)
        molenweg = self._network_case(
            title="Netwerk Molenweg",
            municipality=municipalities["Dijkhoven"],
            creator=users["procesregisseur"],
            partners=["veilig_thuis", "politie", "gemeente"],
            steps=["aanmelding", "screening"],
            persons=networks.HOEKSTRA,
            relations=networks.HOEKSTRA_RELATIONS,
            links=networks.HOEKSTRA_LINKS,
            signals=networks.HOEKSTRA_SIGNALS,
            users=users,
            organisations=organisations,
            life_areas=["huiselijk_geweld", "uitbuiting", "opvoeding"],
        )

        if lindeveen is not None and molenweg is not None:
            self._meetings(lindeveen, molenweg, users, organisations)

    def _meetings(
        self,
        lindeveen: Case,
        molenweg: Case,
        users: dict[str, User],
        organisations: dict[str, Organisation],
    ) -> None:
        """A casusoverleg held last week (a decision, an action for Veilig Thuis), next week's
        screening of Molenweg, a casusoverleg with both cases where Veilig Thuis is invited to
        the Lindeveen item only, and a vierhoekoverleg with the Lindeveen plan before it."""
        org = organisations
        director, chair = users["procesregisseur"], users["voorzitter"]
        today = timezone.localdate()
        zone = timezone.get_current_timezone()

        def plan(kind: str, title: str, day: datetime.date, at: datetime.time) -> Meeting:
            return meeting_create(
                user=director,
                planning=Planning(
                    kind=kind,
                    title=title,
                    place="Zorg- en Veiligheidshuis Rivierenland, zaal De Waal",
                    online_link="",
                    chair=chair,
                    minute_taker=director,
                ),
                starts_at=datetime.datetime.combine(day, at, tzinfo=zone),
                minutes=90,
            )

        held = plan(
            MeetingKind.CASE_MEETING,
            "Casusoverleg Rivierenland",
            today - datetime.timedelta(days=7),
            datetime.time(14, 0),
        )
        item = item_add(
            meeting=held,
            user=director,
            case=lindeveen,
            invited=[org["zvh"], org["politie"], org["veilig_thuis"]],
        )
        for user in (chair, director, users["ketenpartner"], users["wijkagent"]):
            statement_confirm(meeting=held, user=user)
        input_add(
            item=item,
            user=users["ketenpartner"],
            text="Moeder Ilse Vermeer staat open voor hulp zolang Gerrit er niet bij is.",
        )
        decision_record(
            item=item,
            user=chair,
            kind=DecisionKind.DECISION,
            text="Politie en gemeente bereiden de sluiting voor; Veilig Thuis zoekt contact "
            "met moeder voordat de sluiting wordt aangekondigd.",
        )
        action_add(
            item=item,
            user=chair,
            what="Gesprek met moeder over veiligheid en hulp, vóór de aankondiging.",
            owner=org["veilig_thuis"],
            owner_person=users["ketenpartner"],
            deadline=today + datetime.timedelta(days=5),
        )
        days_to_tuesday = (1 - today.weekday()) % 7 or 7
        screening = plan(
            MeetingKind.SCREENING,
            "Screening Rivierenland",
            today + datetime.timedelta(days=days_to_tuesday),
            datetime.time(9, 30),
        )
        item_add(
            meeting=screening,
            user=director,
            case=molenweg,
            invited=[org["zvh"], org["veilig_thuis"], org["politie"]],
        )
        upcoming = plan(
            MeetingKind.CASE_MEETING,
            "Casusoverleg Rivierenland",
            today + datetime.timedelta(days=3),
            datetime.time(14, 0),
        )
        item_add(
            meeting=upcoming,
            user=director,
            case=lindeveen,
            invited=[org["zvh"], org["politie"], org["veilig_thuis"]],
        )
        item_add(
            meeting=upcoming, user=director, case=molenweg, invited=[org["zvh"], org["politie"]]
        )
        # The plan of Lindeveen before the gezagsvierhoek, pseudonymised: in the demo
        # wethouder's queue ("Ter beoordeling").
        vierhoek = plan(
            MeetingKind.VIERHOEK,
            "Vierhoekoverleg Rivierenland-Noord",
            today + datetime.timedelta(days=10),
            datetime.time(16, 0),
        )
        version = PlanVersion.objects.filter(case=lindeveen).order_by("-number").first()
        if version is not None:
            submission_create(
                user=director,
                version=version,
                meeting=vierhoek,
                variant="gepseudonimiseerd",
                reason="",
                deadline=today + datetime.timedelta(days=9),
            )

    def _network_case(
        self,
        *,
        title: str,
        municipality: Municipality,
        creator: User,
        partners: list[str],
        steps: list[str],
        persons: dict[str, tuple[str, str, datetime.date, list[str], str]],
        relations: list[tuple[str, str, str]],
        links: dict[str, list[Any]],
        signals: list[tuple[Any, ...]],
        users: dict[str, User],
        organisations: dict[str, Organisation],
        life_areas: list[str],
    ) -> Case | None:
        """Makes one case with its network; None when it exists already (idempotent)."""
        if Case.objects.filter(municipality=municipality, title=title).exists():
            return None
        case = case_create(
            user=creator, title=title, municipality=municipality, life_areas=life_areas
        )
        today = timezone.localdate()
        for index, key in enumerate(partners):
            partner_join_case(
                case=case,
                organisation=organisations[key],
                decided_by=creator,
                joined_on=today - datetime.timedelta(days=45 - 3 * index),
                reason="Afgesproken in het screeningsoverleg.",
            )
        people = {
            key: person_add(
                case=case,
                user=creator,
                first_name=first,
                last_name=last,
                birth_date=born,
                roles=roles,
                alias=alias,
            )
            for key, (first, last, born, roles, alias) in persons.items()
        }
        source = organisations[partners[0]]
        for left, kind, right in relations:
            relation_add(
                case=case,
                user=creator,
                from_person=people[left],
                kind=kind,
                to_person=people[right],
                source=source,
            )
        for name, kvk, description, members in links["organisations"]:
            linked_organisation_add(
                case=case,
                user=creator,
                name=name,
                kvk_number=kvk,
                description=description,
                persons=[people[m] for m in members],
            )
        for address, description, members in links["addresses"]:
            linked_address_add(
                case=case,
                user=creator,
                address=address,
                description=description,
                persons=[people[m] for m in members],
            )
        for (
            days_ago,
            source_key,
            domain_code,
            classification,
            text,
            kind,
            authority,
            limited,
        ) in signals:
            signal_add(
                case=case,
                user=creator,
                received_on=today - datetime.timedelta(days=days_ago),
                source=organisations[source_key],
                domain=Domain.objects.get(code=domain_code),
                classification=classification,
                description=text,
                kind=kind,
                authority=authority,
                restricted_to=list(Domain.objects.filter(code__in=limited)),
            )
        director = users["procesregisseur"]
        case_update(
            case=case,
            user=director,
            version=case.version,
            process_director=director,
            case_director=users["ketenpartner"],
            priority="hoog",
        )
        for step in steps:
            case_transition(
                case=case,
                user=director,
                to_status=step,
                reason="Besproken in het wekelijkse screeningsoverleg.",
                version=case.version,
            )
        case_note_create(
            case=case,
            author=creator,
            text="Meerdere signalen op verschillende leefgebieden; integrale aanpak gewenst.",
        )
        case_note_create(
            case=case,
            author=users["ketenpartner"],
            text="Eerder contact met moeder over de veiligheid van de jongste kinderen.",
            restricted_to=list(Domain.objects.filter(code__in=["zorg", "jeugdbescherming"])),
        )
        return case

    def _interventions(
        self, case: Case, users: dict[str, User], organisations: dict[str, Organisation]
    ) -> None:
        """A weighed drug closure of the business premises, decided; and a conversation with
        the mayor, carried out and evaluated: the whole course, to look at."""
        aov = users["aov"]
        loods = case.linked_addresses.get(address__startswith="Bedrijfsweg 3")
        ronald = case.persons.get(first_name="Ronald")
        closure = Intervention.objects.get(slug="sluiting-woning-drugs")
        proposal = case_intervention_propose(
            case=case,
            user=aov,
            intervention=closure,
            purpose="De opslag en handel van drugs vanuit de loods van de metaalhandel stoppen.",
            responsible=organisations["gemeente"],
            target_persons=[ronald],
            target_addresses=[loods],
        )
        assessment_save(
            case_intervention=proposal,
            user=aov,
            version=proposal.version,
            checks=[
                CheckInput(met=True, evidence="Bestuurlijke rapportage politie van 2 oktober")
                for _ in closure.conditions.all()
            ],
            legal_basis_present=True,
            proportionality="Handelshoeveelheid aangetroffen; eerdere waarschuwing zonder effect.",
            subsidiarity="Een waarschuwing is in juni gegeven; een last onder dwangsom volstaat "
            "niet bij deze hoeveelheid.",
            lighter_considered=list(closure.lighter_alternatives.all()[:1]),
            desirability="Past in het plan van aanpak; de gemeente pakt tegelijk de jongeren op.",
            human_measure="Dylan en Kevin wonen niet in de loods; de sluiting raakt hun woning "
            "niet. Jeugdhulp volgt hen.",
            safety_risk="middel",
            safety_measures="Sluiting met de politie; geen medewerker alleen op locatie.",
            motivation="Zie de bestuurlijke rapportage en het Damoclesbeleid.",
        )
        case_intervention_transition(
            case_intervention=proposal,
            user=aov,
            to_status="zienswijze_gevraagd",
            reason="Voornemen tot sluiting aan de eigenaar en de bewoners gestuurd; zienswijze "
            "binnen twee weken.",
            version=proposal.version,
        )
        case_intervention_transition(
            case_intervention=proposal,
            user=aov,
            to_status="besluit_genomen",
            reason="Besluit van de burgemeester; verzonden aan de eigenaar.",
            version=proposal.version,
        )
        talk = case_intervention_propose(
            case=case,
            user=aov,
            intervention=Intervention.objects.get(slug="gesprek-burgemeester"),
            purpose="Jesse laten weten dat de gemeente meekijkt, en een uitweg bieden.",
            responsible=organisations["gemeente"],
            target_persons=[case.persons.get(first_name="Jesse")],
        )
        assessment_save(
            case_intervention=talk,
            user=aov,
            version=talk.version,
            checks=[CheckInput(met=True, evidence="") for _ in talk.intervention.conditions.all()],
            desirability="Een stevig gesprek past bij zijn leeftijd en bij het plan.",
            human_measure="Jesse is net volwassen; zijn broers zien hoe de gemeente hem "
            "aanspreekt.",
            safety_risk="laag",
            motivation="Preventief, vóór zwaardere maatregelen nodig zijn.",
        )
        case_intervention_transition(
            case_intervention=talk,
            user=aov,
            to_status="uitgevoerd",
            reason="Gesprek gevoerd op het gemeentehuis.",
            version=talk.version,
        )
        evaluation_record(
            case_intervention=talk,
            user=aov,
            rating=4,
            what_worked="Jesse kwam, met zijn moeder; hij accepteerde een leefcoach.",
            what_did_not="Zijn vader weigerde mee te komen.",
            version=talk.version,
        )
        # Still to weigh, planned within two weeks: "Mijn werk" of the AOV'er shows it.
        case_intervention_propose(
            case=case,
            user=aov,
            intervention=Intervention.objects.get(slug="leefcoach"),
            purpose="Kevin een vaste volwassene geven die hem helpt weg te blijven uit de handel.",
            responsible=organisations["gemeente"],
            target_persons=[case.persons.get(first_name="Kevin")],
            planned_on=timezone.localdate() + datetime.timedelta(days=7),
        )

    def _plan(
        self, case: Case, users: dict[str, User], organisations: dict[str, Organisation]
    ) -> None:
        """A plan of action for the case, submitted as version 1: its PDFs are made after
        loading (see `handle`)."""
        director = users["procesregisseur"]
        today = timezone.localdate()
        plan = plan_of(case)
        interventions = {item.intervention.slug: item for item in case.interventions.all()}
        minors = {p.first_name: p for p in case.persons.all() if p.is_minor}
        org = organisations
        care = "Jeugdhulp en Veilig Thuis houden contact met moeder en school."
        plan_save(
            plan=plan,
            user=director,
            version=plan.version,
            content=PlanContent(
                problem=(
                    "Gerrit Doornbos leidt vanuit de metaalhandel een netwerk waarin drugs "
                    "worden opgeslagen en verhandeld. Zijn zoon Ronald werkt mee; kleinzoon "
                    "Jesse en de minderjarige Dylan worden ingezet als koerier. Tegelijk is er "
                    "huiselijk geweld gemeld bij Ilse Vermeer, en zijn er schulden. Veiligheid "
                    "en zorg zien één probleem: de kinderen groeien op in een criminele "
                    "omgeving."
                ),
                safety_measures=(
                    "Huisbezoeken altijd met twee medewerkers; de sluiting samen met de "
                    "politie. Geen namen van medewerkers in brieven aan de familie."
                ),
                safety_checked_by=org["politie"],
                shield_professionals=True,
                evaluation_on=today + datetime.timedelta(days=90),
                goals=[
                    {
                        "life_area": LifeArea.SAFETY,
                        "goal": "De handel vanuit de loods is gestopt en blijft gestopt.",
                    },
                    {
                        "life_area": LifeArea.EXPLOITATION,
                        "goal": "Dylan en Kevin worden niet meer ingezet door het netwerk.",
                    },
                    {
                        "life_area": LifeArea.DOMESTIC_VIOLENCE,
                        "goal": "Ilse en de kinderen zijn veilig thuis.",
                    },
                ],
                actions=[
                    {
                        "case_intervention": interventions["sluiting-woning-drugs"],
                        "responsible": org["gemeente"],
                        "responsible_person": users["aov"],
                        "deadline": today + datetime.timedelta(days=21),
                    },
                    {
                        "case_intervention": interventions["gesprek-burgemeester"],
                        "responsible": org["gemeente"],
                        "responsible_person": users["aov"],
                        "deadline": today + datetime.timedelta(days=14),
                    },
                    {
                        "case_intervention": interventions["leefcoach"],
                        "responsible": org["gemeente"],
                        "responsible_person": users["aov"],
                        "deadline": today + datetime.timedelta(days=30),
                    },
                ],
                children=[
                    {
                        "person": person,
                        "safety": "Veiligheidsplan met moeder; Veilig Thuis volgt het gezin.",
                        "development": care,
                        "secured_by": org["veilig_thuis"],
                    }
                    for person in minors.values()
                ],
                messages=[
                    {
                        "by": org["zvh"],
                        "audience": "Ilse Vermeer en de kinderen",
                        "what": "Wat de partners gaan doen, en bij wie zij terechtkunnen.",
                        "when": today + datetime.timedelta(days=7),
                    },
                    {
                        "by": org["gemeente"],
                        "audience": "Gerrit en Ronald Doornbos",
                        "what": "Het voornemen tot sluiting, met de mogelijkheid van zienswijze.",
                        "when": today + datetime.timedelta(days=3),
                    },
                ],
                commitments=[
                    {"organisation": org[key], "commitment": text}
                    for key, text in COMMITMENTS.items()
                ],
            ),
        )
        plan.refresh_from_db()
        plan_submit(plan=plan, user=director, version=plan.version)
