"""Command-line start-up benchmark (issue 14, point 1): how long ``python main.py --version`` and
``python main.py --help`` take, and their peak memory, against a bare ``python -c 'import sqlite3'`` in the same
run.

    python bench/cli_startup.py [--runs 11] [--limit 2] [--json]

Each is timed as the median of ``--runs`` new processes after one warm-up, the three taken in turn so that a
busy moment of the machine falls on all of them; the help is the Chinese one (the default language, so the
catalogue is read). ``ratio`` is each job's time over the bare Python's; the run exits 1 when one exceeds
``--limit``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

JOBS = {
    "bare": ["-c", "import sqlite3"],
    "version": ["main.py", "--version"],
    "help": ["main.py", "--help"],
}


def _timed(arguments: list[str]) -> tuple[float, float]:
    """Seconds a new Python process with ``arguments`` takes, and its peak resident memory in MiB."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules kept, as in an installed KeSu
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, *arguments], cwd=ROOT, env=environment, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} exited {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def measure(runs: int) -> dict[str, object]:
    for arguments in JOBS.values():
        _timed(arguments)
    times: dict[str, list[float]] = {name: [] for name in JOBS}
    peaks: dict[str, float] = dict.fromkeys(JOBS, 0.0)
    for _ in range(runs):
        for name, arguments in JOBS.items():
            elapsed, peak = _timed(arguments)
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
    medians = {name: statistics.median(values) for name, values in times.items()}
    figures: dict[str, object] = {"bare_s": round(medians["bare"], 4), "bare_rss_mib": round(peaks["bare"], 1)}
    for name in ("version", "help"):
        figures[f"{name}_s"] = round(medians[name], 4)
        figures[f"{name}_ratio"] = round(medians[name] / medians["bare"], 2)
        figures[f"{name}_rss_mib"] = round(peaks[name], 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--limit", type=float, default=2.0, help="largest ratio to the bare Python")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.runs)
    within = all(float(str(figures[f"{name}_ratio"])) <= args.limit for name in ("version", "help"))
    if args.json:
        print(json.dumps({**figures, "within_limit": within}))
    else:
        print(", ".join(f"{key} {value}" for key, value in figures.items()))
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
