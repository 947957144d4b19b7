"""Target progress (襄科素汇2表): every target of the plan at the end of a period (or today, if sooner), as the
cockpit shows it, and each unit's contribution to the targets that add up the units' figures.

Every figure is taken from :func:`plan_progress`'s :class:`TargetProgress` (the actual, percent, expected,
forecast, status, the units' figures and shares, the yearly figures); the only arithmetic here is a unit's
share of the county's actual. The evaluation (:mod:`.evaluation`) reuses the unit tables.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from kesu_desktop.base.errors import KesuError
from kesu_desktop.county.reports.document import (
    ChartSeries,
    Report,
    ReportCell,
    ReportChart,
    ReportRow,
    ReportSheet,
    ReportTable,
)
from kesu_desktop.county.targets.progress import NoPlan, PlanProgress, TargetProgress, choose_plan, plan_progress
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.store.installation import read_installation

FORM_NUMBER = "襄科素汇2表"
TITLE = "襄汾县全民科学素质行动规划目标进展情况表"
STATUS_ZH = {
    "met": "已完成",
    "on_track": "进度正常",
    "behind": "进度滞后",
    "at_risk": "有完不成的风险",
    "not_met": "未完成",
    "no_data": "无数据",
}
"""Each status as the cockpit words it in Chinese (the catalogue's translation of ``STATUS_LABELS``)."""
SUMMED_KINDS = ("cumulative", "yearly", "count", "stock")
"""The kinds of target whose county figure is the sum of the units' figures."""
NONE = "—"
_COLUMNS = ("计量单位", "目标值", "实际完成", "完成百分比（%）", "应完成进度", "预计到期完成", "状态")


def cell(value: Decimal | None) -> ReportCell:
    """A figure as a report cell: a whole number as such, "—" where there is none."""
    if value is None:
        return NONE
    return int(value) if value == value.to_integral_value() else value


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _percent_of(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or not whole:
        return None
    return (part * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def rate(part: int, whole: int) -> ReportCell:
    """``part`` of ``whole`` in percent to one place (months reported of those due), "—" when nothing is due."""
    if not whole:
        return NONE
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def office_name(reference: ReferenceData) -> str:
    return next(unit.name for unit in reference.units if unit.kind == "county_office")


def is_demo(session: Session) -> bool:
    installation = read_installation(session)
    return installation is not None and installation.is_demo


def _targets_table(progress: PlanProgress) -> ReportTable:
    rows = tuple(
        ReportRow(
            f"{n:02d}",
            t.target.name("zh"),
            (
                t.target.measure_unit,
                cell(t.target.figure),
                cell(t.actual),
                cell(t.percent),
                cell(t.expected),
                cell(t.forecast),
                STATUS_ZH[t.status],
            ),
        )
        for n, t in enumerate(progress.targets, start=1)
    )
    return ReportTable("表1", "规划目标进展情况", "目标", _COLUMNS, rows, measure="按各目标计量单位")


def _charts(progress: PlanProgress) -> tuple[ReportChart, ...]:
    targets = progress.targets
    names = tuple(t.target.name("zh") for t in targets)
    percent = ReportChart(
        "图1",
        "各目标完成百分比",
        "bar",
        names,
        (ChartSeries("完成百分比", tuple(_float(t.percent) for t in targets)),),
        "%",
    )
    yearly = [t for t in targets if t.years]
    if yearly:
        years = tuple(str(y.year) for y in yearly[0].years)
        series = tuple(ChartSeries(t.target.name("zh"), tuple(_float(y.actual) for y in t.years)) for t in yearly)
        return percent, ReportChart("图2", "按年目标各年完成情况", "line", years, series, "按各目标计量单位")
    series = (
        ChartSeries("实际完成", tuple(_float(t.actual) for t in targets)),
        ChartSeries("应完成进度", tuple(_float(t.expected) for t in targets)),
    )
    return percent, ReportChart("图2", "实际完成与应完成进度", "bar", names, series, "按各目标计量单位")


def summed_targets(progress: PlanProgress) -> tuple[TargetProgress, ...]:
    return tuple(t for t in progress.targets if t.target.kind in SUMMED_KINDS)


def unit_table(reference: ReferenceData, progress: PlanProgress, number: str) -> ReportTable:
    """Units × summed targets: each unit's actual and its share (%) of the county's, a 合计 row first."""
    targets = summed_targets(progress)
    by_unit = {t.target.code: {u.unit_code: u for u in t.units} for t in targets}
    codes = {code for units in by_unit.values() for code in units}
    rows = [
        ReportRow(
            "01",
            "合计",
            tuple(c for t in targets for c in (cell(t.actual), cell(_percent_of(t.actual, t.actual)))),
            is_total=True,
        )
    ]
    for unit in (u for u in reference.units if u.code in codes):
        cells: list[ReportCell] = []
        for t in targets:
            found = by_unit[t.target.code].get(unit.code)
            actual = None if found is None else found.actual
            cells += [cell(actual), cell(_percent_of(actual, t.actual))]
        rows.append(ReportRow(f"{len(rows) + 1:02d}", unit.name, tuple(cells)))
    return ReportTable(
        number,
        "各单位完成情况及占全县比重",
        "单位",
        tuple(c for _t in targets for c in ("完成数", "占全县（%）")),
        tuple(rows),
        measure="按各目标计量单位",
        groups=tuple((t.target.name("zh"), 2) for t in targets),
    )


def share_table(reference: ReferenceData, progress: PlanProgress, number: str) -> ReportTable | None:
    """Units × targets split among units (分解任务): the unit's share, its actual, and its percent of the share."""
    targets = [t for t in progress.targets if any(u.share is not None for u in t.units)]
    if not targets:
        return None
    by_unit = {t.target.code: {u.unit_code: u for u in t.units} for t in targets}
    codes = {code for units in by_unit.values() for code in units}
    rows: list[ReportRow] = []
    for unit in (u for u in reference.units if u.code in codes):
        cells: list[ReportCell] = []
        for t in targets:
            found = by_unit[t.target.code].get(unit.code)
            if found is None:
                cells += [NONE, NONE, NONE]
            else:
                cells += [cell(found.share), cell(found.actual), cell(found.percent)]
        rows.append(ReportRow(f"{len(rows) + 1:02d}", unit.name, tuple(cells)))
    return ReportTable(
        number,
        "分解到单位的目标任务完成情况",
        "单位",
        tuple(c for _t in targets for c in ("分解任务", "完成数", "完成（%）")),
        tuple(rows),
        measure="按各目标计量单位",
        groups=tuple((t.target.name("zh"), 3) for t in targets),
    )


def unit_notes(progress: PlanProgress) -> list[str]:
    """What the unit tables leave out: the targets with no per-unit breakdown."""
    without = [t.target.name("zh") for t in progress.targets if t.target.kind not in SUMMED_KINDS]
    if not without:
        return []
    return [f"以下目标为比率、校均或调查数据，不是各单位数字之和，无分单位数据：{'、'.join(without)}。"]


def at_end_of(period: str, today: date) -> date:
    """The end of ``period`` (2025, 2025-Q2, 2025-03), or ``today`` when sooner."""
    return min(parse_period(period).end, today)


def target_progress_report(session: Session, reference: ReferenceData, period: str, *, today: date) -> Report:
    """The progress of the plan :func:`choose_plan` picks at the end of ``period`` (or ``today``, if sooner)."""
    at = at_end_of(period, today)
    plan = choose_plan(reference, at)
    if isinstance(plan, NoPlan):
        raise KesuError(plan.message, month=f"{at:%Y-%m}")
    progress = plan_progress(session, reference, plan.code, at=at)
    unit_sections: list[ReportTable] = [unit_table(reference, progress, "表2")]
    shares = share_table(reference, progress, "表3")
    if shares is not None:
        unit_sections.append(shares)
    counted = progress.counted_to or "—"
    notes = [
        f"规划：{plan.name}（{plan.start_year}—{plan.end_year}年），统计至{counted}月，进展日期{at:%Y年%m月%d日}。",
        "应完成进度为按规划时间进度应达到的数，预计到期完成为按已有进度推算到规划期末的数。",
        "占全县比重为该单位完成数占全县完成数的百分比；按年目标为统计年度的数。",
        *unit_notes(progress),
    ]
    if not progress.covers_at:
        notes.insert(1, f"没有规划覆盖{at.year}年；所示为此前最近的规划，至其期末的完成情况。")
    return Report(
        kind="targets",
        scope=period,
        title=TITLE,
        form_number=FORM_NUMBER,
        authority=office_name(reference),
        office=office_name(reference),
        period_label=_period_label(period),
        made_on=today,
        sheets=(
            ReportSheet("目标进展", (_targets_table(progress), *_charts(progress))),
            ReportSheet("各单位完成情况", tuple(unit_sections)),
        ),
        notes=tuple(notes),
        file_stem=f"目标进展_{period}",
        is_demo=is_demo(session),
    )


def _period_label(period: str) -> str:
    parsed = parse_period(period)
    if parsed.kind == "month":
        return f"{parsed.start.year}年{parsed.start.month}月"
    if parsed.kind == "quarter":
        return f"{parsed.start.year}年第{(parsed.start.month + 2) // 3}季度"
    return f"{parsed.start.year}年"
