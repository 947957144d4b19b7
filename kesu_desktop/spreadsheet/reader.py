"""Reading the sheets of a canonical workbook: the file checked first as any workbook from outside
(:mod:`kesu_desktop.base.xlsx_guard`), its metadata checked against this unit, each known sheet's header row
found (it may sit below a title row a clerk added), and then its non-blank rows one by one, each with its row
number and its values in the layout's column order, for the importer to check."""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.base.xlsx_guard import check_xlsx
from kesu_desktop.base.xlsx_limits import CheckedXlsx, XlsxLimits
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.spreadsheet import cells
from kesu_desktop.spreadsheet.errors import SpreadsheetError
from kesu_desktop.spreadsheet.layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LAYOUTS,
    META_SHEET,
    SheetLayout,
    header_aliases,
    header_key,
)
from kesu_desktop.spreadsheet.sheet_xml import RowCells, SheetCells

_log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 10  # the header row may sit below a title row a clerk added
MAX_SHEET_ROWS = 250_000
"""Rows a record sheet may hold: a real export of 200,000 records (and its header) passes."""
LIMITS = XlsxLimits(max_rows=MAX_SHEET_ROWS)

# The parts of a records workbook as KeSu writes it, and those Excel and WPS add when a clerk edits and saves
# it (shared texts, theme, comments, pictures, tables, charts, printer settings). Not accepted: macros, ActiveX
# and embedded objects, links to other workbooks and data connections.
PARTS = (
    r"\[Content_Types\]\.xml",
    r"_rels/\.rels",
    r"docProps/(app|core|custom)\.xml",
    r"docProps/thumbnail\.(jpeg|jpg|png|emf|wmf)",
    r"customXml/(item\d+|itemProps\d+)\.xml",
    r"customXml/_rels/item\d+\.xml\.rels",
    r"xl/(workbook|styles|sharedStrings|calcChain|metadata)\.xml",
    r"xl/_rels/workbook\.xml\.rels",
    r"xl/theme/theme\d+\.xml",
    r"xl/worksheets/sheet\d+\.xml",
    r"xl/worksheets/_rels/sheet\d+\.xml\.rels",
    r"xl/printerSettings/printerSettings\d+\.bin",
    r"xl/(comments\d+|comments/comment\d+)\.xml",
    r"xl/threadedComments/threadedComment\d+\.xml",
    r"xl/persons/person\d*\.xml",
    r"xl/drawings/(drawing\d+\.xml|vmlDrawing\d+\.vml)",
    r"xl/drawings/_rels/(drawing\d+\.xml|vmlDrawing\d+\.vml)\.rels",
    r"xl/media/image\d+\.(png|jpeg|jpg|gif|bmp|tif|tiff|emf|wmf)",
    r"xl/charts/(chart|style|colors)\d+\.xml",
    r"xl/charts/_rels/chart\d+\.xml\.rels",
    r"xl/tables/table\d+\.xml",
)


@dataclass
class Sheet:
    """A record sheet of the file: its layout, its name as in the file, and (once its header row is read)
    each known column's position and header text."""

    layout: SheetLayout
    name: str
    positions: dict[str, int] = field(default_factory=dict)  # field -> 0-based column index
    headers: dict[str, str] = field(default_factory=dict)  # field -> header text as in the file


def _find_header(layout: SheetLayout, rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int], dict[str, str]]:
    """The header row (1-based) and each known column's position and text; the row is the first one that
    names the title column."""
    aliases = {column.field: header_aliases(column) for column in layout.columns}
    title = layout.column("title")
    for number, values in enumerate(rows, start=1):
        keys = [header_key(value) if isinstance(value, str) else "" for value in values]
        if not any(key in aliases["title"] for key in keys):
            continue
        positions: dict[str, int] = {}
        headers: dict[str, str] = {}
        for index, key in enumerate(keys):
            matched = next((name for name, names in aliases.items() if key and key in names), None)
            if matched is None:
                continue
            text = str(values[index]).strip()
            if matched in positions:
                raise SpreadsheetError(
                    QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}: the column {column} appears twice; keep one of them."),
                    sheet=layout.name,
                    column=text,
                )
            positions[matched] = index
            headers[matched] = text.lstrip("*＊").strip() or text
        missing = [column.heading for column in layout.columns if column.required and column.field not in positions]
        if missing:
            raise _missing_column(layout, missing[0])
        return number, positions, headers
    raise _missing_column(layout, title.heading)


def _missing_column(layout: SheetLayout, heading: str) -> SpreadsheetError:
    return SpreadsheetError(
        QT_TRANSLATE_NOOP(
            "Errors", "Sheet {sheet}: the column {column} is missing; copy the header row from the template."
        ),
        sheet=layout.name,
        column=heading,
    )


def _blank(row: RowCells) -> bool:
    return all(cells.is_blank(value) for value in row.values())


def _as_tuple(row: RowCells) -> tuple[Any, ...]:
    return tuple(row.get(index) for index in range(max(row, default=-1) + 1))


def _read_meta(rows: Iterator[tuple[int, RowCells]]) -> dict[str, Any]:
    """The key and value of each row at the top of the meta sheet, up to the first row without a key."""
    meta: dict[str, Any] = {}
    for expected, (number, row) in enumerate(rows, start=1):
        key = row.get(0)
        if number != expected or not isinstance(key, str | int):
            break
        meta[str(key)] = row.get(1)
    return meta


def _check_meta(meta: dict[str, Any], reference: ReferenceData, unit_code: str) -> None:
    if meta.get("format") != FORMAT_NAME:
        return
    version = meta.get("version")
    if isinstance(version, int | float) and version > FORMAT_VERSION:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This workbook was written by a newer version of KeSu (format {version}); "
                "install that version or newer to import it.",
            ),
            version=version,
        )
    other = meta.get("unit_code")
    if isinstance(other, str | int) and other and str(other) != unit_code:
        known = reference.find_unit(str(other))
        name = meta.get("unit_name")
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This workbook holds the records of {unit}, not of {this_unit}; import it in that unit's data folder.",
            ),
            unit=known.name if known else str(name if isinstance(name, str) and name else other),
            this_unit=reference.unit(unit_code).name,
        )


class RecordsWorkbook:
    """An open, checked records workbook: its record sheets and, through :meth:`records`, their rows."""

    def __init__(self, path: Path, checked: CheckedXlsx, sheet_cells: SheetCells, sheets: list[Sheet]) -> None:
        self.path = path
        self.cells = sheet_cells
        self.sheets = sheets
        self.total_rows = sum(checked.sheet_rows(sheet.name) for sheet in sheets)
        """The rows of the record sheets in the file, header and blank ones included."""
        self.rows_read = 0

    def records(self) -> Iterator[tuple[Sheet, int, tuple[Any, ...]]]:
        """Each non-blank row below a record sheet's header: the sheet, the row number and the values in the
        order of the sheet's layout columns (None for a column the file lacks). Raises
        :class:`SpreadsheetError` for a sheet whose header row cannot be used."""
        for sheet in self.sheets:
            yield from self._records(sheet)

    def _records(self, sheet: Sheet) -> Iterator[tuple[Sheet, int, tuple[Any, ...]]]:
        top: list[tuple[int, RowCells]] = []
        rest: list[tuple[int, RowCells]] = []
        rows = self.cells.rows(sheet.name)
        for number, row in rows:
            self.rows_read += 1
            (top if number <= HEADER_SEARCH_ROWS else rest).append((number, row))
            if rest:
                break
        header_row = 0
        if not all(_blank(row) for _number, row in top):
            by_number = dict(top)
            header_rows = [_as_tuple(by_number.get(number, {})) for number in range(1, top[-1][0] + 1)]
            header_row, positions, headers = _find_header(sheet.layout, header_rows)
            sheet.positions.update(positions)
            sheet.headers.update(headers)
        columns = [sheet.positions.get(column.field, -1) for column in sheet.layout.columns]

        def counted() -> Iterator[tuple[int, RowCells]]:
            yield from top
            yield from rest
            for found in rows:
                self.rows_read += 1
                yield found

        for number, row in counted():
            if number <= header_row or _blank(row):
                continue
            if not header_row:  # rows below ten blank ones: no header names their columns
                raise _missing_column(sheet.layout, sheet.layout.column("title").heading)
            yield sheet, number, tuple(map(row.get, columns))


def _unopenable(path: Path, error: OSError) -> SpreadsheetError:
    _log.warning("cannot open %s: %s", path, error)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        template = QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist; check its name and folder.")
    elif error.errno in (errno.EACCES, errno.EPERM):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path} cannot be opened: access is denied; if it is open in Excel or WPS, close it there "
            "and try again.",
        )
    elif error.errno == errno.EISDIR:
        template = QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not an Excel workbook (.xlsx); choose a file.")
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The computer could not read the file {path}; check that its drive is still there and try again.",
        )
    return SpreadsheetError(template, path=str(path))


@contextmanager
def open_records(path: Path, reference: ReferenceData, unit_code: str) -> Iterator[RecordsWorkbook]:
    """The records workbook at ``path``, checked and open. Raises :class:`XlsxRefusedError` for a file the
    checks of workbooks from outside refuse, :class:`SpreadsheetError` for one that cannot be used here."""
    try:
        file = path.open("rb")
    except OSError as error:
        raise _unopenable(path, error) from error
    with file:
        checked = check_xlsx(file, path, PARTS, LIMITS)
        sheet_cells = SheetCells(file, checked, str(path))
        try:
            names = {name.strip(): name for name, _part in checked.layout.sheets}
            if META_SHEET in names:
                _check_meta(_read_meta(sheet_cells.rows(names[META_SHEET])), reference, unit_code)
            sheets = [Sheet(layout, names[layout.name]) for layout in LAYOUTS if layout.name in names]
            if not sheets:
                raise SpreadsheetError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The workbook {path} has no sheet named {activities} or {trainings}; "
                        "use a workbook made by KeSu's template or export.",
                    ),
                    path=str(path),
                    activities=LAYOUTS[0].name,
                    trainings=LAYOUTS[1].name,
                )
            yield RecordsWorkbook(path, checked, sheet_cells, sheets)
        finally:
            sheet_cells.close()
