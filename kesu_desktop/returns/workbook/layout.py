"""Where everything stands on the return workbook's summary sheet (汇总表).

The positions follow from the shape of the tables alone (how many numbered columns and rows each has), which
the signed payload records; so the reader finds every figure and header value exactly where the writer put
it, without trusting anything unsigned in the file. A row inserted or deleted in Excel shifts the rows under
it, and the row codes in the 代码 column then no longer stand where they should: the change is detected.

Every table spans the full width of the sheet: the numbered columns share the figure columns (a table with
few columns gives each of them up to :data:`MAX_SPAN` sheet columns), and the label takes what is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SUMMARY_SHEET = "汇总表"
ACTIVITY_LEDGER = "科普活动台账"
TRAINING_LEDGER = "培训台账"
MANIFEST_SHEET = "_kesu_manifest"

MIN_FIGURE_COLUMNS = 8
MAX_SPAN = 3

TITLE_ROW = 1
BLOCK_ROWS = (2, 3, 4)  # 表号, 制定机关, 有效期至 at the top right
UNIT_LINE_ROW = 5  # 填报单位（盖章） … 所属期 … 计量单位
HEADER_ROWS = (7, 8)
FIRST_TABLE_ROW = 10
ROWS_ABOVE_FIGURES = 4  # caption, two heading rows, the 甲/乙/1/2/3 row

# The header block: which payload field stands in which pair of cells, row by row.
HEADER_FIELDS = (("unit_name", "period", "filled_on", "version"), ("clerk", "phone", "reviewer", "responsible"))

Span = tuple[int, int]  # first and last sheet column (1-based), both included


@dataclass(frozen=True)
class LabelledCell:
    label: Span
    value: Span


@dataclass(frozen=True)
class TablePlacement:
    caption_row: int
    heading_row: int  # the first of the two heading rows
    numbering_row: int
    first_row: int
    row_count: int
    label: Span
    code: int
    spans: tuple[Span, ...]  # one per numbered column

    @property
    def last_row(self) -> int:
        return self.first_row + self.row_count - 1

    def row(self, index: int) -> int:
        return self.first_row + index


@dataclass(frozen=True)
class SummaryLayout:
    columns: int
    tables: tuple[TablePlacement, ...]
    header: dict[str, tuple[int, LabelledCell]]  # payload field → (row, its label and value cells)
    after_tables: int  # the first row below the last table

    def header_value(self, field: str) -> tuple[int, int]:
        row, cell = self.header[field]
        return row, cell.value[0]


def split(first: int, last: int, parts: int) -> list[Span]:
    """Columns first..last cut into ``parts`` runs of nearly equal length."""
    count = last - first + 1
    bounds = [first + round(part * count / parts) for part in range(parts + 1)]
    return [(bounds[part], bounds[part + 1] - 1) for part in range(parts)]


def labelled_cells(first: int, last: int, parts: int) -> list[LabelledCell]:
    """``parts`` label/value pairs across the columns; a label takes two columns except in the wide first one."""
    pairs = []
    for start, end in split(first, last, parts):
        label_end = start if start == 1 or end - start < 2 else start + 1
        pairs.append(LabelledCell((start, label_end), (label_end + 1, end)))
    return pairs


def _placement(top: int, numbered: int, rows: int, figure_columns: int) -> TablePlacement:
    last = 2 + figure_columns
    width = min(MAX_SPAN, figure_columns // numbered) if numbered else 1
    first_figure = last - numbered * width + 1
    spans = tuple((first_figure + i * width, first_figure + (i + 1) * width - 1) for i in range(numbered))
    code = first_figure - 1
    return TablePlacement(
        caption_row=top,
        heading_row=top + 1,
        numbering_row=top + 3,
        first_row=top + ROWS_ABOVE_FIGURES,
        row_count=rows,
        label=(1, code - 1),
        code=code,
        spans=spans,
    )


def summary_layout(shape: Sequence[tuple[int, int]]) -> SummaryLayout:
    """The layout for tables of the given shape: (numbered columns, rows) of each table, in order."""
    figure_columns = max([MIN_FIGURE_COLUMNS, *(numbered for numbered, _rows in shape)])
    columns = 2 + figure_columns
    tables = []
    top = FIRST_TABLE_ROW
    for numbered, rows in shape:
        placement = _placement(top, numbered, rows, figure_columns)
        tables.append(placement)
        top = placement.last_row + 2
    header = {
        field: (row, cell)
        for row, fields in zip(HEADER_ROWS, HEADER_FIELDS, strict=True)
        for field, cell in zip(fields, labelled_cells(1, columns, len(fields)), strict=True)
    }
    return SummaryLayout(columns, tuple(tables), header, top - 1)


def payload_shape(tables: Sequence[dict[str, object]]) -> list[tuple[int, int]]:
    """The shape of the payload's tables: the widest row's number of cells, and the number of rows."""
    shape = []
    for table in tables:
        rows = table.get("rows")
        if not isinstance(rows, list):
            raise ValueError("rows")
        widths = [len(row["cells"]) for row in rows if isinstance(row, dict) and isinstance(row.get("cells"), list)]
        if len(widths) != len(rows):
            raise ValueError("cells")
        shape.append((max(widths, default=0), len(rows)))
    return shape
