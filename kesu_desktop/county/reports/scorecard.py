"""The annual supervision scorecard (年度督促检查评分表, 襄科素汇5表): each township's year scored and ranked for
the leading group's inspection, with what each score rests on.

Per unit: completeness (months reported of those due) and timeliness (reported by the deadline) from
:func:`year_status`; the year's activities and training sessions against the year before from
:func:`held_summaries`; its share of the county's figure of each target added up by unit from
:func:`plan_progress`; the months whose return it corrected (the newest version held is a second or later). The
points of each part are reference data (:mod:`kesu_desktop.reference.scorecard_points`); a unit with no month due
in the year is listed as 未纳入, not scored. Ties share a rank (1, 1, 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.reports.document import Report, ReportCell, ReportRow, ReportSheet, ReportTable
from kesu_desktop.county.reports.progress import NONE, is_demo, office_name, rate, summed_targets
from kesu_desktop.county.status.grid import DUE, REPORTED, year_status
from kesu_desktop.county.status.rules import reporting_rules
from kesu_desktop.county.targets.progress import PlanProgress, plan_progress, plans_covering
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.scorecard_points import ScorecardPoints, scorecard_points
from kesu_desktop.returns.aggregation import PeriodSummary

FORM_NUMBER = "襄科素汇5表"
NOT_SCORED = "未纳入"
NOT_IN_USE = "未使用"
"""The year before, for a unit whose first month of reporting came after it; short, to fit the table."""
_ONE = Decimal("0.1")
_RULES = {
    "completeness": "已报月数÷应报月数×分值",
    "timeliness": "截止日前报送月数÷应报月数×分值",
    "volume": "本年活动次数与培训期数之和不少于上年得满分，少于上年按比例得分；上年为0的，本年有即得满分",
    "targets": "各分单位统计目标占全县完成数比重的平均值，达到平均份额（1÷纳入评分单位数）得满分，不足按比例得分",
    "quality": "分值×已报月数÷应报月数，再减去每更正1个月的扣分，扣完为止",
}


@dataclass(frozen=True)
class UnitYear:
    """What a unit's score rests on (or, under code "", the county's: the 合计)."""

    unit_code: str
    unit_name: str
    due: int
    reported: int
    on_time: int
    corrected: int
    activities: int
    trainings: int
    last_activities: int | None
    """None: the unit was not using the app in the year before."""
    last_trainings: int | None
    share: Decimal | None
    """Its mean share (%) of the county's figure of the targets added up by unit; None: no plan or no figure."""

    @property
    def records(self) -> int:
        return self.activities + self.trainings

    @property
    def last_records(self) -> int | None:
        if self.last_activities is None or self.last_trainings is None:
            return None
        return self.last_activities + self.last_trainings


@dataclass(frozen=True)
class Score:
    parts: dict[str, Decimal]
    total: Decimal


def _fraction(part: Decimal, whole: Decimal) -> Decimal:
    return min(Decimal(1), part / whole) if whole else Decimal(0)


def score(year: UnitYear, points: ScorecardPoints, scored_units: int, with_targets: bool) -> Score:
    """The unit's points in each part and its total out of 100 (scaled over the parts that apply)."""
    worth = {part.code: Decimal(part.points) for part in points.parts}
    last = year.last_records
    volume = _fraction(Decimal(year.records), Decimal(last)) if last else Decimal(1 if year.records else 0)
    reported = _fraction(Decimal(year.reported), Decimal(year.due))
    earned = {
        "completeness": worth["completeness"] * reported,
        "timeliness": worth["timeliness"] * _fraction(Decimal(year.on_time), Decimal(year.due)),
        "volume": worth["volume"] * volume,
        # what was not reported earns no points for its quality either
        "quality": max(Decimal(0), worth["quality"] * reported - points.correction_deduction * year.corrected),
    }
    if with_targets:
        fair = Decimal(100) / scored_units
        earned["targets"] = worth["targets"] * _fraction(year.share or Decimal(0), fair)
    available = sum(worth[code] for code in earned)
    total = sum(earned.values(), Decimal(0)) * 100 / available if available else Decimal(0)
    return Score(
        {code: value.quantize(_ONE, rounding=ROUND_HALF_UP) for code, value in earned.items()},
        total.quantize(_ONE, rounding=ROUND_HALF_UP),
    )


def ranks(scores: dict[str, Decimal]) -> dict[str, int]:
    """Unit code -> its rank by score, highest first; equal scores share the rank (1, 1, 3)."""
    ordered = sorted(scores.values(), reverse=True)
    return {code: ordered.index(value) + 1 for code, value in scores.items()}


def _plan_progress(session: Session, reference: ReferenceData, year: int, today: date) -> PlanProgress | None:
    at = min(date(year, 12, 31), today)
    covering = plans_covering(reference, at)
    return plan_progress(session, reference, covering[0].code, at=at) if covering else None


def target_shares(progress: PlanProgress | None) -> dict[str, Decimal]:
    """Unit code -> its mean share (%) of the county's actual over the summed targets with a county figure;
    empty when there is no plan or no such figure."""
    if progress is None:
        return {}
    targets = [t for t in summed_targets(progress) if t.actual]
    shares: dict[str, list[Decimal]] = {}
    for target in targets:
        assert target.actual is not None
        found = {u.unit_code: u.actual or Decimal(0) for u in target.units}
        for code, actual in found.items():
            shares.setdefault(code, []).append(actual * 100 / target.actual)
    return {
        code: (sum(values, Decimal(0)) / len(targets)).quantize(_ONE, rounding=ROUND_HALF_UP)
        for code, values in shares.items()
    }


def _summaries(session: Session, year: int) -> dict[str, PeriodSummary]:
    held = held_summaries(session, f"{year:04d}-01", f"{year:04d}-12", by_unit=True)
    return {unit: summary for (unit, _period), summary in held.items()}


def unit_years(
    session: Session, reference: ReferenceData, year: int, shares: dict[str, Decimal], *, today: date
) -> list[UnitYear]:
    """Every reporting unit's year, in the reference order; ``shares`` as :func:`target_shares` gives them."""
    status = year_status(session, reference, year, today=today)
    this, last = _summaries(session, year), _summaries(session, year - 1)
    rules = reporting_rules(session)
    result = []
    for unit in status.units:
        cells = [status.cell(unit.code, period) for period in status.periods]
        held, before = this.get(unit.code), last.get(unit.code)
        first = rules.first_month(unit.code)
        in_use_before = first is not None and first <= f"{year - 1:04d}-12"
        result.append(
            UnitYear(
                unit.code,
                unit.name,
                due=sum(c.state in DUE for c in cells),
                reported=sum(c.state in REPORTED for c in cells),
                on_time=sum(c.state in REPORTED and c.days_late == 0 for c in cells),
                corrected=sum(c.corrected for c in cells if c.state in REPORTED),
                activities=held.activities_total().count if held else 0,
                trainings=held.trainings_total().sessions if held else 0,
                last_activities=(before.activities_total().count if before else 0) if in_use_before else None,
                last_trainings=(before.trainings_total().sessions if before else 0) if in_use_before else None,
                share=shares.get(unit.code, Decimal("0.0")) if shares else None,
            )
        )
    return result


def _change(this: int, last: int | None) -> ReportCell:
    if not last:
        return NONE
    return (Decimal(this - last) * 100 / last).quantize(_ONE, rounding=ROUND_HALF_UP)


def _basis_row(code: str, label: str, year: UnitYear, *, is_total: bool = False) -> ReportRow:
    last_activities: ReportCell = NOT_IN_USE if year.last_activities is None else year.last_activities
    last_trainings: ReportCell = NOT_IN_USE if year.last_trainings is None else year.last_trainings
    return ReportRow(
        code,
        label,
        (
            year.due,
            year.reported,
            rate(year.reported, year.due),
            year.on_time,
            year.reported - year.on_time,
            rate(year.on_time, year.due),
            year.activities,
            year.trainings,
            last_activities,
            last_trainings,
            _change(year.records, year.last_records),
            NONE if year.share is None else year.share,
            year.corrected,
        ),
        is_total=is_total,
    )


def _county_year(session: Session, years: list[UnitYear], year: int, with_targets: bool) -> UnitYear:
    """The 合计 row's facts: the units' months added up, the county's own activity totals of both years."""

    def county(of_year: int) -> PeriodSummary | None:
        return held_summaries(session, f"{of_year:04d}-01", f"{of_year:04d}-12").get(("", ""))

    this, last = county(year), county(year - 1)
    return UnitYear(
        "",
        "合计",
        due=sum(y.due for y in years),
        reported=sum(y.reported for y in years),
        on_time=sum(y.on_time for y in years),
        corrected=sum(y.corrected for y in years),
        activities=this.activities_total().count if this else 0,
        trainings=this.trainings_total().sessions if this else 0,
        last_activities=last.activities_total().count if last else 0,
        last_trainings=last.trainings_total().sessions if last else 0,
        share=Decimal(100) if with_targets and any(y.share is not None for y in years) else None,
    )


def _basis_table(total: UnitYear, years: list[UnitYear]) -> ReportTable:
    rows = [_basis_row("01", "合计", total, is_total=True)]
    rows += [_basis_row(f"{n:02d}", y.unit_name, y) for n, y in enumerate(years, start=2)]
    return ReportTable(
        "表2",
        "评分依据",
        "单位",
        (
            "应报（月）",
            "已报（月）",
            "报送率（%）",
            "按时（月）",
            "逾期（月）",
            "及时率（%）",
            "本年活动（次）",
            "本年培训（期）",
            "上年活动（次）",
            "上年培训（期）",
            "增减（%）",
            "占全县（%）",
            "更正（月）",
        ),
        tuple(rows),
        measure="月、次、期、%",
        groups=(("报送完整性", 3), ("报送及时性", 3), ("活动和培训工作量", 5), ("目标任务", 1), ("数据质量", 1)),
    )


def _score_table(points: ScorecardPoints, years: list[UnitYear], with_targets: bool) -> ReportTable:
    parts = [p for p in points.parts if with_targets or p.code != "targets"]
    scored = [y for y in years if y.due]
    scores = {y.unit_code: score(y, points, len(scored), with_targets) for y in scored}
    rank = ranks({code: s.total for code, s in scores.items()})
    order = sorted(scored, key=lambda y: rank[y.unit_code])  # stable: equal ranks keep the reference order
    rows = [
        ReportRow(
            f"{n:02d}",
            y.unit_name,
            (*(scores[y.unit_code].parts[p.code] for p in parts), scores[y.unit_code].total, rank[y.unit_code]),
        )
        for n, y in enumerate(order, start=1)
    ]
    rows += [
        ReportRow(f"{n:02d}", y.unit_name, (*(NONE for _p in parts), NONE, NOT_SCORED))
        for n, y in enumerate((y for y in years if not y.due), start=len(rows) + 1)
    ]
    columns = (*(f"{p.name_zh}（{p.points}分）" for p in parts), "总分", "排名")
    return ReportTable("表1", "评分及排名", "单位", columns, tuple(rows), measure="分")


def _rules_table(points: ScorecardPoints) -> ReportTable:
    rows = []
    for n, part in enumerate(points.parts, start=2):
        rule = _RULES[part.code]
        if part.code == "quality":
            rule = f"{rule}（每月扣{points.correction_deduction}分）"
        rows.append(ReportRow(f"{n:02d}", f"{part.name_zh}：{rule}", (part.points,)))
    total = ReportRow("01", "合计", (sum(p.points for p in points.parts),), is_total=True)
    return ReportTable("表3", "评分办法", "评分项目及计分办法", ("分值",), (total, *rows), measure="分")


def _notes(year: int, today: date, years: list[UnitYear], progress: PlanProgress | None) -> tuple[str, ...]:
    notes = [
        f"报送情况截至{today:%Y年%m月%d日}：应报为已到报送截止日、且在该单位首次报送月份及以后的月份；"
        "已报含按时、逾期和零报告，按时为截止日前报送。",
        "活动和培训工作量为活动次数与培训期数之和，与上年比较；"
        f"上年尚未使用本系统（首次报送月份在本年）的单位，上年为“{NOT_IN_USE}”，本年有活动或培训即得满分。",
        "更正为所报月报已由更正版本（第2版及以后）替换的月份数。",
    ]
    if progress is None:
        notes.append(f"没有规划覆盖{year}年，目标任务一项不计分，总分按其余各项折算为100分。")
    elif not any(y.share is not None for y in years):
        notes.append(
            f"{progress.plan.name}中按单位汇总的目标尚无完成数，目标任务一项不计分，总分按其余各项折算为100分。"
        )
    else:
        notes.append(
            f"占全县比重为该单位在{progress.plan.name}各项按单位汇总的目标中完成数占全县完成数的百分比的平均值。"
        )
    left_out = [y.unit_name for y in years if not y.due]
    if left_out:
        notes.append(f"本年度无应报月份、未纳入评分的单位：{'、'.join(left_out)}。")
    return tuple(notes)


def scorecard_report(session: Session, reference: ReferenceData, year: str, *, today: date) -> Report:
    """The scorecard of ``year`` (2025) as it stands on ``today``."""
    number = int(year)
    points = scorecard_points()
    progress = _plan_progress(session, reference, number, today)
    shares = target_shares(progress)
    years = unit_years(session, reference, number, shares, today=today)
    with_targets = bool(shares)
    total = _county_year(session, years, number, with_targets)
    office = office_name(reference)
    return Report(
        kind="scorecard",
        scope=year,
        title=f"襄汾县全民科学素质工作年度督促检查评分表（{year}年）",
        form_number=FORM_NUMBER,
        authority=office,
        office=office,
        period_label=f"{year}年",
        made_on=today,
        sheets=(
            ReportSheet("评分及排名", (_score_table(points, years, with_targets), _basis_table(total, years))),
            ReportSheet("评分办法", (_rules_table(points),)),
        ),
        notes=_notes(number, today, years, progress),
        file_stem=f"督查评分_{year}",
        is_demo=is_demo(session),
    )
