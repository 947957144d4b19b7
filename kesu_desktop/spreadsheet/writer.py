"""Writing the canonical workbook: the empty template and the export of a unit's records.

Both have the same shape (see :mod:`kesu_desktop.spreadsheet.layout`). Sheets are streamed (openpyxl's
write-only mode), so exporting many records stays light on memory. The workbook is written to a temporary
file in the target folder, checked, and only then moved into place (:mod:`kesu_desktop.base.safe_write`), so the
target name never holds a half-written file.
"""

from __future__ import annotations

import errno
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy.orm import Session

from kesu_desktop.base.safe_write import write_atomically
from kesu_desktop.records.query import RecordFilter, in_date_order, totals
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period, parse_period
from kesu_desktop.spreadsheet.cells import clean_text, looks_like_formula
from kesu_desktop.spreadsheet.layout import (
    CHOICE,
    CHOICE_LISTS,
    CHOICES,
    CHOICES_SHEET,
    COUNT,
    DATE,
    FORMAT_NAME,
    FORMAT_VERSION,
    GROUP_SEPARATOR,
    GUIDE_SHEET,
    HOURS,
    ID_FIELD,
    LAYOUTS,
    META_SHEET,
    NOTES,
    RECORD_ID,
    Column,
    SheetLayout,
)

DATE_FORMAT = "yyyy-mm-dd"
ROWS_WITH_DROPDOWNS = 2000  # empty rows below the records that still offer the dropdowns and checks

_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_OPTIONAL_FILL = PatternFill("solid", fgColor="DDEBF7")
_ID_FILL = PatternFill("solid", fgColor="EDEDED")
_ID_FONT = Font(color="808080")
_HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_COLUMN_FORMATS = {DATE: DATE_FORMAT, COUNT: "0", HOURS: "0.0", RECORD_ID: "@"}


@dataclass(frozen=True)
class ExportSummary:
    activities: int
    trainings: int


# --- writing cells -------------------------------------------------------------------------------------------


def _text_cell(sheet: WriteOnlyWorksheet, text: str) -> object:
    """Text stays text: a title such as '=1+2' or '#N/A' is neither a formula nor an error value, in this
    file or when the clerk edits the cell (quote prefix)."""
    if not text:
        return None
    if looks_like_formula(text) or text in ERROR_CODES:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return text


def _names(reference: ReferenceData) -> dict[str, dict[str, str]]:
    return {choice.key: {item.code: item.name_zh for item in choice.items(reference)} for choice in CHOICE_LISTS}


def _record_row(
    sheet: WriteOnlyWorksheet,
    layout: SheetLayout,
    data: ActivityInput | TrainingInput,
    record_id: str,
    names: dict[str, dict[str, str]],
) -> list[object]:
    row: list[object] = []
    for column in layout.columns:
        if column.field == ID_FIELD:
            row.append(_text_cell(sheet, record_id))
            continue
        value = getattr(data, column.field)
        if column.kind in (DATE, COUNT, HOURS):
            row.append(value)  # openpyxl gives a date its DATE_FORMAT (yyyy-mm-dd) itself
        elif column.kind == CHOICE:
            assert column.choices is not None
            row.append(_text_cell(sheet, names[column.choices].get(value, value)) if value else None)
        elif column.kind == CHOICES:
            assert column.choices is not None
            listed = GROUP_SEPARATOR.join(names[column.choices].get(code, code) for code in value)
            row.append(_text_cell(sheet, listed))
        else:
            row.append(_text_cell(sheet, clean_text(str(value), multiline=column.kind == NOTES)))
    return row


def _header_row(sheet: WriteOnlyWorksheet, layout: SheetLayout) -> list[Cell]:
    cells = []
    for column in layout.columns:
        cell = WriteOnlyCell(sheet, value=column.heading)
        cell.font = _HEADER_FONT
        cell.alignment = _HEADER_ALIGNMENT
        cell.border = _BORDER
        cell.fill = _ID_FILL if column.field == ID_FIELD else _REQUIRED_FILL if column.required else _OPTIONAL_FILL
        cells.append(cell)
    return cells


# --- sheets --------------------------------------------------------------------------------------------------


def _choice_ranges(reference: ReferenceData) -> dict[str, str]:
    """Where each list's names stand on the 可选值 sheet, as an absolute reference for a dropdown."""
    ranges = {}
    for position, choice in enumerate(CHOICE_LISTS):
        letter = get_column_letter(position * 3 + 1)
        ranges[choice.key] = f"'{CHOICES_SHEET}'!${letter}$2:${letter}${len(choice.offered_items(reference)) + 1}"
    return ranges


def _validation(column: Column, ranges: dict[str, str]) -> DataValidation | None:
    if column.kind in (CHOICE, CHOICES):
        assert column.choices is not None
        validation = DataValidation(type="list", formula1=ranges[column.choices], allow_blank=True)
        validation.error = "请从下拉列表中选择（也可填写“可选值”表中的代码）。"
        # Several groups are typed as 农民、老年人, which is not one item of the list: no warning there.
        validation.showErrorMessage = column.kind == CHOICE
        return validation
    if column.kind == DATE:
        validation = DataValidation(
            type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2099,12,31)", allow_blank=True
        )
        validation.error = "请填写日期，如 2024-03-05。"
    elif column.kind == COUNT:
        validation = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        validation.error = "请填写 0 或正整数。"
    elif column.kind == HOURS:
        validation = DataValidation(
            type="decimal", operator="between", formula1="0", formula2="10000", allow_blank=True
        )
        validation.error = "请填写 0 到 10000 之间的学时数。"
    else:
        return None
    validation.showErrorMessage = True
    return validation


def _validations(layout: SheetLayout, ranges: dict[str, str], last_row: int) -> Iterator[DataValidation]:
    """Dropdowns and checks that Excel and WPS apply while the clerk types: a warning, never a refusal, so a code
    or '120人' can still be typed (the import accepts both)."""
    for position, column in enumerate(layout.columns, start=1):
        validation = _validation(column, ranges)
        if validation is None:
            continue
        validation.errorStyle = "warning"
        validation.errorTitle = column.header
        if column.guide:
            validation.promptTitle = column.header
            validation.prompt = column.guide
            validation.showInputMessage = True
        letter = get_column_letter(position)
        validation.add(f"{letter}2:{letter}{last_row}")
        yield validation


def _fit_to_width(sheet: Any) -> None:
    """Print landscape on A4, all columns on one page wide. (A write-only sheet has the page setup of a
    normal one, which the type stubs do not say, hence ``Any``.)"""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


RowMaker = Callable[[WriteOnlyWorksheet], Iterable[list[object]]]


def _record_sheet(
    workbook: Workbook, layout: SheetLayout, ranges: dict[str, str], rows: RowMaker, expected: int
) -> int:
    sheet = workbook.create_sheet(layout.name)
    for position, column in enumerate(layout.columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(position)]
        dimension.width = column.width
        number_format = _COLUMN_FORMATS.get(column.kind, "@")
        dimension.number_format = number_format
        if column.field == ID_FIELD:
            dimension.font = _ID_FONT
    last_column = get_column_letter(len(layout.columns))
    last_row = expected + 1 + ROWS_WITH_DROPDOWNS
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{last_column}{expected + 1}"
    sheet.print_title_rows = "1:1"
    _fit_to_width(sheet)
    for validation in _validations(layout, ranges, last_row):
        sheet.data_validations.append(validation)
    sheet.row_dimensions[1].height = 32
    sheet.append(_header_row(sheet, layout))
    count = 0
    for row in rows(sheet):
        sheet.append(row)
        count += 1
    return count


def _choices_sheet(workbook: Workbook, reference: ReferenceData) -> None:
    sheet = workbook.create_sheet(CHOICES_SHEET)
    _fit_to_width(sheet)
    lists = [choice.offered_items(reference) for choice in CHOICE_LISTS]
    header: list[object] = []
    for position, choice in enumerate(CHOICE_LISTS):
        name_letter, code_letter = get_column_letter(position * 3 + 1), get_column_letter(position * 3 + 2)
        sheet.column_dimensions[name_letter].width = 30
        sheet.column_dimensions[code_letter].width = 20
        sheet.column_dimensions[get_column_letter(position * 3 + 3)].width = 3
        for text in (choice.heading, "代码"):
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = _HEADER_FONT
            cell.fill = _OPTIONAL_FILL
            cell.border = _BORDER
            header.append(cell)
        header.append(None)
    sheet.freeze_panes = "A2"
    sheet.append(header)
    for index in range(max(len(items) for items in lists)):
        row: list[object] = []
        for items in lists:
            if index < len(items):
                row.extend([_text_cell(sheet, items[index].name_zh), items[index].code, None])
            else:
                row.extend([None, None, None])
        sheet.append(row)


_GUIDE_NOTES = (
    "科素填报 · 科普活动与培训登记表 填写说明",
    "1. “活动”表每行一次科普活动，“培训”表每行一次培训；第一行是列名，请勿修改或删除。",
    "2. 列名带 * 的为必填项；数字列没有的填 0，不清楚可留空（留空表示“未填报”，与 0 不同）。",
    "3. 带下拉箭头的列请从列表中选择，也可填写“可选值”表中的代码。",
    "4. 新增记录时“记录编号”留空；修改从软件导出的记录时保留原编号，软件会据此更新原记录。",
    "5. 填好后在科素填报中选择“文件 → 从 Excel 导入记录”，先预览检查，再决定导入。",
)


def _guide_sheet(workbook: Workbook) -> None:
    sheet = workbook.create_sheet(GUIDE_SHEET)
    _fit_to_width(sheet)
    for letter, width in zip("ABCD", (10, 22, 8, 80), strict=True):
        sheet.column_dimensions[letter].width = width
    for number, note in enumerate(_GUIDE_NOTES):
        cell = WriteOnlyCell(sheet, value=note)
        if number == 0:
            cell.font = Font(bold=True, size=14)
        sheet.append([cell])
    sheet.append([])
    header = []
    for text in ("工作表", "列名", "必填", "填写要求"):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _OPTIONAL_FILL
        cell.border = _BORDER
        header.append(cell)
    sheet.append(header)
    for layout in LAYOUTS:
        for column in layout.columns:
            guide = WriteOnlyCell(sheet, value=column.guide or "")
            guide.alignment = _WRAP
            sheet.append([layout.name, column.header, "是" if column.required else "", guide])


def _meta_sheet(workbook: Workbook, kind: str, unit: tuple[str, str] | None, period: Period | None) -> None:
    """The machine part, hidden: what this file is, and each column's field key."""
    sheet = workbook.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    sheet.append(["format", FORMAT_NAME])
    sheet.append(["version", FORMAT_VERSION])
    sheet.append(["kind", kind])
    sheet.append(["unit_code", unit[0] if unit else None])
    sheet.append(["unit_name", unit[1] if unit else None])
    sheet.append(["period", period.code if period else None])
    sheet.append([])
    sheet.append(["sheet", "column", "field", "header"])
    for layout in LAYOUTS:
        for position, column in enumerate(layout.columns, start=1):
            sheet.append([layout.name, get_column_letter(position), column.field, column.heading])


# --- saving --------------------------------------------------------------------------------------------------


def _check_written(path: Path) -> None:
    """Read the written file back as a zip archive with intact contents before it takes the final name."""
    with zipfile.ZipFile(path) as archive:
        damaged = archive.testzip()
    if damaged is not None:
        raise OSError(errno.EIO, f"{damaged} is damaged")


def _abandon(workbook: Workbook) -> None:
    """Close the streams of a workbook that will not be saved, and remove their temporary files."""
    for sheet in workbook.worksheets:
        if isinstance(sheet, WriteOnlyWorksheet) and not sheet.closed:
            with suppress(Exception):
                sheet.close()
            writer = getattr(sheet, "_writer", None)  # openpyxl's stream of this sheet, in a temporary file
            if writer is not None:
                with suppress(Exception):
                    writer.cleanup()


def _write(
    path: Path,
    reference: ReferenceData,
    rows: dict[str, RowMaker],
    expected: dict[str, int],
    kind: str,
    unit: tuple[str, str] | None,
    period: Period | None,
) -> dict[str, int]:
    """Stream the workbook's sheets, then save it through a checked temporary file beside ``path``
    (:func:`kesu_desktop.base.safe_write.write_atomically`); the number of records written per type."""
    workbook = Workbook(write_only=True)
    try:
        ranges = _choice_ranges(reference)
        counts = {
            layout.record_type: _record_sheet(
                workbook,
                layout,
                ranges,
                rows.get(layout.record_type, lambda _sheet: ()),
                expected.get(layout.record_type, 0),
            )
            for layout in LAYOUTS
        }
        _guide_sheet(workbook)
        _choices_sheet(workbook, reference)
        _meta_sheet(workbook, kind, unit, period)
        write_atomically(Path(path), workbook.save, _check_written)
    except BaseException:
        _abandon(workbook)
        raise
    return counts


def write_template(path: Path, reference: ReferenceData) -> None:
    """Write an empty workbook for a clerk to fill in."""
    _write(path, reference, {}, {}, "template", None, None)


def _filter(record_type: str, unit_code: str, period: Period | None) -> RecordFilter:
    return RecordFilter(
        record_type, unit_code, start=period.start if period else None, end=period.end if period else None
    )


def _rows(
    session: Session,
    layout: SheetLayout,
    flt: RecordFilter,
    names: dict[str, dict[str, str]],
) -> RowMaker:
    def make(sheet: WriteOnlyWorksheet) -> Iterator[list[object]]:
        for record_id, data in in_date_order(session, flt):
            yield _record_row(sheet, layout, data, str(record_id), names)

    return make


def export_records(
    path: Path, session: Session, reference: ReferenceData, unit_code: str, period: str | Period | None = None
) -> ExportSummary:
    """Write the unit's live records, oldest first, in the template's shape; each row keeps its record number,
    so that importing the file again updates those records. ``period`` (2024, 2024-03, 2024-Q1 …) keeps the
    records starting within it; None exports all."""
    chosen = parse_period(period) if isinstance(period, str) else period
    names = _names(reference)
    unit = reference.unit(unit_code)
    rows: dict[str, RowMaker] = {}
    expected: dict[str, int] = {}
    for layout in LAYOUTS:
        flt = _filter(layout.record_type, unit_code, chosen)
        expected[layout.record_type] = totals(session, flt).count
        rows[layout.record_type] = _rows(session, layout, flt, names)
    counts = _write(path, reference, rows, expected, "export", (unit.code, unit.name), chosen)
    return ExportSummary(counts["activity"], counts["training"])
