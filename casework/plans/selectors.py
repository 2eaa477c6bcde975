"""Reading plans: every read through the read side and the policy."""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from casework.models import Case, CaseIntervention, InterventionStatus, Person
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
from casework.plans.services import FULL, KIND, PSEUDONYMISED, plan_of
from documents.models import DocumentJob
from partners.policy import Action, visible
from partners.reading import Reader


def plan_draft(reader: Reader, case: Case) -> Plan | None:
    """The case's draft with all its rows, or None for a reader who may not see drafts."""
    if not reader.can(Action.VIEW_NETWORK, case):
        return None
    plan_of(case)
    rows = [
        reader.prefetch("goals", PlanGoal.objects.all(), scope=case),
        reader.prefetch(
            "actions",
            PlanAction.objects.select_related(
                "case_intervention__intervention", "responsible", "responsible_person"
            ),
            scope=case,
        ),
        reader.prefetch(
            "children", PlanChild.objects.select_related("person", "secured_by"), scope=case
        ),
        reader.prefetch("messages", PlanMessage.objects.select_related("by"), scope=case),
        reader.prefetch(
            "commitments", PlanCommitment.objects.select_related("organisation"), scope=case
        ),
    ]
    return (
        reader.visible(Action.VIEW, Plan.objects.filter(case=case))
        .select_related("safety_checked_by", "changed_by")
        .prefetch_related(*rows)
        .first()
    )


def plan_interventions(reader: Reader, case: Case) -> QuerySet[CaseIntervention]:
    """The case's interventions a plan can take up: all but withdrawn ones."""
    return (
        reader.visible(Action.VIEW, CaseIntervention.objects.filter(case=case))
        .exclude(status=InterventionStatus.WITHDRAWN)
        .select_related("intervention")
        .order_by("proposed_at", "id")
    )


def minors_born_after() -> datetime.date:
    """Who was born after this day is a minor today."""
    today = timezone.localdate()
    try:
        return today.replace(year=today.year - ADULT_AGE)
    except ValueError:  # 29 February
        return today.replace(year=today.year - ADULT_AGE, day=28)


def plan_minors(reader: Reader, case: Case) -> QuerySet[Person]:
    """The minors of the network, oldest first."""
    return reader.visible(
        Action.VIEW, Person.objects.filter(case=case, birth_date__gt=minors_born_after())
    ).order_by("birth_date", "id")


def plan_versions(reader: Reader, case: Case) -> QuerySet[PlanVersion]:
    """The submitted versions, newest first (pseudonymised for readers without sight of the
    network, by the read side)."""
    return (
        reader.visible(Action.VIEW, PlanVersion.objects.filter(case=case))
        .select_related("submitted_by")
        .order_by("-number")
    )


def version_for_document(reader: Reader, pk: int, action: Action) -> PlanVersion | None:
    """The version a document job renders, if the job's requester may read it as asked."""
    return reader.visible(action, PlanVersion.objects.filter(pk=pk)).select_related("case").first()


def plan_version(reader: Reader, case: Case, number: int) -> PlanVersion:
    version = plan_versions(reader, case).filter(number=number).first()
    if version is None:
        raise Http404
    return version


def variants(reader: Reader, version: PlanVersion) -> list[str]:
    """The variants of a version's PDF this reader may read."""
    return variants_of(reader, [version.pk])[version.pk]


def variants_of(reader: Reader, pks: list[int]) -> dict[int, list[str]]:
    """The variants each version's PDF may be read in by this reader, in one query: the full
    one only where the policy lets the reader see the network."""
    full = set(
        visible(
            reader.user, Action.VIEW_NETWORK, PlanVersion.objects.filter(pk__in=pks)
        ).values_list("pk", flat=True)
    )
    return {pk: [FULL, PSEUDONYMISED] if pk in full else [PSEUDONYMISED] for pk in pks}


@dataclass(frozen=True)
class VersionRef:
    """Which version, and no more of it."""

    pk: int
    number: int
    case_id: int


def version_reference(reader: Reader, case_pk: int, number: int) -> VersionRef:
    """The version, asked of the policy without reading it (404 when the reader may not see
    it): for the progress of its PDF, polled every second, which shows nothing of the plan and
    is therefore not logged as a read."""
    found = (
        visible(
            reader.user, Action.VIEW, PlanVersion.objects.filter(case_id=case_pk, number=number)
        )
        .values_list("pk", flat=True)
        .first()
    )
    if found is None:
        raise Http404
    return VersionRef(pk=found, number=number, case_id=case_pk)


def version_jobs(
    versions: Sequence[PlanVersion | VersionRef],
) -> dict[tuple[int, str], DocumentJob]:
    """The document jobs of these versions (already read through the policy), in one query."""
    jobs = DocumentJob.objects.filter(kind=KIND, subject_id__in=[v.pk for v in versions])
    return {(job.subject_id, job.variant): job for job in jobs}
