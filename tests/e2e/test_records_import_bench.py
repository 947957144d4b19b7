"""The records import benchmark (``bench/records_import.py``, issue 10) run small: it builds and exports the
rows asked for, imports them, and reports every timing and ratio. The 20,000-row figures are in the report of
issue 10."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "records_import.py"


def test_the_benchmark_imports_the_rows_and_reports_each_timing_and_ratio():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--rows", "300", "--limit", "100", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (figures,) = json.loads(result.stdout)
    assert figures["rows"] == 300
    assert figures["within_limit"] is True
    for key in ("openpyxl_s", "dry_run_s", "import_s", "reimport_dry_run_s", "import_updates_s", "write_lock_s"):
        assert 0 < figures[key] < 60, key
    for key in ("dry_run_ratio", "import_ratio", "reimport_dry_run_ratio", "import_updates_ratio"):
        assert figures[key] > 0, key
