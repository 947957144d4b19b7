"""How the return workbook's cells look and how text goes into them.

Text is always written as text: cleaned the way the records workbook cleans it (control characters removed,
see :func:`kesu_desktop.spreadsheet.cells.clean_text`), and a text that Excel would take for a formula or an
error value (=SUM(A1), +1, -1, @x, #N/A) is forced to a string with a quote prefix, so it stays text in this
file and when a clerk edits the cell. Widths are measured as Excel does, a Chinese character counting double.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import ERROR_CODES, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from kesu_desktop.spreadsheet.cells import clean_text, looks_like_formula

BODY_FONT_NAME = "宋体"
HEADING_FONT_NAME = "黑体"
BODY_SIZE = 10.5  # 五号, the size of official documents

TITLE_FONT = Font(name=HEADING_FONT_NAME, size=18)
CAPTION_FONT = Font(name=HEADING_FONT_NAME, size=12)
LEDGER_TITLE_FONT = Font(name=HEADING_FONT_NAME, size=14)
BODY_FONT = Font(name=BODY_FONT_NAME, size=BODY_SIZE)
BOLD_FONT = Font(name=BODY_FONT_NAME, size=BODY_SIZE, bold=True)
SMALL_FONT = Font(name=BODY_FONT_NAME, size=9, color="595959")

_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
NUMBER = Alignment(horizontal="right", vertical="center", indent=1)
INDENTED = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
FIGURE = Alignment(horizontal="center", vertical="center")

COUNT_FORMAT = "0"  # plain digits, as the PDF prints them (1748, never 1,748)
HOURS_FORMAT = "0.0"
DATE_FORMAT = "yyyy-mm-dd"
CHINESE_DATE_FORMAT = 'yyyy"年"m"月"d"日"'
TEXT_FORMAT = "@"

PAGE_NUMBERS = "第 &P 页 共 &N 页"
LINE_HEIGHT = 14.25  # points per line of 10.5-point 宋体, as Excel and WPS lay it out
POINTS_PER_WIDTH_UNIT = 5.25  # one unit of column width: 7 pixels of Calibri 11 (the workbook default) at 96 dpi


def compose(template: str, **values: object) -> str:
    """A line in this module's own wording (e.g. 填报单位（盖章）：{unit}) with each value cleaned to one line."""
    return template.format(**{key: clean_text(str(value), multiline=False) for key, value in values.items()})


def put_text(cell: Cell, text: str, *, multiline: bool = False, composed: bool = False) -> None:
    """Write ``text`` into ``cell`` as text, never as a formula or an error value; control characters removed.
    A user's single-line text has its blanks folded; a ``composed`` line (see :func:`compose`) keeps its spacing."""
    cleaned = clean_text(text, multiline=multiline or composed)
    cell.value = cleaned or None
    if cleaned and (looks_like_formula(cleaned) or cleaned in ERROR_CODES):
        cell.data_type = "s"
        cell.quotePrefix = True


def put_raw_text(cell: Cell, text: str) -> None:
    """Write machine text (a chunk of the manifest) exactly as given, always as a string."""
    cell.value = text
    cell.data_type = "s"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def display_width(text: str) -> int:
    """How many character widths ``text`` takes in a cell: Chinese and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def lines_needed(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a cell ``width`` characters wide (each of its own lines wrapped)."""
    usable = max(width - 1.5, 1.0)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in (text.split("\n") or [""]))


_STYLES: WeakKeyDictionary[Workbook, dict[tuple[object, ...], tuple[StyleArray, tuple[object, ...]]]] = (
    WeakKeyDictionary()
)


def restyle(cell: Cell | MergedCell, **styles: object) -> None:
    """Give ``cell`` these style attributes (``font``, ``border``, ``alignment``, ``fill``, ``number_format``) over
    the ones it has. openpyxl finds an assigned style object in the workbook by its hash, which it recomputes field
    by field at every assignment: most of the workbook's time at 300 records. Each combination of a cell's style
    and the styles given is therefore assigned once in a workbook, and every later cell copies the style indices
    it produced (the workbook's own, so the file is the same)."""
    workbook = cell.parent.parent
    assert workbook is not None
    known = _STYLES.get(workbook)
    if known is None:
        known = _STYLES[workbook] = {}
    own: StyleArray | None = cell._style  # type: ignore[union-attr]  # openpyxl's style indices (None: none yet)
    key = (b"" if own is None else own.tobytes(), tuple(styles), tuple(map(id, styles.values())))
    found = known.get(key)
    if found is None:
        for name, value in styles.items():
            setattr(cell, name, value)
        known[key] = (StyleArray(cell._style), tuple(styles.values()))  # type: ignore[union-attr]  # values kept: no id reused
    else:
        cell._style = StyleArray(found[0])  # type: ignore[union-attr]


def cell_at(sheet: Worksheet, row: int, column: int) -> Cell:
    """The writable cell at (row, column): the top-left one of a merged block."""
    cell = sheet.cell(row=row, column=column)
    assert isinstance(cell, Cell), f"{cell.coordinate} lies inside a merged block"
    return cell


def merge(sheet: Worksheet, row: int, first: int, last: int, *, last_row: int | None = None) -> Cell:
    """Merge a block (when it is more than one cell) and return its top-left cell."""
    bottom = last_row or row
    if last > first or bottom > row:
        sheet.merge_cells(start_row=row, start_column=first, end_row=bottom, end_column=last)
    return cell_at(sheet, row, first)


def box(sheet: Worksheet, row: int, first: int, last: int, *, last_row: int | None = None) -> None:
    """Rule every cell of the block, so a merged block is framed on all sides in Excel, WPS and LibreOffice."""
    for r in range(row, (last_row or row) + 1):
        for column in range(first, last + 1):
            restyle(sheet.cell(row=r, column=column), border=GRID)


def set_widths(sheet: Worksheet, widths: list[float]) -> None:
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = round(width, 1)


def header_footer_text(text: str) -> str:
    """``text`` for a page header or footer, where & starts a code."""
    return text.replace("&", "&&")


def print_setup(sheet: Worksheet, *, title_rows: str | None = None, continued: str | None = None) -> None:
    """A4 landscape, fitted to the page width, page N of M in the footer; the heading rows repeated on every
    page, or ``continued`` as a page header on every page but the first."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    properties = sheet.sheet_properties
    if properties.pageSetUpPr is None:
        properties.pageSetUpPr = PageSetupProperties()
    properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    pages = sheet.HeaderFooter
    _centre(pages.oddFooter, PAGE_NUMBERS)
    if title_rows:
        sheet.print_title_rows = title_rows
    if continued:
        pages.differentFirst = True
        _centre(pages.firstFooter, PAGE_NUMBERS)
        _centre(pages.oddHeader, header_footer_text(continued))


_PAGE_WIDTH, _PAGE_HEIGHT = 842.0, 595.0  # A4 landscape, in points
_MARGINS_ACROSS, _MARGINS_DOWN = 72.0, 86.4  # as print_setup sets them


def break_pages(
    sheet: Worksheet,
    widths: Sequence[float],
    row_height: Callable[[int], float],
    blocks: Sequence[tuple[int, int]],
) -> None:
    """Break the pages of a sheet printed as :func:`print_setup` sets it between ``blocks`` (the first and last
    rows of each table, chart or closing part; ``row_height`` in points), never inside one that fits a page, at
    the scale fitting the column ``widths`` to the page gives. The first block follows the heading on the first
    page, and one too tall for any page is not moved to a page of its own: it flows across pages."""

    def height(first: int, last: int) -> float:
        return sum(row_height(row) for row in range(first, last + 1))

    total_width = sum(widths) * POINTS_PER_WIDTH_UNIT
    scale = min(100, math.floor(100 * (_PAGE_WIDTH - _MARGINS_ACROSS) / total_width)) / 100  # whole percents
    capacity = (_PAGE_HEIGHT - _MARGINS_DOWN) / scale * 0.96
    used = height(1, blocks[0][0] - 1) if blocks else 0.0
    for number, (first, last) in enumerate(blocks):
        needed = height(first, last)
        if number > 0 and used + needed > capacity and needed <= capacity:
            sheet.row_breaks.append(Break(id=first - 1))
            used = 0.0
        used += needed


def mark_every_page(sheet: Worksheet, text: str) -> None:
    """``text`` in the left page header of every printed page (the first one included)."""
    pages = sheet.HeaderFooter
    for header in (pages.oddHeader, pages.firstHeader):
        if header is not None:
            header.left.text = header_footer_text(text)


def _centre(item: HeaderFooterItem | None, text: str) -> None:
    assert item is not None and item.center is not None
    item.center.text = text
    item.center.size = 9


HEADING_FILL = PatternFill("solid", fgColor="F2F2F2")


def table_row(
    sheet: Worksheet,
    row: int,
    texts: Sequence[str],
    widths: Sequence[float],
    alignments: Sequence[Alignment],
    *,
    bold: bool,
    least_height: float = 0.0,
) -> None:
    """One row of a listing table (a heading row when ``bold``): text cells as typed, high enough for the
    longest wrapped text and never lower than ``least_height``."""
    for column, text in enumerate(texts, start=1):
        cell = cell_at(sheet, row, column)
        put_text(cell, text, composed=True)
        if bold:
            restyle(cell, number_format=TEXT_FORMAT, font=BOLD_FONT, alignment=CENTRE, fill=HEADING_FILL)
        else:
            restyle(cell, number_format=TEXT_FORMAT, font=BODY_FONT, alignment=alignments[column - 1])
    lines = max(lines_needed(text, width) for text, width in zip(texts, widths, strict=True))
    sheet.row_dimensions[row].height = max(lines * LINE_HEIGHT + 3, least_height)
