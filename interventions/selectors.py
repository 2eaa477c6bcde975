from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Prefetch, Q, QuerySet

from interventions.models import (
    CATALOGUE_SEARCH,
    Condition,
    Intervention,
    LegalReview,
    Source,
    review_due_before,
)
from partners.models import Domain, User
from partners.policy import Action, visible


def catalogue_list(
    *,
    user: User,
    query: str = "",
    kind: str = "",
    character: str = "",
    domain_id: int | None = None,
    decider: str = "",
    review_due: bool = False,
) -> QuerySet[Intervention]:
    """The catalogue, filtered; a query searches names, summaries, descriptions and laws
    (Dutch full-text search, best match first) and finds articles such as "13b" or "174a".
    `review_due` keeps the entries with a legal basis whose legal review is missing or older
    than twelve months."""
    interventions = visible(
        user,
        Action.VIEW,
        Intervention.objects.prefetch_related(
            Prefetch("domains", queryset=Domain.objects.order_by("position"))
        ),
    )
    if kind:
        interventions = interventions.filter(kind=kind)
    if character:
        interventions = interventions.filter(characters__contains=[character])
    if domain_id:
        interventions = interventions.filter(domains__id=domain_id)
    if decider:
        interventions = interventions.filter(deciders__contains=[decider])
    if review_due:
        interventions = interventions.exclude(legal_law="").filter(
            Q(reviewed_on__isnull=True) | Q(reviewed_on__lt=review_due_before())
        )
    term = query.strip()
    if term:
        text = SearchQuery(term, config="dutch", search_type="websearch")
        return (
            interventions.alias(search=CATALOGUE_SEARCH)
            .filter(
                Q(search=text)
                | Q(name__icontains=term)
                | Q(legal_article__icontains=term)
                | Q(legal_law__icontains=term)
            )
            .annotate(rank=SearchRank(CATALOGUE_SEARCH, text))
            .order_by(F("rank").desc(nulls_last=True), "name")
        )
    return interventions.order_by("name")


def intervention_detail(*, user: User) -> QuerySet[Intervention]:
    """Interventions with everything their page shows, in a fixed number of queries."""
    related = Intervention.objects.only("slug", "name", "kind").order_by("name")
    return visible(
        user,
        Action.VIEW,
        Intervention.objects.prefetch_related(
            Prefetch("domains", queryset=Domain.objects.order_by("position")),
            Prefetch("conditions", queryset=Condition.objects.order_by("position", "id")),
            Prefetch("lighter_alternatives", queryset=related),
            Prefetch("heavier_alternatives", queryset=related),
            Prefetch("combined_with", queryset=related),
            Prefetch("sources", queryset=Source.objects.order_by("position", "id")),
        ),
    )


def legal_reviews(*, user: User, intervention: Intervention) -> QuerySet[LegalReview]:
    """The legal reviews of an entry, newest first."""
    return visible(
        user, Action.VIEW, LegalReview.objects.filter(intervention=intervention)
    ).order_by("-reviewed_on", "-id")
