"""County import benchmark (issue 11, item 9): how long the county's inbox takes to import a year of returns from
``--units`` units, against plain openpyxl reading the same files in the same run.

    python bench/bench_county_import.py [--units 15] [--months 12] [--records 30] [--runs 1] [--limit 2.0]
                                        [--profile N] [--json]

It builds a data folder for each unit (the first ``--units`` reporting units), gives each ``--records``
records in every month of 2024 (seven activities to three trainings, in bulk), exports each of the
``--months`` months as the return workbook the unit would put on its stick (kept in the run's temporary
folder, so that every timing reads the same files), then times on the whole pile, each as the median of
``--runs`` runs after one warm-up:

- ``openpyxl_s``: openpyxl alone reading every row of every sheet of every file (``read_only=True``,
  ``values_only=True``), the floor any import of the files stands on;
- ``dry_run_s``: the inbox's preview of the pile into an empty county folder (every file judged, nothing
  stored: what the GUI shows before the clerk imports);
- ``import_s``: the import itself into that folder, every unit's first key confirmed with it
  (``--accept-new-keys``), rolled back after each timed run so that every run stores the same returns, and
  once more committed (``committed_import_s``, one run);
- ``reimport_dry_run_s``: the preview of the same pile once it is stored (every file found identical).

Each time is also given as a ratio to ``openpyxl_s``; the run exits 1 when a ratio exceeds ``--limit``.
``--profile N`` profiles one import (cProfile) and prints its N costliest functions, by their own time and
by cumulative time, on standard error.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.generated_records import GROUPS, activity_row, training_row  # noqa: E402
from bench.records_import import read_with_openpyxl  # noqa: E402
from bench.timing import median_time  # noqa: E402
from db import models  # noqa: E402
from kesu_desktop.base.paths import DataDir  # noqa: E402
from kesu_desktop.county.inbox.imports import InboxRun, run_inbox  # noqa: E402
from kesu_desktop.county.inbox.sources import Candidate, gather  # noqa: E402
from kesu_desktop.county.inbox.types import IDENTICAL, NEW  # noqa: E402
from kesu_desktop.reference.data import ReferenceData  # noqa: E402
from kesu_desktop.reference.periods import month_period  # noqa: E402
from kesu_desktop.returns.export import export_return  # noqa: E402
from kesu_desktop.store.database import Store  # noqa: E402
from kesu_desktop.store.installation import Setup, save_installation  # noqa: E402
from kesu_desktop.store.startup import prepare_store  # noqa: E402

YEAR = 2024
TODAY = date(YEAR + 1, 1, 20)
COUNTY_OFFICE = "141023000"
CLERK = "王晓燕"
COUNTY_CLERK = "刘芳"


def _records(code: str, month: int, count: int, rng: random.Random) -> tuple[list[dict[str, object]], ...]:
    """``count`` records of unit ``code`` spread over the month: activities (with two target groups each),
    their groups, trainings."""
    first, now = date(YEAR, month, 1), datetime(YEAR, month, 28, 12, 0)
    days = (month_period(YEAR, month).end - first).days + 1
    activities, links, trainings = [], [], []
    for number in range(count):
        day = first + timedelta(days=number % days)
        if number % 10 < 7:
            row = {**activity_row(number, rng, day, now), "unit_code": code}
            activities.append(row)
            for position, group in enumerate(rng.sample(GROUPS, 2)):
                links.append({"activity_id": row["id"], "target_group_code": group, "position": position})
        else:
            trainings.append({**training_row(number, rng, day, now), "unit_code": code})
    return activities, links, trainings


def build_unit(folder: Path, out: Path, code: str, months: int, records: int, seed: int) -> None:
    """A unit's data folder with ``records`` records a month, and its ``months`` returns exported into ``out``."""
    rng = random.Random(seed)
    store, reference = prepare_store(DataDir(folder))
    try:
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code=code, clerk_name=CLERK), reference)
            for month in range(1, months + 1):
                activities, links, trainings = _records(code, month, records, rng)
                if activities:
                    session.execute(insert(models.Activity), activities)
                    session.execute(insert(models.ActivityTargetGroup), links)
                if trainings:
                    session.execute(insert(models.Training), trainings)
        for month in range(1, months + 1):
            export_return(
                store, reference, month_period(YEAR, month), out, formats=("xlsx",), today=TODAY, unfilled="zero"
            )
    finally:
        store.close()


def build(folder: Path, units: int, months: int, records: int) -> tuple[Store, ReferenceData, list[Candidate]]:
    """The returns of ``units`` units in one folder (the stick), and an empty county folder to import them into."""
    county, reference = prepare_store(DataDir(folder / "county"))
    with county.transaction() as session:
        save_installation(session, Setup(role="county", unit_code=COUNTY_OFFICE, clerk_name=COUNTY_CLERK), reference)
    stick = folder / "stick"
    stick.mkdir()
    for number, unit in enumerate(reference.reporting_units()[:units]):
        build_unit(folder / "units" / unit.code, stick, unit.code, months, records, seed=number)
    return county, reference, gather([stick])


def read_all_with_openpyxl(candidates: list[Candidate]) -> int:
    return sum(read_with_openpyxl(candidate.path) for candidate in candidates)


def _run(session: Session, reference: ReferenceData, candidates: list[Candidate], dry: bool) -> InboxRun:
    return run_inbox(session, reference, candidates, actor=COUNTY_CLERK, dry_run=dry, accept_new_keys=True, today=TODAY)


def _preview(county: Store, reference: ReferenceData, candidates: list[Candidate]) -> InboxRun:
    with county.reading() as session:
        return _run(session, reference, candidates, True)


def _import(county: Store, reference: ReferenceData, candidates: list[Candidate], *, commit: bool) -> InboxRun:
    """The import in one transaction (as the GUI and the command line run it), committed or rolled back."""
    with county.sessions() as session:
        try:
            run = _run(session, reference, candidates, False)
            if commit:
                session.commit()
            return run
        finally:
            session.rollback()


def _statuses(run: InboxRun) -> set[str]:
    return {result.status for result in run.results}


def profile(county: Store, reference: ReferenceData, candidates: list[Candidate], top: int) -> str:
    """The ``top`` costliest functions of one (rolled-back) import, by own time and by cumulative time."""
    profiler = cProfile.Profile()
    profiler.runcall(_import, county, reference, candidates, commit=False)
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return text.getvalue()


def measure(folder: Path, units: int, months: int, records: int, runs: int, top: int) -> dict[str, object]:
    started = time.perf_counter()
    county, reference, candidates = build(folder, units, months, records)
    built = time.perf_counter() - started
    try:
        assert len(candidates) == units * months
        plain = median_time(lambda: read_all_with_openpyxl(candidates), runs)
        dry = median_time(lambda: _preview(county, reference, candidates), runs)
        assert _statuses(_preview(county, reference, candidates)) == {NEW}
        imported = median_time(lambda: _import(county, reference, candidates, commit=False), runs)
        if top:
            print(profile(county, reference, candidates, top), file=sys.stderr)
        started = time.perf_counter()
        assert _statuses(_import(county, reference, candidates, commit=True)) == {NEW}
        committed = time.perf_counter() - started
        again = median_time(lambda: _preview(county, reference, candidates), runs)
        assert _statuses(_preview(county, reference, candidates)) == {IDENTICAL}
    finally:
        county.close()
    return {
        "units": units,
        "files": len(candidates),
        "records": units * months * records,
        "files_mb": round(sum(c.path.stat().st_size for c in candidates) / 1e6, 2),
        "build_s": round(built, 1),
        "openpyxl_s": round(plain, 3),
        "dry_run_s": round(dry, 3),
        "import_s": round(imported, 3),
        "committed_import_s": round(committed, 3),
        "reimport_dry_run_s": round(again, 3),
        "dry_run_ratio": round(dry / plain, 2),
        "import_ratio": round(imported / plain, 2),
        "committed_import_ratio": round(committed / plain, 2),
        "reimport_dry_run_ratio": round(again / plain, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=15)
    parser.add_argument("--months", type=int, default=12, choices=range(1, 13), metavar="1..12")
    parser.add_argument("--records", type=int, default=30, help="records of each unit in each month")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--limit", type=float, default=2.0, help="largest ratio of an import to plain openpyxl")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile one import: top N functions")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kesu-county-import-") as folder:
        result = measure(Path(folder), args.units, args.months, args.records, args.runs, args.profile)
    ratios = [value for key, value in result.items() if key.endswith("_ratio") and isinstance(value, float)]
    result["within_limit"] = max(ratios) <= args.limit
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")
    return 0 if result["within_limit"] else 1


if __name__ == "__main__":
    sys.exit(main())
