"""A history for the demo region, so that its insight pages have figures to show: a few hundred
earlier cases of its municipalities since 2024, with their steps, partners, interventions,
evaluations, signals and casusoverleggen (development only, made by `load_demo`)."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from casework.insight import publication, summaries
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
from interventions.models import Intervention
from partners.models import Municipality, Organisation, User
from partners.policy import grant

TITLE = "Archief: familie"
SURNAMES = ["Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters"]


def history_present() -> bool:
    return Case.objects.filter(title__startswith=TITLE).exists()


@transaction.atomic
def history_load(
    *,
    municipalities: list[Municipality],
    organisations: list[Organisation],
    author: User,
    chair: User,
    organiser: Organisation,
    cases: int = 320,
    seed: int = 11,
) -> int:
    """Writes the history once (again only after it was removed); the number of cases."""
    if history_present():
        return 0
    rnd = random.Random(seed)  # noqa: S311 - demo data
    # The escalations of the level draw from their own stream: the rest stays as it was.
    levels = random.Random(seed + 1)  # noqa: S311 - demo data
    today = timezone.localdate()
    start = datetime.date(2024, 1, 8)
    span = (today - start).days - 20
    catalogue = {
        kind: list(Intervention.objects.filter(kind=kind).values_list("pk", "version"))
        for kind in ("formeel", "informeel", "zorg")
    }
    by_domain: dict[str, list[Organisation]] = {}
    for organisation in organisations:
        by_domain.setdefault(organisation.domain.code, []).append(organisation)
    meetings: dict[tuple[int, int], Meeting] = {}
    weights = [3, 1, 1][: len(municipalities)]

    def at(day: datetime.date) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))

    for number in range(cases):
        municipality = rnd.choices(municipalities, weights=weights)[0]
        registered = start + datetime.timedelta(days=rnd.randrange(span))
        case = Case.objects.create(
            number=f"{municipality.cbs_code}-{registered.year}-{8000 + number:04d}",
            title=f"{TITLE} {rnd.choice(SURNAMES)}",
            municipality=municipality,
            escalation_level=rnd.choices((1, 2, 3, 4), weights=(50, 28, 17, 5))[0],
            created_by=author,
        )
        Case.objects.filter(pk=case.pk).update(created_at=at(registered))
        day, previous = registered, ""
        path = ["signaal", "aanmelding", "screening", "casusoverleg", "plan_van_aanpak"]
        path += rnd.choice([["uitvoering", "monitoring", "afgesloten"], ["uitvoering"], []])
        for status in path[: rnd.randint(1, len(path))]:
            moved = StatusChange.objects.create(
                case=case, from_status=previous, to_status=status, changed_by=author, reason="Demo"
            )
            StatusChange.objects.filter(pk=moved.pk).update(changed_at=at(day))
            if status == "casusoverleg":
                key = (day.year, day.month)
                if key not in meetings:
                    starts = at(day.replace(day=20))
                    meetings[key] = Meeting.objects.create(
                        kind=MeetingKind.CASE_MEETING,
                        title=f"Casusoverleg {day:%m-%Y} (archief)",
                        organiser=organiser,
                        starts_at=starts,
                        ends_at=starts + datetime.timedelta(hours=2),
                        chair=chair,
                        created_by=chair,
                    )
                AgendaItem.objects.create(
                    meeting=meetings[key], case=case, position=meetings[key].items.count() + 1
                )
            previous = status
            day = min(day + datetime.timedelta(days=rnd.randrange(7, 45)), today)
        Case.objects.filter(pk=case.pk).update(status=previous)
        level = case.escalation_level
        if day > registered and levels.random() < 0.4:
            # Up a step or two (now and then back down), on a day of the case's course; the
            # database records the change, dated here.
            level = max(1, min(4, level + levels.choice((1, 1, 2, -1))))
            changed = registered + datetime.timedelta(
                days=levels.randrange((day - registered).days)
            )
            Case.objects.filter(pk=case.pk).update(escalation_level=level)
            EscalationChange.objects.filter(case=case).update(changed_at=at(changed))
        codes = [
            "veiligheid",
            *rnd.sample(
                ["zorg", "politie", "sociaal-domein", "wonen", "justitie", "jeugdbescherming"],
                rnd.randint(1, 4),
            ),
        ]
        for code in codes:
            partner = rnd.choice(by_domain.get(code) or by_domain["veiligheid"])
            if CaseParticipation.objects.filter(case=case, organisation=partner).exists():
                continue
            CaseParticipation.objects.create(
                case=case,
                organisation=partner,
                domain=partner.domain,
                joined_on=registered + datetime.timedelta(days=rnd.randrange(0, 60)),
                joined_decided_by=author,
            )
            grant(partner.group, ["view_case"], case)
        for _ in range(rnd.choices((0, 1, 2, 3), weights=(20, 40, 30, 10))[0]):
            kind = rnd.choices(("formeel", "informeel", "zorg"), weights=(30, 30, 40))[0]
            if not catalogue[kind]:
                continue
            intervention, version = rnd.choice(catalogue[kind])
            proposed = min(registered + datetime.timedelta(days=rnd.randrange(3, 90)), today)
            steps = rnd.choices(
                (["besluit_genomen", "uitgevoerd"], ["uitgevoerd"], ["ingetrokken"], []),
                weights=(35, 30, 10, 25),
            )[0]
            use = CaseIntervention.objects.create(
                case=case,
                intervention_id=intervention,
                catalogue_version=version,
                responsible=organiser,
                purpose="Demo",
                status=steps[-1] if steps else "voornemen",
                proposed_by=author,
            )
            CaseIntervention.objects.filter(pk=use.pk).update(proposed_at=at(proposed))
            before, when = "voornemen", proposed
            for step in steps:
                when = min(when + datetime.timedelta(days=rnd.randrange(5, 50)), today)
                change = InterventionStatusChange.objects.create(
                    case_intervention=use,
                    from_status=before,
                    to_status=step,
                    changed_by=author,
                    reason="Demo",
                )
                InterventionStatusChange.objects.filter(pk=change.pk).update(changed_at=at(when))
                before = step
            if steps and rnd.random() < 0.5:
                evaluated = min(when + datetime.timedelta(days=rnd.randrange(10, 80)), today)
                evaluation = Evaluation.objects.create(
                    case_intervention=use,
                    rating=rnd.randint(1, 5),
                    outcome=rnd.choice(("bereikt", "deels", "niet_bereikt", "onbekend")),
                    what_worked="Demo",
                    evaluated_by=author,
                )
                Evaluation.objects.filter(pk=evaluation.pk).update(evaluated_at=at(evaluated))
        source = rnd.choice(organisations)
        for offset in [0, *([rnd.randrange(60, 500)] if rnd.random() < 0.4 else [])]:
            received = registered + datetime.timedelta(days=offset)
            if received > today:
                continue
            Signal.objects.create(
                case=case,
                received_on=received,
                source=source,
                domain=source.domain,
                classification=rnd.choice(("veiligheid", "zorg", "overlast", "ondermijning")),
                description="Demo",
                added_by=author,
            )
    summaries.rebuild()
    publication.publish()
    return cases
