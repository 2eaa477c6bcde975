"""The insight benchmark (`python -m benchmarks.insight`): the figures of the synthetic data set
of `generate_volume` (1,000,000 cases unless told otherwise).

It records how long a full rebuild of the summaries takes, how long bringing them up to date
takes after 1,000 changed cases (the refresh the beat runs every minute), and the latency of
the insight pages of the whole country, a region and the largest municipality, served by
gunicorn as production serves them, with their query counts. The aims: country page median
at most 150 ms, a municipality page at most 80 ms, the update at most 5 s."""

import argparse
import os
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- insight:begin -->", "<!-- insight:end -->"
CHANGED = 1000
AIMS = {"country": 150.0, "municipality": 80.0, "update": 5.0}


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.insight", description=__doc__)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--database-url", help="default: the vierhoek_volume database")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.benchmark"
    if options.database_url:
        os.environ["DATABASE_URL"] = options.database_url
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from benchmarks.meetings import count_queries, write_section
    from benchmarks.run import Run, database_ensure, gunicorn, machine, session_for, summarise
    from casework.insight import publication, summaries
    from casework.insight.models import ChangedCase, Contribution, Figure, Publication

    database_ensure()
    call_command("migrate", verbosity=0)
    call_command("load_catalogue", verbosity=0)
    run = Run(
        argparse.Namespace(cases=options.cases, seed=options.seed, regenerate=options.regenerate)
    )
    run.dataset()
    rebuild_seconds = summaries.rebuild()
    if rebuild_seconds is None:
        raise SystemExit("a refresh held the lock: run the benchmark without a worker")
    contributions, figures = Contribution.objects.count(), Figure.objects.count()

    changed = change_cases(options.seed)
    marked = ChangedCase.objects.count()
    started = time.monotonic()
    refreshed = summaries.refresh(seconds=600)
    update_seconds = time.monotonic() - started
    if ChangedCase.objects.exists() or not refreshed:
        raise SystemExit("the refresh left changed cases behind")
    publish_seconds = publication.publish()
    publications = Publication.objects.count()

    researcher, places = prepare(options.year)
    session = session_for(researcher)
    headers = {"Cookie": f"sessionid={session}", "Accept-Language": "nl"}
    rows = []
    with gunicorn(ROOT / "var" / "benchmark-insight-gunicorn.log") as (client, _process):
        for label, path in places:
            queries = count_queries(session, path)
            for _ in range(10):  # warm-up, not counted
                client.get(path, headers)
            median, p95 = summarise([client.get(path, headers) for _ in range(options.requests)])
            rows.append((label, path, median, p95, queries))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_pretty(pg_total_relation_size('insight_contribution')), "
            "pg_size_pretty(pg_total_relation_size('insight_figure'))"
        )
        sizes = cursor.fetchone()
    country = rows[0][2]
    municipality = rows[2][2]
    verdicts = {
        "country": country <= AIMS["country"],
        "municipality": municipality <= AIMS["municipality"],
        "update": update_seconds <= AIMS["update"],
    }
    table = [
        f"| {label} (`{path}`) | {median:.1f} | {p95:.1f} | {queries} |"
        for label, path, median, p95, queries in rows
    ]
    section = "\n".join(
        [
            BEGIN,
            "## Insight: the figures of the country, a region and a municipality",
            "",
            f"Run on {timezone.localdate():%Y-%m-%d} with `python -m benchmarks.insight "
            f"--cases {options.cases} --requests {options.requests}` on {machine()}.",
            "",
            f"- Data set: {run.generated}. The summaries hold {contributions:,} contributions "
            f"({sizes[0]}) and {figures:,} figures ({sizes[1]}).",
            f"- Full rebuild of the summaries (the nightly task): {rebuild_seconds:.1f} s.",
            f"- Up to date after {changed:,} changed cases ({marked:,} marked by the triggers: "
            f"escalations, new signals, steps of the process): {update_seconds:.2f} s "
            f"(aim: at most {AIMS['update']:.0f} s).",
            f"- Publication of what the pages show (the daily task: every place and year, "
            f"checked level against level): {publish_seconds:.1f} s, {publications:,} "
            "publications.",
            "- Latency: sequential requests over http to gunicorn (production settings), as a "
            "researcher, after 10 warm-up requests; queries counted in process.",
            "",
            "| Page | median (ms) | p95 (ms) | queries |",
            "|---|---|---|---|",
            *table,
            "",
            f"Country page median {country:.1f} ms (aim: at most {AIMS['country']:.0f} ms), "
            f"municipality page {municipality:.1f} ms (aim: at most "
            f"{AIMS['municipality']:.0f} ms): "
            + ("all aims met." if all(verdicts.values()) else f"NOT MET: {verdicts}."),
            END,
        ]
    )
    write_section(options.report, section, BEGIN, END)
    print(section)
    return 0 if all(verdicts.values()) else 1


def change_cases(seed: int) -> int:
    """1,000 cases changed as users change them: 400 escalated, 300 with a new signal, 300
    with a step in the process (the triggers mark them)."""
    from django.db import connection

    chance = random.Random(seed)  # noqa: S311 - benchmark data
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM casework_case")
        highest = cursor.fetchone()[0]
        ids = sorted(chance.sample(range(1, highest + 1), CHANGED))
        cursor.execute(
            "UPDATE casework_case SET escalation_level = least(escalation_level + 1, 4) "
            "WHERE id = ANY(%s)",
            [ids[:400]],
        )
        cursor.execute(
            "INSERT INTO casework_signal (case_id, kind, received_on, source_id, domain_id, "
            "classification, authority, description, added_by_id, added_at) "
            "SELECT s.case_id, 'signaal', current_date, s.source_id, s.domain_id, "
            "s.classification, '', 'Nieuw synthetisch signaal', s.added_by_id, now() "
            "FROM (SELECT DISTINCT ON (case_id) * FROM casework_signal "
            "WHERE case_id = ANY(%s) ORDER BY case_id, id) s",
            [ids[400:700]],
        )
        cursor.execute(
            "INSERT INTO casework_statuschange (case_id, from_status, to_status, changed_by_id, "
            "changed_at, reason) SELECT id, status, 'in_behandeling', created_by_id, now(), "
            "'Benchmark' FROM casework_case WHERE id = ANY(%s)",
            [ids[700:]],
        )
    return len(ids)


def prepare(year: int) -> tuple[Any, list[tuple[str, str]]]:
    """A researcher (who may see every place), and the pages measured: the country, the
    region and the municipality with the most cases."""
    from django.contrib.auth.models import Group
    from django.db.models import Count

    from casework.models import Case
    from partners.models import Role, User

    researcher, _ = User.objects.get_or_create(
        username="onderzoeker-benchmark", defaults={"first_name": "Onderzoeker"}
    )
    researcher.groups.add(Group.objects.get(name=Role.RESEARCHER.group_name))
    largest = (
        Case.objects.values("municipality_id", "municipality__region_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    if largest is None:
        raise SystemExit("the data set holds no cases")
    return researcher, [
        ("Country", f"/inzicht/nederland/?jaar={year}"),
        (
            "Region of the largest municipality",
            f"/inzicht/regio/{largest['municipality__region_id']}/?jaar={year}",
        ),
        ("Largest municipality", f"/inzicht/gemeente/{largest['municipality_id']}/?jaar={year}"),
        ("API, country", f"/api/insight/nederland/?jaar={year}"),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
