"""The summary sheet (汇总表) of the return workbook, laid out as an official statistical form (统计报表).

From the top: the title, the 表号/制定机关/有效期至 block at the right, the line 填报单位（盖章）… 所属期 …
计量单位, the header block, then each table of the form with its caption, two-level headings, the 甲/乙/1/2/3
line and its rows (合计 in bold), the sign-off line, the 说明 notes, for a correction the 更正说明, and the
return's id, version and fingerprint. Pages break between tables, never inside one; from page two a running
head names the unit and period. Every figure is the form's own (:mod:`kesu_desktop.returns.form`); nothing is
added up here. Where each figure stands is decided by :mod:`kesu_desktop.returns.workbook.layout`, which the
reader uses too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import NotApplicable
from kesu_desktop.returns.form import FormTable, ReturnForm, cell_text
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.layout import (
    BLOCK_ROWS,
    FIRST_TABLE_ROW,
    HEADER_ROWS,
    TITLE_ROW,
    UNIT_LINE_ROW,
    LabelledCell,
    SummaryLayout,
    TablePlacement,
)
from kesu_desktop.returns.workbook.style import (
    BODY_FONT,
    BOLD_FONT,
    CAPTION_FONT,
    CENTRE,
    CHINESE_DATE_FORMAT,
    COUNT_FORMAT,
    FIGURE,
    INDENTED,
    LEFT,
    LINE_HEIGHT,
    RIGHT,
    SMALL_FONT,
    TITLE_FONT,
    box,
    break_pages,
    chinese_date,
    compose,
    display_width,
    lines_needed,
    merge,
    print_setup,
    put_text,
    set_widths,
)

HEADER_LABELS = {
    "unit_name": "填报单位",
    "period": "所属期",
    "filled_on": "填报日期",
    "version": "报表版次",
    "clerk": "填报人",
    "phone": "联系电话",
    "reviewer": "审核人",
    "responsible": "单位负责人",
}
CODE_HEADING = "代码"
LABEL_NUMBER, CODE_NUMBER = "甲", "乙"
_GAP = "\u3000\u3000"  # two ideographic spaces, the gap between items on a printed line
_TITLE_HEIGHT, _ROW_HEIGHT, _GAP_HEIGHT = 36.0, LINE_HEIGHT + 3, 12.0


@dataclass
class _Sheet:
    """The sheet being written and the heights its rows need (for wrapped text), collected as cells are set."""

    sheet: Worksheet
    widths: list[float]
    heights: dict[int, float]

    def width(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1 : last])

    def runs(self, weights: list[float]) -> list[tuple[int, int]]:
        """All columns cut into runs whose widths follow ``weights`` (for lines of items, not for figures)."""
        total, edges, reached = self.width(1, len(self.widths)), [0], 0.0
        for column, width in enumerate(self.widths, start=1):
            reached += width
            goal = total * sum(weights[: len(edges)]) / sum(weights)
            if len(edges) < len(weights) and reached >= goal and column < len(self.widths):
                edges.append(column)
        edges.append(len(self.widths))
        return [(edges[i] + 1, edges[i + 1]) for i in range(len(edges) - 1)]

    def need(self, row: int, text: str, first: int, last: int, *, extra: float = 3) -> None:
        height = lines_needed(text, self.width(first, last)) * LINE_HEIGHT + extra
        self.heights[row] = max(self.heights.get(row, _ROW_HEIGHT), height)

    def text(
        self, row: int, first: int, last: int, text: str, *, font: Font = BODY_FONT, align: Alignment = LEFT
    ) -> None:
        cell = merge(self.sheet, row, first, last)
        put_text(cell, text, composed=True)
        cell.font = font
        cell.alignment = align
        self.need(row, text, first, last)


def _widths(form: ReturnForm, layout: SummaryLayout, translator: Translator) -> list[float]:
    """Column widths that fit the Chinese text: the label column fits the narrow tables' labels, the figure
    columns their headings (a heading may wrap to two lines) and their largest figure."""
    label, figure = 14.0, 7.0
    for table, place in zip(form.tables, layout.tables, strict=True):
        if place.label == (1, 1):
            label = max(label, *(display_width(row.label) + 3.0 for row in table.rows))
        if all(first == last for first, last in place.spans):
            for heading in table.columns:
                figure = max(figure, math.ceil(display_width(heading) / 2) + 2.0)
            for row in table.rows:
                for cell in row.cells:
                    shown = str(cell) if isinstance(cell, int) else cell_text(cell, translator)
                    figure = max(figure, display_width(shown) + 2.0)
            for name, count in table.groups:
                figure = max(figure, (display_width(name) + 2.0) / max(count, 1))
    return [min(label, 34.0), 6.0] + [min(figure, 12.0)] * (layout.columns - 2)


def _measure(form: ReturnForm) -> str:
    measures = {table.measure for table in form.tables}
    return measures.pop() if len(measures) == 1 else "见各表"


def unit_text(unit_name: str, unit_code: str) -> str:
    """The reporting unit as the header block shows it: 新城镇（141023101）."""
    return f"{unit_name}（{unit_code}）"


def _title_block(out: _Sheet, form: ReturnForm, layout: SummaryLayout) -> None:
    last = layout.columns
    title = merge(out.sheet, TITLE_ROW, 1, last)
    put_text(title, form.title + ("（更正）" if form.is_correction else "") + ("（演示数据）" if form.is_demo else ""))
    title.font = TITLE_FONT
    title.alignment = CENTRE
    out.heights[TITLE_ROW] = _TITLE_HEIGHT
    block = [
        compose("表\u3000\u3000号：{number}", number=form.form_number),
        compose("制定机关：{authority}", authority=form.authority),
        compose("有效期至：{date}", date=form.valid_until),
    ]
    needed = max(display_width(line) for line in block) + 2
    first = last
    while first > 3 and out.width(first, last) < needed:
        first -= 1
    for row, line in zip(BLOCK_ROWS, block, strict=True):
        out.text(row, first, last, line)
    header = form.header
    left, middle, right = out.runs([1, 1, 1])
    out.text(UNIT_LINE_ROW, *left, compose("填报单位（盖章）：{unit}", unit=header.unit_name))
    out.text(UNIT_LINE_ROW, *middle, compose("所属期：{period}", period=header.period_label), align=CENTRE)
    out.text(UNIT_LINE_ROW, *right, compose("计量单位：{measure}", measure=_measure(form)), align=RIGHT)


def _header_block(out: _Sheet, form: ReturnForm, layout: SummaryLayout) -> None:
    header = form.header
    values = {
        "unit_name": unit_text(header.unit_name, header.unit_code),
        "period": header.period_label,
        "version": form.version_label,
        "clerk": header.clerk,
        "phone": header.phone,
        "reviewer": header.reviewer,
        "responsible": header.responsible,
    }
    for field, (row, place) in layout.header.items():
        out.text(row, *place.label, HEADER_LABELS[field], align=CENTRE)
        if field == "filled_on":
            cell = merge(out.sheet, row, *place.value)
            cell.value = header.filled_on
            cell.number_format = CHINESE_DATE_FORMAT
            cell.font = BODY_FONT
            cell.alignment = INDENTED
        else:
            out.text(row, *place.value, values[field], align=INDENTED)
        _box_pair(out, row, place)


def _box_pair(out: _Sheet, row: int, place: LabelledCell) -> None:
    box(out.sheet, row, place.label[0], place.value[1])


def _headings(out: _Sheet, table: FormTable, place: TablePlacement) -> None:
    top, bottom = place.heading_row, place.heading_row + 1
    sheet = out.sheet
    for first, last, text in ((*place.label, table.label_heading), (place.code, place.code, CODE_HEADING)):
        cell = merge(sheet, top, first, last, last_row=bottom)
        put_text(cell, text)
        cell.font, cell.alignment = BODY_FONT, CENTRE
    column = 0
    lines = [1, 1]
    for name, count in table.groups:
        first, last = place.spans[column][0], place.spans[column + count - 1][1]
        cell = merge(sheet, top, first, last)
        put_text(cell, name)
        cell.font, cell.alignment = BODY_FONT, CENTRE
        lines[0] = max(lines[0], lines_needed(name, out.width(first, last)))
        column += count
    for index, (heading, (first, last)) in enumerate(zip(table.columns, place.spans, strict=False)):
        grouped = index < column
        cell = merge(sheet, bottom if grouped else top, first, last, last_row=bottom)
        put_text(cell, heading)
        cell.font, cell.alignment = BODY_FONT, CENTRE
        needed = lines_needed(heading, out.width(first, last))
        if grouped:
            lines[1] = max(lines[1], needed)
        else:
            lines[0] = lines[1] = max(lines[0], lines[1], math.ceil(needed / 2))
    out.heights[top] = lines[0] * LINE_HEIGHT + 4
    out.heights[bottom] = lines[1] * LINE_HEIGHT + 4
    box(sheet, top, 1, _right_edge(place), last_row=bottom)


def _right_edge(place: TablePlacement) -> int:
    return place.spans[-1][1] if place.spans else place.code


def _numbering(out: _Sheet, table: FormTable, place: TablePlacement) -> None:
    row = place.numbering_row
    out.text(row, *place.label, LABEL_NUMBER, align=CENTRE)
    out.text(row, place.code, place.code, CODE_NUMBER, align=CENTRE)
    for number, (first, last) in zip(table.column_numbers(), place.spans, strict=False):
        out.text(row, first, last, str(number), align=CENTRE)
    box(out.sheet, row, 1, _right_edge(place))


def _table(out: _Sheet, table: FormTable, place: TablePlacement, translator: Translator) -> None:
    last = _right_edge(place)
    caption_end = max(place.label[1], last - 4)
    out.text(
        place.caption_row,
        1,
        caption_end,
        compose("{number}\u3000{title}", number=table.number, title=table.title),
        font=CAPTION_FONT,
    )
    out.text(
        place.caption_row, caption_end + 1, last, compose("计量单位：{measure}", measure=table.measure), align=RIGHT
    )
    out.heights[place.caption_row] = max(out.heights[place.caption_row], 22.0)
    out.heights[place.last_row + 1] = _GAP_HEIGHT
    _headings(out, table, place)
    _numbering(out, table, place)
    for index, form_row in enumerate(table.rows):
        row = place.row(index)
        font = BOLD_FONT if form_row.is_total else BODY_FONT
        out.text(row, *place.label, form_row.label, font=font, align=CENTRE if form_row.is_total else INDENTED)
        out.text(row, place.code, place.code, form_row.code, font=font, align=CENTRE)
        for value, (first, last_column) in zip(form_row.cells, place.spans, strict=False):
            cell = merge(out.sheet, row, first, last_column)
            if isinstance(value, int):
                cell.value = value
                cell.number_format = COUNT_FORMAT
            else:
                put_text(cell, "—" if isinstance(value, NotApplicable) else cell_text(value, translator))
            cell.font = font
            cell.alignment = FIGURE
    if table.rows:
        box(out.sheet, place.first_row, 1, last, last_row=place.last_row)


def _closing(out: _Sheet, form: ReturnForm, manifest: SignedManifest, row: int, last: int) -> int:
    """The sign-off line, the 说明 notes and the line that ties the sheet to its file; the last row used."""
    header = form.header
    items = [
        compose("单位负责人：{name}", name=header.responsible),
        compose("审核人：{name}", name=header.reviewer),
        compose("填表人：{name}", name=header.clerk),
        compose("联系电话：{phone}", phone=header.phone),
        compose("报出日期：{date}", date=chinese_date(header.filled_on)),
    ]
    out.text(row, 1, last, (_GAP * 2).join(items))
    row += 2
    out.text(row, 1, last, "说明：", font=BOLD_FONT)
    for number, note in enumerate(form.notes, start=1):
        row += 1
        out.text(row, 1, last, compose("{number}. {note}", number=number, note=note))
    if form.is_correction:
        row += 2
        out.text(row, 1, last, compose("更正说明（{version}）：", version=form.version_label), font=BOLD_FONT)
        row += 1
        out.text(row, 1, last, compose("更正原因：{reason}", reason=form.correction_reason))
        for number, line in enumerate(form.corrections, start=1):
            row += 1
            out.text(row, 1, last, compose("{number}. {line}", number=number, line=line))
    payload = manifest.payload
    row += 2
    out.text(
        row,
        1,
        last,
        _GAP.join(
            (
                compose("报表编号：{id}", id=payload.get("return_id", "")),
                compose("{version}", version=form.version_label),
                compose("指纹：{fingerprint}", fingerprint=manifest.fingerprint),
                compose(
                    "科素填报 {app} 生成并签名；本表数据改动后将无法通过县级校验", app=payload.get("app_version", "")
                ),
            )
        ),
        font=SMALL_FONT,
    )
    return row


def write_summary(
    sheet: Worksheet,
    form: ReturnForm,
    manifest: SignedManifest,
    layout: SummaryLayout,
    translator: Translator,
) -> None:
    out = _Sheet(sheet, _widths(form, layout, translator), {})
    set_widths(sheet, out.widths)
    sheet.sheet_view.showGridLines = False
    _title_block(out, form, layout)
    _header_block(out, form, layout)
    for table, place in zip(form.tables, layout.tables, strict=True):
        _table(out, table, place, translator)
    end = _closing(out, form, manifest, layout.after_tables + 1, layout.columns)
    out.heights.setdefault(HEADER_ROWS[0] - 1, 8.0)  # narrow gaps around the header block
    out.heights.setdefault(FIRST_TABLE_ROW - 1, _GAP_HEIGHT)
    for row in range(1, end + 1):
        sheet.row_dimensions[row].height = round(out.heights.get(row, _ROW_HEIGHT), 1)
    header = form.header
    continued = compose(
        "{title}\u3000填报单位：{unit}\u3000所属期：{period}",
        title=form.title,
        unit=header.unit_name,
        period=header.period_label,
    )
    print_setup(sheet, continued=continued)
    blocks = [(place.caption_row, place.last_row + 1) for place in layout.tables] + [(layout.after_tables, end)]
    break_pages(out.sheet, out.widths, lambda row: out.heights.get(row, _ROW_HEIGHT), blocks)
