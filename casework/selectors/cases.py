"""Reading cases: the list and search, one case, its partners, notes, signals, course and
timeline. Every selector reads through the reader (`partners.reading`): filtered by the policy,
redacted for the reader, and logged once per request."""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery
from django.db.models import Count, F, Min, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import (
    TITLE_SEARCH,
    Case,
    CaseGroupObjectPermission,
    CaseNote,
    CaseParticipation,
    CaseStatus,
    InterventionStatusChange,
    Signal,
    StatusChange,
)
from casework.permissions import TAKES_PART
from partners.models import Domain, Municipality, Organisation, ReadPath, User
from partners.policy import Action, has_grant, territory, visible
from partners.reading import Reader


def case_for(reader: Reader, pk: int, action: Action = Action.VIEW) -> Case:
    """The case, if the reader may perform `action` on it; otherwise 404, so that the existence
    of a case is not given away to whoever guesses its number."""
    cases = reader.visible(
        action,
        Case.objects.select_related(
            "municipality", "created_by", "case_director", "process_director"
        ),
    )
    try:
        return cases.get(pk=pk)
    except Case.DoesNotExist as missing:
        raise Http404 from missing


def case_list(reader: Reader, *, query: str = "") -> QuerySet[Case]:
    """The cases the reader may see, newest first. A query matches the number, the title (Dutch
    full-text search) or the name of a person in the network, misspelled names included; the
    cases found are handed out as a search."""
    term = query.strip()
    if term:
        reader = reader.via(ReadPath.SEARCH)
    cases = reader.visible(Action.VIEW, Case.objects.select_related("municipality"))
    if term:
        from casework.selectors.network import person_search

        # Three searches, each through the policy and each able to use its own index (or, for
        # a user in few cases, to start from those cases); the list is their union. They are
        # subqueries: nothing of them is handed out but the cases listed. The title may name
        # the family, so it is searched only where the reader sees the network (a vierhoek
        # member finds a case by its number, never by a name in its title).
        visible_cases = visible(reader.user, Action.VIEW, Case.objects.all())
        network_cases = visible(reader.user, Action.VIEW_NETWORK, Case.objects.all())
        by_title = (
            network_cases.alias(text=TITLE_SEARCH)
            .filter(text=SearchQuery(term, config="dutch", search_type="websearch"))
            .order_by()
        )
        by_number = visible_cases.filter(number__icontains=term).order_by()
        by_person = person_search(reader, query=term).order_by()
        cases = cases.filter(
            pk__in=by_title.values("pk").union(by_number.values("pk"), by_person.values("case_id"))
        )
    # Counted per listed case in a subquery, after the page is cut: a join with GROUP BY would
    # count the partners of every visible case before the first page could be returned.
    partners = (
        CaseParticipation.objects.current()
        .filter(case=OuterRef("pk"))
        .order_by()
        .values("case")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return cases.annotate(partner_count=Coalesce(Subquery(partners), 0)).order_by(
        "-created_at", "-id"
    )


def case_list_municipalities(*, user: User) -> QuerySet[Municipality]:
    """The municipalities to filter the case list by: those the user's organisation serves
    (directly or through its regions; every municipality for a partner without a set area), and
    those of the cases it takes part in elsewhere. Read from the partner registry and the
    organisation's own grants, never by scanning every case."""
    if user.organisation_id is None:
        return Municipality.objects.none()
    served = territory(user)
    if not served.exists():
        return Municipality.objects.order_by("name")
    joined = Case.objects.filter(has_grant(user, CaseGroupObjectPermission, TAKES_PART)).values(
        "municipality_id"
    )
    return Municipality.objects.filter(Q(pk__in=served.values("pk")) | Q(pk__in=joined)).order_by(
        "name"
    )


def sees_network(reader: Reader, case: Case) -> bool:
    """Whether the reader may see the case's family network, notes and signals."""
    return reader.can(Action.VIEW_NETWORK, case)


def case_participations(reader: Reader, case: Case) -> QuerySet[CaseParticipation]:
    """Who took part in the case and when, current partners first."""
    return reader.visible(
        Action.VIEW,
        CaseParticipation.objects.filter(case=case).select_related(
            "organisation", "domain", "joined_decided_by", "left_decided_by"
        ),
    ).order_by(F("left_on").asc(nulls_first=True), "joined_on", "id")


def case_partner_organisations(
    reader: Reader, case: Case, *, current: bool = True
) -> QuerySet[Organisation]:
    """The partners taking part in the case (`current`), or that ever did: the choices for a
    responsible partner or the source of information. Empty when the reader may not see the
    case's partners."""
    participations = CaseParticipation.objects.filter(case=case)
    if current:
        participations = participations.current()
    shown = visible(reader.user, Action.VIEW, participations)
    return (
        Organisation.objects.filter(pk__in=shown.values("organisation_id"))
        .select_related("domain")
        .order_by("name")
    )


def case_partner_people(reader: Reader, case: Case) -> QuerySet[User]:
    """The active users of the partners taking part in the case: who can be its regisseur."""
    return (
        User.objects.filter(
            is_active=True,
            organisation__in=case_partner_organisations(reader, case).values("pk"),
        )
        .select_related("organisation")
        .order_by("last_name", "first_name")
    )


def case_notes(reader: Reader, case: Case) -> QuerySet[CaseNote]:
    """The notes of the case that the reader may read, with their domain limitation."""
    return reader.visible(
        Action.VIEW,
        CaseNote.objects.filter(case=case)
        .select_related("author", "author_organisation")
        .prefetch_related(Prefetch("restricted_to", queryset=Domain.objects.order_by("position"))),
    )


def case_signals(reader: Reader, case: Case) -> QuerySet[Signal]:
    """The signals of the case the reader may read, newest first."""
    return reader.visible(
        Action.VIEW,
        Signal.objects.filter(case=case)
        .select_related("source", "domain", "added_by")
        .prefetch_related(Prefetch("restricted_to", queryset=Domain.objects.order_by("position"))),
    )


def case_status_history(reader: Reader, case: Case) -> QuerySet[StatusChange]:
    return reader.visible(
        Action.VIEW, StatusChange.objects.filter(case=case).select_related("changed_by")
    )


def case_domain_join_dates(reader: Reader, case: Case) -> dict[int, datetime.date]:
    """The first day each domain took part in the case, by domain id (the basis for telling
    proactive from reactive collaboration). Figures of the participations the reader may see."""
    rows = (
        visible(reader.user, Action.VIEW, CaseParticipation.objects.filter(case=case))
        .order_by()
        .values("domain_id")
        .annotate(first=Min("joined_on"))
    )
    return {row["domain_id"]: row["first"] for row in rows}


@dataclass(frozen=True)
class Collaboration:
    """Which domains took part before the first plan of action, and which only after."""

    plan_date: datetime.date | None
    before_plan: list[tuple[Domain, datetime.date]]
    after_plan: list[tuple[Domain, datetime.date]]

    @property
    def verdict(self) -> str:
        if self.plan_date is None:
            return "open"
        return "reactief" if self.after_plan else "proactief"


def case_collaboration(reader: Reader, case: Case) -> Collaboration:
    """Proactive when every domain that took part did so before the first plan of action was
    set; reactive when domains were brought in after it (the research's distinction)."""
    plan_at = (
        visible(reader.user, Action.VIEW, StatusChange.objects.filter(case=case))
        .filter(to_status=CaseStatus.ACTION_PLAN)
        .order_by("changed_at")
        .values_list("changed_at", flat=True)
        .first()
    )
    plan_date = timezone.localtime(plan_at).date() if plan_at else None
    joined = case_domain_join_dates(reader, case)
    domains = Domain.objects.in_bulk(list(joined))
    ordered = sorted(((domains[pk], day) for pk, day in joined.items()), key=lambda pair: pair[1])
    if plan_date is None:
        return Collaboration(None, ordered, [])
    return Collaboration(
        plan_date,
        [(domain, day) for domain, day in ordered if day <= plan_date],
        [(domain, day) for domain, day in ordered if day > plan_date],
    )


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime.datetime | datetime.date
    kind: str
    text: str
    actor: str
    # Each changed field: "Achternaam: Verhoven → Verhoeven".
    details: tuple[str, ...] = ()

    @property
    def has_time(self) -> bool:
        return isinstance(self.at, datetime.datetime)


def case_timeline(reader: Reader, case: Case) -> list[TimelineEvent]:
    """Everything that happened on the case that the reader may see, newest first."""
    from casework.selectors.network import (
        case_persons,
        change_label,
        change_lines,
        network_history,
    )

    events: list[TimelineEvent] = []
    for change in case_status_history(reader, case):
        label = CaseStatus(change.to_status).label
        events.append(
            TimelineEvent(
                change.changed_at,
                "status",
                f"{label}: {change.reason_shown}",
                str(change.changed_by),
            )
        )
    for participation in case_participations(reader, case):
        events.append(
            TimelineEvent(
                participation.joined_on,
                "partner",
                _("%(partner)s sloot aan") % {"partner": participation.organisation},
                str(participation.joined_decided_by),
            )
        )
        if participation.left_on:
            events.append(
                TimelineEvent(
                    participation.left_on,
                    "partner",
                    _("%(partner)s vertrok") % {"partner": participation.organisation},
                    str(participation.left_decided_by),
                )
            )
    for signal in case_signals(reader, case):
        events.append(
            TimelineEvent(
                signal.received_on,
                "signaal",
                f"{signal.get_kind_display()}: {signal.get_classification_display()}",
                str(signal.source),
            )
        )
    for person in case_persons(reader, case).select_related("added_by"):
        events.append(
            TimelineEvent(
                person.added_at,
                "netwerk",
                _("%(person)s toegevoegd aan het netwerk") % {"person": person.full_name},
                str(person.added_by),
            )
        )
    for correction in network_history(reader, case):
        events.append(
            TimelineEvent(
                correction.changed_at,
                "netwerk",
                _("%(item)s %(label)s %(action)s: %(reason)s")
                % {
                    "item": correction.get_item_display(),
                    "label": change_label(correction),
                    "action": correction.get_action_display(),
                    "reason": correction.reason,
                },
                str(correction.changed_by),
                tuple(change_lines(correction)),
            )
        )
    for note in case_notes(reader, case):
        events.append(
            TimelineEvent(note.created_at, "notitie", _("Notitie geschreven"), str(note.author))
        )
    steps = reader.visible(
        Action.VIEW,
        InterventionStatusChange.objects.filter(case_intervention__case=case).select_related(
            "case_intervention__intervention", "changed_by"
        ),
        scope=case,
    )
    for step in steps:
        events.append(
            TimelineEvent(
                step.changed_at,
                "interventie",
                f"{step.case_intervention.intervention.name}: {step.to_label}",
                str(step.changed_by),
            )
        )
    return sorted(events, key=lambda event: _as_datetime(event.at), reverse=True)


def _as_datetime(moment: datetime.datetime | datetime.date) -> datetime.datetime:
    if isinstance(moment, datetime.datetime):
        return moment
    # A day without a time sorts at the end of that day, after what happened during it.
    return timezone.make_aware(datetime.datetime.combine(moment, datetime.time.max))
