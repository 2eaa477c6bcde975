"""The PDF benchmark (`python -m benchmarks.documents`): a typical plan of action of 8 pages,
rendered by our pipeline and by bare WeasyPrint side by side; submit → PDF ready with an idle
worker; and 50 plans requested at once, with the throughput per worker process and the
worker's peak memory. In databases of its own (PostgreSQL and a Redis database)."""

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- documents:begin -->", "<!-- documents:end -->"
DATABASE = "postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek_benchmark_documents"
BROKER = "redis://127.0.0.1:6379/7"
# The cache on a database of its own: the drawing's cache is emptied between renders.
CACHE = "redis://127.0.0.1:6379/8"
PAGES = 8


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.documents", description=__doc__)
    parser.add_argument("--renders", type=int, default=15, help="side-by-side renders")
    parser.add_argument("--submits", type=int, default=10, help="timed submissions")
    parser.add_argument("--burst", type=int, default=50, help="plans requested at once")
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--database-url", default=DATABASE)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    media = tempfile.mkdtemp(prefix="vierhoek-benchmark-documents-")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.benchmark",
        DATABASE_URL=options.database_url,
        CELERY_BROKER_URL=BROKER,
        CELERY_RESULT_BACKEND=BROKER,
        REDIS_URL=CACHE,
        MEDIA_ROOT=media,
    )
    import django

    django.setup()
    from benchmarks.run import database_ensure, machine

    database_ensure()
    plan = prepare()
    lines = [
        f"{BEGIN}",
        "## Documents: the plan of action as PDF",
        "",
        f"`python -m benchmarks.documents` on {machine()}, {time.strftime('%Y-%m-%d')}.",
        "",
    ]
    lines += side_by_side(plan, options.renders)
    with worker(options.concurrency) as process:
        lines += submit_to_ready(plan, options.submits)
        lines += burst(plan, options.burst, options.concurrency, process)
    lines += ["", END]
    write_report(options.report, "\n".join(lines))
    print("\n".join(lines))
    return 0


def prepare() -> Any:
    """The demo region with its plan, grown to a typical plan of 8 pages."""
    from django.core.management import call_command

    from casework.models import Case, LifeArea
    from casework.plans.models import Plan
    from casework.plans.services import plan_save
    from documents.models import DocumentJob

    call_command("migrate", verbosity=0)
    DocumentJob.objects.all().delete()
    if not Case.objects.filter(title="Familienetwerk Lindeveen-Oost").exists():
        call_command("load_demo", "--force", verbosity=0)
    plan = Plan.objects.get(case__title="Familienetwerk Lindeveen-Oost")
    extra = 0
    while pages_of(plan) < PAGES and extra < 40:
        extra += 2
        current = content_of(plan)
        current.goals += [
            {"life_area": LifeArea.HOUSING, "goal": f"Doel {len(current.goals) + 1}: " + FILL}
            for _ in range(2)
        ]
        plan_save(plan=plan, user=_director(plan), version=plan.version, content=current)
        plan.refresh_from_db()
    return plan


FILL = (
    "de partners spreken af wie wat doet, wanneer het klaar is en hoe de familie het hoort; "
    "veiligheid en zorg werken samen en evalueren na drie maanden wat het heeft opgeleverd."
)


def _director(plan: Any) -> Any:
    """Who edits and submits the plan in the benchmark: its last editor, the procesregisseur."""
    if plan.changed_by is None:
        raise RuntimeError("the demo plan has no editor")
    return plan.changed_by


def content_of(plan: Any) -> Any:
    from casework.plans.services import PlanContent

    return PlanContent(
        problem=plan.problem,
        safety_measures=plan.safety_measures,
        safety_checked_by=plan.safety_checked_by,
        shield_professionals=plan.shield_professionals,
        evaluation_on=plan.evaluation_on,
        goals=[{"life_area": g.life_area, "goal": g.goal} for g in plan.goals.all()],
        actions=[
            {
                "case_intervention": a.case_intervention,
                "responsible": a.responsible,
                "responsible_person": a.responsible_person,
                "deadline": a.deadline,
            }
            for a in plan.actions.all()
        ],
        children=[
            {
                "person": c.person,
                "safety": c.safety,
                "development": c.development,
                "secured_by": c.secured_by,
            }
            for c in plan.children.all()
        ],
        messages=[
            {"by": m.by, "audience": m.audience, "what": m.what, "when": m.when}
            for m in plan.messages.all()
        ],
        commitments=[
            {"organisation": c.organisation, "commitment": c.commitment}
            for c in plan.commitments.all()
        ],
    )


def _change(plan: Any, note: str) -> None:
    """The draft changed a little, so that it can be submitted again."""
    from casework.plans.services import plan_save

    plan.refresh_from_db()
    current = content_of(plan)
    current.problem = plan.problem.split(" [")[0] + f" [{note}]"
    plan_save(plan=plan, user=_director(plan), version=plan.version, content=current)
    plan.refresh_from_db()


def _submit(plan: Any) -> Any:
    from casework.plans.services import plan_submit

    return plan_submit(plan=plan, user=_director(plan), version=plan.version)


def _version(plan: Any, note: str) -> Any:
    _change(plan, note)
    return _submit(plan)


def pages_of(plan: Any) -> int:
    from django.utils import timezone

    from casework.plans.documents import plan_html
    from casework.plans.models import PlanVersion
    from casework.plans.services import FULL
    from casework.plans.snapshot import build, digest
    from documents.rendering import html_to_pdf

    snapshot = build(plan, user=_director(plan), at=timezone.now())
    version = PlanVersion(
        plan=plan, case=plan.case, number=0, snapshot=snapshot, sha256=digest(snapshot)
    )
    return html_to_pdf(plan_html(version, variant=FULL), title="x").pages


def side_by_side(plan: Any, renders: int) -> list[str]:
    """The pipeline as the worker runs it — the render task on a submitted version: the job
    claimed, the snapshot read through the read side, the HTML with a new drawing, the PDF,
    the file stored with its hash and page count, the job done — against bare WeasyPrint on
    the same HTML, alternating which goes first, in one run. Taking the snapshot happens at
    submit time and is measured apart."""
    from django.core.cache import cache
    from django.utils import timezone
    from weasyprint import HTML

    from casework.plans.documents import plan_html
    from casework.plans.services import FULL, KIND
    from casework.plans.snapshot import build
    from documents.models import DocumentJob, JobStatus
    from documents.rendering import PDF_VARIANT
    from documents.tasks import render_document

    version = _version(plan, "side by side")
    job = DocumentJob.objects.get(kind=KIND, subject_id=version.pk, variant=FULL)
    html = plan_html(version, variant=FULL)
    pipeline: list[float] = []
    bare: list[float] = []
    plain: list[float] = []
    snapshots: list[float] = []

    def run_pipeline() -> float:
        DocumentJob.objects.filter(pk=job.pk).update(status=JobStatus.QUEUED, sha256="")
        cache.clear()  # the drawing is made anew each time, as for a new version
        gc.collect()
        started = time.perf_counter()
        outcome = render_document.apply(args=(job.pk,)).get()
        took = time.perf_counter() - started
        if outcome != "done":
            raise RuntimeError(f"the render task answered {outcome!r}")
        return took

    def run_bare(**options: str) -> float:
        gc.collect()
        started = time.perf_counter()
        HTML(string=html).write_pdf(**options)
        return time.perf_counter() - started

    run_pipeline()  # warms fonts, templates and caches
    run_bare(pdf_variant=PDF_VARIANT)
    for index in range(renders):
        if index % 2:
            took_bare = run_bare(pdf_variant=PDF_VARIANT)
            took = run_pipeline()
        else:
            took = run_pipeline()
            took_bare = run_bare(pdf_variant=PDF_VARIANT)
        pipeline.append(took)
        bare.append(took_bare)
        plain.append(run_bare())
        started = time.perf_counter()
        build(plan, user=_director(plan), at=timezone.now())
        snapshots.append(time.perf_counter() - started)
    pages = DocumentJob.objects.get(pk=job.pk).pages
    ratio = statistics.median(pipeline) / statistics.median(bare)
    return [
        f"A plan of {pages} pages ({renders} renders each, alternating which goes first, after "
        "one warm-up; the drawing made anew each time):",
        "",
        "| What | median (s) | min (s) | max (s) |",
        "|---|---|---|---|",
        _row(
            "Pipeline: the render task (snapshot read, HTML with drawing, PDF/A-2a, storage)",
            pipeline,
        ),
        _row("Bare WeasyPrint, same HTML, PDF/A-2a", bare),
        _row("Bare WeasyPrint, same HTML, no PDF variant", plain),
        _row("Taking the snapshot (at submit, before the task)", snapshots),
        "",
        f"Pipeline ÷ bare WeasyPrint (same variant): **{ratio:.3f}** (limit 1.15).",
        "",
    ]


def _row(name: str, samples: list[float]) -> str:
    return (
        f"| {name} | {statistics.median(samples):.3f} | {min(samples):.3f} | {max(samples):.3f} |"
    )


class worker:  # noqa: N801 - used as a context manager, named for what it gives
    """A Celery worker with `concurrency` processes, as `make run` starts one."""

    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency

    def __enter__(self) -> subprocess.Popen[bytes]:
        from config.celery import app

        app.control.purge()
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config.celery",
            "worker",
            "--pool=prefork",
            f"--concurrency={self.concurrency}",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=dict(os.environ))  # noqa: S603
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline:
                raise RuntimeError("the Celery worker did not start")
        return self.process

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


def _ready(version_pk: int, variant: str | None = None) -> bool:
    from documents.models import DocumentJob, JobStatus

    jobs = DocumentJob.objects.filter(subject_id=version_pk)
    if variant:
        jobs = jobs.filter(variant=variant)
    statuses = list(jobs.values_list("status", flat=True))
    if JobStatus.FAILED in statuses:
        raise RuntimeError(f"a document of version {version_pk} failed")
    return bool(statuses) and all(status == JobStatus.DONE for status in statuses)


def submit_to_ready(plan: Any, submits: int) -> list[str]:
    """Submit → the full PDF ready, and both variants ready, with an idle worker."""
    from casework.plans.services import FULL

    first: list[float] = []
    both: list[float] = []
    for index in range(submits + 1):
        _change(plan, f"latency {index}")
        time.sleep(1)  # the worker idle again
        started = time.perf_counter()
        version = _submit(plan)
        full_at = None
        while not _ready(version.pk):
            if full_at is None and _ready(version.pk, FULL):
                full_at = time.perf_counter()
            time.sleep(0.02)
        done_at = time.perf_counter()
        if index:  # the first one wakes the worker's processes
            first.append((full_at or done_at) - started)
            both.append(done_at - started)
    return [
        f"Submit → PDF ready, idle worker ({submits} submissions, one at a time):",
        "",
        "| What | median (s) | min (s) | max (s) |",
        "|---|---|---|---|",
        _row("Submit → full PDF ready (limit: median 2 s)", first),
        _row("Submit → both variants ready", both),
        "",
    ]


def _worker_memory_mb(master: int) -> float:
    """The resident memory of the worker and its pool processes together, in MB."""
    pids = [str(master)]
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        pids += children.read_text().split()
    total = 0.0
    for pid in pids:
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
    return total


def burst(plan: Any, count: int, concurrency: int, process: subprocess.Popen[bytes]) -> list[str]:
    """`count` plans requested at once: every document finishes, none is lost."""
    from documents.models import DocumentJob, JobStatus

    started = time.perf_counter()
    versions = [_version(plan, f"burst {index}") for index in range(count)]
    requested = time.perf_counter() - started
    jobs = DocumentJob.objects.filter(subject_id__in=[v.pk for v in versions])
    expected = jobs.count()
    peak = 0.0
    while jobs.filter(status=JobStatus.DONE).count() < expected:
        if jobs.filter(status=JobStatus.FAILED).exists():
            raise RuntimeError("a document failed in the burst")
        peak = max(peak, _worker_memory_mb(process.pid))
        time.sleep(0.1)
    took = time.perf_counter() - started
    done = jobs.filter(status=JobStatus.DONE).count()
    per_process = done / took / concurrency
    return [
        f"{count} plans submitted at once ({expected} documents, both variants; "
        f"submitting took {requested:.1f} s):",
        "",
        "| What | figure |",
        "|---|---|",
        f"| Documents finished | {done} of {expected} (none lost) |",
        f"| Time until the last was ready | {took:.1f} s |",
        f"| Throughput per worker process ({concurrency} processes) | "
        f"{per_process:.2f} documents/s |",
        f"| Worker's peak resident memory (all its processes) | {peak:.0f} MB |",
    ]


def write_report(path: Path, section: str) -> None:
    """Replaces this benchmark's part of the report, keeping the rest."""
    text = path.read_text() if path.exists() else "# Performance\n"
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        text = before + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    path.write_text(text)


if __name__ == "__main__":
    raise SystemExit(main())
