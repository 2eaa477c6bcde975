""" "Mijn werk": what is the user's own, read through the policy like every other list."""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from casework.models import Case, CaseIntervention, InterventionStatus
from casework.permissions import VIERHOEK
from interventions.models import Kind
from partners.policy import Action, has_role
from partners.reading import Reader

# How many of each the start page lists; the full lists are one click away.
LISTED = 10
DEADLINE_DAYS = 14
OPEN = (
    InterventionStatus.INTENTION,
    InterventionStatus.VIEWS_REQUESTED,
    InterventionStatus.OBJECTION,
)
UNDER_WAY = (*OPEN, InterventionStatus.DECIDED)


@dataclass(frozen=True)
class Deadline:
    day: datetime.date
    what: str
    item: CaseIntervention


@dataclass(frozen=True)
class MyWork:
    directed: list[Case]
    recent: list[Case]
    to_weigh: list[CaseIntervention]
    to_decide: list[CaseIntervention]
    deadlines: list[Deadline]


def _interventions(reader: Reader, action: Action = Action.VIEW) -> QuerySet[CaseIntervention]:
    return reader.visible(
        action,
        CaseIntervention.objects.select_related("case", "intervention", "responsible"),
    )


def my_work(reader: Reader) -> MyWork:
    """The cases the user directs (or, for who directs none, the newest they work on); the
    interventions waiting for the weighing of the user's organisation (it proposed them) or,
    for vierhoek members, for a decision on a formal instrument; and the planned and end dates
    of the next 14 days of interventions the user's organisation is responsible for."""
    user = reader.user
    cases = reader.visible(Action.VIEW, Case.objects.select_related("municipality"))
    directed = list(
        cases.filter(Q(case_director=user) | Q(process_director=user)).order_by(
            "-changed_at", "-id"
        )[:LISTED]
    )
    recent = [] if directed else list(cases.order_by("-changed_at", "-id")[:5])
    to_weigh = list(
        _interventions(reader, Action.CHANGE)
        .filter(status__in=OPEN)
        .order_by("planned_on", "-proposed_at")[:LISTED]
    )
    to_decide: list[CaseIntervention] = []
    if has_role(user, *VIERHOEK):  # type: ignore[arg-type]
        to_decide = list(
            _interventions(reader)
            .filter(status__in=OPEN, intervention__kind=Kind.FORMAL)
            .order_by("planned_on", "-proposed_at")[:LISTED]
        )
    today = timezone.localdate()
    horizon = today + datetime.timedelta(days=DEADLINE_DAYS)
    soon = (
        _interventions(reader)
        .filter(responsible_id=getattr(user, "organisation_id", None), status__in=UNDER_WAY)
        .filter(Q(planned_on__range=(today, horizon)) | Q(ends_on__range=(today, horizon)))
        .order_by("planned_on", "ends_on")[:LISTED]
    )
    deadlines: list[Deadline] = []
    for item in soon:
        if item.planned_on and today <= item.planned_on <= horizon:
            deadlines.append(Deadline(item.planned_on, "planned", item))
        if item.ends_on and today <= item.ends_on <= horizon:
            deadlines.append(Deadline(item.ends_on, "ends", item))
    deadlines.sort(key=lambda deadline: deadline.day)
    return MyWork(directed, recent, to_weigh, to_decide, deadlines)
