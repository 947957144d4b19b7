"""The return export benchmark (``bench/return_export.py``, issue 14) run small: it builds the months asked for,
exports them, writes the same tables plainly, and reports both times and their ratio. The figures at 300
records are in docs/performance.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "return_export.py"


def test_the_benchmark_exports_a_month_and_reports_the_ratio_to_the_plain_libraries():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--records", "20", "--runs", "1", "--limit", "100", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout)
    assert figures["within_limit"] is True
    (size,) = figures["sizes"]
    assert size["records"] == 20 and 0 < size["floor_s"] < 60 and 0 < size["export_s"] < 60
    assert size["ratio"] > 0
