"""Interventions on a case: proposing, wikken en wegen, the decision gate, evaluation, and who
sees what."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from casework.models import CaseIntervention, InterventionStatus
from casework.selectors import case_minors, intervention_suggestions
from casework.selectors import intervention_usage as usage_of
from casework.services.interventions import (
    CheckInput,
    assessment_save,
    case_intervention_propose,
    case_intervention_transition,
    evaluation_record,
    intervention_next_statuses,
)
from casework.weighing import assessment_missing, decision_missing, weighed_against
from casework.workflows import FORMAL_COURSE
from interventions.models import Intervention, Kind, ViewRequirement, months_before
from interventions.services import intervention_keep_version
from interventions.usage import intervention_usage
from partners.models import Role
from partners.policy import Action, can, visible
from tests.conftest import api_client, reader, verified_client
from tests.partners.factories import UserFactory
from tests.world import World

pytestmark = pytest.mark.django_db

CLOSURE = "Sluiting woning wegens drugs (art. 13b Opiumwet)"
S = InterventionStatus


@pytest.fixture
def closure() -> Intervention:
    return Intervention.objects.get(name=CLOSURE)


@pytest.fixture
def informal() -> Intervention:
    return Intervention.objects.filter(kind=Kind.INFORMAL).order_by("name")[0]


def propose(world: World, intervention: Intervention) -> CaseIntervention:
    return case_intervention_propose(
        case=world.case,
        user=world.users["aov"],
        intervention=intervention,
        purpose="De drugshandel vanuit de woning stoppen.",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["moeder"]],
    )


def complete_assessment(world: World, item: CaseIntervention) -> None:
    conditions = item.intervention.conditions.count()
    assessment_save(
        case_intervention=item,
        user=world.users["aov"],
        version=item.version,
        checks=[CheckInput(met=True, evidence="Politierapport 12-3") for _ in range(conditions)],
        legal_basis_present=True,
        proportionality="Herhaalde handel ondanks waarschuwing.",
        subsidiarity="Waarschuwing bleef zonder effect.",
        lighter_considered=list(item.intervention.lighter_alternatives.all()[:1]),
        desirability="Past in het plan van aanpak.",
        human_measure="Milan (12) gaat tijdelijk naar zijn tante; jeugdhulp is ingeschakeld.",
        safety_risk="middel",
        safety_measures="Uitvoering met politie; twee medewerkers.",
        motivation="Zie rapportage en afweging.",
    )


def short_assessment(world: World, item: CaseIntervention) -> None:
    assessment_save(
        case_intervention=item,
        user=world.users["aov"],
        version=item.version,
        checks=[CheckInput(met=True, evidence="") for _ in item.intervention.conditions.all()],
        desirability="Past in het plan.",
        human_measure="Raakt de kinderen niet.",
        safety_risk="laag",
        motivation="Eerst licht, dan zwaarder.",
    )
    assert assessment_missing(item) == []


def test_propose_validates_and_records_the_intention(world: World, closure: Intervention) -> None:
    item = propose(world, closure)
    assert item.status == S.INTENTION and item.catalogue_version == closure.version
    assert list(item.status_changes.values_list("to_status", flat=True)) == [S.INTENTION]
    with pytest.raises(ValidationError) as error:
        case_intervention_propose(
            case=world.case,
            user=world.users["aov"],
            intervention=closure,
            purpose=" ",
            responsible=world.organisations["woningcorporatie"],  # does not take part
        )
    assert set(error.value.message_dict) == {"purpose", "target_persons", "responsible"}
    with pytest.raises(PermissionDenied):
        propose_as = world.users["ketenpartner_buiten"]
        case_intervention_propose(
            case=world.case,
            user=propose_as,
            intervention=closure,
            purpose="x",
            responsible=world.organisations["gemeente"],
            target_persons=[world.persons["moeder"]],
        )


def test_a_formal_decision_needs_a_complete_assessment(world: World, closure: Intervention) -> None:
    item = propose(world, closure)
    aov = world.users["aov"]
    with pytest.raises(ValidationError, match="Voor een besluit ontbreekt nog"):
        case_intervention_transition(
            case_intervention=item, user=aov, to_status=S.DECIDED, reason="Besluit", version=1
        )
    # Saved incomplete: the gate names what is missing.
    assessment_save(
        case_intervention=item,
        user=aov,
        version=1,
        checks=[CheckInput(met=False, evidence="") for _ in closure.conditions.all()],
        desirability="Wenselijk.",
    )
    missing = assessment_missing(item)
    assert any("grondslag" in line for line in missing)
    assert any(line.startswith("Voorwaarde niet voldaan") for line in missing)
    assert any("veiligheidsrisico" in line for line in missing)
    complete_assessment(world, item)
    assert assessment_missing(item) == []
    case_intervention_transition(
        case_intervention=item,
        user=aov,
        to_status=S.VIEWS_REQUESTED,
        reason="Voornemen aan de eigenaar gestuurd",
        version=item.version,
    )
    change = case_intervention_transition(
        case_intervention=item,
        user=aov,
        to_status=S.DECIDED,
        reason="Besluit B&W",
        version=item.version,
    )
    assert change.from_status == S.VIEWS_REQUESTED and item.status == S.DECIDED
    # The assessment is the record of the decision now: it no longer changes.
    with pytest.raises(ValidationError, match="verandert de afweging niet meer"):
        complete_assessment(world, item)


def test_the_status_machine_refuses_illegal_steps_and_stale_versions(
    world: World, closure: Intervention, informal: Intervention
) -> None:
    aov = world.users["aov"]
    item = propose(world, closure)
    assert S.CARRIED_OUT not in intervention_next_statuses(item)
    with pytest.raises(ValidationError, match="niet naar"):
        case_intervention_transition(
            case_intervention=item, user=aov, to_status=S.CARRIED_OUT, reason="x", version=1
        )
    case_intervention_transition(
        case_intervention=item, user=aov, to_status=S.VIEWS_REQUESTED, reason="Brief", version=1
    )
    with pytest.raises(ValidationError, match="intussen gewijzigd"):
        case_intervention_transition(
            case_intervention=item, user=aov, to_status=S.WITHDRAWN, reason="x", version=1
        )
    # Informal interventions have no decision procedure: carried out after the short weighing.
    light = propose(world, informal)
    assert intervention_next_statuses(light) == [S.CARRIED_OUT, S.WITHDRAWN]
    with pytest.raises(ValidationError, match="Zonder volledige afweging"):
        case_intervention_transition(
            case_intervention=light, user=aov, to_status=S.CARRIED_OUT, reason="x", version=1
        )
    # An objection may come after a formal decision was carried out.
    assert S.OBJECTION in FORMAL_COURSE.table()[S.CARRIED_OUT]


def test_minors_of_the_network_are_listed_by_name(world: World, closure: Intervention) -> None:
    assert [
        person.first_name for person in case_minors(reader(world.users["aov"]), world.case)
    ] == ["Milan"]
    assert case_minors(reader(world.users["burgemeester"]), world.case) == []
    item = propose(world, closure)
    html = verified_client(world.users["aov"]).get(
        f"/casussen/{world.case.pk}/interventies/{item.pk}/"
    )
    assert html.status_code == 200
    assert "Minderjarigen in het netwerk" in html.content.decode()
    assert "Milan Teststraat" in html.content.decode()


def test_evaluation_closes_and_feeds_the_catalogue_figures(
    world: World, informal: Intervention
) -> None:
    aov = world.users["aov"]
    item = propose(world, informal)
    with pytest.raises(ValidationError, match="nadat zij is uitgevoerd"):
        evaluation_record(
            case_intervention=item, user=aov, rating=4, what_worked="x", what_did_not="", version=1
        )
    short_assessment(world, item)
    case_intervention_transition(
        case_intervention=item, user=aov, to_status=S.CARRIED_OUT, reason="Gesprek", version=2
    )
    evaluation_record(
        case_intervention=item,
        user=aov,
        rating=4,
        what_worked="De familie kwam naar het gesprek.",
        what_did_not="",
        version=3,
    )
    assert item.status == S.EVALUATED
    usage = intervention_usage(informal)
    assert usage == usage_of(informal)
    assert (usage.times_used, usage.times_evaluated, usage.average_rating) == (1, 1, 4.0)
    page = verified_client(world.users["ketenpartner_buiten"]).get(
        f"/interventies/{informal.slug}/"
    )
    text = page.content.decode()
    # The catalogue shows figures, never the case.
    assert "1 keer ingezet" in text and world.case.number not in text


def test_suggestions_combine_kinds_from_life_areas_and_minors(world: World) -> None:
    world.case.life_areas = ["veiligheid", "opvoeding"]
    world.case.save()
    suggestions = intervention_suggestions(reader(world.users["aov"]), world.case)
    kinds = {kind for kind, items in suggestions.items() if items}
    assert {Kind.FORMAL, Kind.CARE} <= kinds or {Kind.FORMAL, Kind.INFORMAL} <= kinds
    reasons = [reason for items in suggestions.values() for s in items for reason in s.reasons]
    assert any("minderjarigen" in reason for reason in reasons)


def test_who_sees_the_interventions_of_a_case(world: World, closure: Intervention) -> None:
    item = propose(world, closure)
    complete_assessment(world, item)
    users = world.users
    for key in ("aov", "ketenpartner_politie", "burgemeester", "officier"):
        assert can(users[key], Action.VIEW, item), key
    # Only the proposing partner records the weighing.
    assert can(users["aov"], Action.CHANGE, item)
    for key in ("ketenpartner_politie", "procesregisseur", "burgemeester"):
        assert not can(users[key], Action.CHANGE, item), key
    with pytest.raises(PermissionDenied):
        assessment_save(
            case_intervention=item, user=users["ketenpartner_politie"], version=2, checks=[]
        )
    police = verified_client(users["ketenpartner_politie"])
    url = f"/casussen/{world.case.pk}/interventies/{item.pk}/"
    assert "Afweging opslaan" not in police.get(url).content.decode()
    assert police.post(url + "afweging/", {"version": 2}).status_code == 403
    for key in ("ketenpartner_buiten", "ketenpartner_vertrokken", "functioneel_beheerder"):
        assert not can(users[key], Action.VIEW, item), key
        seen = visible(users[key], Action.VIEW, CaseIntervention.objects.all())
        assert not seen.exists(), key
        api = api_client(users[key])
        assert api.get(f"/api/cases/{world.case.pk}/interventions/").status_code == 404
        response = verified_client(users[key]).get(
            f"/casussen/{world.case.pk}/interventies/{item.pk}/"
        )
        assert response.status_code == 404, key
    # A vierhoek member reads the weighing but cannot change it, and sees no one of the
    # network by name: not the targets, not the minors, not a name in the free text.
    mayor = verified_client(users["burgemeester"])
    page = mayor.get(f"/casussen/{world.case.pk}/interventies/{item.pk}/").content.decode()
    assert "[minderjarige M.T.] (12) gaat tijdelijk" in page and "Afweging opslaan" not in page
    assert "Milan" not in page
    assert "Anna Teststraat" not in page and "Milan Teststraat" not in page
    tab = mayor.get(f"/casussen/{world.case.pk}/interventies/").content.decode()
    assert CLOSURE in tab and "Anna Teststraat" not in tab
    listed = api_client(users["burgemeester"]).get(f"/api/cases/{world.case.pk}/interventions/")
    assert listed.json()["results"][0]["target_persons"] == []
    refused = mayor.post(f"/casussen/{world.case.pk}/interventies/{item.pk}/afweging/", {})
    assert refused.status_code == 404


def test_pages_propose_weigh_and_decide(world: World, closure: Intervention) -> None:
    client = verified_client(world.users["aov"])
    tab = client.get(f"/casussen/{world.case.pk}/interventies/?interventie={closure.slug}")
    assert tab.status_code == 200 and "Combineren: suggesties" in tab.content.decode()
    bad = client.post(f"/casussen/{world.case.pk}/interventies/", {"intervention": closure.pk})
    assert bad.status_code == 200 and "Beschrijf wat de interventie" in bad.content.decode()
    created = client.post(
        f"/casussen/{world.case.pk}/interventies/",
        {
            "intervention": closure.pk,
            "purpose": "Handel stoppen",
            "target_persons": [world.persons["moeder"].pk],
            "responsible": world.organisations["gemeente"].pk,
        },
    )
    item = CaseIntervention.objects.get(case=world.case)
    assert created.status_code == 302
    url = f"/casussen/{world.case.pk}/interventies/{item.pk}/"
    data = {
        "version": 1,
        "legal_basis_present": "on",
        "proportionality": "p",
        "subsidiarity": "s",
        "desirability": "d",
        "human_measure": "h",
        "safety_risk": "laag",
        "motivation": "m",
    }
    for position in range(1, closure.conditions.count() + 1):
        data[f"met_{position}"] = "on"
        data[f"evidence_{position}"] = "PV 2026-1"
    assert client.post(url + "afweging/", data).status_code == 302
    weighed = client.get(url).content.decode()
    # Weighed completely; the closure still asks a zienswijze before the decision.
    assert "Afweging volledig" in weighed and "Vraag eerst een zienswijze" in weighed
    stale = client.post(url + "afweging/", data)  # the same form again: version 1 is old
    assert stale.status_code == 400 and "intussen gewijzigd" in stale.content.decode()
    heard = client.post(
        url + "status/", {"to_status": S.VIEWS_REQUESTED, "reason": "Brief", "version": 2}
    )
    assert heard.status_code == 302
    decided = client.post(
        url + "status/", {"to_status": S.DECIDED, "reason": "Besluit", "version": 3}
    )
    assert decided.status_code == 302
    item.refresh_from_db()
    assert item.status == S.DECIDED
    refused = client.post(url + "status/", {"to_status": S.EVALUATED, "reason": "x", "version": 4})
    assert refused.status_code == 400


def test_api_proposes_weighs_and_gates(world: World, closure: Intervention) -> None:
    api = api_client(world.users["aov"])
    base = f"/api/cases/{world.case.pk}/interventions/"
    created = api.post(
        base,
        {
            "intervention": closure.slug,
            "purpose": "Handel stoppen",
            "responsible": world.organisations["gemeente"].pk,
            "target_persons": [world.persons["moeder"].pk],
        },
        format="json",
    )
    assert created.status_code == 201, created.json()
    item = created.json()
    assert item["missing_for_decision"]
    gate = api.post(
        f"{base}{item['id']}/transitions/",
        {"to_status": S.DECIDED, "reason": "Besluit", "version": 1},
        format="json",
    )
    assert gate.status_code == 400
    checks = [{"met": True, "evidence": "PV"} for _ in closure.conditions.all()]
    weighed = api.put(
        f"{base}{item['id']}/assessment/",
        {
            "version": 1,
            "checks": checks,
            "legal_basis_present": True,
            "proportionality": "p",
            "subsidiarity": "s",
            "desirability": "d",
            "human_measure": "h",
            "safety_risk": "laag",
            "motivation": "m",
        },
        format="json",
    )
    assert weighed.status_code == 200
    # Complete, but the closure asks a zienswijze before the decision.
    assert [
        line for line in weighed.json()["missing_for_decision"] if "zienswijze" not in line
    ] == []
    heard = api.post(
        f"{base}{item['id']}/transitions/",
        {"to_status": S.VIEWS_REQUESTED, "reason": "Brief", "version": 2},
        format="json",
    )
    assert heard.status_code == 201
    decided = api.post(
        f"{base}{item['id']}/transitions/",
        {"to_status": S.DECIDED, "reason": "Besluit", "version": 3},
        format="json",
    )
    assert decided.status_code == 201
    listed = api.get(base).json()
    assert listed["count"] == 1 and listed["results"][0]["status"] == S.DECIDED
    other = api.post(
        base,
        {
            "intervention": closure.slug,
            "purpose": "x",
            "responsible": world.organisations["gemeente"].pk,
            "target_persons": [999999],
        },
        format="json",
    )
    assert other.status_code == 400


def test_a_weighing_under_way_keeps_the_catalogue_text_it_started_from(
    world: World, closure: Intervention
) -> None:

    item = propose(world, closure)
    conditions = list(closure.conditions.values_list("text", flat=True))
    # The functional manager changes the entry: another kind, one condition fewer.
    manager = UserFactory.create(username="fb-wijziging", role=Role.FUNCTIONAL_MANAGER)
    closure.version = intervention_keep_version(intervention=closure, user=manager)
    closure.kind = Kind.INFORMAL
    closure.save()
    closure.conditions.order_by("-position")[0].delete()
    item = CaseIntervention.objects.get(pk=item.pk)
    # The case still weighs the formal instrument with all its conditions of then.
    assert S.DECIDED in intervention_next_statuses(item)
    with pytest.raises(ValidationError, match="Beoordeel elke voorwaarde"):
        assessment_save(
            case_intervention=item,
            user=world.users["aov"],
            version=item.version,
            checks=[CheckInput(met=True, evidence="PV") for _ in range(len(conditions) - 1)],
        )
    complete_with = [CheckInput(met=True, evidence="PV") for _ in conditions]
    assessment_save(
        case_intervention=item, user=world.users["aov"], version=item.version, checks=complete_with
    )
    checked = list(item.assessment.checks.values_list("condition", flat=True))
    assert checked == conditions
    assert any("grondslag" in line for line in assessment_missing(item))  # still formal


def test_a_required_zienswijze_gates_a_decision_straight_from_the_intention(
    world: World, closure: Intervention
) -> None:
    Intervention.objects.filter(pk=closure.pk).update(view_requirement=ViewRequirement.REQUIRED)
    aov = world.users["aov"]
    item = propose(world, closure)
    complete_assessment(world, item)
    assert assessment_missing(item) == []
    assert any("zienswijze" in line for line in decision_missing(item))
    with pytest.raises(ValidationError, match="Vraag eerst een zienswijze"):
        case_intervention_transition(
            case_intervention=item, user=aov, to_status=S.DECIDED, reason="B", version=2
        )
    # Asking the zienswijze is the step before the decision.
    case_intervention_transition(
        case_intervention=item, user=aov, to_status=S.VIEWS_REQUESTED, reason="Brief", version=2
    )
    assert decision_missing(item) == []
    case_intervention_transition(
        case_intervention=item, user=aov, to_status=S.DECIDED, reason="B", version=3
    )
    assert item.status == S.DECIDED


def test_skipping_a_required_zienswijze_needs_its_reason_in_the_weighing(
    world: World, closure: Intervention
) -> None:
    Intervention.objects.filter(pk=closure.pk).update(view_requirement=ViewRequirement.REQUIRED)
    aov = world.users["aov"]
    item = propose(world, closure)
    client = verified_client(aov)
    url = f"/casussen/{world.case.pk}/interventies/{item.pk}/"
    page = client.get(url).content.decode()
    assert "Reden om geen zienswijze te vragen" in page and "Vraag eerst een zienswijze" in page
    assert "Rechtsmiddelen na het besluit" in page
    complete_assessment(world, item)
    api = api_client(aov)
    detail = api.get(f"/api/cases/{world.case.pk}/interventions/{item.pk}/").json()
    assert detail["legal_frame"]["view_requirement"] == ViewRequirement.REQUIRED
    assert any("zienswijze" in line for line in detail["missing_for_decision"])
    refused = api.post(
        f"/api/cases/{world.case.pk}/interventions/{item.pk}/transitions/",
        {"to_status": S.DECIDED, "reason": "B", "version": item.version},
        format="json",
    )
    assert refused.status_code == 400 and "zienswijze" in refused.content.decode()
    assessment_save(
        case_intervention=item,
        user=aov,
        version=item.version,
        checks=[CheckInput(met=True, evidence="PV") for _ in closure.conditions.all()],
        legal_basis_present=True,
        proportionality="p",
        subsidiarity="s",
        desirability="d",
        human_measure="h",
        safety_risk="laag",
        motivation="m",
        views_skip_reason="Acuut gevaar voor de kinderen: spoed (art. 4:11 sub a Awb).",
    )
    assert decision_missing(item) == []
    case_intervention_transition(
        case_intervention=item, user=aov, to_status=S.DECIDED, reason="B", version=item.version
    )
    assert item.status == S.DECIDED
    # The reason is free text of the weighing: a vierhoek member reads it like the rest.
    mayor = verified_client(world.users["burgemeester"]).get(url).content.decode()
    assert "spoed (art. 4:11 sub a Awb)" in mayor


def test_a_stale_legal_review_is_flagged_in_the_weighing(
    world: World, closure: Intervention
) -> None:
    Intervention.objects.filter(pk=closure.pk).update(
        reviewed_on=months_before(timezone.localdate(), 13)
    )
    item = propose(world, closure)
    page = verified_client(world.users["aov"]).get(
        f"/casussen/{world.case.pk}/interventies/{item.pk}/"
    )
    assert "meer dan twaalf maanden geleden" in page.content.decode()
    detail = api_client(world.users["aov"]).get(
        f"/api/cases/{world.case.pk}/interventions/{item.pk}/"
    )
    assert detail.json()["legal_frame"]["review_due"] is True


def test_a_legal_correction_of_the_entry_applies_to_a_decision_not_yet_taken(
    world: World, closure: Intervention
) -> None:
    item = propose(world, closure)
    conditions = list(closure.conditions.values_list("text", flat=True))
    manager = UserFactory.create(username="fb-correctie", role=Role.FUNCTIONAL_MANAGER)
    closure.version = intervention_keep_version(intervention=closure, user=manager)
    closure.view_requirement = ViewRequirement.NOT_REQUIRED
    closure.view_note = "Spoed is eigen aan het instrument."
    closure.remedies = "Gecorrigeerde rechtsmiddelen."
    closure.save()
    closure.conditions.order_by("-position")[0].delete()
    weighed = weighed_against(CaseIntervention.objects.get(pk=item.pk))
    # The checklist stays the one the case was weighed against; the legal frame is today's.
    assert weighed.conditions == conditions
    assert weighed.view_requirement == ViewRequirement.NOT_REQUIRED
    assert weighed.remedies == "Gecorrigeerde rechtsmiddelen."


def test_a_recorded_reason_to_skip_the_zienswijze_stays_when_the_form_does_not_ask(
    world: World, closure: Intervention
) -> None:
    Intervention.objects.filter(pk=closure.pk).update(view_requirement=ViewRequirement.REQUIRED)
    item = propose(world, closure)
    aov = world.users["aov"]
    assessment_save(
        case_intervention=item,
        user=aov,
        version=item.version,
        checks=[CheckInput(met=False, evidence="") for _ in closure.conditions.all()],
        views_skip_reason="Spoed.",
    )
    # Saved again without the field (as the form does when no zienswijze is asked).
    assessment_save(
        case_intervention=item,
        user=aov,
        version=item.version,
        checks=[CheckInput(met=False, evidence="") for _ in closure.conditions.all()],
        motivation="Aangevuld.",
    )
    item.assessment.refresh_from_db()
    assert item.assessment.views_skip_reason == "Spoed."


def test_every_lost_race_on_an_intervention_is_a_conflict(
    world: World, closure: Intervention
) -> None:
    item = propose(world, closure)
    complete_assessment(world, item)  # version 2 now; a client still holding version 1 lost
    api = api_client(world.users["aov"])
    base = f"/api/cases/{world.case.pk}/interventions/{item.pk}/"
    stale = {
        "assessment/": ("put", {"version": 1, "checks": []}),
        "transitions/": ("post", {"to_status": S.WITHDRAWN, "reason": "x", "version": 1}),
        "evaluation/": ("post", {"rating": 3, "version": 1}),
    }
    for path, (method, body) in stale.items():
        answer = getattr(api, method)(base + path, body, format="json")
        assert answer.status_code == 409, (path, answer.content)
        assert "intussen gewijzigd" in answer.json()["detail"]
