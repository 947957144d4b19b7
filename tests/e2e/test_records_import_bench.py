"""The records import benchmark (``bench/records_import.py``, issue 10) run small: it builds and exports the
rows asked for, imports them, and reports every timing and ratio. The 20,000-row figures are in the report of
issue 10."""

from __future__ import annotations

from tests.e2e.benchmarks import run_benchmark


def test_the_benchmark_imports_the_rows_and_reports_each_timing_and_ratio():
    (figures,) = run_benchmark("records_import", "--rows", "300", "--limit", "100")
    assert figures["rows"] == 300
    assert figures["within_limit"] is True
    for key in ("openpyxl_s", "dry_run_s", "import_s", "reimport_dry_run_s", "import_updates_s", "write_lock_s"):
        assert 0 < figures[key] < 60, key
    for key in ("dry_run_ratio", "import_ratio", "reimport_dry_run_ratio", "import_updates_ratio"):
        assert figures[key] > 0, key
