"""The ruled table every KeSu PDF draws its forms in: thin grid lines in a heavier box, a heavier rule under the
heading rows (repeated on every page), the cells' font set to the body font (else reportlab adds Helvetica,
unembedded), and merged cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import Table

from kesu_desktop.returns.pdf.fonts import FontChain

Spans = Sequence[tuple[tuple[int, int], tuple[int, int]]]
"""Merged cells: (first column, first row), (last column, last row)."""


def ruled_grid(
    rows: Sequence[Sequence[object]], widths: Sequence[float], fonts: FontChain, *, header_rows: int, spans: Spans = ()
) -> Table:
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
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
