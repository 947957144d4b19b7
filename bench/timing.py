"""How the benchmarks time a job (the median of several runs after one warm-up run) and, for those measured at
several sizes, their command line."""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_time(action: Callable[[], object], runs: int) -> float:
    """Seconds ``action`` takes, the median of ``runs`` runs; a first run, not counted, pays for loading modules
    and filling the cache."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


Measure = Callable[[Path, int, int], dict[str, object]]


def run_sizes(
    description: str, measure: Measure, *, default_records: int, default_runs: int, limit: float, argv: list[str] | None
) -> int:
    """The command line of a benchmark measured at one or more sizes (``--records``, repeatable), each in a fresh
    temporary folder: prints each size's figures (or, with ``--json``, ``{"sizes": [...], "within_limit"}``) and
    exits 1 when a size's ``ratio`` exceeds ``--limit``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--records", type=int, action="append", help="records (repeatable)")
    parser.add_argument("--runs", type=int, default=default_runs)
    parser.add_argument("--limit", type=float, default=limit, help="largest ratio to the floor")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for records in args.records or [default_records]:
        with tempfile.TemporaryDirectory() as folder:
            results.append(measure(Path(folder), records, args.runs))
    within = all(float(str(result["ratio"])) <= args.limit for result in results)
    if args.json:
        print(json.dumps({"sizes": results, "within_limit": within}))
    else:
        for result in results:
            print(", ".join(f"{key} {value}" for key, value in result.items()))
    return 0 if within else 1
