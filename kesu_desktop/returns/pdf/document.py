"""The monthly return as a PDF to print, sign and stamp: the same :class:`ReturnForm` as the workbook, laid out
as a Chinese statistical form on A4 landscape.

Page one carries the centred title, the top-right block (表号, 制定机关, 有效期至), the line 填报单位（盖章）/
所属期/计量单位 and the header block; then the numbered tables (栏目 and 代码 columns headed 甲 and 乙, numeric
columns numbered 1, 2, 3 … under two-level headings, the 合计 row bold), the sign-off block and the 说明. The
registers (台账) of every activity and training follow as attachments. Table headings repeat on every page;
each page is numbered 第 X 页 共 Y 页 and carries the return id and the fingerprint of the signed manifest, so
a printout can be matched to its file.

Every figure is printed with :func:`kesu_desktop.returns.form.cell_text`; nothing is computed here. The text of
the form is always Chinese (the file is the county's); every string is checked against the fonts before the
first page is drawn (:class:`kesu_desktop.base.errors.MissingGlyphError`), and the file is written through
:func:`kesu_desktop.base.safe_write.write_atomically`.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table

from kesu_desktop import __version__
from kesu_desktop.base.safe_write import WriteError, bytes_writer, write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records import fields
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.form import Cell, FormRow, FormTable, ReturnForm, cell_text
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.pdf.fonts import FontChain, discover_fonts
from kesu_desktop.returns.pdf.furniture import draw_footer, draw_mark, draw_running_head
from kesu_desktop.returns.pdf.grid import ruled_grid
from kesu_desktop.returns.pdf.registers import activity_register, training_register
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
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    SMALL,
    TITLE,
    WIDTH,
)
from kesu_desktop.returns.pdf.text import NumberedCanvas, TextBlock, TextStyle, printable


class PdfCheckError(WriteError):
    """The PDF read back from the drive is not a complete PDF."""

    def __init__(self, file: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{file} was written incompletely; nothing was saved under its name."),
            file=file,
        )


def render_return_pdf(
    form: ReturnForm,
    manifest: SignedManifest,
    *,
    reference: ReferenceData,
    fonts: FontChain | None = None,
    preview: bool = False,
) -> bytes:
    """The printable return as the bytes of a PDF. ``reference`` names the codes in the registers; ``fonts``
    defaults to this PC's (:func:`discover_fonts`); a ``preview`` is marked as such on every page. Raises
    :class:`MissingGlyphError` before drawing anything when a text holds a character no font has."""
    fonts = fonts or discover_fonts()
    composer = _Composer(form, manifest, reference, fonts, preview=preview)
    story = composer.story()
    return build_pdf(
        story,
        fonts,
        composer.decorate,
        title=composer.document_title,
        author=form.header.unit_name,
        subject=composer.document_subject,
        keywords=[composer.fingerprint, composer.return_id],
    )


def build_pdf(
    story: list[Flowable],
    fonts: FontChain,
    decorate: Callable[[Canvas, int, int], None],
    *,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str] = (),
) -> bytes:
    """The bytes of a PDF of ``story`` on KeSu's page (size, margins, one frame the tables span), each page
    numbered and ``decorate``-d (footer, running head, marks) by :class:`NumberedCanvas`."""
    fonts.body.register()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        keywords=list(keywords),
        creator=f"KeSu Desktop {__version__}",
        initialFontName=fonts.body.name,
    )
    height = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, height, 0, 0, 0, 0, id="body")  # no padding: tables span WIDTH
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=functools.partial(NumberedCanvas, decorate=decorate))
    return buffer.getvalue()


def write_return_pdf(
    path: Path,
    form: ReturnForm,
    manifest: SignedManifest,
    *,
    reference: ReferenceData,
    fonts: FontChain | None = None,
) -> Path:
    """Write the printable return to ``path`` (atomically: a failure leaves no file and any previous one
    untouched); :class:`kesu_desktop.base.safe_write.WriteError` when the file cannot be written."""
    data = render_return_pdf(form, manifest, reference=reference, fonts=fonts)
    return write_atomically(path, bytes_writer(data), check_pdf)


def check_pdf(path: Path) -> None:
    with open(path, "rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, path.stat().st_size - 64))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise PdfCheckError(path.name)


def _date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _Composer:
    """Builds the flowables of one return and draws its page furniture."""

    def __init__(
        self,
        form: ReturnForm,
        manifest: SignedManifest,
        reference: ReferenceData,
        fonts: FontChain,
        *,
        preview: bool = False,
    ):
        self.form = form
        self.header = form.header
        self.reference = reference
        self.fonts = fonts
        self.tr = Translator(form.language)
        self.return_id = str(manifest.payload["return_id"])
        self.fingerprint = manifest.fingerprint
        language = form.language
        self.form_names = {item.code: item.name(language) for item in reference.activity_forms}
        self.group_names = {item.code: item.name(language) for item in reference.target_groups}
        self.campaign_names = {item.code: item.name(language) for item in reference.campaigns}
        self.kind_names = {item.code: item.name(language) for item in reference.training_kinds}
        header = self.header
        self.document_title = f"{form.title}（{header.unit_name} {header.period_label}）"
        self.document_subject = f"报表编号 {self.return_id} 指纹 {self.fingerprint}"
        self.footer_left = f"报表编号：{self.return_id}　{form.version_label}"
        self.footer_right = f"指纹：{self.fingerprint}　密钥：{manifest.key_fingerprint}"
        marks = (["演示数据　不是正式报表"] if form.is_demo else []) + (["预览　未报出"] if preview else [])
        self.watermark = "　".join(marks)
        self.running_head = f"{form.title}（续）　填报单位：{header.unit_name}　所属期：{header.period_label}"
        for text, field, label in (
            (self.footer_left, "form", "报表"),
            (self.running_head, "unit_name", "填报单位"),
        ):
            fonts.check(printable(text), field=field, label=label)

    # --- building blocks -------------------------------------------------------------------------------------

    def text(self, text: str, style: TextStyle, *, field: str = "form", label: str = "报表") -> TextBlock:
        return TextBlock(text, style, self.fonts, field=field, label=label)

    def field_label(self, record_type: str, field: str) -> str:
        return self.tr.translate("Fields", fields.label(record_type, field))

    def grid(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        header_rows: int,
        spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    ) -> Table:
        return ruled_grid(rows, widths, self.fonts, header_rows=header_rows, spans=spans)

    def plain(self, rows: Sequence[Sequence[object]], widths: Sequence[float], **style: float) -> Table:
        """A table without lines, for laying out text side by side."""
        table = Table([list(row) for row in rows], colWidths=list(widths), hAlign="LEFT")
        padding = style.get("padding", 0)
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.body.name),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), style.get("bottom", 0)),
            ]
        )
        return table

    # --- the form ------------------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [*self.title_block(), Spacer(1, 4), self.header_block()]
        if self.form.is_correction:
            story += [Spacer(1, 6), *self.corrections()]
        for table in self.form.tables:
            story += [Spacer(1, 10), KeepTogether(self.summary_table(table))]
        story += [Spacer(1, 14), KeepTogether([self.sign_off()]), Spacer(1, 8), KeepTogether(self.notes())]
        story += [PageBreak(), *activity_register(self), Spacer(1, 14), *training_register(self)]
        return story

    def title_block(self) -> list[Flowable]:
        form = self.form
        corner_lines = [f"表　　号：{form.form_number}", f"制定机关：{form.authority}"]
        if form.valid_until:
            corner_lines.append(f"有效期至：{form.valid_until}")
        corner = [self.text(line, SMALL) for line in corner_lines]
        side = WIDTH * 0.24
        title_cell: list[Flowable] = [Spacer(1, 8), self.text(form.title, TITLE)]
        if form.is_correction:
            title_cell.append(self.text(form.version_label, LINE_CENTRE))
        top = self.plain([[Spacer(1, 1), title_cell, corner]], [side, WIDTH - 2 * side, side])
        header = self.header
        line = self.plain(
            [
                [
                    self.text(f"填报单位（盖章）：{header.unit_name}", LINE_LEFT, field="unit_name", label="填报单位"),
                    self.text(f"所属期：{header.period_label}", LINE_CENTRE),
                    self.text("计量单位：见各表", LINE_RIGHT),
                ]
            ],
            [WIDTH * 0.4, WIDTH * 0.2, WIDTH * 0.4],
        )
        return [top, Spacer(1, 6), line]

    def header_block(self) -> Table:
        header = self.header
        pairs = [
            ("填报单位", f"{header.unit_name}（{header.unit_code}）", "unit_name"),
            ("所属期", header.period_label, "period"),
            ("填报日期", _date(header.filled_on), "filled_on"),
            ("报表版次", self.form.version_label, "version"),
            ("填报人", header.clerk, "clerk"),
            ("联系电话", header.phone, "phone"),
            ("审核人", header.reviewer, "reviewer"),
            ("单位负责人", header.responsible, "responsible"),
        ]
        cells: list[Flowable] = []
        for label, value, field in pairs:
            cells += [self.text(label, CELL_CENTRE), self.text(value, CELL, field=field, label=label)]
        rows = [cells[:8], cells[8:]]
        label_width = 62.0
        value_width = (WIDTH - 4 * label_width) / 4
        table = self.grid(rows, [label_width, value_width] * 4, header_rows=0)
        table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
        return table

    def corrections(self) -> list[Flowable]:
        lines: list[Flowable] = [
            self.text(f"更正说明（与第{self.form.version - 1}版相比）：", CAPTION),
            self.text(f"更正原因：{self.form.correction_reason}", SMALL, field="reopen_reason", label="更正原因"),
        ]
        lines += [self.text(f"{number}．{line}", SMALL) for number, line in enumerate(self.form.corrections, 1)]
        return lines

    def caption(self, left: str, right: str) -> Table:
        table = self.plain(
            [[self.text(left, CAPTION), self.text(right, LINE_RIGHT)]], [WIDTH * 0.75, WIDTH * 0.25], bottom=3
        )
        table.keepWithNext = True
        return table

    def summary_table(self, table: FormTable) -> list[Flowable]:
        count = len(table.columns)
        code_width = 34.0
        number_width = min(100.0, (WIDTH - 150 - code_width) / count)
        label_width = WIDTH - code_width - count * number_width
        widths = [label_width, code_width] + [number_width] * count
        heading = table.label_heading or "栏目"
        rows: list[Sequence[Flowable]] = []
        spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
        if table.groups:
            top: list[Flowable] = [self.text(heading, CELL_CENTRE), self.text("代码", CELL_CENTRE)]
            column = 2
            for name, width in table.groups:
                top += [self.text(name, CELL_CENTRE)] + [self.text("", CELL) for _ in range(width - 1)]
                spans.append(((column, 0), (column + width - 1, 0)))
                column += width
            second: list[Flowable] = [self.text("", CELL), self.text("", CELL)]
            second += [self.text(name, CELL_CENTRE) for name in table.columns]
            rows += [top, second]
            spans += [((0, 0), (0, 1)), ((1, 0), (1, 1))]
        else:
            rows.append(
                [self.text(heading, CELL_CENTRE), self.text("代码", CELL_CENTRE)]
                + [self.text(name, CELL_CENTRE) for name in table.columns]
            )
        rows.append(
            [self.text("甲", CELL_CENTRE), self.text("乙", CELL_CENTRE)]
            + [self.text(str(number), CELL_CENTRE) for number in table.column_numbers()]
        )
        rows += [self.summary_row(row) for row in table.rows]
        grid = self.grid(rows, widths, header_rows=len(rows) - len(table.rows), spans=spans)
        caption = self.caption(f"{table.number}　{table.title}", f"计量单位：{table.measure}")
        return [caption, grid]

    def summary_row(self, row: FormRow) -> list[Flowable]:
        label, code, figure = (
            (CELL_BOLD, CELL_BOLD_CENTRE, CELL_BOLD_RIGHT) if row.is_total else (CELL, CELL_CENTRE, CELL_RIGHT)
        )
        cells: list[Flowable] = [self.text(row.label, label), self.text(row.code, code)]
        return cells + [self.text(self.figure(cell), figure) for cell in row.cells]

    def figure(self, cell: Cell) -> str:
        return cell_text(cell, self.tr)

    def sign_off(self) -> Flowable:
        return SignOff(self.fonts, self.header.phone, self.header.filled_on)

    def notes(self) -> list[Flowable]:
        notes = [
            *self.form.notes,
            "本表由科素填报生成；页脚的报表编号和指纹与同时报送的电子报表一致，可据此核对纸质件与电子件。",
        ]
        rows = [[self.text(f"{number}．", SMALL), self.text(note, SMALL)] for number, note in enumerate(notes, start=1)]
        return [self.text("说明：", CAPTION), self.plain(rows, [18, WIDTH - 18], bottom=1)]

    # --- the registers -------------------------------------------------------------------------------------

    # --- page furniture ------------------------------------------------------------------------------------

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """The footer of every page (return id, 第 X 页 共 Y 页, fingerprint), from page two a running head with
        the form number, and the demo or preview mark."""
        draw_footer(canvas, self.fonts, self.footer_left, f"第 {number} 页 共 {total} 页", self.footer_right)
        if self.watermark:
            draw_mark(canvas, self.fonts, f"【{self.watermark}】", centred=True)
        if number > 1:
            draw_running_head(canvas, self.fonts, self.running_head, f"表号：{self.form.form_number}")
