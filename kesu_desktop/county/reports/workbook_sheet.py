"""One sheet of the county report workbook: where everything stands (from the signed payload alone, so the
verifier finds each cell where the writer put it) and how it is written, in the conventions of the township
return's summary sheet (:mod:`kesu_desktop.returns.workbook.summary`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from kesu_desktop.county.reports.document import (
    Report,
    ReportCell,
    ReportChart,
    ReportSheet,
    ReportTable,
    ReportText,
)
from kesu_desktop.county.reports.signed import decimal_places
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.style import (
    BODY_FONT,
    BOLD_FONT,
    CAPTION_FONT,
    CENTRE,
    COUNT_FORMAT,
    FIGURE,
    HOURS_FORMAT,
    INDENTED,
    LEFT,
    LINE_HEIGHT,
    RIGHT,
    SMALL_FONT,
    TITLE_FONT,
    box,
    break_pages,
    cell_at,
    chinese_date,
    compose,
    display_width,
    lines_needed,
    merge,
    print_setup,
    put_text,
    set_widths,
)
from kesu_desktop.spreadsheet.cells import clean_text

MANIFEST_SHEET = "_kesu_report"
MARKER = "kesu-report-workbook"
MARKER_VERSION = 1

FIRST_ROW = 6  # title, 表号, 制定机关, the 填报单位 line and a gap above
MIN_FIGURE_COLUMNS = 6
BLANK_ROWS = 4  # ruled rows to write on where the county has given no text
DECIMAL_FORMAT = HOURS_FORMAT  # one decimal place, for a chart's values that are not whole
_GAP = "\u3000\u3000"
_ROW_HEIGHT = LINE_HEIGHT + 3
PART = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=3)
"""An "of which" (其中) row's label, indented under the rows it is a part of."""


@dataclass(frozen=True)
class Expected:
    """A cell the verifier compares with the signed payload: where, what (as the payload holds it), and what
    it belongs to (表1, row 02 …)."""

    row: int
    column: int
    value: object
    section: str


@dataclass(frozen=True)
class SheetLayout:
    columns: int
    tops: tuple[int, ...]  # the first row of each section
    closing: int | None  # the first row of the sign-off and notes (the last sheet only)
    end: int  # the last row used
    expected: tuple[Expected, ...]


def _section_rows(section: dict[str, Any]) -> int:
    if section["type"] == "table":
        return 4 + len(section["rows"]) + 1
    if section["type"] == "chart":
        return 2 + len(section["categories"]) + 1
    return 1 + (1 if section["text"] else BLANK_ROWS) + 1


def _expected(section: dict[str, Any], top: int) -> list[Expected]:
    found = []
    if section["type"] == "table":
        for index, row in enumerate(section["rows"]):
            at, name = top + 4 + index, f"{section['number']}, row {row['code']}"
            found += [Expected(at, 1, row["label"], name), Expected(at, 2, row["code"], name)]
            found += [Expected(at, 3 + column, cell, name) for column, cell in enumerate(row["cells"])]
    elif section["type"] == "chart":
        for index, category in enumerate(section["categories"]):
            at, name = top + 2 + index, f"{section['number']}, {category}"
            found.append(Expected(at, 1, category, name))
            found += [Expected(at, 3 + i, series["values"][index], name) for i, series in enumerate(section["series"])]
    elif section["text"]:
        found.append(Expected(top + 1, 1, section["text"], section["heading"]))
    return found


def sheet_layout(sheet: dict[str, Any], *, notes: int | None = None) -> SheetLayout:
    """Where the sections of a payload sheet stand; the last sheet is given its number of ``notes``: it ends
    with the sign-off line, the notes and the fingerprints."""
    widest = [len(s["columns"]) for s in sheet["sections"] if s["type"] == "table"]
    widest += [len(s["series"]) for s in sheet["sections"] if s["type"] == "chart"]
    columns = 2 + max([MIN_FIGURE_COLUMNS, *widest])
    tops, expected, row = [], [], FIRST_ROW
    for section in sheet["sections"]:
        tops.append(row)
        expected += _expected(section, row)
        row += _section_rows(section)
    if notes is None:
        return SheetLayout(columns, tuple(tops), None, row - 1, tuple(expected))
    return SheetLayout(columns, tuple(tops), row, row + 2 + notes + 2, tuple(expected))


def expected_text(value: object) -> object:
    """A payload value as the cell shows it: texts cleaned as they are written, numbers as they are."""
    return clean_text(value, multiline=True) if isinstance(value, str) else value


@dataclass
class _Out:
    sheet: Worksheet
    widths: list[float]
    heights: dict[int, float] = field(default_factory=dict)

    def width(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1 : last])

    def text(
        self, row: int, first: int, last: int, text: str, *, font: Font = BODY_FONT, align: Alignment = LEFT
    ) -> None:
        cell = merge(self.sheet, row, first, last)
        put_text(cell, text, composed=True)
        cell.font, cell.alignment = font, align
        height = lines_needed(text, self.width(first, last)) * LINE_HEIGHT + 3
        self.heights[row] = max(self.heights.get(row, _ROW_HEIGHT), height)

    def figure(self, row: int, column: int, value: ReportCell | float, *, bold: bool = False) -> None:
        if isinstance(value, str):  # a text in a figure column wraps within it, centred
            self.text(row, column, column, value, font=BOLD_FONT if bold else BODY_FONT, align=CENTRE)
            return
        cell = cell_at(self.sheet, row, column)
        if isinstance(value, int):
            cell.value, cell.number_format = value, COUNT_FORMAT
        elif isinstance(value, Decimal):
            cell.value, cell.number_format = value, "0." + "0" * decimal_places(value)
        elif isinstance(value, float):
            cell.value, cell.number_format = value, COUNT_FORMAT if value.is_integer() else DECIMAL_FORMAT
        cell.font, cell.alignment = (BOLD_FONT if bold else BODY_FONT), FIGURE


def _shown(value: ReportCell | float) -> str:
    if isinstance(value, Decimal):
        return f"{value:.{decimal_places(value)}f}"
    return "" if value is None else f"{value:.1f}" if isinstance(value, float) else str(value)


def office_line(report: Report) -> str:
    return compose("填报单位（盖章）：{office}", office=report.office)


def _widths(report: Report, sheet: ReportSheet, columns: int) -> list[float]:
    """Widths that fit the Chinese text: the label column its labels (and with the code column the 填报单位
    line), the figure columns their headings (on up to two lines) and their widest figure."""
    label, figure = display_width(office_line(report)) - 4.0, 9.0
    for section in sheet.sections:
        if isinstance(section, ReportTable):
            label = max([label, *(display_width(row.label) + (5.0 if row.is_part else 3.0) for row in section.rows)])
            figure = max([figure, *(math.ceil(display_width(name) / 2) + 2.0 for name in section.columns)])
            figure = max([figure, *(display_width(_shown(c)) + 2.0 for row in section.rows for c in row.cells)])
        elif isinstance(section, ReportChart):
            label = max([label, *(display_width(name) + 3.0 for name in section.categories)])
            figure = max([figure, *(math.ceil(display_width(s.name) / 2) + 2.0 for s in section.series)])
    return [min(label, 36.0), 6.0] + [min(figure, 14.0)] * (columns - 2)


def _top(out: _Out, report: Report, columns: int) -> None:
    title = report.title + ("（演示数据）" if report.is_demo else "")
    out.text(1, 1, columns, title, font=TITLE_FONT, align=CENTRE)
    out.heights[1] = 36.0
    block = [
        compose("表\u3000\u3000号：{number}", number=report.form_number),
        compose("制定机关：{authority}", authority=report.authority),
    ]
    needed = max(display_width(line) for line in block) + 2
    first = columns
    while first > 3 and out.width(first, columns) < needed:
        first -= 1
    for row, line in zip((2, 3), block, strict=True):
        out.text(row, first, columns, line)
    out.text(4, 1, 2, office_line(report))
    out.text(4, 3, columns - 2, compose("所属期：{period}", period=report.period_label), align=CENTRE)
    out.text(4, columns - 1, columns, "计量单位：见各表", align=RIGHT)
    out.heights[5] = 8.0


def _caption(out: _Out, row: int, number: str, title: str, measure: str) -> None:
    """The caption across the sheet, 计量单位 at its right, so a narrow table's long title does not wrap."""
    last = len(out.widths)
    split = last - 3
    out.text(row, 1, split, compose("{number}\u3000{title}", number=number, title=title), font=CAPTION_FONT)
    out.text(row, split + 1, last, compose("计量单位：{measure}", measure=measure), align=RIGHT)
    out.heights[row] = max(out.heights[row], 22.0)


def _table(out: _Out, table: ReportTable, top: int) -> None:
    last = 2 + len(table.columns)
    _caption(out, top, table.number, table.title, table.measure)
    heading, bottom = top + 1, top + 2
    for column, text in ((1, table.label_heading or "栏目"), (2, "代码")):
        merge(out.sheet, heading, column, column, last_row=bottom)
        out.text(heading, column, column, text, align=CENTRE)
    column = 3
    for name, count in table.groups:
        out.text(heading, column, column + count - 1, name, align=CENTRE)
        column += count
    for index, name in enumerate(table.columns, start=3):
        grouped = index < column
        if not grouped:
            merge(out.sheet, heading, index, index, last_row=bottom)
        out.text(bottom if grouped else heading, index, index, name, align=CENTRE)
    numbering = top + 3
    for index, text in enumerate(("甲", "乙", *map(str, table.column_numbers())), start=1):
        out.text(numbering, index, index, text, align=CENTRE)
    for offset, row in enumerate(table.rows):
        at = top + 4 + offset
        font = BOLD_FONT if row.is_total else BODY_FONT
        align = CENTRE if row.is_total else PART if row.is_part else INDENTED
        out.text(at, 1, 1, row.label, font=font, align=align)
        out.text(at, 2, 2, row.code, font=font, align=CENTRE)
        for column, value in enumerate(row.cells, start=3):
            out.figure(at, column, value, bold=row.is_total)
    box(out.sheet, heading, 1, last, last_row=top + 3 + len(table.rows))
    out.heights[top + 4 + len(table.rows)] = 12.0


def _chart(out: _Out, chart: ReportChart, top: int) -> None:
    last = 2 + len(chart.series)
    _caption(out, top, chart.number, chart.title, chart.measure)
    out.text(top + 1, 1, 2, "项目", align=CENTRE)
    for index, series in enumerate(chart.series, start=3):
        out.text(top + 1, index, index, series.name, align=CENTRE)
    for offset, category in enumerate(chart.categories):
        at = top + 2 + offset
        out.text(at, 1, 2, category, align=INDENTED)
        for index, series in enumerate(chart.series, start=3):
            out.figure(at, index, series.values[offset])
    box(out.sheet, top + 1, 1, last, last_row=top + 1 + len(chart.categories))
    out.heights[top + 2 + len(chart.categories)] = 12.0


def _text(out: _Out, text: ReportText, top: int, columns: int) -> None:
    out.text(top, 1, columns, text.heading, font=CAPTION_FONT)
    if text.text:
        out.text(top + 1, 1, columns, text.text)
        box(out.sheet, top + 1, 1, columns)
        end = top + 1
    else:
        for row in range(top + 1, top + 1 + BLANK_ROWS):
            merge(out.sheet, row, 1, columns)
            out.heights[row] = 2 * LINE_HEIGHT
        end = top + BLANK_ROWS
        box(out.sheet, top + 1, 1, columns, last_row=end)
    out.heights[end + 1] = 12.0


def _closing(out: _Out, report: Report, manifest: SignedManifest, row: int, columns: int) -> None:
    blank = "\u3000" * 3
    items = [
        f"单位负责人：{blank}",
        f"审核人：{blank}",
        f"填表人：{blank}",
        f"报出日期：{chinese_date(report.made_on)}",
    ]
    out.text(row, 1, columns, _GAP.join(items))
    out.text(row + 2, 1, columns, "说明：", font=BOLD_FONT)
    for number, note in enumerate(report.notes, start=1):
        out.text(row + 2 + number, 1, columns, compose("{number}. {note}", number=number, note=note))
    line = _GAP.join(
        (
            compose("指纹：{fingerprint}", fingerprint=manifest.fingerprint),
            compose("密钥：{key}", key=manifest.key_fingerprint),
            compose("科素填报 {app} 生成并签名；表中数据改动后将无法通过校验", app=manifest.payload["app_version"]),
        )
    )
    out.text(row + 2 + len(report.notes) + 2, 1, columns, line, font=SMALL_FONT)


def _blocks(layout: SheetLayout) -> list[tuple[int, int]]:
    starts = [*layout.tops, *([layout.closing] if layout.closing is not None else [])]
    ends = [*(start - 1 for start in starts[1:]), layout.end]
    return list(zip(starts, ends, strict=True))


def write_sheet(
    sheet: Worksheet, report: Report, content: ReportSheet, layout: SheetLayout, manifest: SignedManifest
) -> None:
    """Write one sheet of the report where ``layout`` places everything."""
    out = _Out(sheet, _widths(report, content, layout.columns))
    set_widths(sheet, out.widths)
    sheet.sheet_view.showGridLines = False
    _top(out, report, layout.columns)
    for section, top in zip(content.sections, layout.tops, strict=True):
        if isinstance(section, ReportTable):
            _table(out, section, top)
        elif isinstance(section, ReportChart):
            _chart(out, section, top)
        else:
            _text(out, section, top, layout.columns)
    if layout.closing is not None:
        _closing(out, report, manifest, layout.closing, layout.columns)
    for row in range(1, layout.end + 1):
        sheet.row_dimensions[row].height = round(out.heights.get(row, _ROW_HEIGHT), 1)
    continued = compose(
        "{title}（续）\u3000填报单位：{office}\u3000所属期：{period}",
        title=report.title,
        office=report.office,
        period=report.period_label,
    )
    print_setup(sheet, continued=continued)
    break_pages(sheet, out.widths, lambda row: out.heights.get(row, _ROW_HEIGHT), _blocks(layout))
    sheet.print_area = f"A1:{sheet.cell(row=layout.end, column=layout.columns).coordinate}"
