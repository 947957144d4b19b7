"""Records workbook import benchmark (issue 10, point 5): how long ``records import`` takes on a real export
of ``--rows`` records, against plain openpyxl reading the same file in the same run.

    python bench/records_import.py [--rows 20000 [--rows 5000 …]] [--runs 1] [--limit 2.0] [--json]

For each size it builds a unit's data folder with that many records (seven activities to three trainings,
in bulk), exports them with ``records export``, and times on the exported file, each as the median of
``--runs`` runs after one warm-up:

- ``openpyxl_s``: openpyxl alone reading every row of every sheet (``read_only=True``, ``values_only=True``),
  the floor any import of the file stands on;
- ``dry_run_s``: the import's dry run into an empty data folder of the same unit (every row checked, nothing
  stored: what the GUI's preview costs);
- ``import_s``: the import itself into that empty folder (every row added, with its history), rolled back
  after each timed run so that every run adds the same rows, and once more committed: ``write_lock_s`` is how
  long that one held the store's write lock (from the end of reading the file to the commit);
- ``reimport_dry_run_s``: the dry run of the same file once stored (every row matched with its stored record
  and found unchanged);
- ``import_updates_s``: the import of the same file once every stored record has one figure changed (every row
  updates its record, with an "update" entry in the history), rolled back after each timed run.

Each import time is also given as a ratio to ``openpyxl_s``; the run exits 1 when a ratio exceeds ``--limit``.
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

from openpyxl import load_workbook  # noqa: E402
from sqlalchemy import func, insert, select, update  # noqa: E402

from bench.generated_records import BATCH, GROUPS, UNIT, activity_row, training_row  # noqa: E402
from bench.timing import median_time  # noqa: E402
from db import models  # noqa: E402
from kesu_desktop.base.paths import DataDir  # noqa: E402
from kesu_desktop.reference.data import ReferenceData  # noqa: E402
from kesu_desktop.spreadsheet.import_modes import ADDED, UNCHANGED, UPDATED  # noqa: E402
from kesu_desktop.spreadsheet.importer import ImportReport, import_records  # noqa: E402
from kesu_desktop.spreadsheet.writer import export_records  # noqa: E402
from kesu_desktop.store.database import Store  # noqa: E402
from kesu_desktop.store.installation import Setup, save_installation  # noqa: E402
from kesu_desktop.store.startup import prepare_store  # noqa: E402

CLERK = "王晓燕"


def _unit_folder(path: Path) -> tuple[Store, ReferenceData]:
    store, reference = prepare_store(DataDir(path))
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT, clerk_name=CLERK), reference)
    return store, reference


def build(store: Store, records: int, seed: int = 7, *, first: date = date(2021, 1, 1), days: int = 1_600) -> None:
    """``records`` records of the unit in ``store``, written in bulk (activities with two target groups), dated
    over the ``days`` days from ``first``."""
    rng = random.Random(seed)
    now = datetime(2025, 6, 18, 12, 0)
    for start in range(0, records, BATCH):
        activities, links, trainings = [], [], []
        for number in range(start, min(start + BATCH, records)):
            day = first + timedelta(days=number % days)
            if number % 10 < 7:
                row = activity_row(number, rng, day, now)
                activities.append(row)
                for position, group in enumerate(rng.sample(GROUPS, 2)):
                    links.append({"activity_id": row["id"], "target_group_code": group, "position": position})
            else:
                trainings.append(training_row(number, rng, day, now))
        with store.transaction() as session:
            if activities:
                session.execute(insert(models.Activity), activities)
                session.execute(insert(models.ActivityTargetGroup), links)
            if trainings:
                session.execute(insert(models.Training), trainings)


def read_with_openpyxl(path: Path) -> int:
    """Every row of every sheet as plain openpyxl reads it; the number of rows."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for sheet in workbook.worksheets for _row in sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def _dry_run(store: Store, reference: ReferenceData, path: Path) -> ImportReport:
    with store.reading() as session:
        return import_records(path, session, reference, UNIT, CLERK, dry_run=True)


def _import_rolled_back(store: Store, reference: ReferenceData, path: Path) -> ImportReport:
    with store.sessions() as session:
        try:
            return import_records(path, session, reference, UNIT, CLERK)
        finally:
            session.rollback()


def _committed(store: Store, reference: ReferenceData, path: Path) -> tuple[ImportReport, float]:
    """The import committed, and how long it held the write lock: it asks for it once it has read the file."""
    asked: list[float] = []

    def progress(done: int, total: int) -> bool:
        if not asked and 2 * done >= total:
            asked.append(time.perf_counter())
        return True

    with store.transaction() as session:
        report = import_records(path, session, reference, UNIT, CLERK, progress=progress)
    return report, time.perf_counter() - asked[0]


def _stored_count(store: Store) -> int:
    with store.reading() as session:
        activities = session.scalar(select(func.count()).select_from(models.Activity)) or 0
        trainings = session.scalar(select(func.count()).select_from(models.Training)) or 0
    return activities + trainings


def measure(folder: Path, rows: int, runs: int) -> dict[str, object]:
    source, reference = _unit_folder(folder / "source")
    target, _reference = _unit_folder(folder / "target")
    try:
        build(source, rows)
        path = folder / f"export-{rows}.xlsx"
        started = time.perf_counter()
        with source.reading() as session:
            export_records(path, session, reference, UNIT)
        exported = time.perf_counter() - started
        plain = median_time(lambda: read_with_openpyxl(path), runs)
        dry = median_time(lambda: _dry_run(target, reference, path), runs)
        assert _dry_run(target, reference, path).count(ADDED) == rows
        imported = median_time(lambda: _import_rolled_back(target, reference, path), runs)
        report, write_lock = _committed(target, reference, path)
        assert report.stored and report.count(ADDED) == rows == _stored_count(target)
        again = median_time(lambda: _dry_run(target, reference, path), runs)
        assert _dry_run(target, reference, path).count(UNCHANGED) == rows
        with target.transaction() as session:
            session.execute(update(models.Activity).values(participants=models.Activity.participants + 1))
            session.execute(update(models.Training).values(trainees=models.Training.trainees + 1))
        updates = median_time(lambda: _import_rolled_back(target, reference, path), runs)
        assert _dry_run(target, reference, path).count(UPDATED) == rows
    finally:
        source.close()
        target.close()
    return {
        "rows": rows,
        "file_mb": round(path.stat().st_size / 1e6, 2),
        "export_s": round(exported, 3),
        "openpyxl_s": round(plain, 3),
        "dry_run_s": round(dry, 3),
        "import_s": round(imported, 3),
        "write_lock_s": round(write_lock, 3),
        "reimport_dry_run_s": round(again, 3),
        "import_updates_s": round(updates, 3),
        "dry_run_ratio": round(dry / plain, 2),
        "import_ratio": round(imported / plain, 2),
        "reimport_dry_run_ratio": round(again / plain, 2),
        "import_updates_ratio": round(updates / plain, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, action="append", help="records in the workbook (default: 20000)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--limit", type=float, default=2.0, help="largest ratio of an import to plain openpyxl")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for rows in args.rows or [20_000]:
        with tempfile.TemporaryDirectory(prefix="kesu-import-") as folder:
            result = measure(Path(folder), rows, args.runs)
        ratios = [value for key, value in result.items() if key.endswith("_ratio") and isinstance(value, float)]
        result["within_limit"] = max(ratios) <= args.limit
        results.append(result)
    if args.json:
        print(json.dumps(results))
    else:
        for result in results:
            for key, value in result.items():
                print(f"{key:>22}: {value}")
            print()
    return 0 if all(result["within_limit"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
