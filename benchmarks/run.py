"""The benchmark run: data set, subjects, measurements over http, query plans, report."""

import argparse
import contextlib
import http.client
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from partners.models import User

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"
PARTNER_CASES = 200  # the partner professional takes part in about this many cases
CONCURRENCY = 8
SAMPLE = 50  # cases, persons and names a subject's requests cycle through


class BenchmarkError(Exception):
    """The run cannot go on; the message says why, in one sentence."""


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--cases", type=int, default=2000, help="cases in the data set")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per figure")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per throughput run")
    parser.add_argument("--regenerate", action="store_true", help="make the data set anew")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--database-url", help="default: the vierhoek_volume database")
    options = parser.parse_args(argv)
    if options.requests < 2 or options.cases < 1 or options.duration <= 0:
        parser.error("--requests must be at least 2, --cases at least 1, --duration positive")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.benchmark"
    if options.database_url:
        os.environ["DATABASE_URL"] = options.database_url
    try:
        import django

        django.setup()
        run = Run(options)
        report = run.execute()
    except BenchmarkError as error:
        print(f"Benchmark stopped: {error}", file=sys.stderr)
        return 1
    write_report(options.report, report)
    print(report)
    print(f"Written to {options.report}")
    return 0


# --- Figures ---------------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    path: str = ""
    median_ms: float = 0.0
    p95_ms: float = 0.0
    queries: int | str = 0
    per_second: float | None = None
    floor_ratio: float | None = None
    note: str = ""


def summarise(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile, in milliseconds."""
    milliseconds = [sample * 1000 for sample in samples]
    return statistics.median(milliseconds), statistics.quantiles(milliseconds, n=100)[94]


@dataclass
class Subject:
    label: str
    user: "User"
    visible_cases: int
    cases: list[int] = field(default_factory=list)
    persons: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    api_headers: dict[str, str] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    plans: list[tuple[str, str, str]] = field(default_factory=list)

    def targets(self) -> list[tuple[str, Callable[[int], str]]]:
        """(figure name, path of the i-th request) for every page measured over http."""
        return [
            ("Floor: one hand-written query", lambda i: "/benchmark/vloer/"),
            ("Case list page", lambda i: "/casussen/"),
            ("Case list API, page of 50", lambda i: "/api/cases/?page=1"),
            ("Case page", lambda i: f"/casussen/{self.cases[i % len(self.cases)]}/"),
            (
                "Floor: name search, hand-written",
                lambda i: f"/benchmark/zoekvloer/?q={quote(self.names[i % len(self.names)])}",
            ),
            ("Name search", lambda i: f"/casussen/?q={quote(self.names[i % len(self.names)])}"),
            (
                "Known elsewhere (person page)",
                lambda i: "/casussen/{}/personen/{}/".format(*self.persons[i % len(self.persons)]),
            ),
        ]


# --- The http side -----------------------------------------------------------------------


class Http:
    """One keep-alive connection per thread to the gunicorn under test."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.local = threading.local()

    def _connection(self) -> http.client.HTTPConnection:
        connection = getattr(self.local, "connection", None)
        if connection is None:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.local.connection = connection
        return connection

    def get(self, path: str, headers: dict[str, str]) -> float:
        """Seconds for one GET; a refused or failing request stops the run."""
        for attempt in (1, 2):
            connection = self._connection()
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (http.client.HTTPException, OSError):
                # The server closed an idle keep-alive connection: reconnect once.
                connection.close()
                self.local.connection = None
                if attempt == 2:
                    raise
                continue
            elapsed = time.perf_counter() - started
            if response.status != 200:
                raise BenchmarkError(f"GET {path} answered {response.status}, not 200")
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                self.local.connection = None
            return elapsed
        raise AssertionError("unreachable")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def gunicorn(log: Path) -> Iterator[tuple[Http, subprocess.Popen[bytes]]]:
    """The web application as production serves it (config/gunicorn.conf.py: 2 workers with
    4 threads each), on a free port, with the benchmark settings."""
    port = free_port()
    environment = {
        **os.environ,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": str(CONCURRENCY // 2),
    }
    with log.open("wb") as errors:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--config",
                "config/gunicorn.conf.py",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        try:
            client = Http(port)
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/inloggen/", {})
                    break
                except (OSError, http.client.HTTPException):
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise BenchmarkError(f"gunicorn did not start; see {log}") from None
                    time.sleep(0.2)
            yield client, process
        finally:
            process.terminate()
            process.wait(timeout=30)


def worker_rss_mb(master: int) -> float:
    """The largest resident memory of gunicorn's worker processes, in MB."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    if not sizes:
        raise BenchmarkError("gunicorn has no worker processes to measure")
    return max(sizes)


def throughput(
    client: Http, path_of: Callable[[int], str], headers: dict[str, str], seconds: float
) -> float:
    """Requests per second with CONCURRENCY clients asking at once for `seconds`."""
    done = [0] * CONCURRENCY
    failures: list[BaseException] = []
    stop = time.perf_counter() + seconds

    def worker(index: int) -> None:
        i = index
        try:
            while time.perf_counter() < stop:
                client.get(path_of(i), headers)
                done[index] += 1
                i += CONCURRENCY
        except BaseException as error:  # reported after the run
            failures.append(error)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CONCURRENCY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise BenchmarkError(f"a request failed under load: {failures[0]}")
    return sum(done) / (time.perf_counter() - started)


# --- The run ------------------------------------------------------------------------------


class Run:
    def __init__(self, options: argparse.Namespace) -> None:
        self.options = options
        self.generated = ""
        self.previous: dict[tuple[str, str], tuple[str, str, str]] = {}

    def execute(self) -> str:
        from django.core.management import call_command

        self.previous = previous_figures(self.options.report)
        database_ensure()
        call_command("migrate", verbosity=0)
        self.dataset()
        subjects = [self.partner_professional(), self.municipal_aov()]
        for subject in subjects:
            self.check_floor(subject)
            self.count_queries(subject)
        with gunicorn(ROOT / "var" / "benchmark-gunicorn.log") as (client, process):
            for subject in subjects:
                self.measure_http(client, subject)
                self.measure_access_log(subject)
            rss = worker_rss_mb(process.pid)
        for subject in subjects:
            self.explain(subject)
        return self.report(subjects, rss)

    # The data set and the two users.

    def dataset(self) -> None:
        from django.core.management import call_command

        from casework.models import Case
        from casework.volume import foreign_data_present

        if foreign_data_present():
            raise BenchmarkError("the database holds data not made by generate_volume")
        cases = Case.objects.count()
        if cases == self.options.cases and not self.options.regenerate:
            self.generated = "reused (made earlier by generate_volume)"
            return
        started = time.monotonic()
        call_command(
            "generate_volume",
            cases=self.options.cases,
            seed=self.options.seed,
            force=True,
            stdout=open(os.devnull, "w"),  # noqa: SIM115 - closed with the process
        )
        minutes = (time.monotonic() - started) / 60
        self.generated = f"generated in this run in {minutes:.1f} min (seed {self.options.seed})"

    def _subject(self, label: str, user_id: int) -> Subject:
        from django.db.models import Q
        from knox.models import AuthToken

        from casework.models import Case, Person
        from partners.models import User
        from partners.policy import Action, visible

        user = User.objects.select_related("organisation").get(pk=user_id)
        visible_cases = visible(user, Action.VIEW, Case.objects.all())
        cases = list(
            visible_cases.order_by("-created_at", "-id").values_list("pk", flat=True)[:SAMPLE]
        )
        persons = list(
            Person.objects.filter(case__in=cases)
            .order_by("id")
            .values_list("case_id", "pk")[:SAMPLE]
        )
        names = sorted(
            set(Person.objects.filter(Q(case__in=cases)).values_list("last_name", flat=True))
        )[:SAMPLE]
        if not cases or not persons:
            raise BenchmarkError(f"{label} sees no cases; the data set is too small")
        session = session_for(user)
        _stored, token = AuthToken.objects.create(user=user)
        return Subject(
            label=label,
            user=user,
            visible_cases=visible_cases.count(),
            cases=cases,
            persons=persons,
            names=names,
            headers={"Cookie": f"sessionid={session}", "Accept-Language": "nl"},
            api_headers={"Authorization": f"Token {token}", "Accept": "application/json"},
        )

    def partner_professional(self) -> Subject:
        """The partner professional whose organisation takes part in nearest PARTNER_CASES."""
        row = one_row(
            """
            SELECT u.id FROM partners_user u
            JOIN partners_user_groups ug ON ug.user_id = u.id
            JOIN auth_group r ON r.id = ug.group_id AND r.name = %s
            JOIN (SELECT organisation_id, count(*) AS n FROM casework_caseparticipation
                  WHERE left_on IS NULL GROUP BY organisation_id) p
              ON p.organisation_id = u.organisation_id
            ORDER BY abs(p.n - %s), u.id LIMIT 1
            """,
            [role_name("PARTNER_PROFESSIONAL"), PARTNER_CASES],
        )
        return self._subject("Partner professional", row)

    def municipal_aov(self) -> Subject:
        """An AOV'er of the municipality with the most cases."""
        row = one_row(
            """
            SELECT u.id FROM partners_user u
            JOIN partners_user_groups ug ON ug.user_id = u.id
            JOIN auth_group r ON r.id = ug.group_id AND r.name = %s
            JOIN partners_organisation_municipalities om ON om.organisation_id = u.organisation_id
            JOIN (SELECT municipality_id, count(*) AS n FROM casework_case GROUP BY 1) c
              ON c.municipality_id = om.municipality_id
            ORDER BY c.n DESC, u.id LIMIT 1
            """,
            [role_name("AOV")],
        )
        return self._subject("AOV'er, largest municipality", row)

    # Measurements.

    def check_floor(self, subject: Subject) -> None:
        """The floor must return the very rows of the case list's first page."""
        from benchmarks.floor import PAGE_SIZE, floor_rows
        from casework.selectors import case_list
        from partners.models import ReadPath
        from partners.reading import Reader

        reader = Reader(subject.user, ReadPath.PAGE)
        ours = list(case_list(reader).values_list("pk", flat=True)[:PAGE_SIZE])
        organisation = subject.user.organisation
        group = organisation.group_id if organisation else None
        floor = [row[0] for row in floor_rows(user_id=subject.user.pk, group_id=group)]
        if ours != floor:
            raise BenchmarkError(f"the floor query and the case list differ for {subject.label}")

    def count_queries(self, subject: Subject) -> None:
        """Queries per request, in process (the same code gunicorn runs); the API at two page
        sizes, to show that the count does not follow the number of rows."""
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        client = Client()
        client.cookies["sessionid"] = subject.headers["Cookie"].split("=", 1)[1]
        api = {"Authorization": subject.api_headers["Authorization"]}
        self.queries: dict[tuple[str, str], int] = getattr(self, "queries", {})
        self.captured: dict[tuple[str, str], list[str]] = getattr(self, "captured", {})
        for name, path_of in subject.targets():
            path = path_of(0)
            headers = api if path.startswith("/api/") else {}
            client.get(path, headers=headers)  # warm caches first, as a running server has them
            with CaptureQueriesContext(connection) as context:
                response = client.get(path, headers=headers)
            if response.status_code != 200:
                raise BenchmarkError(f"GET {path} answered {response.status_code} in process")
            self.queries[(subject.label, name)] = len(context)
            self.captured[(subject.label, name)] = [query["sql"] for query in context]
        for size in (10, 100):
            with CaptureQueriesContext(connection) as context:
                client.get(f"/api/cases/?page_size={size}", headers=api)
            self.queries[(subject.label, f"api-{size}")] = len(context)

    def measure_http(self, client: Http, subject: Subject) -> None:
        floor_median = search_floor_median = 0.0
        for name, path_of in subject.targets():
            headers = subject.api_headers if path_of(0).startswith("/api/") else subject.headers
            for i in range(min(10, self.options.requests)):  # warm-up, not counted
                client.get(path_of(i), headers)
            samples = [client.get(path_of(i), headers) for i in range(self.options.requests)]
            median, p95 = summarise(samples)
            figure = Figure(
                name=name,
                path=path_of(0),
                median_ms=median,
                p95_ms=p95,
                queries=self.queries[(subject.label, name)],
                per_second=throughput(client, path_of, headers, self.options.duration),
            )
            if name == "Floor: one hand-written query":
                floor_median = median
            elif name.startswith("Floor: name search"):
                search_floor_median = median
            elif name.startswith("Case list"):
                figure.floor_ratio = median / floor_median
            elif name == "Name search":
                figure.floor_ratio = median / search_floor_median
            if name.startswith("Case list API"):
                figure.note = "queries at page size 10 / 100: {} / {}".format(
                    self.queries[(subject.label, "api-10")],
                    self.queries[(subject.label, "api-100")],
                )
            subject.figures.append(figure)

    def measure_access_log(self, subject: Subject) -> None:
        """What the read side adds to a page of 25 cases: handing them out (redaction, scope)
        and the one access-log insert at the end of the request."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from casework.models import Case
        from partners.models import ReadPath
        from partners.reading import Reader

        cases = list(Case.objects.filter(pk__in=subject.cases[:25]).select_related("municipality"))

        def write() -> float:
            started = time.perf_counter()
            reader = Reader(subject.user, ReadPath.PAGE, path="/benchmark/")
            reader.record(cases)
            reader.flush()
            return time.perf_counter() - started

        write()
        with CaptureQueriesContext(connection) as context:
            write()
        median, p95 = summarise([write() for _ in range(self.options.requests)])
        subject.figures.append(
            Figure(
                name="Read side: hand out and log 25 cases",
                median_ms=median,
                p95_ms=p95,
                queries=len(context),
                note="in process; every page above also writes it",
            )
        )

    def explain(self, subject: Subject) -> None:
        """EXPLAIN ANALYZE of the queries that grow with the data: the list and its count, the
        search, and the known-elsewhere match."""
        from django.db import connection

        def case_page(sql: str) -> bool:
            return sql.startswith('SELECT "casework_case"."id"') and " LIMIT " in sql

        def case_count(sql: str) -> bool:
            # The pager counts at most 10,001 rows: COUNT(*) over a subquery with a LIMIT.
            return sql.startswith("SELECT COUNT(*)") and 'FROM "casework_case"' in sql

        def person_page(sql: str) -> bool:
            return sql.startswith('SELECT "casework_person"."id"') and "LIMIT 10" in sql

        def known_elsewhere(sql: str) -> bool:
            return "SIMILARITY(" in sql.upper() and '"birth_date" =' in sql

        wanted: list[tuple[str, str, Callable[[str], bool]]] = [
            ("Case list page", "case list, first page", case_page),
            ("Case list page", "case list, count", case_count),
            ("Name search", "name search, cases", case_page),
            ("Name search", "name search, persons", person_page),
            ("Known elsewhere (person page)", "known elsewhere", known_elsewhere),
        ]
        for figure, title, matches in wanted:
            queries = [sql for sql in self.captured[(subject.label, figure)] if matches(sql)]
            if not queries:
                raise BenchmarkError(f"no query found for the plan of '{title}'")
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {queries[0]}")
                plan = "\n".join(row[0] for row in cursor.fetchall())
            subject.plans.append((title, queries[0], plan))

    # The report.

    def report(self, subjects: list[Subject], rss: float) -> str:
        from django.db import connection
        from django.utils import timezone

        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            postgres = cursor.fetchone()[0]
            counts = {}
            for table in (
                "casework_case",
                "casework_person",
                "casework_caseparticipation",
                "casework_signal",
                "casework_casenote",
                "partners_organisation",
                "partners_user",
            ):
                cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names
                counts[table] = cursor.fetchone()[0]
        options = self.options
        command = (
            f"python -m benchmarks --cases {options.cases} --requests {options.requests} "
            f"--duration {options.duration:g}"
        )
        data = ", ".join(f"{table.split('_', 1)[1]}: {count:,}" for table, count in counts.items())
        lines = [
            BEGIN,
            f"## Results: {options.cases:,} cases",
            "",
            f"Run on {timezone.localdate().isoformat()} with `{command}`.",
            "",
            f"- Machine: {machine()}; PostgreSQL {postgres}; Python {platform.python_version()}.",
            f"- Data set: {self.generated}. {data}.",
            f"- Latency: {options.requests} sequential requests per figure over http to "
            "gunicorn (2 workers × 4 threads, production settings), after 10 warm-up requests. "
            f"Throughput: {CONCURRENCY} clients at once for {options.duration:g} s. "
            "The load generator runs on the same two cores.",
            f"- Web worker memory (largest RSS after the run): {rss:.0f} MB.",
            "",
        ]
        for subject in subjects:
            user = subject.user
            lines += [
                f"### {subject.label} ({user.username}, {user.organisation}, "
                f"sees {subject.visible_cases:,} cases)",
                "",
                "| What | Median ms | p95 ms | Queries | Requests/s, 8 at once | × floor "
                "| Previous run: median / p95 / req/s | Notes |",
                "|---|---:|---:|---:|---:|---:|---:|---|",
            ]
            for figure in subject.figures:
                before = self.previous.get((subject.label, figure.name))
                cells = [
                    figure.name,
                    f"{figure.median_ms:.1f}",
                    f"{figure.p95_ms:.1f}",
                    str(figure.queries),
                    f"{figure.per_second:.0f}" if figure.per_second is not None else "–",
                    f"{figure.floor_ratio:.2f}" if figure.floor_ratio is not None else "",
                    " / ".join(before) if before else "–",
                    figure.note,
                ]
                lines.append(f"| {' | '.join(cells)} |")
            lines.append("")
        lines += ["### Query plans", ""]
        for subject in subjects:
            for title, sql, plan in subject.plans:
                lines += [
                    f"#### {subject.label}: {title}",
                    "",
                    "```sql",
                    sql,
                    "```",
                    "",
                    "```",
                    plan,
                    "```",
                    "",
                ]
        lines.append(END)
        return "\n".join(lines)


# --- Helpers ------------------------------------------------------------------------------


def role_name(member: str) -> str:
    from partners.models import Role

    return Role[member].group_name


def one_row(sql: str, params: list[Any]) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        raise BenchmarkError("the data set has no user for this benchmark")
    return int(row[0])


def session_for(user: "User") -> str:
    """A session that passed two-factor authentication, as after a real login."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="benchmark", defaults={"confirmed": True}
    )
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return str(session.session_key)


def database_ensure() -> None:
    """Creates the benchmark's database when it does not exist yet."""
    import psycopg
    from django.conf import settings

    database = settings.DATABASES["default"]
    with psycopg.connect(
        dbname="postgres",
        user=database["USER"],
        password=database["PASSWORD"],
        host=database["HOST"],
        port=database["PORT"] or 5432,
        autocommit=True,
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(
                psycopg.sql.SQL("CREATE DATABASE {}").format(
                    psycopg.sql.Identifier(database["NAME"])
                )
            )


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError):
        kilobytes = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kilobytes / 1024 / 1024:.0f} GiB memory"
    return f"{os.cpu_count()} cores ({cpu}){memory}"


def previous_figures(path: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """The median, p95 and requests/s of each figure in the report's last run, by (subject
    label, figure name), so that the new run shows them side by side and a regression shows."""
    text = path.read_text() if path.exists() else ""
    if BEGIN not in text or END not in text:
        return {}
    section = text.split(BEGIN, 1)[1].split(END, 1)[0]
    figures: dict[tuple[str, str], tuple[str, str, str]] = {}
    label = ""
    for line in section.splitlines():
        if line.startswith("### "):
            label = line[4:].split(" (", 1)[0]
        elif line.startswith("| ") and label and not line.startswith(("| What", "|---")):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if len(cells) >= 5:
                figures[(label, cells[0])] = (cells[1], cells[2], cells[4])
    return figures


def write_report(path: Path, section: str) -> None:
    """Replaces the results between the markers of `path`, keeping the text around them."""
    text = path.read_text() if path.exists() else ""
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        text = before + section + after
    else:
        text = (text or "# Performance\n\n") + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
