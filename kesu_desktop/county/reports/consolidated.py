"""The county's consolidated report (汇总报表) of a month, quarter or year: the county totals in the return's own
four tables, each table broken down by unit, and the reporting status of the period.

Every figure is read through :mod:`kesu_desktop.county.held.sums` (the newest version of each unit's returns) and
laid out by the return's own table builders (:func:`kesu_desktop.returns.tables.summary_tables`), so the county's
table has the rows, columns and labels of the township's. A unit with nothing held for the period is listed with
empty cells and marked 未报, never as zeros; the notes name every unit with a month missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.held.sums import held_stock, held_summaries, newest_versions
from kesu_desktop.county.reports.document import Report, ReportCell, ReportRow, ReportSheet, ReportTable
from kesu_desktop.county.status.grid import DUE, MISSING, REPORTED, MonthStatus, year_status
from kesu_desktop.county.totals.lines import period_of, returns_held, span, summed_stock
from kesu_desktop.records.figures import Figure, NotApplicable
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.aggregation import PeriodSummary
from kesu_desktop.returns.form import ISSUING_AUTHORITY, Cell, FormTable
from kesu_desktop.returns.formats import CURRENT_FORMAT, ReturnFormat, return_format
from kesu_desktop.returns.tables import summary_tables

FORM_NUMBER = "襄科素汇1表"
NOT_REPORTED = "未报"
_TITLE_KINDS = {"month": "月报", "quarter": "季报", "year": "年报", "plan": "规划期报"}
_UNIT_TABLES = ("表1", "表2", "表3", "表4")
STATUS_COLUMNS = ("应报", "已报", "按时", "逾期", "未报", "未报月份")


def report_cell(cell: Cell) -> ReportCell:
    """A return's cell as a report's: "—" for not applicable, None (empty) stays None."""
    return "—" if isinstance(cell, NotApplicable) else cell


def report_table(table: FormTable, number: str | None = None) -> ReportTable:
    """A return's table as a report's; rows labelled 其中 are parts, never added into the total."""
    rows = tuple(
        ReportRow(
            row.code,
            row.label,
            tuple(report_cell(cell) for cell in row.cells),
            is_total=row.is_total,
            is_part=row.label.startswith("其中"),
        )
        for row in table.rows
    )
    return ReportTable(
        number=number or table.number,
        title=table.title,
        label_heading=table.label_heading,
        columns=table.columns,
        rows=rows,
        measure=table.measure,
        groups=table.groups,
    )


@dataclass(frozen=True)
class _Context:
    reference: ReferenceData
    fmt: ReturnFormat
    mapping: dict[str, str]
    tr: Translator
    period: Period


def _stock_figures(stock: dict[str, int | None]) -> dict[str, Figure]:
    """Summed or stated period-end figures as the return's Table 4 takes them (None there: not applicable)."""
    return {code: NotApplicable() if value is None else value for code, value in stock.items()}


def _tables(context: _Context, summary: PeriodSummary | None, stock: dict[str, int | None]) -> tuple[FormTable, ...]:
    whole = summary or PeriodSummary("", context.period.start, context.period.end)
    return summary_tables(
        whole, whole.major_events, _stock_figures(stock), context.reference, context.fmt, context.mapping, context.tr
    )


@dataclass(frozen=True)
class _UnitLine:
    code: str
    name: str
    held: bool
    tables: tuple[FormTable, ...]
    remark: str


def _line_cells(table: FormTable) -> tuple[Cell, ...]:
    """The figures a unit sheet shows of one table: its total row's, or (no total row: Table 4) every row's one."""
    if table.rows and table.rows[0].is_total:
        return table.rows[0].cells
    return tuple(row.cells[0] for row in table.rows)


def _unit_table(index: int, county: FormTable, lines: list[_UnitLine]) -> ReportTable:
    number = f"{_UNIT_TABLES[index]}-1"
    if county.rows and county.rows[0].is_total:
        columns, groups = county.columns, county.groups
    else:
        columns, groups = tuple(row.label for row in county.rows), ()
    total = ReportRow("01", "合计", (*(report_cell(c) for c in _line_cells(county)), None), is_total=True)
    rows = [total]
    for position, line in enumerate(lines, start=2):
        cells: tuple[ReportCell, ...] = (
            tuple(report_cell(c) for c in _line_cells(line.tables[index])) if line.held else (None,) * len(columns)
        )
        rows.append(ReportRow(f"{position:02d}", line.name, (*cells, line.remark)))
    return ReportTable(
        number=number,
        title=f"{county.title}（分单位）",
        label_heading="单位",
        columns=(*columns, "备注"),
        rows=tuple(rows),
        measure=county.measure,
        groups=(*groups, ("", 1)) if groups else (),
    )


def _month_label(code: str, years: int) -> str:
    return f"{int(code[5:])}月" if years == 1 else f"{code[:4]}年{int(code[5:])}月"


def _statuses(session: Session, reference: ReferenceData, period: Period, today: date) -> list[MonthStatus]:
    months = [month.code for month in period.months()]
    cells: list[MonthStatus] = []
    for year in sorted({int(code[:4]) for code in months}):
        grid = year_status(session, reference, year, today=today)
        cells += [cell for cell in grid.in_order() if cell.period in months]
    return cells


def _status_table(reference: ReferenceData, codes: list[str], cells: list[MonthStatus], years: int) -> ReportTable:
    def counts(part: list[MonthStatus]) -> tuple[int, int, int, int, int]:
        reported = [c for c in part if c.state in REPORTED]
        late = sum(1 for c in reported if (c.days_late or 0) > 0)
        missing = sum(1 for c in part if c.state == MISSING)
        return sum(1 for c in part if c.state in DUE), len(reported), len(reported) - late, late, missing

    rows = [ReportRow("01", "合计", (*counts(cells), None), is_total=True)]
    for position, code in enumerate(codes, start=2):
        part = [c for c in cells if c.unit_code == code]
        gaps = "、".join(_month_label(c.period, years) for c in part if c.state == MISSING)
        rows.append(ReportRow(f"{position:02d}", _unit_name(reference, code), (*counts(part), gaps or None)))
    return ReportTable(
        number="表5",
        title="报送情况",
        label_heading="单位",
        columns=STATUS_COLUMNS,
        rows=tuple(rows),
        measure="个月",
    )


def _unit_name(reference: ReferenceData, code: str) -> str:
    unit = reference.find_unit(code)
    return unit.name if unit is not None else code


def _is_demo(session: Session, first: str, last: str) -> bool:
    held = newest_versions(first, last).subquery()
    query = select(models.ReceivedReturn.id).join(held, held.c.id == models.ReceivedReturn.id)
    return session.execute(query.where(models.ReceivedReturn.demo.is_(True)).limit(1)).first() is not None


def consolidated_report(session: Session, reference: ReferenceData, period: str, *, today: date) -> Report:
    """The county's consolidated report of ``period`` (2025-03, 2025-Q1 or 2025) as it stands on ``today``."""
    parsed = period_of(period, reference)
    first, last = span(parsed)
    tr = Translator("zh_CN")
    fmt = return_format(CURRENT_FORMAT)
    context = _Context(reference, fmt, fmt.national_mapping(reference), tr, parsed)

    stated = held_stock(session, last, first=first)
    county = _tables(context, held_summaries(session, first, last).get(("", "")), summed_stock(stated, reference))
    summaries = held_summaries(session, first, last, by_unit=True)
    months_held = returns_held(session, first, last)
    statuses = _statuses(session, reference, parsed, today)
    years = len({month.code[:4] for month in parsed.months()})
    codes = [unit.code for unit in reference.reporting_units()]
    codes += sorted(set(months_held) - set(codes))

    lines = []
    for code in codes:
        gaps = [c.period for c in statuses if c.unit_code == code and c.state == MISSING]
        held = months_held.get(code, 0) > 0
        remark = (
            NOT_REPORTED if not held else ("缺报" + "、".join(_month_label(g, years) for g in gaps) if gaps else "")
        )
        stock = {indicator: figure.value for indicator, figure in stated.get(code, {}).items()}
        tables = _tables(context, summaries.get((code, "")), stock)
        lines.append(_UnitLine(code, _unit_name(reference, code), held, tables, remark or ""))

    gap_units = {c.unit_code for c in statuses if c.state == MISSING}
    missing_units = [line.name for line in lines if line.code in gap_units]
    undue = sum(1 for line in lines if not line.held and line.code not in gap_units)
    sheets = (
        ReportSheet("汇总表", tuple(report_table(table) for table in county)),
        *(
            ReportSheet(f"{_UNIT_TABLES[index]}分单位", (_unit_table(index, table, lines),))
            for index, table in enumerate(county)
        ),
        ReportSheet("报送情况", (_status_table(reference, codes, statuses, years),)),
    )
    notes = (
        f"本期汇总了 {sum(1 for line in lines if line.held)} 个单位的报表；"
        f"未报单位：{'、'.join(missing_units) or '无'}。",
        f"另有 {undue} 个单位本期无报表、也无到期应报月份（未开始报送或未到报送期限），分单位表中同样标为未报。",
        "各单位均按其最新版本（含更正）汇总；分单位表中未报单位留空，不作零计。",
        "活动按主要服务对象计入；期末数取各单位本期最后填报数，按单位相加，不按月相加。",
    )
    office = next((unit.name for unit in reference.units if unit.kind == "county_office"), "")
    return Report(
        kind="consolidated",
        scope=parsed.code,
        title=f"襄汾县全民科学素质工作汇总表（{_TITLE_KINDS[parsed.kind]}）",
        form_number=FORM_NUMBER,
        authority=tr.translate("ReturnForm", ISSUING_AUTHORITY),
        office=office,
        period_label=parsed.label("zh_CN"),
        made_on=today,
        sheets=sheets,
        notes=notes,
        file_stem=f"科普工作汇总表_{parsed.code}",
        is_demo=_is_demo(session, first, last),
    )
