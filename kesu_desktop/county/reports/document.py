"""A county report as a document: sheets of numbered tables, charts and the county's own text, with the title,
表号 block and 填报单位 line of the statistical forms the county office knows.

Every kind of report (:mod:`.consolidated`, :mod:`.progress`, :mod:`.evaluation`, :mod:`.survey`,
:mod:`.scorecard`) builds a :class:`Report` from the county picture; the workbook (:mod:`.workbook`), the PDF
(:mod:`.pdf`) and the signed payload (:mod:`.signed`) all lay out the same one, so they cannot disagree. Nothing
is computed by the writers. Tables follow the return's conventions: row codes 01, 02 …, the 栏目 column headed
甲 and the 代码 column 乙, figure columns numbered 1, 2, 3 …, a 合计 row first where the rows add up, and
"of which" (其中) rows marked as parts, never added into a total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

ReportCell = int | Decimal | str | None
"""A whole number (次, 人次 …), a decimal (a percent, written with its places, e.g. Decimal("87.5")), a text
(已完成, a rank's note, "—" for not applicable), or None for a cell left empty."""

KINDS = ("consolidated", "targets", "evaluation", "survey", "scorecard")


@dataclass(frozen=True)
class ReportRow:
    code: str
    label: str
    cells: tuple[ReportCell, ...]
    is_total: bool = False
    is_part: bool = False
    """An "of which" row (其中): a part of the rows above it, shown indented, never added into a total."""


@dataclass(frozen=True)
class ReportTable:
    """One numbered table: a two-level heading (``groups`` spanning columns, may be empty) over numbered columns."""

    number: str
    """表1, 表1-1 …; unique within the report."""
    title: str
    label_heading: str
    columns: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    measure: str
    """计量单位 of the table, e.g. 次、人次."""
    groups: tuple[tuple[str, int], ...] = ()

    def column_numbers(self) -> tuple[int, ...]:
        return tuple(range(1, len(self.columns) + 1))


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float | None, ...]
    """One value a category; None where there is none (a year not yet reported)."""


@dataclass(frozen=True)
class ReportChart:
    """A chart drawn from the same numbers as a table of the report (bars, or lines over time)."""

    number: str
    """图1, 图2 …"""
    title: str
    kind: Literal["bar", "line"]
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    measure: str


@dataclass(frozen=True)
class ReportText:
    """A passage of the county's own words (entered in the app and kept with the report, :mod:`.texts`); when
    empty, the printout leaves ruled lines to write on."""

    key: str
    heading: str
    text: str


Section = ReportTable | ReportChart | ReportText


@dataclass(frozen=True)
class ReportSheet:
    """One sheet of the workbook (``name``, at most 31 characters) and one part of the PDF, starting a new page."""

    name: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Report:
    kind: str
    """One of :data:`KINDS`."""
    scope: str
    """What it covers: a period code (2025-03, 2025-Q1, 2025) or a plan's (PLAN-2021)."""
    title: str
    form_number: str
    """表号, e.g. 襄科素汇1表."""
    authority: str
    """制定机关."""
    office: str
    """填报单位: the county office."""
    period_label: str
    """所属期 as printed: 2025年3月, 2021—2025年."""
    made_on: date
    sheets: tuple[ReportSheet, ...]
    notes: tuple[str, ...]
    """说明, one line each: what is counted, which units are missing, where the mapping comes from."""
    file_stem: str
    """The files' name without the suffix, e.g. 科普工作汇总表_2025-03."""
    is_demo: bool = False

    def tables(self) -> tuple[ReportTable, ...]:
        return tuple(s for sheet in self.sheets for s in sheet.sections if isinstance(s, ReportTable))

    def table(self, number: str) -> ReportTable:
        return next(table for table in self.tables() if table.number == number)

    def texts(self) -> tuple[ReportText, ...]:
        return tuple(s for sheet in self.sheets for s in sheet.sections if isinstance(s, ReportText))
