"""County store on SQLite and on PostgreSQL (issue 17): ``--years`` years (ending with 2025) of the monthly returns
of ``--units`` reporting units imported into each engine in the same run, the times side by side.

    python bench/county_engines.py [--years 10] [--units N] [--records 4] [--postgres-url URL]
                                   [--cache DIR] [--workers 2] [--json]

It builds a data folder for each unit (every reporting unit of the shipped reference data, 37 of them, or the
first ``--units``: the county knows no others, so 40 cannot be had without inventing units), reporting from
January of the first year, gives each ``--records`` records in every month (bulk-inserted, as
``bench_county_import`` does) and exports every month as the return workbook the unit would put on its stick
(``formats=("xlsx",)``, ``unfilled="zero"``). Building the pile (10 × 12 × 37 = 4,440 signed workbooks by
default) is the slow part: it runs on ``--workers`` processes, is timed apart (``build_s``) and, with
``--cache DIR``, is kept in DIR and reused by the next run of the same size.

Then, for each engine, a new county data folder as the app prepares it (:func:`county_folder`): its store in the
folder's file, or on a new database ``kesu_bench_<hex>`` of the server of ``--postgres-url`` (by default
``KESU_TEST_POSTGRES_URL``), attached as ``init --database`` does and dropped afterwards; and, each run once:

- ``import``: the whole pile imported in one transaction, then committed, as the app's inbox does with a stick
  (every unit's first key confirmed with it). One transaction was kept, not one per year: at the default size it
  takes minutes, not the quarter of an hour per engine that would make a year-by-year import the fairer picture;
- ``reimport_dry_run``: the inbox's preview of the same pile once it is stored (every file found identical);
- ``held_by_unit_month``: ``held_summaries`` over every month, per unit and month (every held return's figures);
- ``held_county``: ``held_summaries`` over every month for the whole county (from the county's rollups).

``openpyxl`` (plain openpyxl reading every row of every file) is the floor both stand on. Without a server URL
the PostgreSQL column is left out, and the run says so. The returns stored and the held totals are checked to be
equal between the engines; the peak resident memory of the run (``ru_maxrss``) is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, insert, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from bench.generated_records import GROUPS, activity_row, training_row  # noqa: E402
from bench.records_import import read_with_openpyxl  # noqa: E402
from db import models  # noqa: E402
from kesu_desktop.base.paths import DataDir  # noqa: E402
from kesu_desktop.county.held.sums import held_summaries  # noqa: E402
from kesu_desktop.county.inbox.imports import InboxRun, run_inbox  # noqa: E402
from kesu_desktop.county.inbox.sources import Candidate, gather  # noqa: E402
from kesu_desktop.county.inbox.types import IDENTICAL, NEW  # noqa: E402
from kesu_desktop.reference.data import read_reference  # noqa: E402
from kesu_desktop.reference.periods import month_period  # noqa: E402
from kesu_desktop.returns.aggregation import PeriodSummary  # noqa: E402
from kesu_desktop.returns.export import export_return  # noqa: E402
from kesu_desktop.store.installation import Setup, save_installation  # noqa: E402
from kesu_desktop.store.moving import attach_to_server  # noqa: E402
from kesu_desktop.store.server import ServerAddress  # noqa: E402
from kesu_desktop.store.startup import prepare_store  # noqa: E402

LAST_YEAR = 2025
TODAY = date(LAST_YEAR + 1, 1, 20)
COUNTY_OFFICE = "141023000"
CLERK = "王晓燕"
COUNTY_CLERK = "刘芳"
URL_VARIABLE = "KESU_TEST_POSTGRES_URL"
STEPS = ("openpyxl", "import", "reimport_dry_run", "held_by_unit_month", "held_county")

Sessions = sessionmaker[Session]
Held = dict[tuple[str, str], PeriodSummary]


def _records(code: str, year: int, month: int, count: int, rng: random.Random) -> tuple[list[dict[str, object]], ...]:
    """``count`` records of unit ``code`` spread over the month: activities (two target groups each), trainings."""
    first, now = date(year, month, 1), datetime(year, month, 28, 12, 0)
    days = (month_period(year, month).end - first).days + 1
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


def build_unit(job: tuple[Path, Path, str, int, int, int]) -> float:
    """A unit's data folder with ``records`` records a month over ``years`` years, every month's return exported
    into ``out``; the seconds it took."""
    folder, out, code, years, records, seed = job
    started = time.perf_counter()
    rng = random.Random(seed)
    months = [(year, month) for year in range(LAST_YEAR - years + 1, LAST_YEAR + 1) for month in range(1, 13)]
    store, reference = prepare_store(DataDir(folder))
    try:
        setup = Setup(role="unit", unit_code=code, clerk_name=CLERK, reports_from=f"{months[0][0]:04d}-01")
        with store.transaction() as session:
            save_installation(session, setup, reference)
            for year, month in months:
                activities, links, trainings = _records(code, year, month, records, rng)
                if activities:
                    session.execute(insert(models.Activity), activities)
                    session.execute(insert(models.ActivityTargetGroup), links)
                if trainings:
                    session.execute(insert(models.Training), trainings)
        for year, month in months:
            export_return(
                store, reference, month_period(year, month), out, formats=("xlsx",), today=TODAY, unfilled="zero"
            )
    finally:
        store.close()
    return time.perf_counter() - started


def build_pile(stick: Path, units: list[str], years: int, records: int, workers: int) -> None:
    """Every unit's returns in ``stick``, built on ``workers`` processes (each unit's folder removed once built)."""
    stick.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="kesu-engines-units-") as scratch:
        jobs = [(Path(scratch) / code, stick, code, years, records, seed) for seed, code in enumerate(units)]
        if workers > 1:
            with Pool(workers) as pool:
                list(pool.imap_unordered(build_unit, jobs))
        else:
            for job in jobs:
                build_unit(job)


def pile(
    cache: Path | None, scratch: Path, units: list[str], years: int, records: int, workers: int
) -> tuple[Path, float | None]:
    """The folder of returns for this size, and the seconds building it took (None: reused from ``cache``)."""
    name = f"returns-{LAST_YEAR - years + 1}-{LAST_YEAR}-{len(units)}u-{records}r"
    stick = (cache or scratch) / name
    done = stick / ".complete"
    if done.exists():
        return stick, None
    if stick.exists():
        shutil.rmtree(stick)
    started = time.perf_counter()
    build_pile(stick, units, years, records, workers)
    built = time.perf_counter() - started
    done.write_text(f"{built:.1f}\n", encoding="utf-8")
    return stick, built


@contextmanager
def county_folder(folder: Path, server_url: str | None = None) -> Iterator[Sessions]:
    """A county office's data folder as the app prepares it: its store in the folder's file or, with
    ``server_url``, on a new database of that server (set up as ``init --database`` does; dropped after)."""
    server = create_engine(server_url, isolation_level="AUTOCOMMIT") if server_url else None
    name = f"kesu_bench_{uuid.uuid4().hex[:12]}"
    if server is not None and server_url is not None:
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(server_url)
        assert url.host and url.username
        attach_to_server(DataDir(folder), ServerAddress(url.host, url.port or 5432, name, url.username))
    try:
        store, reference = prepare_store(DataDir(folder))
        try:
            with store.transaction() as session:
                save_installation(
                    session, Setup(role="county", unit_code=COUNTY_OFFICE, clerk_name=COUNTY_CLERK), reference
                )
            yield store.sessions
        finally:
            store.close()
    finally:
        if server is not None:
            with server.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            server.dispose()


def _timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _statuses(run: object) -> set[str]:
    assert isinstance(run, InboxRun)
    return {result.status for result in run.results}


def measure_engine(
    sessions: Sessions, candidates: list[Candidate], first: str, last: str
) -> tuple[dict[str, float], int, Held, Held]:
    """The timed steps on one county store: their seconds, the returns stored and the two held totals."""
    with sessions() as session:
        reference = read_reference(session)

    def run(session: Session, dry: bool) -> InboxRun:
        return run_inbox(
            session, reference, candidates, actor=COUNTY_CLERK, dry_run=dry, accept_new_keys=True, today=TODAY
        )

    def committed() -> InboxRun:
        with sessions() as session:
            result = run(session, False)
            session.commit()
            return result

    def preview() -> InboxRun:
        with sessions() as session:
            return run(session, True)

    def held(by_unit: bool) -> Held:
        with sessions() as session:
            return held_summaries(session, first, last, by_unit=by_unit, by_period=by_unit)

    times: dict[str, float] = {}
    times["import"], imported = _timed(committed)
    assert _statuses(imported) == {NEW}, _statuses(imported)
    times["reimport_dry_run"], again = _timed(preview)
    assert _statuses(again) == {IDENTICAL}, _statuses(again)
    times["held_by_unit_month"], by_unit = _timed(lambda: held(True))
    times["held_county"], county = _timed(lambda: held(False))
    with sessions() as session:
        stored = session.scalar(select(func.count()).select_from(models.ReceivedReturn)) or 0
    assert isinstance(by_unit, dict) and isinstance(county, dict)
    return times, stored, by_unit, county


def measure(args: argparse.Namespace, scratch: Path) -> dict[str, object]:
    first, last = f"{LAST_YEAR - args.years + 1:04d}-01", f"{LAST_YEAR:04d}-12"
    with tempfile.TemporaryDirectory(prefix="kesu-engines-reference-") as folder:
        store, reference = prepare_store(DataDir(Path(folder)))
        store.close()
    units = [unit.code for unit in reference.reporting_units()]
    if args.units is not None:
        if args.units > len(units):
            raise SystemExit(f"--units {args.units}: the reference data ships {len(units)} reporting units")
        units = units[: args.units]
    stick, built = pile(args.cache, scratch, units, args.years, args.records, args.workers)
    candidates = gather([stick])
    assert len(candidates) == args.years * 12 * len(units), len(candidates)
    plain, _rows = _timed(lambda: sum(read_with_openpyxl(candidate.path) for candidate in candidates))

    engines: dict[str, dict[str, float]] = {}
    stored: dict[str, int] = {}
    held: dict[str, tuple[Held, Held]] = {}
    with county_folder(scratch / "county") as sessions:
        engines["sqlite"], stored["sqlite"], *sums = measure_engine(sessions, candidates, first, last)
        held["sqlite"] = (sums[0], sums[1])
    if args.postgres_url:
        with county_folder(scratch / "county-on-server", args.postgres_url) as sessions:
            engines["postgresql"], stored["postgresql"], *sums = measure_engine(sessions, candidates, first, last)
            held["postgresql"] = (sums[0], sums[1])
        assert stored["postgresql"] == stored["sqlite"], stored
        assert held["postgresql"] == held["sqlite"], "the engines hold different totals"
    for times in engines.values():
        times["openpyxl"] = plain
    assert stored["sqlite"] == len(candidates), stored
    return {
        "years": f"{first[:4]}..{last[:4]}",
        "units": len(units),
        "files": len(candidates),
        "files_mb": round(sum(candidate.path.stat().st_size for candidate in candidates) / 1e6, 1),
        "records": args.years * 12 * len(units) * args.records,
        "build_s": round(built, 1) if built is not None else None,
        "build_reused": built is None,
        "workers": args.workers,
        "returns_stored": stored,
        "held_summaries": len(held["sqlite"][0]),
        "steps": {step: {engine: round(times[step], 3) for engine, times in engines.items()} for step in STEPS},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def table(result: dict[str, object], with_postgres: bool) -> str:
    steps = result["steps"]
    assert isinstance(steps, dict)
    lines = [f"{'step':<20} {'sqlite_s':>10} {'postgresql_s':>13} {'pg/sqlite':>10}"]
    for step, times in steps.items():
        sqlite, postgres = times["sqlite"], times.get("postgresql")
        pg = f"{postgres:>13.3f}" if postgres is not None else f"{'—':>13}"
        floor = step == "openpyxl"  # the same files read once: the floor of both engines
        ratio = f"{postgres / sqlite:>10.2f}" if postgres is not None and sqlite and not floor else f"{'—':>10}"
        lines.append(f"{step:<20} {sqlite:>10.3f} {pg} {ratio}")
    if not with_postgres:
        lines.append(f"PostgreSQL left out: no server URL (--postgres-url or {URL_VARIABLE}); SQLite timed alone.")
    for key, value in result.items():
        if key != "steps":
            lines.append(f"{key:>16}: {value}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10, help=f"years of returns, ending with {LAST_YEAR}")
    parser.add_argument("--units", type=int, help="the first N reporting units (default: every one shipped, 37)")
    parser.add_argument("--records", type=int, default=4, help="records of each unit in each month")
    parser.add_argument("--postgres-url", default=os.environ.get(URL_VARIABLE) or None)
    parser.add_argument("--cache", type=Path, help="keep the built returns here and reuse them")
    parser.add_argument("--workers", type=int, default=2, help="processes building the returns")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kesu-county-engines-") as scratch:
        result = measure(args, Path(scratch))
    print(json.dumps(result) if args.json else table(result, bool(args.postgres_url)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
