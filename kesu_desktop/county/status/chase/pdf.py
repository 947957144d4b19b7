"""The chase-up list as a PDF (A4 landscape), on the returns' page with their fonts and 第 X 页 共 Y 页; the
heading row repeats on every page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table

from kesu_desktop.base.safe_write import bytes_writer, write_atomically
from kesu_desktop.county.status.chase.content import SEPARATOR, ChaseList
from kesu_desktop.returns.pdf.document import build_pdf, check_pdf
from kesu_desktop.returns.pdf.fonts import FontChain, discover_fonts
from kesu_desktop.returns.pdf.furniture import draw_footer, draw_running_head
from kesu_desktop.returns.pdf.styles import (
    CELL,
    CELL_BOLD_CENTRE,
    CELL_CENTRE,
    LINE_CENTRE,
    LINE_LEFT,
    TITLE,
    WIDTH,
)
from kesu_desktop.returns.pdf.text import TextBlock, TextStyle, printable

_WIDTHS = (30.0, 150.0, 80.0, 70.0, 50.0, 80.0, 100.0)
"""The fixed columns, in points; the notes column takes the rest of the page's width."""
_STYLES = (CELL_CENTRE, CELL, CELL_CENTRE, CELL_CENTRE, CELL_CENTRE, CELL_CENTRE, CELL_CENTRE, CELL)
_ROW_HEIGHT = 24.0  # room to write a note by hand


class _Printed:
    def __init__(self, content: ChaseList, fonts: FontChain) -> None:
        self.content = content
        self.fonts = fonts
        for text in (content.continued, content.office, content.made):
            fonts.check(printable(text), field="form", label=content.title)

    def text(self, text: str, style: TextStyle, *, label: str = "") -> TextBlock:
        return TextBlock(text, style, self.fonts, field="form", label=label or self.content.title)

    def story(self) -> list[Flowable]:
        content = self.content
        facts = SEPARATOR.join((content.scope, content.deadline, content.counts, content.made))
        return [
            self.text(content.title, TITLE),
            self.text(content.office, LINE_CENTRE),
            Spacer(1, 6),
            self.text(facts, LINE_LEFT),
            Spacer(1, 8),
            self.table(),
        ]

    def table(self) -> Table:
        content = self.content
        rows: list[list[Flowable]] = [[self.text(heading, CELL_BOLD_CENTRE) for heading in content.headings]]
        for row in content.rows:
            cells = zip(row, _STYLES, content.headings, strict=True)
            rows.append([self.text(text, style, label=label) for text, style, label in cells])
        if not content.rows:
            rows.append([self.text(content.nothing, CELL_CENTRE), *(self.text("", CELL) for _ in content.headings[1:])])
        widths: Sequence[float] = [*_WIDTHS, WIDTH - sum(_WIDTHS)]
        heights = [None, *([_ROW_HEIGHT] * (len(rows) - 1))]
        table = Table(rows, colWidths=list(widths), rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.body.name),  # else reportlab adds Helvetica, unembedded
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("BOX", (0, 0), (-1, -1), 1.2, black),
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
        if not content.rows:
            table.setStyle([("SPAN", (0, 1), (-1, 1))])
        return table

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """The footer of every page (the office, 第 X 页 共 Y 页, the date made) and from page two a running head."""
        content = self.content
        draw_footer(canvas, self.fonts, content.office, content.page.format(page=number, pages=total), content.made)
        if number > 1:
            draw_running_head(canvas, self.fonts, SEPARATOR.join((content.continued, content.scope)))


def write_chase_pdf(path: Path, content: ChaseList, *, fonts: FontChain | None = None) -> Path:
    """Write ``content`` to ``path`` as a PDF (A4 landscape), atomically: a failure leaves no file under ``path``
    and a previous one untouched. ``fonts`` defaults to this PC's; a character no font has raises
    :class:`~kesu_desktop.base.errors.MissingGlyphError` before anything is drawn."""
    chain = fonts or discover_fonts()
    printed = _Printed(content, chain)
    data = build_pdf(
        printed.story(), chain, printed.decorate, title=content.document, author=content.office, subject=content.scope
    )
    return write_atomically(Path(path), bytes_writer(data), check_pdf)
