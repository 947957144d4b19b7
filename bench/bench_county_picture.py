"""County picture benchmark (issue 12, item 6): the status grid, a total, the drill-down and the targets cockpit
for a county of ``--units`` units × ``--years`` years of monthly returns, each against the same query in plain
sqlite3 in the same run.

    python bench/bench_county_picture.py [--units 40] [--years 5] [--activities 20] [--trainings 6] [--runs 5]
                                         [--limit-ms 200] [--json]

It builds a county folder holding one return per unit and month of 2021–2025 (the plan's five years; every
reporting unit of the county, and made-up ones beyond them up to ``--units``), with ``--activities`` activities
and ``--trainings`` trainings each and a few period-end figures, a tenth of the months sent twice (version 2).
Then it times, each as the median of ``--runs`` runs after one warm-up, on a fresh session each time:

- ``status``: the reporting status grid of 2025 (every unit × month, with rates);
- ``total``: the county total of the whole plan (PLAN-2021) by unit, with the stock at its end;
- ``drilldown``: the records behind one unit's figure of 2025 (every record of its newest returns);
- ``cockpit``: every target of the 2021–2025 plan with its progress, as at the end of the plan;

and beside each the plain-sqlite3 query that fetches the same rows (``*_sqlite_ms``): the newest versions of the
year; the figures of the plan's newest versions summed by unit and cell; the records of the unit's newest
returns; the figures summed by unit, month and cell. Each time is given as a ratio to its query; the run exits 1
when any time exceeds ``--limit-ms``.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session  # noqa: E402

from db import models  # noqa: E402
from kesu_desktop.county.status.grid import year_status  # noqa: E402
from kesu_desktop.county.targets.progress import plan_progress  # noqa: E402
from kesu_desktop.county.totals.drilldown import records_behind  # noqa: E402
from kesu_desktop.county.totals.lines import county_totals  # noqa: E402
from kesu_desktop.reference.data import ReferenceData, read_reference  # noqa: E402
from kesu_desktop.reference.periods import parse_period  # noqa: E402
from kesu_desktop.store.database import Store  # noqa: E402
from tests.county_files import county_store  # noqa: E402
from tests.county_held import activity, hold, payload, training  # noqa: E402

FORMS = ["lecture", "report", "exhibition", "contest", "outreach", "youth_camp"]
GROUPS = ["youth", "farmers", "workers", "elderly", "cadres", "public"]
KINDS = ["high_quality_farmer", "rural_practical", "migrant_worker", "cadre", "rural_entrepreneur"]
CAMPAIGNS = [None, None, None, "science_day", "science_week", "smart_elderly"]
FIRST_YEAR = 2021


def _extra_units(store: Store, wanted: int) -> ReferenceData:
    """Add made-up reporting units until the county has ``wanted`` (the county has 38 of its own)."""
    with store.transaction() as session:
        reference = read_reference(session)
        for number in range(len(reference.reporting_units()), wanted):
            session.add(models.Unit(code=f"141023{900 + number}", name=f"测试单位{number}", kind="department"))
        session.flush()
        return read_reference(session)


def _month(
    reference: ReferenceData, unit: str, year: int, month: int, version: int, sizes: tuple[int, int], rng: random.Random
) -> dict[str, Any]:
    def day() -> date:
        return date(year, month, rng.randint(1, 28))

    activities = [
        activity(
            day(),
            form=rng.choice(FORMS),
            groups=(rng.choice(GROUPS),),
            participants=rng.randint(10, 500),
            women=rng.randint(0, 10),
            campaign=rng.choice(CAMPAIGNS),
        )
        for _ in range(sizes[0])
    ]
    trainings = [training(day(), kind=rng.choice(KINDS), trainees=rng.randint(10, 80)) for _ in range(sizes[1])]
    months = (year - FIRST_YEAR) * 12 + month
    stock: dict[str, int | None] = {
        "tech_volunteers": 40 + months,
        "info_officers": 200 + 3 * months,
        "schools": 8,
        "schools_with_science_teacher": min(8, 4 + months // 12),
        "rural_demo_bases": months // 20,
    }
    return payload(
        reference, unit, f"{year}-{month:02d}", activities=activities, trainings=trainings, stock=stock, version=version
    )


def build(folder: Path, units: int, years: int, sizes: tuple[int, int]) -> tuple[Store, ReferenceData, int]:
    store, reference = county_store(folder)
    reference = _extra_units(store, units)
    rng = random.Random(12)
    held = 0
    for unit in reference.reporting_units()[:units]:
        returns = []
        for year in range(FIRST_YEAR, FIRST_YEAR + years):
            for month in range(1, 13):
                received = datetime(year + month // 12, month % 12 + 1, rng.randint(1, 9), 10)
                returns.append((_month(reference, unit.code, year, month, 1, sizes, rng), received))
                if rng.random() < 0.1:
                    returns.append((_month(reference, unit.code, year, month, 2, sizes, rng), received))
        with store.transaction() as session:
            hold(session, reference, returns)
        held += len(returns)
    return store, reference, held


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


NEWEST = """
    SELECT r.id, r.unit_code, r.period, r.version, r.received_at FROM received_return r
    JOIN (SELECT unit_code, period, MAX(version) AS v FROM received_return WHERE period BETWEEN ? AND ?
          GROUP BY unit_code, period) n
      ON r.unit_code = n.unit_code AND r.period = n.period AND r.version = n.v
"""
SUMS = """
    SELECT {keys} f.dimension, f.key, f.group_code, SUM(f.count), SUM(f.participants), SUM(f.women),
           SUM(f.sessions), SUM(f.trainees), SUM(f.low_income), SUM(f.certified)
    FROM return_figure f JOIN ({newest}) h ON h.id = f.return_id
    GROUP BY {keys} f.dimension, f.key, f.group_code
"""
RECORDS = """
    SELECT rr.record_type, rr.data FROM received_record rr JOIN ({newest}) h ON h.id = rr.return_id
    WHERE h.unit_code = ?
"""


def sqlite_queries(database: Path, unit: str) -> dict[str, Callable[[], object]]:
    def run(sql: str, *parameters: object) -> Callable[[], object]:
        def query() -> object:
            connection = sqlite3.connect(database)
            try:
                return connection.execute(sql, parameters).fetchall()
            finally:
                connection.close()

        return query

    return {
        "status": run(NEWEST, "2025-01", "2025-12"),
        "total": run(SUMS.format(keys="h.unit_code,", newest=NEWEST), "2021-01", "2025-12"),
        "drilldown": run(RECORDS.format(newest=NEWEST), "2025-01", "2025-12", unit),
        "cockpit": run(SUMS.format(keys="h.unit_code, h.period,", newest=NEWEST), "2021-01", "2025-12"),
    }


def api_calls(store: Store, reference: ReferenceData, unit: str) -> dict[str, Callable[[], object]]:
    def in_session(work: Callable[[Session], object]) -> Callable[[], object]:
        def call() -> object:
            with store.reading() as session:
                return work(session)

        return call

    plan = parse_period("PLAN-2021", today=date(2026, 12, 1), plans=reference.plans)
    year = parse_period("2025")
    return {
        "status": in_session(lambda s: year_status(s, reference, 2025, today=date(2026, 12, 1))),
        "total": in_session(lambda s: county_totals(s, reference, plan, "unit")),
        "drilldown": in_session(lambda s: records_behind(s, reference, year, unit)),
        "cockpit": in_session(lambda s: plan_progress(s, reference, "XF-2021-2025", at=date(2025, 12, 31))),
    }


def measure(folder: Path, units: int, years: int, sizes: tuple[int, int], runs: int) -> dict[str, float]:
    started = time.perf_counter()
    store, reference, held = build(folder, units, years, sizes)
    result: dict[str, float] = {
        "units": units,
        "years": years,
        "returns_held": held,
        "build_s": round(time.perf_counter() - started, 1),
    }
    try:
        unit = reference.reporting_units()[0].code
        queries = sqlite_queries(folder / "kesu.sqlite3", unit)
        for name, call in api_calls(store, reference, unit).items():
            ours, plain = _median_ms(call, runs), _median_ms(queries[name], runs)
            result[f"{name}_ms"] = round(ours, 1)
            result[f"{name}_sqlite_ms"] = round(plain, 1)
            result[f"{name}_ratio"] = round(ours / plain, 2)
    finally:
        store.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=40)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--activities", type=int, default=20)
    parser.add_argument("--trainings", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit-ms", type=float, default=200.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        result = measure(Path(folder) / "county", args.units, args.years, (args.activities, args.trainings), args.runs)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}  {value}")
    slow = [name for name in ("status", "total", "drilldown", "cockpit") if result[f"{name}_ms"] > args.limit_ms]
    if slow:
        print(f"over {args.limit_ms:g} ms: {', '.join(slow)}", file=sys.stderr)
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
