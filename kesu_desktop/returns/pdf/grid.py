"""The ruled table every KeSu PDF draws its forms in: thin grid lines in a heavier box, a heavier rule under the
heading rows (repeated on every page), the cells' font set to the body font (else reportlab adds Helvetica,
unembedded), and merged cells.

reportlab measures every cell of a table each time it lays the table out — when it is wrapped, when it is split
across a page and again when each part is wrapped — which at a few thousand cells is most of a return's PDF. A
row of text blocks is measured here instead, once, by the same sums reportlab does; reportlab still measures the
rows it must (one with a cell merged down over several rows, where it shares the height out between them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import Table
from reportlab.platypus.tables import _calc_pc  # type: ignore[attr-defined]  # the widths as reportlab sums them

from kesu_desktop.returns.pdf.fonts import FontChain
from kesu_desktop.returns.pdf.text import TextBlock

Spans = Sequence[tuple[tuple[int, int], tuple[int, int]]]
"""Merged cells: (first column, first row), (last column, last row)."""


class RuledTable(Table):
    """A table whose rows of :class:`TextBlock` cells it measures itself, once each."""

    def _calc_height(self, availHeight: float, availWidth: float, H: Any = None, W: Any = None) -> None:  # noqa: N803 - reportlab's names
        layout: Any = self  # reportlab's layout state, which its type stubs do not declare
        if None in layout._argH and not layout._minRowHeights:
            layout._argH = layout._rowHeights = self._text_heights(W or _calc_pc(layout._argW, availWidth))
        super()._calc_height(availHeight, availWidth, H=H, W=W)  # type: ignore[misc]  # not in reportlab's stubs

    def _text_heights(self, widths: Sequence[float]) -> list[float | None]:
        """The rows' heights, each as reportlab works it out, for every row whose cells are all text blocks and
        none of them merged with a cell of another row; None for the rest."""
        layout: Any = self
        merged = bool(layout._spanCmds)
        spans = layout._spanRanges if merged else {}
        merged_down = set(layout._rowSpanCells) if merged else set()
        positions = layout._colpositions if merged else ()
        heights: list[float | None] = []
        rows = zip(layout._argH, layout._cellvalues, layout._cellStyles, strict=True)
        for row, (height, values, styles) in enumerate(rows):
            if height is not None or any((column, row) in merged_down for column in range(len(values))):
                heights.append(height)
                continue
            tallest: float | None = 0.0
            for column, (value, style, width) in enumerate(zip(values, styles, widths, strict=True)):
                span = spans.get((column, row), ())
                if span is None:
                    continue  # covered by a merged cell to its left
                if not isinstance(value, TextBlock):
                    tallest = None
                    break
                if span and span[2] != column:
                    width = max(positions[span[2] + 1] - positions[span[0]], width)
                _, text_height = value.wrap(width - style.leftPadding - style.rightPadding, 72000)
                tallest = max(tallest, text_height + (style.bottomPadding + style.topPadding))
            heights.append(tallest)
        return heights


def ruled_grid(
    rows: Sequence[Sequence[object]], widths: Sequence[float], fonts: FontChain, *, header_rows: int, spans: Spans = ()
) -> Table:
    table = RuledTable([list(row) for row in rows], colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.body.name),
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BOX", (0, 0), (-1, -1), 1.2, black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *(("SPAN", start, end) for start, end in spans),
    ]
    if header_rows:
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.0, black))
    table.setStyle(commands)
    return table
