"""The return export benchmark (``bench/return_export.py``, issue 14) run small: it builds the months asked for,
exports them, writes the same tables plainly, and reports both times and their ratio. The figures at 300
records are in docs/performance.md."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_exports_a_month_and_reports_the_ratio_to_the_plain_libraries():
    figures = run_benchmark("return_export", "--records", "20", "--runs", "1", "--limit", "100")
    assert figures["within_limit"] is True
    (size,) = figures["sizes"]
    assert size["records"] == 20 and 0 < size["floor_s"] < 60 and 0 < size["export_s"] < 60
    assert size["ratio"] > 0
