"""Reading a ledger (台账) file a clerk keeps, an Excel workbook (.xlsx) or an old one (.xls), into plain grids of
cells, one per visible sheet.

The file is untrusted. Before any parser sees it, its size is bounded; an .xlsx then passes the checks of
workbooks from outside (:func:`~kesu_desktop.base.xlsx_guard.check_xlsx`: parts, unpacked bytes, compression
ratio, XML declarations, rows), an .xls must open with the OLE2 signature, and any other file is refused.
python-calamine then reads it through the same open handle, so what was checked is what is read, and each
sheet is bounded in rows and columns. Every refusal is an :class:`XlsxRefusedError`, the error of any workbook
from outside that is refused, the .xls kind included.

Values stay as calamine gives them: str (verbatim, an empty cell being ``""``), int, float, bool, date,
datetime, time or timedelta; dates and counts are read elsewhere (:mod:`.values`). The one change is that a
cell covered by a merged range holds the range's top-left value, as the clerk sees it on screen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.base.xlsx_guard import check_xlsx
from kesu_desktop.base.xlsx_limits import XlsxLimits, XlsxRefusedError, size_mb

MAX_FILE_BYTES = 20_000_000
MAX_ROWS = 200_000
MAX_COLUMNS = 200
OLE2_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
LIMITS = XlsxLimits(max_file_bytes=MAX_FILE_BYTES, max_rows=MAX_ROWS)
# Only the cells are read from a ledger, so a part of any name (pictures, comments, embedded objects a clerk
# pasted) is accepted; every part is still unpacked under the limits and every XML part scanned.
PARTS = (r".+",)

_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {path} is not an Excel workbook (.xlsx or .xls); open it in Excel or WPS and save it as an Excel "
    "workbook (.xlsx).",
)
_NOT_XLS = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {path} is named as an Excel 97-2003 workbook (.xls) but is not one, or it is damaged; open it in "
    "Excel or WPS and save it as an Excel workbook (.xlsx).",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {path} is damaged or protected by a password, so KeSu cannot read it; open it in Excel or WPS, "
    "remove any password and save it as an Excel workbook (.xlsx).",
)
_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The computer could not read the file {path}; check that its drive is still there and try again."
)
_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {path} is {size} MB, more than the {limit} MB KeSu reads; split its rows into several workbooks "
    "and use them one by one.",
)
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors",
    "The sheet {sheet} of {path} has {count} rows, more than the {limit} KeSu reads from a ledger; split its "
    "rows into several workbooks and use them one by one.",
)
_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "Errors",
    "The sheet {sheet} of {path} has {count} columns, more than the {limit} a ledger has; copy the ledger's "
    "columns into a new workbook and use that.",
)
_OVERLAPPING_MERGES = QT_TRANSLATE_NOOP(
    "Errors",
    "The sheet {sheet} of {path} has merged cells that overlap, which Excel and WPS never write: the file is "
    "damaged; copy its cells into a new workbook and use that.",
)


@dataclass(frozen=True)
class LedgerSheet:
    """One visible sheet: its cells from A1, and its merged ranges."""

    name: str
    cells: tuple[tuple[object, ...], ...]
    """Rows × columns from A1, 0-based, every row as wide as the sheet; a cell covered by a merged range holds
    the range's top-left value."""
    merged: tuple[tuple[int, int, int, int], ...]
    """(first_row, first_col, last_row, last_col), 0-based and inclusive, sorted; as the file declares them."""


def read_ledger(path: Path) -> list[LedgerSheet]:
    """Every visible worksheet of the ledger file at ``path``, in workbook order; raises :class:`XlsxRefusedError`
    for a file that is not an .xlsx or .xls workbook, is damaged, too large, or built to harm the computer."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xls"):
        raise XlsxRefusedError(_NOT_A_WORKBOOK, path=str(path))
    try:
        file = path.open("rb")
    except OSError as error:
        raise XlsxRefusedError(_UNREADABLE, path=str(path)) from error
    with file:
        size = os.fstat(file.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise XlsxRefusedError(_TOO_BIG, path=str(path), size=size_mb(size), limit=size_mb(MAX_FILE_BYTES))
        if suffix == ".xlsx":
            check_xlsx(file, path, PARTS, LIMITS)
        elif file.read(len(OLE2_SIGNATURE)) != OLE2_SIGNATURE:
            raise XlsxRefusedError(_NOT_XLS, path=str(path))
        file.seek(0)
        return _read_workbook(file, str(path))


def _read_workbook(file: BinaryIO, path: str) -> list[LedgerSheet]:
    try:
        with CalamineWorkbook.from_filelike(file) as workbook:
            return [
                _read_sheet(workbook.get_sheet_by_name(meta.name), path)
                for meta in workbook.sheets_metadata
                if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet
            ]
    except (CalamineError, ValueError, OSError) as error:
        raise XlsxRefusedError(_DAMAGED, path=path) from error


def _read_sheet(sheet: CalamineSheet, path: str) -> LedgerSheet:
    end = sheet.end
    rows, columns = (end[0] + 1, end[1] + 1) if end is not None else (0, 0)
    if rows > MAX_ROWS:
        raise XlsxRefusedError(_TOO_MANY_ROWS, sheet=sheet.name, path=path, count=rows, limit=MAX_ROWS)
    if columns > MAX_COLUMNS:
        raise XlsxRefusedError(_TOO_MANY_COLUMNS, sheet=sheet.name, path=path, count=columns, limit=MAX_COLUMNS)
    grid: list[list[object]] = [list(row) for row in sheet.to_python(skip_empty_area=False)]
    for row in grid:
        row.extend([""] * (columns - len(row)))
    merged = tuple(
        sorted((top, left, bottom, right) for (top, left), (bottom, right) in sheet.merged_cell_ranges or ())
    )
    _fill_merged(grid, merged, columns, sheet.name, path)
    return LedgerSheet(sheet.name, tuple(tuple(row) for row in grid), merged)


def _fill_merged(
    grid: list[list[object]], merged: tuple[tuple[int, int, int, int], ...], columns: int, sheet: str, path: str
) -> None:
    """Give every cell a merged range covers the range's top-left value, within the grid; the cells filled are
    counted first, since overlapping ranges (never written by Excel) could make the work grow without bound."""
    rows = len(grid)
    clipped = [(top, left, min(bottom, rows - 1), min(right, columns - 1)) for top, left, bottom, right in merged]
    clipped = [(top, left, bottom, right) for top, left, bottom, right in clipped if top <= bottom and left <= right]
    if sum((bottom - top + 1) * (right - left + 1) for top, left, bottom, right in clipped) > rows * columns:
        raise XlsxRefusedError(_OVERLAPPING_MERGES, sheet=sheet, path=path)
    for top, left, bottom, right in clipped:
        value = grid[top][left]
        for row in grid[top : bottom + 1]:
            row[left : right + 1] = [value] * (right - left + 1)
