"""The county picture benchmark (``bench/bench_county_picture.py``, issue 12) run small: it builds the county it
says, and reports each screen's time beside the plain-sqlite3 query and their ratio. The 40-unit, five-year
figures are in the issue's closing note and docs/county-totals.md."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_builds_the_county_and_reports_each_screen_against_sqlite():
    figures = run_benchmark(
        "bench_county_picture",
        "--units",
        "3",
        "--years",
        "1",
        "--activities",
        "4",
        "--trainings",
        "2",
        "--runs",
        "1",
        "--limit-ms",
        "5000",
    )
    assert (figures["units"], figures["years"]) == (3, 1)
    assert figures["returns_held"] >= 36  # a return for every unit and month, and some sent twice
    for screen in ("status", "total", "drilldown", "cockpit"):
        assert figures[f"{screen}_ms"] > 0 and figures[f"{screen}_sqlite_ms"] > 0
        # The times are rounded to 0.1 ms and the ratio is of the unrounded ones: it lies within the rounding.
        ours, plain = figures[f"{screen}_ms"], figures[f"{screen}_sqlite_ms"]
        lowest = (ours - 0.05) / (plain + 0.05) - 0.005
        highest = (ours + 0.05) / max(plain - 0.05, 1e-9) + 0.005
        assert lowest <= figures[f"{screen}_ratio"] <= highest
