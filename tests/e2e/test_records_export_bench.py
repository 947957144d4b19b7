"""The records export benchmark (``bench/records_export.py``, issue 14) run small: it builds the records asked
for, exports them, writes the same rows with plain openpyxl, and reports both times, their ratio and the peak
memory. The figures at 20,000 and 100,000 records are in docs/performance.md."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_exports_the_records_and_reports_the_ratio_to_plain_openpyxl():
    figures = run_benchmark("records_export", "--records", "300", "--limit", "100")
    assert figures["within_limit"] is True
    (size,) = figures["sizes"]
    assert size["records"] == 300
    assert 0 < size["openpyxl_s"] < 60 and 0 < size["export_s"] < 60 and size["peak_rss_mib"] > 0
    # the times are rounded to the millisecond and the ratio is of the unrounded ones
    lowest = (size["export_s"] - 0.0005) / (size["openpyxl_s"] + 0.0005) - 0.005
    highest = (size["export_s"] + 0.0005) / (size["openpyxl_s"] - 0.0005) + 0.005
    assert lowest <= size["ratio"] <= highest
