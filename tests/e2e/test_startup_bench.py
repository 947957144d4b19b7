"""The start-up check benchmark (``bench/startup_check.py``, issue 5) run small: the data folder it builds is
whole, holds the records asked for, and every timing it reports is there. The 100,000-record figures are in
docs/reliability.md."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_builds_a_whole_folder_and_reports_each_timing():
    figures = run_benchmark(
        "startup_check", "--records", "1000", "--runs", "1", "--limit", "10", "--warm-only", timeout=120
    )
    assert figures["records"] == 1000
    assert figures["within_limit"] is True
    for key in ("quick_check_s", "integrity_check_s", "start_s"):
        assert 0 < figures[key] < 10
    assert figures["quick_to_full_ratio"] > 0
