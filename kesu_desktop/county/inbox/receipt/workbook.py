"""The receipt list as an Excel workbook, styled like the returns, read back and compared before it takes its
final name."""

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
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.receipt.content import (
    HEADINGS,
    NOT_WRITTEN,
    SEPARATOR,
    Receipt,
    receipt_of,
)
from kesu_desktop.county.inbox.types import ImportRecord
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.workbook.style import (
    BODY_FONT,
    BOLD_FONT,
    CAPTION_FONT,
    CENTRE,
    COUNT_FORMAT,
    FIGURE,
    LEFT,
    LINE_HEIGHT,
    NUMBER,
    TITLE_FONT,
    box,
    cell_at,
    display_width,
    lines_needed,
    mark_every_page,
    merge,
    print_setup,
    put_text,
    set_widths,
    table_row,
)
from kesu_desktop.spreadsheet.cells import clean_text

# --- the workbook --------------------------------------------------------------------------------------------

_COLUMNS = len(HEADINGS)
_MAX_WIDTHS = (6.0, 30.0, 14.0, 9.0, 21.0, 18.0, 40.0, 40.0)
"""Widest each column grows before its text wraps; the list prints fitted to the width of an A4 landscape page."""
_ALIGNMENTS = (FIGURE, LEFT, CENTRE, CENTRE, CENTRE, LEFT, LEFT, LEFT)
_MARK_FONT = Font(name=BOLD_FONT.name, size=12, bold=True, color="C00000")


def _shown(text: str) -> str | None:
    """What a cell holds once ``text`` is written with :func:`put_text` (composed: spacing kept)."""
    return clean_text(text, multiline=True) or None


def _heading_row(receipt: Receipt) -> int:
    return 4 if receipt.undone is None else 5


def _expected_rows(receipt: Receipt) -> list[list[object]]:
    """The table as the workbook holds it: the number as a number, every other cell as its text."""
    return [[number, *(_shown(text) for text in row[1:])] for number, row in enumerate(receipt.rows, start=1)]


def _line(sheet: Worksheet, row: int, text: str, font: Font, alignment: Alignment) -> None:
    cell = merge(sheet, row, 1, _COLUMNS)
    put_text(cell, text, composed=True)
    cell.font, cell.alignment = font, alignment


def _title_block(sheet: Worksheet, receipt: Receipt, width: float) -> None:
    """Title, office, the facts of the import (on as many lines as they need across ``width``), the undone mark."""
    _line(sheet, 1, receipt.title, TITLE_FONT, CENTRE)
    sheet.row_dimensions[1].height = 30
    _line(sheet, 2, receipt.office, CAPTION_FONT, CENTRE)
    sheet.row_dimensions[2].height = 20
    facts = SEPARATOR.join((receipt.received, receipt.imported_by, receipt.import_id))
    _line(sheet, 3, facts, BODY_FONT, LEFT)
    sheet.row_dimensions[3].height = lines_needed(facts, width) * LINE_HEIGHT + 3
    if receipt.undone is not None:
        _line(sheet, 4, receipt.undone, _MARK_FONT, LEFT)
        sheet.row_dimensions[4].height = 20


def _widths(receipt: Receipt) -> list[float]:
    widths = []
    for column, limit in enumerate(_MAX_WIDTHS):
        texts = [receipt.headings[column], *(row[column] for row in receipt.rows)]
        content = max(display_width(line) for text in texts for line in text.split("\n"))
        widths.append(min(limit, content + 2.0))
    return widths


def _table(sheet: Worksheet, receipt: Receipt, widths: Sequence[float]) -> int:
    """The heading row and one row per file; the last row written."""
    heading = _heading_row(receipt)
    table_row(sheet, heading, receipt.headings, widths, _ALIGNMENTS, bold=True)
    for index, texts in enumerate(receipt.rows, start=1):
        table_row(sheet, heading + index, texts, widths, _ALIGNMENTS, bold=False)
        number = cell_at(sheet, heading + index, 1)
        number.value, number.number_format = index, COUNT_FORMAT
    last = heading + len(receipt.rows)
    box(sheet, heading, 1, _COLUMNS, last_row=last)
    return last


def _counts(sheet: Worksheet, receipt: Receipt, first: int) -> int:
    """按状态统计 from row ``first``: each status found, how many files, then the total; the last row written."""
    _line(sheet, first, receipt.by_status, BOLD_FONT, LEFT)
    rows = [*receipt.counts, (receipt.total, sum(count for _label, count in receipt.counts))]
    for offset, (label, count) in enumerate(rows, start=1):
        row = first + offset
        font = BOLD_FONT if offset == len(rows) else BODY_FONT
        name = merge(sheet, row, 1, 2)
        put_text(name, label)
        name.font, name.alignment = font, LEFT
        figure = cell_at(sheet, row, 3)
        figure.value = count
        figure.font, figure.alignment = font, NUMBER
        sheet.row_dimensions[row].height = LINE_HEIGHT + 3
    last = first + len(rows)
    box(sheet, first + 1, 1, 3, last_row=last)
    return last


def _page_setup(sheet: Worksheet, receipt: Receipt, last: int) -> None:
    heading = _heading_row(receipt)
    print_setup(sheet, title_rows=f"{heading}:{heading}")
    footer = sheet.HeaderFooter.oddFooter
    assert footer is not None and footer.center is not None
    footer.center.text = receipt.page.format(page="&P", pages="&N")
    if receipt.undone is not None:
        mark_every_page(sheet, receipt.undone)
    sheet.freeze_panes = f"A{heading + 1}"
    sheet.print_area = f"A1:{get_column_letter(_COLUMNS)}{last}"


def _workbook(receipt: Receipt) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = receipt.title[:31]
    widths = _widths(receipt)
    set_widths(sheet, widths)
    _title_block(sheet, receipt, sum(widths))
    last = _counts(sheet, receipt, _table(sheet, receipt, widths) + 2)
    _page_setup(sheet, receipt, last)
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "科素填报"
    properties.title = receipt.document
    properties.keywords = receipt.import_id
    return workbook


def _workbook_check(target: Path, receipt: Receipt) -> Callable[[Path], None]:
    """A check for the workbook written on its way to ``target``: its table must read back as written."""
    heading = _heading_row(receipt)

    def check(written: Path) -> None:
        try:
            workbook = load_workbook(written, read_only=True)
            cells = workbook.worksheets[0].iter_rows(
                min_row=heading + 1, max_row=heading + len(receipt.rows), max_col=_COLUMNS, values_only=True
            )
            shown = [list(row) for row in cells]
            workbook.close()
        except (zipfile.BadZipFile, KeyError, ValueError, IndexError) as error:
            raise WriteError(NOT_WRITTEN, file=target.name) from error
        if shown != _expected_rows(receipt):
            raise WriteError(NOT_WRITTEN, file=target.name)

    return check


def write_receipt_workbook(path: Path, record: ImportRecord, reference: ReferenceData, translator: Translator) -> Path:
    """Write the receipt list of ``record`` to ``path`` as an .xlsx workbook: built, written beside it, read back
    and compared, then moved into place; a :class:`~kesu_desktop.base.safe_write.WriteError` says why when it
    could not be (no file is then left under ``path``, and a previous one is untouched)."""
    target = Path(path)
    receipt = receipt_of(record, reference, translator)
    buffer = io.BytesIO()
    _workbook(receipt).save(buffer)
    return write_atomically(target, bytes_writer(buffer.getvalue()), _workbook_check(target, receipt))
