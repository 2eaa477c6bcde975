"""The benchmark keeps working: a small run (600 cases) from start to report, in a database of
its own, through a real gunicorn."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek_benchmark_test"
FIGURES = [
    "Floor: one hand-written query",
    "Case list page",
    "Case list API, page of 50",
    "Case page",
    "Floor: name search, hand-written",
    "Name search",
    "Known elsewhere (person page)",
    "Read side: hand out and log 25 cases",
]


def test_a_small_benchmark_runs_and_reports_between_its_markers(tmp_path: Path) -> None:
    report = tmp_path / "performance.md"
    report.write_text(
        "# Performance\n\nWritten by hand.\n\n<!-- benchmark:begin -->\nold figures\n"
        "<!-- benchmark:end -->\n\nAlso by hand.\n"
    )
    command = [
        sys.executable,
        "-m",
        "benchmarks",
        "--cases=600",
        "--requests=4",
        "--duration=0.25",
        "--regenerate",
        f"--report={report}",
        f"--database-url={DATABASE}",
    ]
    # A clean environment: the test settings' variables must not leak into the benchmark.
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stderr[-3000:]

    text = report.read_text()
    assert text.startswith("# Performance\n\nWritten by hand.\n")
    assert text.endswith("\nAlso by hand.\n")
    assert "old figures" not in text
    assert "## Results: 600 cases" in text
    assert "generated in this run" in text

    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| ")]
    measured = [row for row in rows if row[0].lstrip("| ") in FIGURES]
    assert [row[0].lstrip("| ") for row in measured] == FIGURES * 2
    for name, median, p95, queries, per_second, *_ in measured:
        assert 0 < float(median) <= float(p95), name
        assert 0 < int(queries) < 30, name
        assert per_second == "–" if name.endswith("25 cases") else float(per_second) > 0
    ratios = [
        float(row[5])
        for row in measured
        if row[0].lstrip("| ").startswith(("Case list", "Name search"))
    ]
    assert len(ratios) == 6 and all(ratio > 0 for ratio in ratios)

    # The API's query count does not follow the page size.
    sizes = re.findall(r"queries at page size 10 / 100: (\d+) / (\d+)", text)
    assert len(sizes) == 2 and all(small == large for small, large in sizes)
    # The plans are real EXPLAIN ANALYZE output, with the permission index in use.
    assert text.count("Execution Time:") == 10
    assert "casework_casegroupobject_group_id_permission_id" in text
    assert re.search(r"Web worker memory \(largest RSS after the run\): \d+ MB", text)


def test_the_report_shows_each_figure_beside_the_previous_run(tmp_path: Path) -> None:
    from benchmarks.run import BEGIN, END, previous_figures

    report = tmp_path / "performance.md"
    report.write_text(
        f"Hand.\n{BEGIN}\n### AOV'er, largest municipality (gebruiker1, Gemeente 001)\n\n"
        "| What | Median ms | p95 ms | Queries | Requests/s, 8 at once | × floor | Notes |\n"
        "|---|---:|---:|---:|---:|---:|---|\n"
        "| Name search | 1385.6 | 4661.9 | 10 | 1 |  |  |\n"
        f"{END}\n"
    )
    assert previous_figures(report) == {
        ("AOV'er, largest municipality", "Name search"): ("1385.6", "4661.9", "1")
    }
    assert previous_figures(tmp_path / "missing.md") == {}


def test_a_small_insight_benchmark_runs_and_reports(tmp_path: Path) -> None:
    report = tmp_path / "performance.md"
    report.write_text(
        "# Performance\n\n<!-- insight:begin -->\nOLD FIGURES\n<!-- insight:end -->\n"
    )
    command = [
        sys.executable,
        "-m",
        "benchmarks.insight",
        "--cases=1200",
        "--requests=3",
        "--regenerate",
        f"--report={report}",
        f"--database-url={DATABASE.replace('benchmark_test', 'insight_benchmark_test')}",
    ]
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900
    )
    text = report.read_text()
    # At 1,200 cases the aims are met easily; a failure here is a broken benchmark.
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "OLD FIGURES" not in text
    assert re.search(r"Full rebuild of the summaries \(the nightly task\): [\d.]+ s", text)
    assert re.search(r"Up to date after 1,000 changed cases \([\d,]+ marked", text)
    assert re.search(r"Publication of what the pages show .*: [\d.]+ s, [\d,]+ publications", text)
    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| ")]
    pages = [row for row in rows if "/inzicht/" in row[0] or "/api/insight/" in row[0]]
    assert len(pages) == 4
    for _page, median, p95, queries in pages:
        assert 0 < float(median) <= float(p95)
        assert 0 < int(queries.rstrip(" |")) < 25
