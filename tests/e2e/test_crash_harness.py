"""The crash harness (``bench/crash_harness.py``, issue 5) run small: saves and exports killed with SIGKILL,
and after each kill nothing confirmed is lost, nothing half-saved, the previous export intact and, once the
app has started again, no temporary file left. The full run (100 + 20 kills) is in docs/reliability.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "bench" / "crash_harness.py"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the harness kills with SIGKILL (POSIX only)")


def test_killed_saves_and_exports_lose_nothing_and_leave_no_temporaries(tmp_path: Path):
    work = tmp_path / "work"
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--saves-kills", "10", "--export-kills", "3", "--json", "--keep", str(work)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert summary["ok"] is True
    assert summary["violations"] == []
    assert summary["save_kills"] == 10
    assert summary["records_confirmed"] > 0
    assert summary["records_found"] >= summary["records_confirmed"]
    assert summary["records_found"] - summary["records_confirmed"] == summary["committed_unconfirmed"]
    assert summary["committed_unconfirmed"] <= summary["save_kills"]  # at most the one save each kill cut short
    assert (summary["integrity_ok"], summary["integrity_failed"]) == (10, 0)
    assert summary["export_kills"] == 3
    assert summary["export_kills_with_partial_file"] >= 1  # at least one kill landed while a file was written
    assert summary["previous_exports_intact"] == summary["export_rounds"]
    assert summary["temporaries_left_after_start"] == 0
    assert list(work.rglob(".kesu-partial-*")) == []
