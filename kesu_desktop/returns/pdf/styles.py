"""The printed return's page (A4 landscape, its margins) and its text styles: title, lines, captions, table cells
and register details."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from kesu_desktop.returns.pdf.text import TextStyle

PAGE_SIZE = landscape(A4)
MARGIN_X = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 17 * mm
WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

TITLE = TextStyle(size=18, leading=26, align="center", bold=True)
SMALL = TextStyle(size=9, leading=13)
LINE_LEFT = TextStyle(size=10.5, leading=15)
LINE_CENTRE = TextStyle(size=10.5, leading=15, align="center")
LINE_RIGHT = TextStyle(size=10.5, leading=15, align="right")
CAPTION = TextStyle(size=11, leading=16, bold=True)
CELL = TextStyle(size=9, leading=12)
CELL_CENTRE = TextStyle(size=9, leading=12, align="center")
CELL_RIGHT = TextStyle(size=9, leading=12, align="right")
CELL_BOLD = TextStyle(size=9, leading=12, bold=True)
CELL_BOLD_CENTRE = TextStyle(size=9, leading=12, align="center", bold=True)
CELL_BOLD_RIGHT = TextStyle(size=9, leading=12, align="right", bold=True)
DETAIL = TextStyle(size=8.5, leading=11)
DETAIL_CENTRE = TextStyle(size=8.5, leading=11, align="center")
DETAIL_RIGHT = TextStyle(size=8.5, leading=11, align="right")
DETAIL_HEADING = TextStyle(size=8, leading=10.5, align="center")
FOOTER_SIZE = 8.0
