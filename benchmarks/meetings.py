"""The meeting-mode benchmark (`python -m benchmarks.meetings`): the chair's screen of a
casusoverleg with 20 agenda items and 12 partners, on the synthetic data set of
`generate_volume` (1,000,000 cases unless told otherwise), served by gunicorn as production
serves it. The queries are counted at the first and the last item (they must not follow the
agenda), the latency measured over http while the requests step through the items."""

import argparse
import datetime
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- meetings:begin -->", "<!-- meetings:end -->"
ITEMS, PARTNERS = 20, 12
TITLE = "Benchmark casusoverleg"
TARGET_MS = 100


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.meetings", description=__doc__)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.benchmark")
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from benchmarks.run import (
        BenchmarkError,
        Run,
        database_ensure,
        gunicorn,
        machine,
        session_for,
        summarise,
    )

    database_ensure()
    call_command("migrate", verbosity=0)
    run = Run(argparse.Namespace(cases=options.cases, seed=options.seed, regenerate=False))
    run.dataset()
    meeting, chair = prepare()
    items = list(meeting.items.order_by("position").values_list("pk", flat=True))
    session = session_for(chair)
    headers = {"Cookie": f"sessionid={session}", "Accept-Language": "nl"}
    mode = f"/overleggen/{meeting.pk}/vergadering/?punt="
    queries = {
        "first": count_queries(session, f"{mode}{items[0]}"),
        "last": count_queries(session, f"{mode}{items[-1]}"),
        "meeting": count_queries(session, f"/overleggen/{meeting.pk}/"),
    }
    if queries["first"] != queries["last"]:
        raise BenchmarkError(f"the meeting mode's queries follow the item: {queries}")
    with gunicorn(ROOT / "var" / "benchmark-meetings-gunicorn.log") as (client, _process):
        for i in range(10):  # warm-up, not counted
            client.get(f"{mode}{items[i % len(items)]}", headers)
        samples = [
            client.get(f"{mode}{items[i % len(items)]}", headers) for i in range(options.requests)
        ]
        median, p95 = summarise(samples)
        page_samples = [
            client.get(f"/overleggen/{meeting.pk}/", headers) for _ in range(options.requests)
        ]
        page_median, page_p95 = summarise(page_samples)
    verdict = "within" if median <= TARGET_MS else "OVER"
    section = "\n".join(
        [
            BEGIN,
            "## Meetings: the chair's meeting mode",
            "",
            f"Run on {timezone.localdate():%Y-%m-%d} with `python -m benchmarks.meetings "
            f"--cases {options.cases} --requests {options.requests}` on {machine()}.",
            "",
            f"- Data set: {run.generated}; a casusoverleg with {meeting.items.count()} agenda "
            f"items and {meeting.invited.count()} invited partners, each item with input, a "
            "decision and an action.",
            "- Latency: sequential requests over http to gunicorn (production settings), "
            "stepping through the items, after 10 warm-up requests.",
            "",
            "| What | median (ms) | p95 (ms) | queries |",
            "|---|---|---|---|",
            f"| Meeting mode, one item | {median:.1f} | {p95:.1f} | {queries['first']} |",
            f"| Meeting page, the whole agenda | {page_median:.1f} | {page_p95:.1f} "
            f"| {queries['meeting']} |",
            "",
            f"The meeting mode's queries at the first and the last item: {queries['first']} and "
            f"{queries['last']} (they do not follow the agenda). Median {median:.1f} ms: "
            f"{verdict} the aim of {TARGET_MS} ms.",
            END,
        ]
    )
    write_section(options.report, section)
    print(section)
    return 0 if median <= TARGET_MS else 1


def prepare() -> tuple[Any, Any]:
    """The benchmark's meeting, made anew: a chair at the partner with a werkgebied taking
    part in the most cases, 20 of its cases on the agenda with 12 partners invited, input, a
    decision and an action per item, and the chair's statement."""
    from django.contrib.auth.models import Group
    from django.db import transaction
    from django.db.models import Count
    from django.utils import timezone

    from casework.meetings.models import ItemInput, Meeting, MeetingKind
    from casework.meetings.services import (
        Planning,
        action_add,
        decision_record,
        item_add,
        meeting_create,
        statement_confirm,
    )
    from casework.models import Case, CaseParticipation
    from partners.models import Organisation, Role, User

    with transaction.atomic():
        for old in Meeting.objects.filter(title=TITLE):
            old.items.all().delete()
            old.delete()
        # The busiest partner with a werkgebied (a municipality's own organisation): its chair
        # is chosen from it.
        served = Organisation.objects.filter(municipalities__isnull=False).values("pk")
        busiest = (
            CaseParticipation.objects.filter(left_on__isnull=True, organisation__in=served)
            .values("organisation_id")
            .annotate(n=Count("id"))
            .order_by("-n", "organisation_id")
            .first()
        )
        if busiest is None:
            raise SystemExit("The data set has no partners taking part in cases.")
        organisation = Organisation.objects.get(pk=busiest["organisation_id"])
        chair, _ = User.objects.get_or_create(
            username="benchmark-voorzitter",
            defaults={"organisation": organisation, "first_name": "Bench", "last_name": "Mark"},
        )
        chair.organisation = organisation
        chair.save()
        chair.groups.set([Group.objects.get(name=Role.CHAIR.group_name)])
        starts = timezone.now() + datetime.timedelta(days=1)
        meeting = meeting_create(
            user=chair,
            planning=Planning(
                kind=MeetingKind.CASE_MEETING,
                title=TITLE,
                place="Zorg- en Veiligheidshuis",
                online_link="",
                chair=chair,
                minute_taker=None,
            ),
            starts_at=starts,
            minutes=120,
        )
        statement_confirm(meeting=meeting, user=chair)
        # The 12 partners: those that most often share the busiest partner's newest cases;
        # the 20 items: the cases where most of them take part, each inviting those of them.
        candidates = list(
            Case.objects.filter(
                participations__organisation=organisation, participations__left_on__isnull=True
            ).order_by("-id")[: ITEMS * 20]
        )
        partners_of: dict[int, set[int]] = {case.pk: set() for case in candidates}
        for case_id, organisation_id in CaseParticipation.objects.filter(
            case__in=candidates, left_on__isnull=True
        ).values_list("case_id", "organisation_id"):
            partners_of[case_id].add(organisation_id)
        counts = Counter(pk for pks in partners_of.values() for pk in pks)
        pool = {organisation.pk} | {
            pk for pk, _n in counts.most_common(PARTNERS + 1) if pk != organisation.pk
        }
        pool = set(sorted(pool, key=lambda pk: (pk != organisation.pk, -counts[pk]))[:PARTNERS])
        cases = sorted(candidates, key=lambda case: -len(partners_of[case.pk] & pool))[:ITEMS]
        deadline = timezone.localdate(starts) + datetime.timedelta(days=14)
        for case in cases:
            partners = list(
                Organisation.objects.filter(pk__in=partners_of[case.pk] & pool).order_by("pk")
            )
            item = item_add(meeting=meeting, user=chair, case=case, invited=partners)
            for partner in partners[:2]:
                ItemInput.objects.create(
                    item=item,
                    case=case,
                    organisation=partner,
                    author=chair,
                    text="Wat deze partner over de casus weet, vooraf ingebracht.",
                )
            decision_record(item=item, user=chair, kind="besluit", text="Samen op huisbezoek.")
            action_add(
                item=item,
                user=chair,
                what="Huisbezoek plannen.",
                owner=partners[0],
                owner_person=None,
                deadline=deadline,
            )
        short = PARTNERS - meeting.invited.count()
        if short > 0:
            extra = Organisation.objects.filter(pk__in=pool).exclude(
                pk__in=meeting.invited.values("pk")
            )
            meeting.invited.add(*extra[:short])
    return meeting, chair


def count_queries(session: str, path: str) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies["sessionid"] = session
    client.get(path)  # warm caches first, as a running server has them
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"GET {path} answered {response.status_code} in process")
    return len(context)


def write_section(path: Path, section: str, begin: str = BEGIN, end: str = END) -> None:
    """Writes `section` between its markers in the report (or at its end)."""
    text = path.read_text() if path.exists() else "# Performance\n\n"
    if begin in text and end in text:
        before, rest = text.split(begin, 1)
        text = before + section + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    path.write_text(text)


if __name__ == "__main__":
    raise SystemExit(main())
