"""The chase-up list as an Excel workbook styled like the returns (A4, the title and heading row repeated on
every printed page, widths fitted to the text), read back and compared before it takes its final name."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kesu_desktop.base.safe_write import WriteError, bytes_writer, write_atomically
from kesu_desktop.county.status.chase.content import HEADINGS, NOT_WRITTEN, SEPARATOR, ChaseList
from kesu_desktop.returns.workbook.style import (
    BODY_FONT,
    CAPTION_FONT,
    CENTRE,
    COUNT_FORMAT,
    FIGURE,
    LEFT,
    LINE_HEIGHT,
    TITLE_FONT,
    box,
    cell_at,
    display_width,
    lines_needed,
    merge,
    print_setup,
    put_text,
    set_widths,
    table_row,
)
from kesu_desktop.spreadsheet.cells import clean_text

_COLUMNS = len(HEADINGS)
_HEADING_ROW = 4
_DAYS_COLUMN = 5
_MAX_WIDTHS = (6.0, 30.0, 14.0, 12.0, 10.0, 14.0, 18.0, 36.0)
_MIN_WIDTHS = (5.0, 12.0, 10.0, 8.0, 8.0, 10.0, 14.0, 30.0)  # the last column is written in by hand
_ALIGNMENTS = (FIGURE, LEFT, CENTRE, CENTRE, FIGURE, CENTRE, CENTRE, LEFT)
_ROW_HEIGHT = 2 * LINE_HEIGHT  # room to write a note by hand


def _expected_rows(content: ChaseList) -> list[list[object]]:
    """The table as the workbook holds it: the number and the days late as numbers, the rest as text."""
    return [
        [
            number,
            *(clean_text(text, multiline=True) or None for text in row[1 : _DAYS_COLUMN - 1]),
            int(row[_DAYS_COLUMN - 1]) if row[_DAYS_COLUMN - 1] else None,
            *(clean_text(text, multiline=True) or None for text in row[_DAYS_COLUMN:]),
        ]
        for number, row in enumerate(content.rows, start=1)
    ]


def _line(sheet: Worksheet, row: int, text: str, font: Font, alignment: Alignment) -> None:
    cell = merge(sheet, row, 1, _COLUMNS)
    put_text(cell, text, composed=True)
    cell.font, cell.alignment = font, alignment


def _widths(content: ChaseList) -> list[float]:
    widths = []
    for column, (low, high) in enumerate(zip(_MIN_WIDTHS, _MAX_WIDTHS, strict=True)):
        texts = [content.headings[column], *(row[column] for row in content.rows)]
        widths.append(max(low, min(high, max(display_width(text) for text in texts) + 2.0)))
    return widths


def _table(sheet: Worksheet, content: ChaseList, widths: Sequence[float]) -> int:
    """The heading row and one row per return to chase (or the line saying there is none); the last row."""
    table_row(sheet, _HEADING_ROW, content.headings, widths, _ALIGNMENTS, bold=True, least_height=LINE_HEIGHT + 3)
    for index, texts in enumerate(content.rows, start=1):
        row = _HEADING_ROW + index
        table_row(sheet, row, texts, widths, _ALIGNMENTS, bold=False, least_height=_ROW_HEIGHT)
        number = cell_at(sheet, row, 1)
        number.value, number.number_format = index, COUNT_FORMAT
        days = cell_at(sheet, row, _DAYS_COLUMN)
        if texts[_DAYS_COLUMN - 1]:
            days.value, days.number_format = int(texts[_DAYS_COLUMN - 1]), COUNT_FORMAT
    last = _HEADING_ROW + len(content.rows)
    if not content.rows:
        last += 1
        _line(sheet, last, content.nothing, BODY_FONT, CENTRE)
        sheet.row_dimensions[last].height = _ROW_HEIGHT
    box(sheet, _HEADING_ROW, 1, _COLUMNS, last_row=last)
    return last


def _workbook(content: ChaseList) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = content.title[:31]
    widths = _widths(content)
    set_widths(sheet, widths)
    _line(sheet, 1, content.title, TITLE_FONT, CENTRE)
    sheet.row_dimensions[1].height = 30
    _line(sheet, 2, content.office, CAPTION_FONT, CENTRE)
    sheet.row_dimensions[2].height = 20
    facts = SEPARATOR.join((content.scope, content.deadline, content.counts, content.made))
    _line(sheet, 3, facts, BODY_FONT, LEFT)
    sheet.row_dimensions[3].height = lines_needed(facts, sum(widths)) * LINE_HEIGHT + 3
    last = _table(sheet, content, widths)
    print_setup(sheet, title_rows=f"1:{_HEADING_ROW}")
    footer = sheet.HeaderFooter.oddFooter
    assert footer is not None and footer.center is not None
    footer.center.text = content.page.format(page="&P", pages="&N")
    sheet.freeze_panes = f"A{_HEADING_ROW + 1}"
    sheet.print_area = f"A1:{get_column_letter(_COLUMNS)}{last}"
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "科素填报"
    properties.title = content.document
    return workbook


def _check(target: Path, content: ChaseList) -> Callable[[Path], None]:
    def check(written: Path) -> None:
        try:
            workbook = load_workbook(written, read_only=True)
            cells = workbook.worksheets[0].iter_rows(
                min_row=_HEADING_ROW + 1,
                max_row=_HEADING_ROW + len(content.rows),
                max_col=_COLUMNS,
                values_only=True,
            )
            shown = [list(row) for row in cells] if content.rows else []
            workbook.close()
        except (zipfile.BadZipFile, KeyError, ValueError, IndexError) as error:
            raise WriteError(NOT_WRITTEN, file=target.name) from error
        if shown != _expected_rows(content):
            raise WriteError(NOT_WRITTEN, file=target.name)

    return check


def write_chase_workbook(path: Path, content: ChaseList) -> Path:
    """Write ``content`` to ``path`` as an .xlsx workbook, atomically and read back; a
    :class:`~kesu_desktop.base.safe_write.WriteError` says why it could not be (no file is then left under
    ``path``, and a previous one is untouched)."""
    target = Path(path)
    buffer = io.BytesIO()
    _workbook(content).save(buffer)
    return write_atomically(target, bytes_writer(buffer.getvalue()), _check(target, content))
