"""Monthly return export benchmark (issue 14, point 3): how long exporting a month's return takes — the
workbook and the PDF, each written, read back and checked, the version recorded — against plain openpyxl and
reportlab writing the same tables in the same run.

    python bench/return_export.py [--records 300 [--records 1000 …]] [--runs 3] [--limit 2.0] [--json]

For each size it builds a unit's data folder with that many records in each month of 2024 (seven activities
to three trainings, in bulk), then times, each as the median of ``--runs`` runs after one warm-up:

- ``export_s``: ``export_return`` of a month (each run the next month, so each is a first version);
- ``floor_s``: plain openpyxl (``write_only=True``) writing every sheet's values as the export's workbook holds
  them, plus plain reportlab setting the same rows as one table a sheet in the bundled font: the least any
  export of those tables costs.

``ratio`` is ``export_s / floor_s``; the run exits 1 when a ratio exceeds ``--limit``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Flowable, LongTable, SimpleDocTemplate  # noqa: E402

from bench.records_import import _unit_folder, build  # noqa: E402
from bench.timing import median_time, run_sizes  # noqa: E402
from kesu_desktop.base.paths import resource_path  # noqa: E402
from kesu_desktop.reference.periods import month_period  # noqa: E402
from kesu_desktop.returns.export import export_return  # noqa: E402

MONTHS = [month_period(2024, number) for number in range(1, 13)]
TODAY = date(2025, 1, 20)
FONT = "BenchFont"


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def write_plainly(sheets: dict[str, list[tuple[object, ...]]], folder: Path) -> None:
    """The floor: the same values through openpyxl and reportlab, with no styling and no checks."""
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(folder / "plain.xlsx")
    tables: list[Flowable] = []
    for rows in sheets.values():
        width = max((len(row) for row in rows), default=1)
        cells = [[("" if value is None else str(value)) for value in row] + [""] * (width - len(row)) for row in rows]
        if cells:
            tables.append(
                LongTable(cells, style=[("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 6)])
            )
    SimpleDocTemplate(str(folder / "plain.pdf"), pagesize=landscape(A4)).build(tables)


def measure(folder: Path, records: int, runs: int) -> dict[str, object]:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    store, reference = _unit_folder(folder / "unit")
    try:
        if runs + 1 > len(MONTHS):
            raise SystemExit(f"at most {len(MONTHS) - 1} runs: one month each, and one to warm up")
        for seed, month in enumerate(MONTHS[: runs + 1]):
            build(store, records, seed, first=month.start, days=28)
        out = folder / "stick"
        out.mkdir()
        months = iter(MONTHS)
        written: list[Path] = []

        def export() -> None:
            result = export_return(store, reference, next(months), out, today=TODAY, unfilled="zero")
            written[:] = list(result.files)

        exported = median_time(export, runs)
        workbook = next(path for path in written if path.suffix == ".xlsx")
        sheets = _sheets(workbook)
        floor = median_time(lambda: write_plainly(sheets, folder), runs)
    finally:
        store.close()
    return {
        "records": records,
        "floor_s": round(floor, 3),
        "export_s": round(exported, 3),
        "ratio": round(exported / floor, 2),
    }


def main(argv: list[str] | None = None) -> int:
    description = __doc__.splitlines()[0]
    return run_sizes(description, measure, default_records=300, default_runs=3, limit=2.0, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
