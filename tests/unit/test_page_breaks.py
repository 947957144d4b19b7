"""Page breaks of a printed sheet (returns and county reports alike): between blocks, never inside one that fits
a page; never a page holding the heading alone; a block taller than any page flows on instead of moving."""

from __future__ import annotations

from openpyxl import Workbook

from kesu_desktop.returns.workbook.style import break_pages

WIDTHS = [20.0] * 6  # narrow enough to print at 100%: a page holds about 485 points of rows
ROW = 20.0


def breaks(blocks: list[tuple[int, int]]) -> list[int]:
    sheet = Workbook().active
    assert sheet is not None
    break_pages(sheet, WIDTHS, lambda _row: ROW, blocks)
    return [b.id for b in sheet.row_breaks.brk]


def test_a_block_that_does_not_fit_below_the_one_before_starts_a_page():
    assert breaks([(5, 14), (15, 24)]) == []  # 4 + 10 + 10 rows fit a page
    assert breaks([(5, 14), (15, 30)]) == [14]  # 4 + 10 + 16 rows do not; 16 rows fit a page of their own


def test_the_first_block_stays_below_the_heading_however_tall():
    assert breaks([(5, 44), (45, 50)]) == [44]


def test_a_block_taller_than_a_page_flows_on_from_where_the_last_ended():
    assert breaks([(5, 10), (11, 60), (61, 64)]) == [60]
