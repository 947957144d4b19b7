"""How the benchmarks time a job: the median of several runs after one warm-up run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


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
