"""The receipt list as a PDF (A4 landscape), on the returns' page with their fonts and page numbers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kesu_desktop.base.safe_write import bytes_writer, write_atomically
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.receipt.content import (
    SEPARATOR,
    Receipt,
    receipt_of,
)
from kesu_desktop.county.inbox.types import ImportRecord
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.pdf.document import build_pdf, check_pdf
from kesu_desktop.returns.pdf.fonts import FontChain, discover_fonts
from kesu_desktop.returns.pdf.furniture import draw_footer, draw_mark, draw_running_head
from kesu_desktop.returns.pdf.styles import (
    CAPTION,
    CELL_BOLD,
    CELL_BOLD_CENTRE,
    CELL_BOLD_RIGHT,
    DETAIL,
    DETAIL_CENTRE,
    DETAIL_RIGHT,
    LINE_CENTRE,
    LINE_LEFT,
    LINE_RIGHT,
    TITLE,
    WIDTH,
)
from kesu_desktop.returns.pdf.text import TextBlock, TextStyle, printable

# --- the PDF -------------------------------------------------------------------------------------------------

_PDF_WIDTHS = (26.0, 120.0, 60.0, 48.0, 102.0, 88.0)
"""The fixed columns, in points; the reason and the file share the rest of the page's width."""
_PDF_STYLES = (DETAIL_CENTRE, DETAIL, DETAIL_CENTRE, DETAIL_CENTRE, DETAIL_CENTRE, DETAIL, DETAIL, DETAIL)


class _Printed:
    """Builds the flowables of one receipt list and draws its page furniture."""

    def __init__(self, receipt: Receipt, fonts: FontChain) -> None:
        self.receipt = receipt
        self.fonts = fonts
        self.mark = f"【{receipt.undone}】" if receipt.undone else ""
        for text in (receipt.import_id, receipt.received, receipt.continued, receipt.office, self.mark):
            fonts.check(printable(text), field="form", label=receipt.title)

    def text(self, text: str, style: TextStyle, *, label: str = "") -> TextBlock:
        return TextBlock(text, style, self.fonts, field="form", label=label or self.receipt.title)

    def grid(self, rows: Sequence[Sequence[Flowable]], widths: Sequence[float]) -> Table:
        table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
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
        return table

    def story(self) -> list[Flowable]:
        receipt = self.receipt
        story: list[Flowable] = [self.text(receipt.title, TITLE), self.text(receipt.office, LINE_CENTRE)]
        story += [Spacer(1, 6), self.facts()]
        if self.mark:
            story += [Spacer(1, 4), self.text(self.mark, CAPTION)]
        story += [Spacer(1, 8), self.files(), Spacer(1, 12), KeepTogether(self.counts())]
        return story

    def facts(self) -> Table:
        receipt = self.receipt
        cells = [
            self.text(receipt.received, LINE_LEFT),
            self.text(receipt.imported_by, LINE_CENTRE),
            self.text(receipt.import_id, LINE_RIGHT),
        ]
        table = Table([cells], colWidths=[WIDTH * 0.3, WIDTH * 0.3, WIDTH * 0.4], hAlign="LEFT")
        padding = [(name, (0, 0), (-1, -1), 0) for name in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING")]
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.body.name), *padding])
        return table

    def files(self) -> Table:
        receipt = self.receipt
        share = (WIDTH - sum(_PDF_WIDTHS)) / 2
        rows: list[list[Flowable]] = [[self.text(heading, CELL_BOLD_CENTRE) for heading in receipt.headings]]
        for row in receipt.rows:
            cells = zip(row, _PDF_STYLES, receipt.headings, strict=True)
            rows.append([self.text(text, style, label=label) for text, style, label in cells])
        return self.grid(rows, [*_PDF_WIDTHS, share, share])

    def counts(self) -> list[Flowable]:
        receipt = self.receipt
        rows = [[self.text(label, DETAIL), self.text(str(count), DETAIL_RIGHT)] for label, count in receipt.counts]
        total = sum(count for _label, count in receipt.counts)
        rows.append([self.text(receipt.total, CELL_BOLD), self.text(str(total), CELL_BOLD_RIGHT)])
        heading = [self.text(receipt.by_status, CELL_BOLD_CENTRE), self.text("", DETAIL)]
        table = self.grid([heading, *rows], [200.0, 60.0])
        table.setStyle([("SPAN", (0, 0), (1, 0))])
        return [table]

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """The footer of every page (import, 第 X 页 共 Y 页, time received), from page two a running head, and
        the mark of an undone import in the top margin of every page."""
        receipt = self.receipt
        draw_footer(
            canvas, self.fonts, receipt.import_id, receipt.page.format(page=number, pages=total), receipt.received
        )
        if number > 1:
            draw_running_head(canvas, self.fonts, SEPARATOR.join((receipt.continued, receipt.office)))
        if self.mark:
            draw_mark(canvas, self.fonts, self.mark, centred=False)


def _render_pdf(receipt: Receipt, actor: str, fonts: FontChain) -> bytes:
    printed = _Printed(receipt, fonts)
    story = printed.story()
    return build_pdf(story, fonts, printed.decorate, title=receipt.document, author=actor, subject=receipt.import_id)


def write_receipt_pdf(
    path: Path,
    record: ImportRecord,
    reference: ReferenceData,
    translator: Translator,
    *,
    fonts: FontChain | None = None,
) -> Path:
    """Write the receipt list of ``record`` to ``path`` as a PDF (A4 landscape), atomically: a failure leaves no
    file under ``path`` and a previous one untouched. ``fonts`` defaults to this PC's
    (:func:`~kesu_desktop.returns.pdf.fonts.discover_fonts`); a character no font has raises
    :class:`~kesu_desktop.base.errors.MissingGlyphError` before anything is drawn."""
    receipt = receipt_of(record, reference, translator)
    data = _render_pdf(receipt, record.actor, fonts or discover_fonts())
    return write_atomically(Path(path), bytes_writer(data), check_pdf)
