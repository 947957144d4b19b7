"""The receipt list (收件登记) of one county import, to print, sign and file: which files came in when, who
imported them, what each came to and why a file was refused, as an Excel workbook and as a PDF.

Both are made like the returns: the same cell styles and page setup (:mod:`kesu_desktop.returns.workbook.style`),
the same fonts, text blocks and 第 X 页 共 Y 页 (:mod:`kesu_desktop.returns.pdf`), A4 landscape. The text is in
the translator's language (context ``Receipts``; the statuses are the inbox's own words). Both files are written
through :func:`kesu_desktop.base.safe_write.write_atomically`: the workbook is read back and its rows compared,
the PDF checked complete, before either takes its final name, so a failed write leaves no file under it.
"""

from __future__ import annotations

from pathlib import Path

from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.receipt.content import HEADINGS, TITLE_TEXT
from kesu_desktop.county.inbox.receipt.pdf import write_receipt_pdf
from kesu_desktop.county.inbox.receipt.workbook import write_receipt_workbook
from kesu_desktop.county.inbox.types import ImportRecord
from kesu_desktop.reference.data import ReferenceData

__all__ = ["HEADINGS", "write_receipt_list", "write_receipt_pdf", "write_receipt_workbook"]


def write_receipt_list(
    folder: Path, record: ImportRecord, reference: ReferenceData, translator: Translator
) -> list[Path]:
    """The receipt list of ``record`` as both files in ``folder``, named by the title, the receipt time and the
    import (收件登记_20261203-0915_1a2b3c4d.xlsx and .pdf)."""
    stem = "{title}_{time:%Y%m%d-%H%M}_{id}".format(
        title=translator.translate("Receipts", TITLE_TEXT), time=record.started_at, id=str(record.import_id)[:8]
    )
    return [
        write_receipt_workbook(folder / f"{stem}.xlsx", record, reference, translator),
        write_receipt_pdf(folder / f"{stem}.pdf", record, reference, translator),
    ]
