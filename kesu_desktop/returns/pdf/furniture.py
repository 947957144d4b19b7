"""The furniture of every KeSu PDF page: the footer (a rule, then left text, 第 X 页 共 Y 页 in the middle, right
text), from page two a running head, and a red mark in the top margin (demo data, a preview, an undone import),
where it covers nothing and cannot be cut off without cutting the page."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from kesu_desktop.returns.pdf.fonts import FontChain
from kesu_desktop.returns.pdf.styles import FOOTER_SIZE, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE, WIDTH
from kesu_desktop.returns.pdf.text import draw_runs

PAGE_NUMBER_SIZE = 9.0
MARK_SIZE = 12.0


def draw_footer(canvas: Canvas, fonts: FontChain, left: str, page: str, right: str) -> None:
    size = FOOTER_SIZE
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.5)
    rule = MARGIN_BOTTOM - 6
    canvas.line(MARGIN_X, rule, MARGIN_X + WIDTH, rule)
    baseline = rule - 11
    draw_runs(canvas, fonts, left, MARGIN_X, baseline, size, bold=False)
    centre = MARGIN_X + (WIDTH - fonts.width(page, PAGE_NUMBER_SIZE)) / 2
    draw_runs(canvas, fonts, page, centre, baseline, PAGE_NUMBER_SIZE, bold=False)
    draw_runs(canvas, fonts, right, MARGIN_X + WIDTH - fonts.width(right, size), baseline, size, bold=False)
    canvas.restoreState()


def draw_running_head(canvas: Canvas, fonts: FontChain, left: str, right: str = "") -> None:
    top, size = PAGE_SIZE[1] - MARGIN_TOP + 6, FOOTER_SIZE
    draw_runs(canvas, fonts, left, MARGIN_X, top, size, bold=False)
    if right:
        draw_runs(canvas, fonts, right, MARGIN_X + WIDTH - fonts.width(right, size), top, size, bold=False)


def draw_mark(canvas: Canvas, fonts: FontChain, text: str, *, centred: bool) -> None:
    canvas.saveState()
    canvas.setFillColorRGB(0.75, 0.1, 0.1)
    width = fonts.width(text, MARK_SIZE)
    x = (PAGE_SIZE[0] - width) / 2 if centred else MARGIN_X + WIDTH - width
    draw_runs(canvas, fonts, text, x, PAGE_SIZE[1] - MARGIN_TOP / 2 - MARK_SIZE / 3, MARK_SIZE, bold=True)
    canvas.restoreState()
