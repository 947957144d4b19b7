"""A county report as a PDF to print, sign and stamp, in the conventions of the township return's
(:mod:`kesu_desktop.returns.pdf.document`): A4 landscape, the centred title with the 表号 corner, the line
填报单位（盖章）/所属期/计量单位, numbered tables (栏目 and 代码 headed 甲 and 乙, figure columns 1, 2, 3 … under
two-level headings repeated on every page, the 合计 row bold, 其中 rows indented), the charts drawn from their
numbers (:mod:`.charts`), the county's own text or ruled lines to write on, and on the last sheet the sign-off
and the 说明. Each sheet of the report starts a new page; every page carries 第 X 页 共 Y 页 and the
fingerprints of the signed payload and of the key, from page two a running head, and a demo report its mark.
Nothing is computed here: every figure is the report's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from kesu_desktop.base.safe_write import bytes_writer, write_atomically
from kesu_desktop.county.reports.charts import chart_drawing
from kesu_desktop.county.reports.document import Report, ReportCell, ReportChart, ReportRow, ReportTable, ReportText
from kesu_desktop.county.reports.signed import decimal_places
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.pdf.document import build_pdf, check_pdf
from kesu_desktop.returns.pdf.fonts import FontChain, discover_fonts
from kesu_desktop.returns.pdf.furniture import draw_footer, draw_mark, draw_running_head
from kesu_desktop.returns.pdf.grid import ruled_grid
from kesu_desktop.returns.pdf.sign_off import SignOff
from kesu_desktop.returns.pdf.styles import (
    CAPTION,
    CELL,
    CELL_BOLD,
    CELL_BOLD_CENTRE,
    CELL_BOLD_RIGHT,
    CELL_CENTRE,
    CELL_RIGHT,
    LINE_CENTRE,
    LINE_LEFT,
    LINE_RIGHT,
    SMALL,
    TITLE,
    WIDTH,
)
from kesu_desktop.returns.pdf.text import TextBlock, TextStyle, printable

BLANK_LINES = 6
"""Ruled lines left to write on where the county has given no text."""
_TABLE_START = 130.0
"""The room a table needs below its caption to start on a page (its headings and a few rows); with less, it
starts on the next page, where it may then run on over several pages, its headings repeated."""
_PART_INDENT = "\u3000"  # an "of which" (其中) row's label, indented one character
_Spans = list[tuple[tuple[int, int], tuple[int, int]]]


def figure_text(cell: ReportCell) -> str:
    """A table cell as printed: whole numbers in plain digits, decimals with their places, text as it is."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return f"{cell:.{decimal_places(cell)}f}"
    return str(cell)


class _Printed:
    """The flowables of one report and its page furniture."""

    def __init__(self, report: Report, manifest: SignedManifest, fonts: FontChain) -> None:
        self.report = report
        self.fonts = fonts
        self.fingerprint = manifest.fingerprint
        self.footer_left = f"{report.form_number}　{report.period_label}"  # short: the page number sits mid-line
        self.footer_right = f"指纹：{manifest.fingerprint}　密钥：{manifest.key_fingerprint}"
        self.running_head = f"{report.title}（续）　填报单位：{report.office}　所属期：{report.period_label}"
        for text in (self.footer_left, self.running_head):
            fonts.check(printable(text), field="form", label=report.title)

    def text(self, text: str, style: TextStyle) -> TextBlock:
        return TextBlock(text, style, self.fonts, field="form", label=self.report.title)

    def plain(self, rows: Sequence[Sequence[object]], widths: Sequence[float], *, bottom: float = 0) -> Table:
        table = Table([list(row) for row in rows], colWidths=list(widths), hAlign="LEFT")
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.body.name),  # else reportlab adds Helvetica, unembedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ]
        )
        return table

    def grid(self, rows: Sequence[Sequence[object]], widths: Sequence[float], header_rows: int, spans: _Spans) -> Table:
        return ruled_grid(rows, widths, self.fonts, header_rows=header_rows, spans=spans)

    # --- the report ----------------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = self.title_block()
        for index, sheet in enumerate(self.report.sheets):
            if index:
                story.append(PageBreak())
            for section in sheet.sections:
                story.append(Spacer(1, 10))
                if isinstance(section, ReportTable):
                    story += self.table(section)
                elif isinstance(section, ReportChart):
                    story.append(KeepTogether(self.chart(section)))
                else:
                    story.append(KeepTogether(self.passage(section)))
        sign_off = SignOff(self.fonts, "", self.report.made_on)
        return [*story, Spacer(1, 14), KeepTogether([sign_off]), Spacer(1, 8), KeepTogether(self.notes())]

    def title_block(self) -> list[Flowable]:
        report = self.report
        corner = [
            self.text(f"表　　号：{report.form_number}", SMALL),
            self.text(f"制定机关：{report.authority}", SMALL),
        ]
        side = WIDTH * 0.24
        title: list[Flowable] = [Spacer(1, 8), self.text(report.title, TITLE)]
        top = self.plain([[Spacer(1, 1), title, corner]], [side, WIDTH - 2 * side, side])
        line = self.plain(
            [
                [
                    self.text(f"填报单位（盖章）：{report.office}", LINE_LEFT),
                    self.text(f"所属期：{report.period_label}", LINE_CENTRE),
                    self.text("计量单位：见各表", LINE_RIGHT),
                ]
            ],
            [WIDTH * 0.4, WIDTH * 0.2, WIDTH * 0.4],
        )
        return [top, Spacer(1, 6), line]

    def caption(self, left: str, right: str) -> Table:
        table = self.plain(
            [[self.text(left, CAPTION), self.text(right, LINE_RIGHT)]], [WIDTH * 0.7, WIDTH * 0.3], bottom=3
        )
        return table

    def table(self, table: ReportTable) -> list[Flowable]:
        count = len(table.columns)
        code_width = 34.0
        number_width = min(90.0, (WIDTH - 150 - code_width) / max(count, 1))
        widths = [WIDTH - code_width - count * number_width, code_width] + [number_width] * count
        heading = table.label_heading or "栏目"
        rows: list[Sequence[Flowable]] = []
        spans: _Spans = []
        if table.groups:
            top: list[Flowable] = [self.text(heading, CELL_CENTRE), self.text("代码", CELL_CENTRE)]
            second: list[Flowable] = [self.text("", CELL), self.text("", CELL)]
            spans += [((0, 0), (0, 1)), ((1, 0), (1, 1))]
            column = 2
            for name, width in table.groups:
                top += [self.text(name, CELL_CENTRE)] + [self.text("", CELL) for _ in range(width - 1)]
                second += [self.text(name, CELL_CENTRE) for name in table.columns[column - 2 : column - 2 + width]]
                spans.append(((column, 0), (column + width - 1, 0)))
                column += width
            for index in range(column, count + 2):
                top.append(self.text(table.columns[index - 2], CELL_CENTRE))
                second.append(self.text("", CELL))
                spans.append(((index, 0), (index, 1)))
            rows += [top, second]
        else:
            rows.append(
                [self.text(heading, CELL_CENTRE), self.text("代码", CELL_CENTRE)]
                + [self.text(name, CELL_CENTRE) for name in table.columns]
            )
        rows.append(
            [self.text("甲", CELL_CENTRE), self.text("乙", CELL_CENTRE)]
            + [self.text(str(number), CELL_CENTRE) for number in table.column_numbers()]
        )
        header_rows = len(rows)
        rows += [self.row(row) for row in table.rows]
        grid = self.grid(rows, widths, header_rows, spans)
        caption = self.caption(f"{table.number}　{table.title}", f"计量单位：{table.measure}")
        return [CondPageBreak(_TABLE_START), caption, grid]

    def row(self, row: ReportRow) -> list[Flowable]:
        label, code, figure = (
            (CELL_BOLD, CELL_BOLD_CENTRE, CELL_BOLD_RIGHT) if row.is_total else (CELL, CELL_CENTRE, CELL_RIGHT)
        )
        shown = f"{_PART_INDENT}{row.label}" if row.is_part else row.label
        cells: list[Flowable] = [self.text(shown, label), self.text(row.code, code)]
        return cells + [
            self.text(figure_text(cell), figure if not isinstance(cell, str) else CELL_CENTRE) for cell in row.cells
        ]

    def chart(self, chart: ReportChart) -> list[Flowable]:
        caption = self.caption(f"{chart.number}　{chart.title}", f"计量单位：{chart.measure}")
        return [caption, chart_drawing(chart, self.fonts, WIDTH * 0.8)]

    def passage(self, text: ReportText) -> list[Flowable]:
        heading = self.text(text.heading, CAPTION)
        if text.text:
            return [heading, Spacer(1, 3), self.text(text.text, LINE_LEFT)]
        lines = Table([[""] for _ in range(BLANK_LINES)], colWidths=[WIDTH], rowHeights=[24.0] * BLANK_LINES)
        lines.setStyle(
            [("FONTNAME", (0, 0), (-1, -1), self.fonts.body.name), ("LINEBELOW", (0, 0), (-1, -1), 0.5, black)]
        )
        return [heading, lines]

    def notes(self) -> list[Flowable]:
        notes = [
            *self.report.notes,
            "本表由科素填报生成；页脚的指纹与同时报出的电子报表一致，可据此核对纸质件与电子件。",
        ]
        rows = [[self.text(f"{number}．", SMALL), self.text(note, SMALL)] for number, note in enumerate(notes, start=1)]
        return [self.text("说明：", CAPTION), self.plain(rows, [18, WIDTH - 18], bottom=1)]

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """The footer of every page (the report, 第 X 页 共 Y 页, the fingerprints), from page two a running head
        with the form number, and the demo mark."""
        draw_footer(canvas, self.fonts, self.footer_left, f"第 {number} 页 共 {total} 页", self.footer_right)
        if self.report.is_demo:
            draw_mark(canvas, self.fonts, "【演示数据　不是正式报表】", centred=True)
        if number > 1:
            draw_running_head(canvas, self.fonts, self.running_head, f"表号：{self.report.form_number}")


def render_report_pdf(report: Report, manifest: SignedManifest, *, fonts: FontChain | None = None) -> bytes:
    """The printable report as the bytes of a PDF; ``fonts`` defaults to this PC's (:func:`discover_fonts`).
    Raises :class:`~kesu_desktop.base.errors.MissingGlyphError` before drawing when a text holds a character no
    font has."""
    chain = fonts or discover_fonts()
    printed = _Printed(report, manifest, chain)
    return build_pdf(
        printed.story(),
        chain,
        printed.decorate,
        title=f"{report.title}（{report.period_label}）",
        author=report.office,
        subject=f"指纹 {manifest.fingerprint}",
        keywords=[manifest.fingerprint, report.kind, report.scope],
    )


def write_report_pdf(path: Path, report: Report, manifest: SignedManifest, *, fonts: FontChain | None = None) -> Path:
    """Write the printable report to ``path`` atomically: a failure leaves no file and any previous one
    untouched (:class:`~kesu_desktop.base.safe_write.WriteError` says why)."""
    data = render_report_pdf(report, manifest, fonts=fonts)
    return write_atomically(Path(path), bytes_writer(data), check_pdf)
