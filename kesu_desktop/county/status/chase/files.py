"""The chase-up list (催报单) as its two files, an Excel workbook and a PDF, side by side in a folder the clerk
chose; each is written atomically (read back or checked before it takes its final name)."""

from __future__ import annotations

from pathlib import Path

from kesu_desktop.county.status.chase.content import ChaseList
from kesu_desktop.county.status.chase.pdf import write_chase_pdf
from kesu_desktop.county.status.chase.workbook import write_chase_workbook
from kesu_desktop.returns.pdf.fonts import FontChain


def write_chase_list(folder: Path, content: ChaseList, *, fonts: FontChain | None = None) -> list[Path]:
    """Both files of ``content`` in ``folder``: 催报单_2025-05.xlsx and 催报单_2025-05.pdf (催报单_2025.* for a
    whole year)."""
    return [
        write_chase_workbook(folder / f"{content.file_stem}.xlsx", content),
        write_chase_pdf(folder / f"{content.file_stem}.pdf", content, fonts=fonts),
    ]
