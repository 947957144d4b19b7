"""The detail sheets (台账) of the return workbook: every activity and every training of the return, one a row.

The columns are those of the records workbook (:mod:`kesu_desktop.spreadsheet.layout`), so a clerk sees the
same Chinese headings everywhere; coded values are written as their names, dates as real dates, counts as
numbers (未填 where not filled in), and every text as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.form import ReturnForm, cell_text
from kesu_desktop.returns.workbook.style import (
    BODY_FONT,
    BOLD_FONT,
    CENTRE,
    COUNT_FORMAT,
    DATE_FORMAT,
    FIGURE,
    GRID,
    HOURS_FORMAT,
    LEDGER_TITLE_FONT,
    LEFT,
    LINE_HEIGHT,
    NUMBER,
    SMALL_FONT,
    TEXT_FORMAT,
    box,
    cell_at,
    compose,
    display_width,
    lines_needed,
    merge,
    print_setup,
    put_text,
    restyle,
    set_widths,
)
from kesu_desktop.spreadsheet.layout import (
    CHOICE,
    CHOICE_LISTS,
    CHOICES,
    COUNT,
    DATE,
    GROUP_SEPARATOR,
    HOURS,
    ID_FIELD,
    NOTES,
    Column,
    SheetLayout,
)

NUMBER_HEADING = "序号"
HEADING_ROW = 3
_HEADING_FILL = PatternFill("solid", fgColor="F2F2F2")
# Widest a text column grows before its text wraps: narrow enough that a page of sixteen columns prints legibly.
_WIDTH_MAX = {"title": 22.0, NOTES: 24.0, CHOICE: 14.0, CHOICES: 14.0}
_TEXT_WIDTH_MAX = 16.0
_WIDTH_MIN = 6.0
_DATE_WIDTH = 12.5
_ID_WIDTH = 38.0
_EMPTY = Alignment(horizontal="center", vertical="center")


def names(reference: ReferenceData, language: str) -> dict[str, dict[str, str]]:
    """Each list of coded values (forms, groups, campaigns, projects, kinds): code → name."""
    return {choice.key: {item.code: item.name(language) for item in choice.items(reference)} for choice in CHOICE_LISTS}


def _value(column: Column, record: Activity | Training, lists: dict[str, dict[str, str]]) -> object:
    """What a cell shows, before styling: text, a date, a number, or None for an empty cell."""
    if column.field == ID_FIELD:
        return str(record.meta.id)
    value = getattr(record.data, column.field)
    if column.kind == CHOICE:
        assert column.choices is not None
        return lists[column.choices].get(value, value) if value else ""
    if column.kind == CHOICES:
        assert column.choices is not None
        return GROUP_SEPARATOR.join(lists[column.choices].get(code, code) for code in value)
    return value


def _put(sheet: Worksheet, row: int, column: int, kind: str, value: object, translator: Translator) -> str:
    """Write one record cell, ruled; returns the text it shows (for widths and heights)."""
    cell = cell_at(sheet, row, column)
    if kind == DATE and isinstance(value, date):
        cell.value = value
        restyle(cell, font=BODY_FONT, number_format=DATE_FORMAT, alignment=FIGURE, border=GRID)
        return value.isoformat()
    if kind in (COUNT, HOURS):
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            cell.value = value
            figure_format = COUNT_FORMAT if kind == COUNT else HOURS_FORMAT
            restyle(cell, font=BODY_FONT, number_format=figure_format, alignment=NUMBER, border=GRID)
            return str(value)
        put_text(cell, cell_text(None, translator))
        restyle(cell, font=BODY_FONT, alignment=_EMPTY, border=GRID)
        return str(cell.value)
    put_text(cell, str(value), multiline=kind == NOTES)
    restyle(cell, font=BODY_FONT, number_format=TEXT_FORMAT, alignment=LEFT, border=GRID)
    return str(cell.value or "")


def _total_row(sheet: Worksheet, row: int, columns: Sequence[Column], records: Sequence[Activity | Training]) -> None:
    """合计 under the register: the sum of every figure column (a figure not filled in counts as 0)."""
    label = cell_at(sheet, row, 1)
    put_text(label, "合计")
    label.font, label.alignment = BOLD_FONT, CENTRE
    for position, column in enumerate(columns, start=2):
        if column.kind not in (COUNT, HOURS):
            continue
        total = sum((getattr(record.data, column.field) or 0 for record in records), start=Decimal(0))
        cell = cell_at(sheet, row, position)
        cell.value = int(total) if column.kind == COUNT else total
        cell.number_format = COUNT_FORMAT if column.kind == COUNT else HOURS_FORMAT
        cell.font, cell.alignment = BOLD_FONT, NUMBER
    sheet.row_dimensions[row].height = LINE_HEIGHT + 3


def _width(column: Column, shown: Sequence[str]) -> float:
    if column.field == ID_FIELD:
        return _ID_WIDTH
    if column.kind == DATE:
        return _DATE_WIDTH
    heading = display_width(column.header)
    content = max((display_width(line) for text in shown for line in text.split("\n")), default=0)
    if column.kind in (COUNT, HOURS):
        return max(_WIDTH_MIN, (heading + 1) // 2 + 2, content + 4)
    limit = _WIDTH_MAX.get(column.field, _WIDTH_MAX.get(column.kind, _TEXT_WIDTH_MAX))
    return min(limit, max(_WIDTH_MIN + 4, (heading + 1) // 2 + 2, content + 2))


def write_ledger(
    sheet: Worksheet,
    layout: SheetLayout,
    title: str,
    records: Sequence[Activity | Training],
    form: ReturnForm,
    reference: ReferenceData,
    translator: Translator,
) -> None:
    lists = names(reference, form.language)
    columns = layout.columns
    last = len(columns) + 1
    # The record numbers tie the rows to the signed data; on paper they only take room.
    printed = last - 1 if columns[-1].field == ID_FIELD else last
    header = form.header
    title_cell = merge(sheet, 1, 1, printed)
    put_text(title_cell, title)
    title_cell.font, title_cell.alignment = LEDGER_TITLE_FONT, CENTRE
    sheet.row_dimensions[1].height = 30
    line = merge(sheet, 2, 1, printed)
    summary = compose(
        "填报单位：{unit}\u3000\u3000所属期：{period}\u3000\u3000共 {count} 条",
        unit=header.unit_name,
        period=header.period_label,
        count=len(records),
    )
    put_text(line, summary, composed=True)
    line.font, line.alignment = BODY_FONT, LEFT

    headings = [NUMBER_HEADING, *(column.header for column in columns)]
    for position, text in enumerate(headings, start=1):
        cell = cell_at(sheet, HEADING_ROW, position)
        put_text(cell, text)
        cell.font, cell.alignment, cell.fill = BOLD_FONT, CENTRE, _HEADING_FILL

    shown: list[list[str]] = [[] for _ in columns]
    for index, record in enumerate(records):
        row = HEADING_ROW + 1 + index
        # each record's cells are ruled as they are written (the heading and 合计 rows are boxed below)
        restyle(sheet.cell(row=row, column=1, value=index + 1), font=BODY_FONT, alignment=FIGURE, border=GRID)
        for position, column in enumerate(columns):
            text = _put(sheet, row, position + 2, column.kind, _value(column, record, lists), translator)
            shown[position].append(text)
            if column.field == ID_FIELD:
                restyle(cell_at(sheet, row, position + 2), font=SMALL_FONT)
    widths = [5.0, *(_width(column, texts) for column, texts in zip(columns, shown, strict=True))]
    set_widths(sheet, widths)
    sheet.row_dimensions[HEADING_ROW].height = (
        max(lines_needed(text, width) for text, width in zip(headings, widths, strict=True)) * LINE_HEIGHT + 6
    )
    for index in range(len(records)):
        wrapping = zip(columns, shown, widths[1:], strict=True)
        lines = max(
            (lines_needed(texts[index], width) for column, texts, width in wrapping if column.field != ID_FIELD),
            default=1,
        )
        sheet.row_dimensions[HEADING_ROW + 1 + index].height = lines * LINE_HEIGHT + 3
    last_row = HEADING_ROW + max(len(records), 1)
    if records:
        last_row += 1
        _total_row(sheet, last_row, columns, records)
    else:
        empty = merge(sheet, last_row, 1, printed)
        put_text(empty, "本期无记录")
        empty.font, empty.alignment = BODY_FONT, CENTRE
    if records:
        box(sheet, HEADING_ROW, 1, last)
        box(sheet, last_row, 1, last)
    else:
        box(sheet, HEADING_ROW, 1, last, last_row=last_row)
    sheet.freeze_panes = f"C{HEADING_ROW + 1}"
    if records:
        sheet.auto_filter.ref = f"A{HEADING_ROW}:{get_column_letter(last)}{last_row}"
    print_setup(sheet, title_rows=f"1:{HEADING_ROW}")
    sheet.print_area = f"A1:{get_column_letter(printed)}{last_row}"
