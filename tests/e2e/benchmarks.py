"""Running a benchmark of ``bench/`` the way the suite checks it: a new process asked for ``--json``, its exit
code checked and its figures read back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_benchmark(name: str, *arguments: str, exit_code: int = 0, timeout: int = 300) -> Any:
    """The figures ``bench/<name>.py`` prints with ``arguments`` and ``--json``, once it exits with ``exit_code``."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{name}.py"), *arguments, "--json"],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    assert result.returncode == exit_code, result.stdout + result.stderr
    return json.loads(result.stdout)
