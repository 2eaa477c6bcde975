"""Writing the plan: saving the draft (optimistically locked), what it lacks, submitting it as
an immutable numbered version, and asking for its documents."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import (
    Assessment,
    Case,
    CaseIntervention,
    InterventionStatus,
    Person,
)
from casework.models.network import ADULT_AGE
from casework.plans.models import (
    Plan,
    PlanAction,
    PlanChild,
    PlanCommitment,
    PlanGoal,
    PlanMessage,
    PlanVersion,
)
from casework.plans.signals import version_submitted
from casework.plans.snapshot import RISKS, build, digest
from documents.models import DocumentJob
from documents.services import document_request
from partners.models import Organisation, User
from partners.policy import Action, require
from workflow.locking import Conflict, bump_version

KIND = "plan"
FULL = "volledig"
PSEUDONYMISED = "gepseudonimiseerd"
VARIANTS = (FULL, PSEUDONYMISED)
CONFLICT = _("Iemand anders heeft het plan intussen gewijzigd. Laad de pagina opnieuw.")
# Interventions no longer part of any plan: withdrawn ones.
NOT_PLANNED = (InterventionStatus.WITHDRAWN,)


@dataclass
class PlanContent:
    """A whole draft as a form or the API sends it: the plan's own fields and its rows."""

    problem: str = ""
    safety_measures: str = ""
    safety_checked_by: Organisation | None = None
    shield_professionals: bool = False
    evaluation_on: datetime.date | None = None
    goals: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    children: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    commitments: list[dict[str, Any]] = field(default_factory=list)


def plan_of(case: Case) -> Plan:
    """The case's draft plan, made empty the first time it is asked for."""
    plan, _created = Plan.objects.get_or_create(case=case)
    return plan


def _partners(case: Case) -> set[int]:
    return set(case.participations.current().values_list("organisation_id", flat=True))


def _check(plan: Plan, content: PlanContent) -> None:
    """The rows must belong to this case: its interventions, its minors, its partners."""
    case = plan.case
    partners = _partners(case)
    errors: list[str] = []
    interventions = {ci.pk: ci for ci in CaseIntervention.objects.filter(case=case)}
    seen: set[int] = set()
    for row in content.actions:
        item: CaseIntervention = row["case_intervention"]
        if item.pk not in interventions:
            errors.append(_("Een gekozen interventie hoort niet bij deze casus."))
        if item.pk in seen:
            errors.append(
                _("%(name)s staat twee keer in het plan.") % {"name": item.intervention.name}
            )
        seen.add(item.pk)
        person: User | None = row.get("responsible_person")
        if person is not None and person.organisation_id != row["responsible"].pk:
            errors.append(
                _("%(person)s werkt niet bij %(partner)s.")
                % {"person": person, "partner": row["responsible"]}
            )
        if row["responsible"].pk not in partners:
            errors.append(
                _("%(partner)s neemt geen deel aan de casus.") % {"partner": row["responsible"]}
            )
    minors = {p.pk for p in Person.objects.filter(case=case) if p.is_minor}
    if any(row["person"].pk not in minors for row in content.children):
        errors.append(_("Het kinderdeel gaat alleen over minderjarigen uit dit netwerk."))
    for row in content.commitments:
        if row["organisation"].pk not in partners:
            errors.append(
                _("%(partner)s neemt geen deel aan de casus.") % {"partner": row["organisation"]}
            )
    if len({row["organisation"].pk for row in content.commitments}) < len(content.commitments):
        errors.append(_("Elke partner legt zijn inzet één keer vast."))
    if errors:
        raise ValidationError(list(dict.fromkeys(errors)))


@transaction.atomic
def plan_save(*, plan: Plan, user: User, version: int, content: PlanContent) -> Plan:
    """Saves the whole draft on the version read; its rows are replaced by the ones given.
    Raises Conflict when someone saved in between, ValidationError when a row does not belong
    to the case."""
    require(user, Action.CHANGE, plan)
    _check(plan, content)
    bump_version(
        plan,
        version,
        conflict=Conflict(CONFLICT),
        problem=content.problem.strip(),
        safety_measures=content.safety_measures.strip(),
        safety_checked_by=content.safety_checked_by,
        shield_professionals=content.shield_professionals,
        evaluation_on=content.evaluation_on,
        changed_by=user,
    )
    for model in (PlanGoal, PlanAction, PlanChild, PlanMessage, PlanCommitment):
        model._default_manager.filter(plan=plan).delete()
    PlanGoal.objects.bulk_create(
        PlanGoal(plan=plan, position=i, **row) for i, row in enumerate(content.goals)
    )
    PlanAction.objects.bulk_create(
        PlanAction(plan=plan, position=i, **row) for i, row in enumerate(content.actions)
    )
    PlanChild.objects.bulk_create(PlanChild(plan=plan, **row) for row in content.children)
    PlanMessage.objects.bulk_create(
        PlanMessage(plan=plan, position=i, **row) for i, row in enumerate(content.messages)
    )
    PlanCommitment.objects.bulk_create(
        PlanCommitment(plan=plan, **row) for row in content.commitments
    )
    Case.objects.filter(pk=plan.case_id).update(changed_at=timezone.now())
    return plan


def plan_missing(plan: Plan) -> list[str]:
    """What the draft still lacks before it can be submitted, in Dutch; empty when complete."""
    case = plan.case
    missing: list[str] = []
    if not plan.problem.strip():
        missing.append(_("Beschrijf het probleem zoals veiligheid en zorg het samen zien."))
    if not plan.goals.exists():
        missing.append(_("Leg minstens één doel vast, met het leefgebied waar het om gaat."))
    actions = list(plan.actions.select_related("case_intervention__intervention"))
    if not actions:
        missing.append(_("Kies de interventies die het plan inzet."))
    for action in actions:
        name = action.case_intervention.intervention.name
        if action.responsible_person_id is None:
            missing.append(
                _("Wijs bij %(name)s de verantwoordelijke persoon aan.") % {"name": name}
            )
        if action.deadline is None:
            missing.append(_("Geef bij %(name)s aan wanneer het klaar moet zijn.") % {"name": name})
    at_risk = Assessment.objects.filter(case_intervention__case=case, safety_risk__in=RISKS)
    if at_risk.exists():
        if not plan.safety_measures.strip():
            missing.append(
                _(
                    "Een afweging vond een veiligheidsrisico voor de professionals: leg de "
                    "maatregelen vast."
                )
            )
        if plan.safety_checked_by_id is None:
            missing.append(_("Geef aan welke partner de veiligheidsmaatregelen controleert."))
    children = {c.person_id: c for c in plan.children.all()}
    for person in Person.objects.filter(case=case, birth_date__isnull=False):
        if person.age is None or person.age >= ADULT_AGE:
            continue
        row = children.get(person.pk)
        if row is None or not row.safety.strip() or not row.development.strip():
            missing.append(
                _("Beschrijf voor %(name)s hoe veiligheid en ontwikkeling geborgd worden.")
                % {"name": person.full_name}
            )
        elif row.secured_by_id is None:
            missing.append(
                _("Geef aan wie de veiligheid van %(name)s borgt.") % {"name": person.full_name}
            )
    if not plan.messages.exists():
        missing.append(_("Spreek af wie de familie wat vertelt, en wanneer."))
    committed = set(plan.commitments.values_list("organisation_id", flat=True))
    for partner in Organisation.objects.filter(pk__in=_partners(case) - committed).order_by("name"):
        missing.append(_("Leg de inzet van %(partner)s vast.") % {"partner": partner.name})
    if plan.evaluation_on is None:
        missing.append(_("Kies de datum van de evaluatie."))
    elif plan.evaluation_on <= timezone.localdate():
        missing.append(_("De evaluatiedatum moet in de toekomst liggen."))
    return missing


@transaction.atomic
def plan_submit(*, plan: Plan, user: User, version: int) -> PlanVersion:
    """Submits the draft as it is on the version read: a new numbered version with the
    snapshot of everything its PDF shows and that snapshot's SHA-256; both PDFs are queued.
    Raises ValidationError with what is missing, Conflict when the draft changed meanwhile."""
    require(user, Action.CHANGE, plan)
    locked = Plan.objects.select_for_update().select_related("case__municipality").get(pk=plan.pk)
    if locked.version != version:
        raise Conflict(CONFLICT)
    missing = plan_missing(locked)
    if missing:
        raise ValidationError(missing)
    now = timezone.now()
    snapshot = build(locked, user=user, at=now)
    previous = locked.versions.order_by("-number").first()
    if previous is not None and _content(previous.snapshot) == _content(snapshot):
        raise ValidationError(
            _("Het concept is niet gewijzigd sinds versie %(number)s.")
            % {"number": previous.number}
        )
    last = previous.number if previous is not None else 0
    submitted = PlanVersion.objects.create(
        plan=locked,
        case=locked.case,
        number=last + 1,
        snapshot=snapshot,
        sha256=digest(snapshot),
        submitted_by=user,
        submitted_at=now,
    )
    # The draft moves on: a second submit of the same read is refused as a conflict.
    bump_version(locked, version, conflict=Conflict(CONFLICT), changed_by=user)
    for variant in VARIANTS:
        document_request(kind=KIND, subject_id=submitted.pk, variant=variant, user=user)
    version_submitted.send(sender=PlanVersion, version=submitted)
    return submitted


def _content(snapshot: dict[str, Any]) -> str:
    """The snapshot without who submitted it when: what a new version must change."""
    return digest({key: value for key, value in snapshot.items() if key != "submitted"})


def version_document(*, version: PlanVersion, variant: str, user: User) -> DocumentJob:
    """The job making this version's PDF in `variant`: reused when it exists, queued again when
    it failed. The caller has checked that `user` may read that variant."""
    if variant not in VARIANTS:
        raise ValidationError(_("Onbekende variant."))
    return document_request(kind=KIND, subject_id=version.pk, variant=variant, user=user)
