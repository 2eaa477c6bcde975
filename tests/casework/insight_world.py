"""Case histories written straight into the tables, with the dates a test needs: the figures
are computed from what the tables hold, whichever code path wrote it."""

import datetime
import itertools
from dataclasses import dataclass, field

from django.db.models import Sum
from django.utils import timezone

from casework.insight.grids import STOCKS, Sums
from casework.insight.models import Figure
from casework.insight.selectors import Place
from casework.meetings.models import AgendaItem, Meeting, MeetingKind
from casework.models import (
    Case,
    CaseIntervention,
    CaseParticipation,
    EscalationChange,
    Evaluation,
    InterventionStatusChange,
    Signal,
    StatusChange,
)
from casework.plans.models import Plan, PlanVersion
from casework.review.models import Submission
from interventions.models import Intervention, Kind
from partners.models import Municipality, Organisation, Vierhoek
from tests.partners.factories import OrganisationFactory, domain
from tests.world import World

_numbers = itertools.count(1)


def at(day: datetime.date) -> datetime.datetime:
    """Noon of that day, in the installation's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def d(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


@dataclass
class Use:
    """An intervention of the catalogue's `kind`, proposed on `proposed`, with its steps."""

    kind: str
    proposed: str
    steps: list[tuple[str, str]] = field(default_factory=list)
    evaluation: tuple[int, str, str] | None = None  # rating, outcome, date
    slug: str | None = None


def intervention_of(kind: str, slug: str | None = None) -> Intervention:
    if slug:
        return Intervention.objects.get(slug=slug)
    return Intervention.objects.filter(kind=kind).order_by("pk").first()  # type: ignore[return-value]


def organisation_for(world: World, code: str) -> Organisation:
    found = Organisation.objects.filter(domain__code=code).order_by("pk").first()
    return found or OrganisationFactory.create(name=f"Partner {code}", domain=domain(code))


def history(
    world: World,
    municipality: Municipality,
    *,
    registered: str,
    escalation: int = 1,
    escalations: tuple[tuple[str, int], ...] = (),
    statuses: tuple[tuple[str, str], ...] = (),
    domains: tuple[tuple[str, str], ...] = (),
    uses: tuple[Use, ...] = (),
    signals: tuple[str, ...] = (),
    meeting: str | None = None,
    plan: str | None = None,
    adopted: str | None = None,
) -> Case:
    aov = world.users["aov"]
    number = next(_numbers)
    case = Case.objects.create(
        number=f"GM9999-{registered[:4]}-{number:04d}",
        title=f"Familie Cijfer {number}",
        municipality=municipality,
        escalation_level=escalation,
        created_by=aov,
    )
    Case.objects.filter(pk=case.pk).update(created_at=at(d(registered)))
    previous = ""
    for day, status in (("registered", "signaal"), *statuses):
        change = StatusChange.objects.create(
            case=case, from_status=previous, to_status=status, changed_by=aov, reason="test"
        )
        moment = at(d(registered if day == "registered" else day))
        StatusChange.objects.filter(pk=change.pk).update(changed_at=moment)
        previous = status
    Case.objects.filter(pk=case.pk).update(status=previous)
    for day, level in escalations:
        # The database records the change (migration casework 0014); dated here.
        Case.objects.filter(pk=case.pk).update(escalation_level=level)
        EscalationChange.objects.filter(case=case, to_level=level).update(changed_at=at(d(day)))
    for code, day in domains:
        CaseParticipation.objects.create(
            case=case,
            organisation=organisation_for(world, code),
            domain=domain(code),
            joined_on=d(day),
            joined_decided_by=aov,
        )
    for use in uses:
        intervention = intervention_of(use.kind, use.slug)
        item = CaseIntervention.objects.create(
            case=case,
            intervention=intervention,
            catalogue_version=intervention.version,
            responsible=world.organisations["gemeente"],
            purpose="test",
            status=use.steps[-1][1] if use.steps else "voornemen",
            proposed_by=aov,
        )
        CaseIntervention.objects.filter(pk=item.pk).update(proposed_at=at(d(use.proposed)))
        before = "voornemen"
        for day, status in use.steps:
            step = InterventionStatusChange.objects.create(
                case_intervention=item,
                from_status=before,
                to_status=status,
                changed_by=aov,
                reason="test",
            )
            InterventionStatusChange.objects.filter(pk=step.pk).update(changed_at=at(d(day)))
            before = status
        if use.evaluation:
            rating, outcome, day = use.evaluation
            evaluation = Evaluation.objects.create(
                case_intervention=item,
                rating=rating,
                outcome=outcome,
                what_worked="test",
                evaluated_by=aov,
            )
            Evaluation.objects.filter(pk=evaluation.pk).update(evaluated_at=at(d(day)))
    for day in signals:
        source = world.organisations["politie"]
        Signal.objects.create(
            case=case,
            received_on=d(day),
            source=source,
            domain=source.domain,
            classification="veiligheid",
            description="test",
            added_by=aov,
        )
    item_on: AgendaItem | None = None
    if meeting or adopted:
        starts = at(d(meeting or adopted or registered))
        session = Meeting.objects.create(
            kind=MeetingKind.VIERHOEK if adopted and not meeting else MeetingKind.CASE_MEETING,
            title="Overleg",
            organiser=world.organisations["zvh"],
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=1),
            chair=world.users["voorzitter"],
            created_by=world.users["voorzitter"],
        )
        item_on = AgendaItem.objects.create(meeting=session, case=case, position=1)
    if plan or adopted:
        plan_row = Plan.objects.create(
            case=case, safety_checked_by=world.organisations["zvh"], changed_by=aov
        )
        version = PlanVersion.objects.create(
            plan=plan_row,
            case=case,
            number=1,
            snapshot={},
            sha256="0" * 64,
            submitted_by=aov,
            submitted_at=at(d(plan or adopted or registered)),
        )
        if adopted:
            assert item_on is not None
            Submission.objects.create(
                case=case,
                plan_version=version,
                sha256=version.sha256,
                vierhoek=Vierhoek.objects.get_or_create(name="Testvierhoek")[0],
                meeting=item_on.meeting,
                item=item_on,
                variant="gepseudonimiseerd",
                deadline=d(adopted),
                status="vastgesteld",
                put_by=world.users["procesregisseur"],
                closed_at=at(d(adopted)),
            )
    return case


__all__ = ["Kind", "Use", "at", "d", "history"]


def place_sums(place: Place, year: int) -> Sums:
    """The place's figures of the year as they are now (the worker's sums, not yet published)."""
    figures = Figure.objects.filter(scope=place.scope, scope_id=place.id)
    rows = figures.filter(
        month__gte=datetime.date(year, 1, 1), month__lte=datetime.date(year, 12, 1)
    ).values_list("measure", "key", "detail", "month__month", "n", "total")
    before: dict[str, dict[str, int]] = {}
    stock = (
        figures.filter(measure__in=STOCKS, month__lt=datetime.date(year, 1, 1))
        .values("measure", "key")
        .annotate(sum=Sum("n"))
        .values_list("measure", "key", "sum")
    )
    for measure, key, n in stock:
        before.setdefault(measure, {})[key] = n
    return Sums(rows, before)
