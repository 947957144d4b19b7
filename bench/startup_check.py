"""Start-up check benchmark (issue 5, point 3): how long the quick integrity check that runs at every start
takes on a data folder with 100,000 records, against the full check (``check`` command) in the same run.

    python bench/startup_check.py [--records 100000] [--runs 5] [--limit 1.0] [--warm-only] [--json]

Builds a data folder of ``--records`` records (seven activities to three trainings, each with its target
groups and a "created" history entry, every fifth with a changed field too), then times, each as the median
of ``--runs`` runs after one warm-up: SQLite's ``PRAGMA quick_check`` (what every start runs), the whole of
``prepare_store`` (open, check, migrate, load reference data: what the app does before its window shows), and
``PRAGMA integrity_check`` (the baseline). Where the operating system lets it (Linux as root), the start is
also timed once with the file cache dropped, as after switching the PC on (``--warm-only`` skips that, as the
test suite does: dropping the cache slows the whole machine for a moment). Exits 1 when a start takes longer
than ``--limit`` seconds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from bench.generated_records import BATCH, GROUPS, UNIT, activity_row, training_row  # noqa: E402
from bench.timing import median_time  # noqa: E402
from db import models  # noqa: E402
from kesu_desktop.base.paths import DataDir  # noqa: E402
from kesu_desktop.store.database import Store, quick_check  # noqa: E402
from kesu_desktop.store.installation import Setup, save_installation  # noqa: E402
from kesu_desktop.store.startup import prepare_store  # noqa: E402


def build(data_dir: DataDir, records: int, seed: int = 7) -> None:
    """A unit's data folder with ``records`` records, written in bulk in batches."""
    rng = random.Random(seed)
    store, reference = prepare_store(data_dir)
    try:
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code=UNIT, clerk_name="王晓燕"), reference)
        first, now = date(2021, 1, 1), datetime(2025, 6, 18, 12, 0)
        for start in range(0, records, BATCH):
            activities, links, trainings, history = [], [], [], []
            for number in range(start, min(start + BATCH, records)):
                day = first + timedelta(days=number % 1_600)
                if number % 10 < 7:
                    row = activity_row(number, rng, day, now)
                    activities.append(row)
                    links.append({"activity_id": row["id"], "target_group_code": rng.choice(GROUPS), "position": 0})
                    kind = "activity"
                else:
                    row = training_row(number, rng, day, now)
                    trainings.append(row)
                    kind = "training"
                entry = {"record_id": row["id"], "record_type": kind, "actor": "王晓燕", "at": now}
                history.append({**entry, "action": "create", "field": None, "old_value": None, "new_value": None})
                if number % 5 == 0:
                    history.append({**entry, "action": "update", "field": "venue", "old_value": "", "new_value": "镇"})
            with store.transaction() as session:
                session.execute(insert(models.Activity), activities)
                session.execute(insert(models.ActivityTargetGroup), links)
                session.execute(insert(models.Training), trainings)
                session.execute(insert(models.ChangeLog), history)
    finally:
        store.close()


def _integrity_check(store: Store) -> None:
    with store.engine.connect() as connection:
        assert [row[0] for row in connection.execute(text("PRAGMA integrity_check"))] == ["ok"]


def _start(data_dir: DataDir) -> None:
    store, _reference = prepare_store(data_dir)
    store.close()


def _drop_file_cache() -> bool:
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def measure(data_dir: DataDir, runs: int, *, cold: bool = True) -> dict[str, object]:
    store, _reference = prepare_store(data_dir)
    try:
        with store.engine.connect() as connection:
            counted = connection.execute(
                text("SELECT (SELECT COUNT(*) FROM activity) + (SELECT COUNT(*) FROM training)")
            )
            records = counted.scalar()
        quick = median_time(lambda: quick_check(store.engine), runs)
        full = median_time(lambda: _integrity_check(store), runs)
    finally:
        store.close()
    start = median_time(lambda: _start(data_dir), runs)
    cold_start = None
    if cold and _drop_file_cache():
        started = time.perf_counter()
        _start(data_dir)
        cold_start = time.perf_counter() - started
    return {
        "records": records,
        "database_mb": round(data_dir.database.stat().st_size / 1e6, 1),
        "quick_check_s": round(quick, 4),
        "integrity_check_s": round(full, 4),
        "quick_to_full_ratio": round(quick / full, 3),
        "start_s": round(start, 4),
        "start_cold_cache_s": None if cold_start is None else round(cold_start, 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=float, default=1.0, help="seconds a start may take at most")
    parser.add_argument("--warm-only", action="store_true", help="do not drop the file cache for a cold start")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kesu-startup-") as folder:
        data_dir = DataDir(Path(folder) / "data")
        built = time.perf_counter()
        build(data_dir, args.records)
        built = time.perf_counter() - built
        result = measure(data_dir, args.runs, cold=not args.warm_only)
    result["build_s"] = round(built, 1)
    slowest = max(value for value in (result["start_s"], result["start_cold_cache_s"]) if isinstance(value, float))
    result["within_limit"] = slowest <= args.limit
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    return 0 if result["within_limit"] else 1


if __name__ == "__main__":
    sys.exit(main())
