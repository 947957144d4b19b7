"""The ruled grid measures its rows of text blocks itself: every row comes out as high as reportlab makes it, and
the table splits across pages at the same rows, with merged cells and changed padding too."""

from __future__ import annotations

from reportlab.lib.colors import black
from reportlab.platypus import Table

from kesu_desktop.returns.pdf.fonts import FontChain, bundled_font, load_font
from kesu_desktop.returns.pdf.grid import RuledTable, ruled_grid
from kesu_desktop.returns.pdf.styles import CELL, CELL_BOLD, DETAIL_RIGHT
from kesu_desktop.returns.pdf.text import TextBlock


def bundled_only() -> FontChain:
    font = load_font(bundled_font())
    assert font is not None
    return FontChain([font])


FONTS = bundled_only()
WIDTHS = [30.0, 90.0, 60.0, 45.0]
TEXTS = ["1", "科普讲座", "村委会\n二楼会议室", "很长很长的标题" * 4, "", "Person-times and/or 2024", "——————————"]
SPANS = [((0, 0), (0, 1)), ((1, 0), (3, 0)), ((1, 5), (2, 5))]


def rows(count: int) -> list[list[TextBlock]]:
    styles = [CELL, CELL_BOLD, DETAIL_RIGHT]
    return [
        [TextBlock(TEXTS[(row + column) % len(TEXTS)], styles[(row * column) % 3], FONTS) for column in range(4)]
        for row in range(count)
    ]


COMMANDS = [
    ("FONTNAME", (0, 0), (-1, -1), FONTS.body.name),
    ("GRID", (0, 0), (-1, -1), 0.5, black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 3), (-1, 6), 5),
    ("BOTTOMPADDING", (0, 10), (-1, 10), 7),
]


def tables(data: list[list[TextBlock]], spans, header_rows: int) -> tuple[Table, Table]:
    """The same cells and style as a ruled table and as reportlab's own, which measures every cell itself."""
    made = []
    for kind in (RuledTable, Table):
        table = kind(data, colWidths=WIDTHS, repeatRows=header_rows, hAlign="LEFT")
        table.setStyle([*COMMANDS, *(("SPAN", start, end) for start, end in spans)])
        made.append(table)
    return made[0], made[1]


def test_the_grid_is_a_ruled_table():
    assert isinstance(ruled_grid(rows(3), WIDTHS, FONTS, header_rows=1), RuledTable)


def test_every_row_is_as_high_as_reportlab_makes_it():
    data = rows(40)
    grid, plain = tables(data, SPANS, header_rows=2)
    assert grid.wrap(500, 100000) == plain.wrap(500, 100000)
    assert grid._rowHeights == plain._rowHeights
    assert grid._rowpositions == plain._rowpositions


def test_the_table_splits_at_the_same_rows_on_every_page():
    data = rows(120)
    grid, plain = tables(data, [((1, 30), (3, 30)), ((0, 50), (0, 52))], header_rows=1)
    heights = []
    for table in (grid, plain):
        parts, rest, pages = [], table, 0
        while rest is not None and pages < 50:
            rest.wrap(500, 400)
            pieces = rest.split(500, 400) or [rest]
            parts.append(pieces[0])
            rest = pieces[1] if len(pieces) > 1 else None
            pages += 1
        heights.append([(part.wrap(500, 400), part._rowHeights) for part in parts])
    assert heights[0] == heights[1]
    assert len(heights[0]) > 3
