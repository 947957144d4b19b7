"""Record list benchmark (issue 14, point 2): what one change of the list's filter costs at ``--records`` records
of one unit (the first page and the totals under the table, as the Records page reads them), against plain
sqlite3 running the same statements in the same run.

    python bench/records_list.py [--records 100000 [--records 20000 …]] [--runs 5] [--limit-ms 50] [--json]

For each size it builds a unit's data folder with that many records (seven activities to three trainings, in
bulk, over about four years, a hundredth of them in the bin), then times each filter below as the median of
``--runs`` runs after one warm-up, each on a fresh session:

- ``year``: the activities of 2024 (the list as it opens on a year), newest first;
- ``everything``: every activity, newest first; ``by_title``: the same, sorted by title;
- ``form``, ``group``, ``campaign``: the activities of 2024 of one form, of one target group, of one campaign;
- ``text``, ``text_short`` and ``text_one``: every activity whose title, venue, organiser or notes hold a word of
  three characters, of two, and one character (what the list shows at the first key typed);
- ``training_kind``: the trainings of 2024 of one kind; ``bin``: the activities in the bin.

Beside each, ``*_sqlite_ms`` is the same SQL (captured as the project runs it) executed with plain sqlite3 on
the same file: the floor of the engine itself, so the ratio is what the project adds. The run exits 1 when a
filter's time exceeds ``--limit-ms``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event, select, update  # noqa: E402

from bench.generated_records import UNIT  # noqa: E402
from bench.records_import import _unit_folder, build  # noqa: E402
from bench.timing import median_time  # noqa: E402
from db import models  # noqa: E402
from kesu_desktop.records.query import RecordFilter, page, totals  # noqa: E402
from kesu_desktop.store.database import Store  # noqa: E402

START, END = date(2024, 1, 1), date(2024, 12, 31)
FILTERS: dict[str, tuple[RecordFilter, str]] = {
    "year": (RecordFilter("activity", UNIT, start=START, end=END), "start_date"),
    "everything": (RecordFilter("activity", UNIT), "start_date"),
    "by_title": (RecordFilter("activity", UNIT), "title"),
    "form": (RecordFilter("activity", UNIT, form_code="lecture", start=START, end=END), "start_date"),
    "group": (RecordFilter("activity", UNIT, target_group_code="youth", start=START, end=END), "start_date"),
    "campaign": (RecordFilter("activity", UNIT, campaign_code="science_day", start=START, end=END), "start_date"),
    "text": (RecordFilter("activity", UNIT, text="示范园"), "start_date"),
    "text_short": (RecordFilter("activity", UNIT, text="敬老"), "start_date"),
    "text_one": (RecordFilter("activity", UNIT, text="敬"), "start_date"),
    "training_kind": (RecordFilter("training", UNIT, kind_code="rural_practical", start=START, end=END), "start_date"),
    "bin": (RecordFilter("activity", UNIT, in_bin=True), "start_date"),
}


def _vary(store: Store, records: int) -> None:
    """Campaigns on a tenth of the activities and a hundredth of the records in the bin, so those filters have
    something to find."""
    rng = random.Random(11)
    with store.transaction() as session:
        ids = list(session.scalars(select(models.Activity.id)))
        for chosen in rng.sample(ids, len(ids) // 10):
            session.execute(
                update(models.Activity).where(models.Activity.id == chosen).values(campaign_code="science_day")
            )
        deleted = datetime(2025, 6, 20, 9, 0)
        for chosen in rng.sample(ids, max(1, records // 100)):
            session.execute(update(models.Activity).where(models.Activity.id == chosen).values(deleted_at=deleted))


def _read(store: Store, flt: RecordFilter, sort: str) -> None:
    with store.reading() as session:
        page(session, flt, sort=sort)
        totals(session, flt)


def _captured(store: Store, flt: RecordFilter, sort: str) -> list[tuple[str, Any]]:
    """The statements (with their parameters) one read of the filter sends to SQLite."""
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        _read(store, flt, sort)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    return [(statement, parameters) for statement, parameters in statements if statement.lstrip().startswith("SELECT")]


def _plain(database: Path, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    def run() -> None:
        connection = sqlite3.connect(database)
        try:
            for statement, parameters in statements:
                connection.execute(statement, parameters).fetchall()
        finally:
            connection.close()

    return run


def measure(folder: Path, records: int, runs: int) -> dict[str, object]:
    store, _reference = _unit_folder(folder / "unit")
    try:
        build(store, records)
        _vary(store, records)
        database = Path(str(store.engine.url.database))
        result: dict[str, object] = {"records": records}
        for name, (flt, sort) in FILTERS.items():
            project = median_time(partial(_read, store, flt, sort), runs) * 1000
            floor = median_time(_plain(database, _captured(store, flt, sort)), runs) * 1000
            result[f"{name}_ms"] = round(project, 2)
            result[f"{name}_sqlite_ms"] = round(floor, 2)
            result[f"{name}_ratio"] = round(project / floor, 2) if floor else None
    finally:
        store.close()
    result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, action="append", help="records (repeatable)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit-ms", type=float, default=50.0, help="longest time a filter may take")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for records in args.records or [100_000]:
        with tempfile.TemporaryDirectory() as folder:
            results.append(measure(Path(folder), records, args.runs))
    slowest = max(float(str(value)) for result in results for key, value in result.items() if _is_time(key))
    within = slowest <= args.limit_ms
    if args.json:
        print(json.dumps({"sizes": results, "within_limit": within}))
    else:
        for result in results:
            print(f"records {result['records']}, peak_rss_mib {result['peak_rss_mib']}")
            for name in FILTERS:
                print(
                    f"  {name}: {result[f'{name}_ms']} ms, sqlite3 {result[f'{name}_sqlite_ms']} ms, "
                    f"ratio {result[f'{name}_ratio']}"
                )
    return 0 if within else 1


def _is_time(key: str) -> bool:
    return key.endswith("_ms") and not key.endswith("_sqlite_ms")


if __name__ == "__main__":
    sys.exit(main())
