"""Text on a printed return: a block of wrapped lines drawn font run by font run, and a canvas that numbers
pages as 第 X 页 共 Y 页.

No reportlab ``Paragraph`` is used: a :class:`TextBlock` wraps with :func:`.line_breaking.break_lines`
(the kinsoku rules) and draws each character in the first font of the chain that has it. Its text is checked
against the fonts when the block is made, so a character no font has stops the export before anything is
drawn. Bold is drawn as fill and stroke, as the usual 仿宋/宋体 fonts have no bold face.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kesu_desktop.returns.pdf.fonts import FontChain
from kesu_desktop.returns.pdf.line_breaking import break_lines, is_plain

_IGNORABLE = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u200b\u2060\ufeff]")
"""Variation selectors and zero-width characters: no glyph of their own, dropped before drawing."""

BOLD_STROKE = 0.03
"""The stroke that makes text bold, as a share of the font size."""


def printable(text: str) -> str:
    """``text`` without the invisible characters fonts have no glyph for."""
    return _IGNORABLE.sub("", text)


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.0
    leading: float = 0.0
    align: str = "left"
    bold: bool = False

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.3


class TextBlock(Flowable):
    """Text wrapped to the width it is given (a table cell, the frame), each line drawn in font runs."""

    def __init__(
        self, text: str, style: TextStyle, fonts: FontChain, *, field: str = "form", label: str = "报表"
    ) -> None:
        super().__init__()
        self.text = printable(text)
        self.style = style
        self.fonts = fonts
        fonts.check(self.text, field=field, label=label)
        self._plain = is_plain(self.text)
        self.lines: list[str] = []
        self._widths: dict[str, float] = {}
        self._broken: dict[float, list[str]] = {}
        self.width = 0.0
        self.height = 0.0

    def measure(self, text: str) -> float:
        if text not in self._widths:
            self._widths[text] = self.fonts.width(text, self.style.size)
        return self._widths[text]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        # reportlab wraps a table's cells several times while it lays the table out: break the text once a width
        if availWidth not in self._broken:
            fits = self._plain and self.measure(self.text) <= availWidth
            self._broken[availWidth] = [self.text] if fits else break_lines(self.text, availWidth, self.measure)
        self.lines = self._broken[availWidth]
        self.width = availWidth
        self.height = len(self.lines) * self.style.line_height
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        style = self.style
        face = self.fonts.body.font.face
        ascent, descent = face.ascent / 1000 * style.size, -face.descent / 1000 * style.size
        # no state of its own to save: a flowable is drawn inside the state drawOn saves and restores
        canvas.setFillColorRGB(0, 0, 0)
        if style.bold:
            canvas.setStrokeColorRGB(0, 0, 0)
            canvas.setLineWidth(style.size * BOLD_STROKE)
        # the lines that need no narrowing (most) as one text object, each run placed where it starts
        text = canvas.beginText()
        if style.bold:
            text.setTextRenderMode(2)
        narrowed: list[tuple[str, float]] = []
        for number, line in enumerate(self.lines):
            top = self.height - number * style.line_height
            baseline = top - style.line_height / 2 - (ascent - descent) / 2
            width = self.measure(line)
            if width > self.width:
                narrowed.append((line, baseline))
                continue
            x = self._left(width)
            for font, run in self.fonts.runs(line):
                text.setFont(font.name, style.size)
                text.setTextOrigin(x, baseline)
                text.textOut(run)
                x += font.width(run, style.size)
        if style.bold:
            text.setTextRenderMode(0)
        canvas.drawText(text)
        for line, baseline in narrowed:
            self._draw_narrowed(canvas, line, baseline)

    def _left(self, width: float) -> float:
        return {"left": 0.0, "center": (self.width - width) / 2, "right": self.width - width}[self.style.align]

    def _draw_narrowed(self, canvas: Canvas, line: str, baseline: float) -> None:
        """A line that cannot be broken, narrowed to the width."""
        width = self.measure(line)
        squeeze = self.width / width
        canvas.saveState()
        canvas.translate(self._left(width * squeeze), baseline)
        canvas.scale(squeeze, 1)
        draw_runs(canvas, self.fonts, line, 0, 0, self.style.size, bold=self.style.bold)
        canvas.restoreState()


def draw_runs(canvas: Canvas, fonts: FontChain, text: str, x: float, y: float, size: float, *, bold: bool) -> float:
    """Draw ``text`` from (x, y) in font runs; the x where it ends."""
    for font, run in fonts.runs(text):
        canvas.setFont(font.name, size)
        canvas.drawString(x, y, run, mode=2 if bold else 0)
        x += font.width(run, size)
    return x


class NumberedCanvas(Canvas):
    """A canvas that keeps every page until the document is complete, then lets ``decorate`` draw on each
    knowing the page's number and the total (第 X 页 共 Y 页)."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own start of a fresh page

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()
