import datetime

from django.db.models import Count, F, Min, Prefetch, Q, QuerySet

from casework.models import Case, CaseNote, CaseParticipation
from partners.models import Domain, User
from partners.policy import Action, visible


def case_list(*, user: User, query: str = "") -> QuerySet[Case]:
    """The cases `user` may see, newest first, optionally searched by number or title."""
    cases = visible(user, Action.VIEW, Case.objects.select_related("municipality"))
    if query.strip():
        term = query.strip()
        cases = cases.filter(Q(number__icontains=term) | Q(title__icontains=term))
    return cases.annotate(
        partner_count=Count("participations", filter=Q(participations__left_on__isnull=True))
    ).order_by("-created_at", "-id")


def case_participations(*, user: User, case: Case) -> QuerySet[CaseParticipation]:
    """Who took part in the case and when, current partners first."""
    return visible(
        user,
        Action.VIEW,
        CaseParticipation.objects.filter(case=case).select_related(
            "organisation", "domain", "joined_decided_by", "left_decided_by"
        ),
    ).order_by(F("left_on").asc(nulls_first=True), "joined_on", "id")


def case_notes(*, user: User, case: Case) -> QuerySet[CaseNote]:
    """The notes of the case that `user` may read, with their domain limitation."""
    return visible(
        user,
        Action.VIEW,
        CaseNote.objects.filter(case=case)
        .select_related("author", "author_organisation")
        .prefetch_related(Prefetch("restricted_to", queryset=Domain.objects.order_by("position"))),
    )


def case_domain_join_dates(*, user: User, case: Case) -> dict[int, datetime.date]:
    """The first day each domain took part in the case, by domain id (the basis for telling
    proactive from reactive collaboration)."""
    rows = (
        visible(user, Action.VIEW, CaseParticipation.objects.filter(case=case))
        .order_by()
        .values("domain_id")
        .annotate(first=Min("joined_on"))
    )
    return {row["domain_id"]: row["first"] for row in rows}
