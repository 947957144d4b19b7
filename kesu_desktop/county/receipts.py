"""The receipt list (收件登记) of one county import, to print, sign and file: which files came in when, who
imported them, what each came to and why a file was refused, as an Excel workbook and as a PDF.

Both are made like the returns: the same cell styles and page setup (:mod:`kesu_desktop.returns.workbook.style`),
the same fonts, text blocks and 第 X 页 共 Y 页 (:mod:`kesu_desktop.returns.pdf`), A4 landscape. The text is in
the translator's language (context ``Receipts``; the statuses are the inbox's own words). Both files are written
through :func:`kesu_desktop.base.safe_write.write_atomically`: the workbook is read back and its rows compared,
the PDF checked complete, before either takes its final name, so a failed write leaves no file under it.
"""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table

from kesu_desktop import __version__
from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.safe_write import WriteError, bytes_writer, write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.types import STATUS_LABELS, STATUSES, FileResult, ImportRecord
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.pdf.document import check_pdf
from kesu_desktop.returns.pdf.fonts import FontChain, discover_fonts
from kesu_desktop.returns.pdf.styles import (
    CAPTION,
    CELL_BOLD,
    CELL_BOLD_CENTRE,
    CELL_BOLD_RIGHT,
    DETAIL,
    DETAIL_CENTRE,
    DETAIL_RIGHT,
    FOOTER_SIZE,
    LINE_CENTRE,
    LINE_LEFT,
    LINE_RIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    TITLE,
    WIDTH,
)
from kesu_desktop.returns.pdf.text import NumberedCanvas, TextBlock, TextStyle, draw_runs, printable
from kesu_desktop.returns.workbook.style import (
    BODY_FONT,
    BOLD_FONT,
    CAPTION_FONT,
    CENTRE,
    COUNT_FORMAT,
    FIGURE,
    LEFT,
    LINE_HEIGHT,
    NUMBER,
    TEXT_FORMAT,
    TITLE_FONT,
    box,
    cell_at,
    display_width,
    lines_needed,
    mark_every_page,
    merge,
    print_setup,
    put_text,
    set_widths,
)
from kesu_desktop.spreadsheet.cells import clean_text

CONTEXT = "Receipts"
TITLE_TEXT = QT_TRANSLATE_NOOP("Receipts", "Receipt list")
HEADINGS = (
    QT_TRANSLATE_NOOP("Receipts", "No."),
    QT_TRANSLATE_NOOP("Receipts", "Unit"),
    QT_TRANSLATE_NOOP("Receipts", "Period"),
    QT_TRANSLATE_NOOP("Receipts", "Version"),
    QT_TRANSLATE_NOOP("Receipts", "Fingerprint"),
    QT_TRANSLATE_NOOP("Receipts", "Status"),
    QT_TRANSLATE_NOOP("Receipts", "Reason"),
    QT_TRANSLATE_NOOP("Receipts", "File"),
)
"""The table's columns (English sources, context ``Receipts``), one row per file considered."""
RECEIVED = QT_TRANSLATE_NOOP("Receipts", "Received: {time}")
IMPORTED_BY = QT_TRANSLATE_NOOP("Receipts", "Imported by: {actor}")
IMPORT_ID = QT_TRANSLATE_NOOP("Receipts", "Import: {import_id}")
UNDONE = QT_TRANSLATE_NOOP("Receipts", "Undone on {time} by {actor}")
UNIT = QT_TRANSLATE_NOOP("Receipts", "{name} ({code})")
VERSION = QT_TRANSLATE_NOOP("Receipts", "Version {version}")
MOMENT = QT_TRANSLATE_NOOP("Receipts", "{year}-{month:02}-{day:02} {hour:02}:{minute:02}")
BY_STATUS = QT_TRANSLATE_NOOP("Receipts", "Files by status")
TOTAL = QT_TRANSLATE_NOOP("Receipts", "Total")
PAGE = QT_TRANSLATE_NOOP("Receipts", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("Receipts", "{title} (continued)")
DOCUMENT = QT_TRANSLATE_NOOP("Receipts", "{title} ({office})")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} was not written: reading it back did not give the same receipt list. "
    "The previous file, if any, is unchanged.",
)
UNKNOWN = "—"
"""What a cell shows for what could not be read from the file (a file with no unit, say)."""
SEPARATOR = "\u3000\u3000"


# --- what the receipt list says ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Receipt:
    """The receipt list's text in the translator's language; both files are laid out from it."""

    title: str
    office: str
    received: str
    imported_by: str
    import_id: str
    undone: str | None
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    counts: tuple[tuple[str, int], ...]
    by_status: str
    total: str
    page: str
    continued: str
    document: str
    """The title of the file, in its properties."""


def _say(translator: Translator, template: str, **values: object) -> str:
    return translator.format(CONTEXT, template, values)


def _moment(translator: Translator, at: datetime) -> str:
    return _say(translator, MOMENT, year=at.year, month=at.month, day=at.day, hour=at.hour, minute=at.minute)


def _office(reference: ReferenceData) -> str:
    return next((unit.name for unit in reference.units if unit.kind == "county_office"), "")


def _unit(result: FileResult, translator: Translator) -> str:
    if result.unit_name and result.unit_code:
        return _say(translator, UNIT, name=result.unit_name, code=result.unit_code)
    return result.unit_name or result.unit_code or UNKNOWN


def _period(code: str | None, language: str) -> str:
    if not code:
        return UNKNOWN
    try:
        return parse_period(code).label(language)
    except ValidationError:  # a refused file may name a period that is none: shown as the file has it
        return code


def _row(number: int, result: FileResult, translator: Translator) -> tuple[str, ...]:
    return (
        str(number),
        _unit(result, translator),
        _period(result.period, translator.language),
        UNKNOWN if result.version is None else _say(translator, VERSION, version=result.version),
        result.fingerprint or UNKNOWN,
        translator.translate("Inbox", STATUS_LABELS.get(result.status, result.status)),
        translator.render(result.reason) if result.reason else "",
        result.file,
    )


def _undone(record: ImportRecord, translator: Translator) -> str | None:
    if record.undone_at is None:
        return None
    return _say(translator, UNDONE, time=_moment(translator, record.undone_at), actor=record.undone_by or UNKNOWN)


def _receipt(record: ImportRecord, reference: ReferenceData, translator: Translator) -> _Receipt:
    title = translator.translate(CONTEXT, TITLE_TEXT)
    office = _office(reference)
    return _Receipt(
        title=title,
        office=office,
        received=_say(translator, RECEIVED, time=_moment(translator, record.started_at)),
        imported_by=_say(translator, IMPORTED_BY, actor=record.actor),
        import_id=_say(translator, IMPORT_ID, import_id=record.import_id),
        undone=_undone(record, translator),
        headings=tuple(translator.translate(CONTEXT, heading) for heading in HEADINGS),
        rows=tuple(_row(number, result, translator) for number, result in enumerate(record.results, start=1)),
        counts=tuple(
            (translator.translate("Inbox", STATUS_LABELS[status]), record.count(status))
            for status in STATUSES
            if record.count(status)
        ),
        by_status=translator.translate(CONTEXT, BY_STATUS),
        total=translator.translate(CONTEXT, TOTAL),
        page=translator.translate(CONTEXT, PAGE),
        continued=_say(translator, CONTINUED, title=title),
        document=_say(translator, DOCUMENT, title=title, office=office),
    )


# --- the workbook --------------------------------------------------------------------------------------------

_COLUMNS = len(HEADINGS)
_MAX_WIDTHS = (6.0, 30.0, 14.0, 9.0, 21.0, 18.0, 40.0, 40.0)
"""Widest each column grows before its text wraps; the list prints fitted to the width of an A4 landscape page."""
_ALIGNMENTS = (FIGURE, LEFT, CENTRE, CENTRE, CENTRE, LEFT, LEFT, LEFT)
_HEADING_FILL = PatternFill("solid", fgColor="F2F2F2")
_MARK_FONT = Font(name=BOLD_FONT.name, size=12, bold=True, color="C00000")


def _shown(text: str) -> str | None:
    """What a cell holds once ``text`` is written with :func:`put_text` (composed: spacing kept)."""
    return clean_text(text, multiline=True) or None


def _heading_row(receipt: _Receipt) -> int:
    return 4 if receipt.undone is None else 5


def _expected_rows(receipt: _Receipt) -> list[list[object]]:
    """The table as the workbook holds it: the number as a number, every other cell as its text."""
    return [[number, *(_shown(text) for text in row[1:])] for number, row in enumerate(receipt.rows, start=1)]


def _line(sheet: Worksheet, row: int, text: str, font: Font, alignment: Alignment) -> None:
    cell = merge(sheet, row, 1, _COLUMNS)
    put_text(cell, text, composed=True)
    cell.font, cell.alignment = font, alignment


def _title_block(sheet: Worksheet, receipt: _Receipt, width: float) -> None:
    """Title, office, the facts of the import (on as many lines as they need across ``width``), the undone mark."""
    _line(sheet, 1, receipt.title, TITLE_FONT, CENTRE)
    sheet.row_dimensions[1].height = 30
    _line(sheet, 2, receipt.office, CAPTION_FONT, CENTRE)
    sheet.row_dimensions[2].height = 20
    facts = SEPARATOR.join((receipt.received, receipt.imported_by, receipt.import_id))
    _line(sheet, 3, facts, BODY_FONT, LEFT)
    sheet.row_dimensions[3].height = lines_needed(facts, width) * LINE_HEIGHT + 3
    if receipt.undone is not None:
        _line(sheet, 4, receipt.undone, _MARK_FONT, LEFT)
        sheet.row_dimensions[4].height = 20


def _widths(receipt: _Receipt) -> list[float]:
    widths = []
    for column, limit in enumerate(_MAX_WIDTHS):
        texts = [receipt.headings[column], *(row[column] for row in receipt.rows)]
        content = max(display_width(line) for text in texts for line in text.split("\n"))
        widths.append(min(limit, content + 2.0))
    return widths


def _table(sheet: Worksheet, receipt: _Receipt, widths: Sequence[float]) -> int:
    """The heading row and one row per file; the last row written."""
    heading = _heading_row(receipt)
    _table_row(sheet, heading, receipt.headings, widths, bold=True)
    for index, texts in enumerate(receipt.rows, start=1):
        _table_row(sheet, heading + index, texts, widths, bold=False)
        number = cell_at(sheet, heading + index, 1)
        number.value, number.number_format = index, COUNT_FORMAT
    last = heading + len(receipt.rows)
    box(sheet, heading, 1, _COLUMNS, last_row=last)
    return last


def _table_row(sheet: Worksheet, row: int, texts: Sequence[str], widths: Sequence[float], *, bold: bool) -> None:
    for column, text in enumerate(texts, start=1):
        cell = cell_at(sheet, row, column)
        put_text(cell, text, composed=True)
        cell.number_format = TEXT_FORMAT
        cell.font = BOLD_FONT if bold else BODY_FONT
        cell.alignment = CENTRE if bold else _ALIGNMENTS[column - 1]
        if bold:
            cell.fill = _HEADING_FILL
    lines = max(lines_needed(text, width) for text, width in zip(texts, widths, strict=True))
    sheet.row_dimensions[row].height = lines * LINE_HEIGHT + 3


def _counts(sheet: Worksheet, receipt: _Receipt, first: int) -> int:
    """按状态统计 from row ``first``: each status found, how many files, then the total; the last row written."""
    _line(sheet, first, receipt.by_status, BOLD_FONT, LEFT)
    rows = [*receipt.counts, (receipt.total, sum(count for _label, count in receipt.counts))]
    for offset, (label, count) in enumerate(rows, start=1):
        row = first + offset
        font = BOLD_FONT if offset == len(rows) else BODY_FONT
        name = merge(sheet, row, 1, 2)
        put_text(name, label)
        name.font, name.alignment = font, LEFT
        figure = cell_at(sheet, row, 3)
        figure.value = count
        figure.font, figure.alignment = font, NUMBER
        sheet.row_dimensions[row].height = LINE_HEIGHT + 3
    last = first + len(rows)
    box(sheet, first + 1, 1, 3, last_row=last)
    return last


def _page_setup(sheet: Worksheet, receipt: _Receipt, last: int) -> None:
    heading = _heading_row(receipt)
    print_setup(sheet, title_rows=f"{heading}:{heading}")
    footer = sheet.HeaderFooter.oddFooter
    assert footer is not None and footer.center is not None
    footer.center.text = receipt.page.format(page="&P", pages="&N")
    if receipt.undone is not None:
        mark_every_page(sheet, receipt.undone)
    sheet.freeze_panes = f"A{heading + 1}"
    sheet.print_area = f"A1:{get_column_letter(_COLUMNS)}{last}"


def _workbook(receipt: _Receipt) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = receipt.title[:31]
    widths = _widths(receipt)
    set_widths(sheet, widths)
    _title_block(sheet, receipt, sum(widths))
    last = _counts(sheet, receipt, _table(sheet, receipt, widths) + 2)
    _page_setup(sheet, receipt, last)
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "科素填报"
    properties.title = receipt.document
    properties.keywords = receipt.import_id
    return workbook


def _workbook_check(target: Path, receipt: _Receipt) -> Callable[[Path], None]:
    """A check for the workbook written on its way to ``target``: its table must read back as written."""
    heading = _heading_row(receipt)

    def check(written: Path) -> None:
        try:
            workbook = load_workbook(written, read_only=True)
            cells = workbook.worksheets[0].iter_rows(
                min_row=heading + 1, max_row=heading + len(receipt.rows), max_col=_COLUMNS, values_only=True
            )
            shown = [list(row) for row in cells]
            workbook.close()
        except (zipfile.BadZipFile, KeyError, ValueError, IndexError) as error:
            raise WriteError(NOT_WRITTEN, file=target.name) from error
        if shown != _expected_rows(receipt):
            raise WriteError(NOT_WRITTEN, file=target.name)

    return check


def write_receipt_workbook(path: Path, record: ImportRecord, reference: ReferenceData, translator: Translator) -> Path:
    """Write the receipt list of ``record`` to ``path`` as an .xlsx workbook: built, written beside it, read back
    and compared, then moved into place; a :class:`~kesu_desktop.base.safe_write.WriteError` says why when it
    could not be (no file is then left under ``path``, and a previous one is untouched)."""
    target = Path(path)
    receipt = _receipt(record, reference, translator)
    buffer = io.BytesIO()
    _workbook(receipt).save(buffer)
    return write_atomically(target, bytes_writer(buffer.getvalue()), _workbook_check(target, receipt))


# --- the PDF -------------------------------------------------------------------------------------------------

_PDF_WIDTHS = (26.0, 120.0, 60.0, 48.0, 102.0, 88.0)
"""The fixed columns, in points; the reason and the file share the rest of the page's width."""
_PDF_STYLES = (DETAIL_CENTRE, DETAIL, DETAIL_CENTRE, DETAIL_CENTRE, DETAIL_CENTRE, DETAIL, DETAIL, DETAIL)
_MARK_SIZE = 12.0


class _Printed:
    """Builds the flowables of one receipt list and draws its page furniture."""

    def __init__(self, receipt: _Receipt, fonts: FontChain) -> None:
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
        fonts, size, receipt = self.fonts, FOOTER_SIZE, self.receipt
        canvas.saveState()
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(0.5)
        rule = MARGIN_BOTTOM - 6
        canvas.line(MARGIN_X, rule, MARGIN_X + WIDTH, rule)
        baseline = rule - 11
        draw_runs(canvas, fonts, receipt.import_id, MARGIN_X, baseline, size, bold=False)
        page = receipt.page.format(page=number, pages=total)
        draw_runs(canvas, fonts, page, MARGIN_X + (WIDTH - fonts.width(page, 9)) / 2, baseline, 9, bold=False)
        right = MARGIN_X + WIDTH - fonts.width(receipt.received, size)
        draw_runs(canvas, fonts, receipt.received, right, baseline, size, bold=False)
        if number > 1:
            head = SEPARATOR.join((receipt.continued, receipt.office))
            draw_runs(canvas, fonts, head, MARGIN_X, PAGE_SIZE[1] - MARGIN_TOP + 6, size, bold=False)
        if self.mark:
            self.draw_mark(canvas)
        canvas.restoreState()

    def draw_mark(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(0.75, 0.1, 0.1)
        x = MARGIN_X + WIDTH - self.fonts.width(self.mark, _MARK_SIZE)
        top = PAGE_SIZE[1] - MARGIN_TOP / 2 - _MARK_SIZE / 3
        draw_runs(canvas, self.fonts, self.mark, x, top, _MARK_SIZE, bold=True)
        canvas.restoreState()


def _render_pdf(receipt: _Receipt, actor: str, fonts: FontChain) -> bytes:
    printed = _Printed(receipt, fonts)
    story = printed.story()
    fonts.body.register()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=receipt.document,
        author=actor,
        subject=receipt.import_id,
        creator=f"KeSu Desktop {__version__}",
        initialFontName=fonts.body.name,
    )
    height = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, height, 0, 0, 0, 0, id="body")  # no padding: tables span WIDTH
    document.addPageTemplates([PageTemplate(id="receipts", frames=[frame])])
    document.build(story, canvasmaker=functools.partial(NumberedCanvas, decorate=printed.decorate))
    return buffer.getvalue()


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
    receipt = _receipt(record, reference, translator)
    data = _render_pdf(receipt, record.actor, fonts or discover_fonts())
    return write_atomically(Path(path), bytes_writer(data), check_pdf)


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
