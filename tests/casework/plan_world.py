"""A complete plan of action for the shared world's case, written through the services."""

import datetime

from django.utils import timezone

from casework.models import CaseIntervention, LifeArea, Person
from casework.plans.models import Plan, PlanVersion
from casework.plans.services import PlanContent, plan_of, plan_save, plan_submit
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
)
from interventions.models import Intervention
from tests.world import World

# Free text that quotes the network by name, alias and BSN: the pseudonymised variant must not.
PROBLEM = (
    "Hendrik Teststraat (alias De Baas) stuurt vanuit huis de handel; Anna weet ervan en Milan "
    "wordt als koerier ingezet. Anna's BSN 111222333 staat in het dossier van de gemeente."
)


def closure(world: World, *, risk: str = "middel") -> CaseIntervention:
    """A weighed drug closure aimed at Hendrik, with the given risk for professionals."""
    aov = world.users["aov"]
    entry = Intervention.objects.get(slug="sluiting-woning-drugs")
    item = case_intervention_propose(
        case=world.case,
        user=aov,
        intervention=entry,
        purpose="De handel vanuit de woning van Hendrik stoppen.",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["opa"]],
    )
    assessment_save(
        case_intervention=item,
        user=aov,
        version=item.version,
        checks=[CheckInput(met=True, evidence="Rapportage") for _ in entry.conditions.all()],
        legal_basis_present=True,
        proportionality="Handelshoeveelheid.",
        subsidiarity="Waarschuwing zonder effect.",
        desirability="Past in het plan.",
        human_measure="Milan woont er; jeugdhulp volgt hem.",
        safety_risk=risk,
        safety_measures="Altijd met de politie." if risk != "laag" else "",
        motivation="Zie de rapportage over Hendrik.",
    )
    item.refresh_from_db()
    return item


def content(world: World, items: list[CaseIntervention], **changes: object) -> PlanContent:
    today = timezone.localdate()
    orgs = world.organisations
    milan: Person = world.persons["kind"]
    fields: dict[str, object] = {
        "problem": PROBLEM,
        "safety_measures": "Huisbezoeken met twee medewerkers; Hendrik niet alleen bezoeken.",
        "safety_checked_by": orgs["politie"],
        "shield_professionals": False,
        "evaluation_on": today + datetime.timedelta(days=60),
        "goals": [{"life_area": LifeArea.SAFETY, "goal": "De handel van Hendrik is gestopt."}],
        "actions": [
            {
                "case_intervention": item,
                "responsible": orgs["gemeente"],
                "responsible_person": world.users["aov"],
                "deadline": today + datetime.timedelta(days=14),
            }
            for item in items
        ],
        "children": [
            {
                "person": milan,
                "safety": "Veiligheidsplan met Anna.",
                "development": "School en jeugdhulp volgen Milan.",
                "secured_by": orgs["veilig_thuis"],
            }
        ],
        "messages": [
            {
                "by": orgs["zvh"],
                "audience": "Anna Teststraat",
                "what": "Wat de partners gaan doen.",
                "when": today + datetime.timedelta(days=3),
            }
        ],
        "commitments": [
            {"organisation": orgs[key], "commitment": f"Inzet van {orgs[key].name}."}
            for key in ("gemeente", "zvh", "veilig_thuis", "ggz", "politie", "om")
        ],
    }
    fields.update(changes)
    return PlanContent(**fields)  # type: ignore[arg-type]


def complete_plan(world: World, **changes: object) -> Plan:
    Person.objects.filter(pk=world.persons["opa"].pk).update(alias="De Baas")
    plan = plan_of(world.case)
    plan_save(
        plan=plan,
        user=world.users["procesregisseur"],
        version=plan.version,
        content=content(world, [closure(world)], **changes),
    )
    plan.refresh_from_db()
    return plan


def submitted(world: World, **changes: object) -> PlanVersion:
    plan = complete_plan(world, **changes)
    return plan_submit(plan=plan, user=world.users["procesregisseur"], version=plan.version)


def submit_until(world: World, plan: Plan, count: int) -> None:
    """Changes and submits the plan until it has `count` versions."""
    while plan.versions.count() < count:
        plan.refresh_from_db()
        plan_save(
            plan=plan,
            user=world.users["aov"],
            version=plan.version,
            content=content(
                world,
                [plan.actions.get().case_intervention],
                problem=f"Beeld {plan.versions.count()}",
            ),
        )
        plan_submit(plan=plan, user=world.users["aov"], version=plan.version)


def network_names(world: World) -> list[str]:
    """Every name, alias and BSN of the world's network."""
    names: list[str] = []
    for person in world.case.persons.all():
        names += [person.first_name, person.last_name, person.alias, person.bsn]
        names += person.last_name.split()
    return sorted({name for name in names if name})
