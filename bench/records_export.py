"""Records workbook export benchmark (issue 14, point 2): how long ``records export`` takes for ``--records``
records of one unit, against plain openpyxl writing the same rows in the same run.

    python bench/records_export.py [--records 20000 [--records 100000 …]] [--runs 1] [--limit 1.5] [--json]

For each size it builds a unit's data folder with that many records (seven activities to three trainings, in
bulk), then times, each as the median of ``--runs`` runs after one warm-up:

- ``openpyxl_s``: openpyxl alone (``write_only=True``) writing the rows the export wrote, read back from its
  file beforehand, to a workbook of the same sheets: the floor any export of those rows stands on;
- ``export_s``: ``records export`` itself, reading the records from the store, writing, and checking the file
  before it takes its name.

``ratio`` is ``export_s / openpyxl_s``; the run exits 1 when a ratio exceeds ``--limit``. Peak memory is
reported as the process's maximum resident size (``peak_rss_mib``) at the end of each size.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402

from bench.generated_records import UNIT  # noqa: E402
from bench.records_import import _unit_folder, build  # noqa: E402
from bench.timing import median_time, run_sizes  # noqa: E402
from kesu_desktop.spreadsheet.writer import export_records  # noqa: E402


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def write_with_openpyxl(sheets: dict[str, list[tuple[object, ...]]], path: Path) -> None:
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)


def measure(folder: Path, records: int, runs: int) -> dict[str, object]:
    store, reference = _unit_folder(folder / "unit")
    try:
        build(store, records)
        target = folder / "export.xlsx"

        def export() -> None:
            with store.reading() as session:
                export_records(target, session, reference, UNIT)

        exported = median_time(export, runs)
        sheets = _sheets(target)
        floor = median_time(lambda: write_with_openpyxl(sheets, folder / "plain.xlsx"), runs)
    finally:
        store.close()
    return {
        "records": records,
        "openpyxl_s": round(floor, 3),
        "export_s": round(exported, 3),
        "ratio": round(exported / floor, 2),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    description = __doc__.splitlines()[0]
    return run_sizes(description, measure, default_records=20_000, default_runs=1, limit=1.5, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
