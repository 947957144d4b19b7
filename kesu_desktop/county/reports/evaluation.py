"""The end-of-plan evaluation (总结评估, 襄科素汇3表): the county's own words (:mod:`.texts`), each target's verdict
at the plan's end (已完成 or 未完成, the cockpit's own), its figures by year and by unit, the activity of the
improvement actions (target groups) and key projects by year, and how completely each unit reported each year.

Target figures come from :func:`plan_progress` (at the plan's end, and at each year's end for the figures by
year), activity from :func:`held_summaries` over each year, reporting from :func:`year_status`. A year before a
unit's first month of reporting reads 未使用本系统, never 0: the unit was not using the app yet; or 台账补录 when
the county brought in the unit's ledger (台账) of it: the ledger's figures count in every table, named in a note
and listed apart (表7), never as a signed return's.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.sums import held_summaries, ledger_summaries
from kesu_desktop.county.reports.document import Report, ReportCell, ReportRow, ReportSheet, ReportTable, ReportText
from kesu_desktop.county.reports.progress import (
    cell,
    is_demo,
    office_name,
    rate,
    share_table,
    unit_notes,
    unit_table,
)
from kesu_desktop.county.reports.texts import EVALUATION_SECTIONS, report_texts
from kesu_desktop.county.status.grid import year_status
from kesu_desktop.county.status.rules import reporting_rules
from kesu_desktop.county.targets.progress import PlanProgress, TargetProgress, choose_plan, plan_progress
from kesu_desktop.reference.data import PlanInfo, ReferenceData
from kesu_desktop.returns.aggregation import PeriodSummary

FORM_NUMBER = "襄科素汇3表"
NOT_IN_USE = "未使用本系统"
LEDGER = "台账补录"
VERDICTS = {"met": "已完成", "not_met": "未完成"}
"""The verdict of a target at the plan's end; any other status (no data) reads 无数据."""
NO_ENDED_PLAN = QT_TRANSLATE_NOOP("Errors", "No plan has ended before {today}, so there is no plan to evaluate.")
_YEARS_IN_NAME = re.compile(r"[（(]\s*\d{4}\s*[-—–－]\s*\d{4}\s*年?\s*[）)]")


def ended_plan(reference: ReferenceData, today: date, plan_code: str | None) -> PlanInfo:
    """Plan ``plan_code``, or by default the plan that ended most recently before ``today``."""
    if plan_code is not None:
        plan = choose_plan(reference, today, plan_code)
        assert isinstance(plan, PlanInfo)
        return plan
    ended = [p for p in reference.plans if not p.retired and date(p.end_year, 12, 31) < today]
    if not ended:
        raise KesuError(NO_ENDED_PLAN, today=today.isoformat())
    return max(ended, key=lambda p: (p.end_year, p.start_year, p.code))


def title_of(plan: PlanInfo) -> str:
    """襄汾县全民科学素质行动规划（2021—2025年）总结评估报告, from the plan's name and years."""
    name = _YEARS_IN_NAME.sub("", plan.name).strip()
    return f"{name}（{plan.start_year}—{plan.end_year}年）总结评估报告"


def verdict(target: TargetProgress) -> str:
    return VERDICTS.get(target.status, "无数据")


def _verdict_table(progress: PlanProgress) -> ReportTable:
    rows = tuple(
        ReportRow(
            f"{n:02d}",
            t.target.name("zh"),
            (t.target.measure_unit, cell(t.target.figure), cell(t.actual), cell(t.percent), verdict(t)),
        )
        for n, t in enumerate(progress.targets, start=1)
    )
    columns = ("计量单位", "目标值", "规划期末完成", "完成百分比（%）", "评估结论")
    return ReportTable("表1", "规划目标完成情况", "目标", columns, rows, measure="按各目标计量单位")


def year_figure(target: TargetProgress, year: int, at_year_end: dict[int, TargetProgress]) -> Decimal | None:
    """A target's figure of ``year``: a yearly target's own; a cumulative one's growth over the year (the years
    add up to the plan's total); any other its standing at the year's end."""
    if target.target.kind == "yearly":
        return next((y.actual for y in target.years if y.year == year), None)
    actual = at_year_end[year].actual
    if target.target.kind != "cumulative" or actual is None:
        return actual
    before = at_year_end.get(year - 1)
    return actual - (before.actual or Decimal(0)) if before is not None else actual


def _years_table(progress: PlanProgress, by_year: dict[int, PlanProgress]) -> ReportTable:
    years = sorted(by_year)
    rows = []
    for n, t in enumerate(progress.targets, start=1):
        at_year_end = {y: by_year[y].targets[n - 1] for y in years}
        figures = tuple(cell(year_figure(t, y, at_year_end)) for y in years)
        rows.append(ReportRow(f"{n:02d}", t.target.name("zh"), (t.target.measure_unit, *figures, cell(t.actual))))
    columns = ("计量单位", *(f"{y}年" for y in years), "规划期末")
    return ReportTable("表2", "规划目标分年度完成情况", "目标", columns, tuple(rows), measure="按各目标计量单位")


def _held_by_year(session: Session, years: list[int]) -> dict[int, PeriodSummary]:
    result = {}
    for year in years:
        held = held_summaries(session, f"{year}-01", f"{year}-12", with_ledgers=True)
        result[year] = held.get(("", ""), PeriodSummary("", date(year, 1, 1), date(year, 12, 31)))
    return result


def _groups_table(reference: ReferenceData, held: dict[int, PeriodSummary]) -> ReportTable:
    years = sorted(held)
    rows = []
    for n, group in enumerate(reference.target_groups, start=1):
        cells: list[ReportCell] = []
        for year in years:
            activities = held[year].activities_by_group().get(group.code)
            trainings = held[year].trainings_by_group().get(group.code)
            cells += [
                activities.count if activities else 0,
                activities.participants if activities else 0,
                trainings.trainees if trainings else 0,
            ]
        rows.append(ReportRow(f"{n:02d}", group.name("zh"), tuple(cells)))
    return ReportTable(
        "表4",
        "五项提升行动（按对象）分年度开展情况",
        "提升行动对象",
        tuple(c for _y in years for c in ("活动次数", "活动人次", "培训人次")),
        tuple(rows),
        measure="次、人次",
        groups=tuple((f"{y}年", 3) for y in years),
    )


def _projects_table(reference: ReferenceData, held: dict[int, PeriodSummary]) -> ReportTable:
    years = sorted(held)
    rows = []
    for n, project in enumerate(reference.key_projects, start=1):
        cells: list[ReportCell] = []
        for year in years:
            activities = held[year].activities_by_key_project.get(project.code)
            cells += [activities.count if activities else 0, activities.participants if activities else 0]
        rows.append(ReportRow(f"{n:02d}", project.name("zh"), tuple(cells)))
    return ReportTable(
        "表5",
        "五项重点工程分年度开展情况",
        "重点工程",
        tuple(c for _y in years for c in ("活动次数", "活动人次")),
        tuple(rows),
        measure="次、人次",
        groups=tuple((f"{y}年", 2) for y in years),
    )


def _ledgers_by_year(session: Session, years: list[int]) -> dict[tuple[str, int], PeriodSummary]:
    """(unit, year) -> the figures of the unit's ledgers the county brought in for the year's months that no
    return covers."""
    result = {}
    for year in years:
        for (unit, _period), summary in ledger_summaries(session, f"{year}-01", f"{year}-12", by_unit=True).items():
            result[(unit, year)] = summary
    return result


def _ledger_table(
    reference: ReferenceData, years: list[int], ledgers: dict[tuple[str, int], PeriodSummary]
) -> ReportTable:
    """Units × years of the figures from ledgers (台账), apart from the signed returns'."""
    rows: list[ReportRow] = []
    for unit in reference.reporting_units():
        if not any((unit.code, year) in ledgers for year in years):
            continue
        cells: list[ReportCell] = []
        for year in years:
            summary = ledgers.get((unit.code, year))
            if summary is None:
                cells += ["—", "—", "—"]
                continue
            activities, trainings = summary.activities_total(), summary.trainings_total()
            cells += [activities.count, activities.participants, trainings.trainees]
        rows.append(ReportRow(f"{len(rows) + 1:02d}", unit.name, tuple(cells)))
    return ReportTable(
        "表7",
        f"各单位{LEDGER}数据（未经签章，已计入表1至表5）",
        "单位",
        tuple(c for _y in years for c in ("活动次数", "活动人次", "培训人次")),
        tuple(rows),
        measure="次、人次",
        groups=tuple((f"{y}年", 3) for y in years),
    )


def _reporting_table(
    session: Session,
    reference: ReferenceData,
    plan: PlanInfo,
    today: date,
    ledgers: dict[tuple[str, int], PeriodSummary],
) -> ReportTable:
    """Units × years: returns received of those due (%), 未使用本系统 for a year before the unit's first month, or
    台账补录 when the county holds the unit's ledger of it."""
    years = list(range(plan.start_year, plan.end_year + 1))
    statuses = {year: year_status(session, reference, year, today=today) for year in years}
    rules = reporting_rules(session)
    totals = [statuses[y].overall_rate() for y in years]
    rows = [ReportRow("01", "合计", tuple(rate(r.reported, r.due) for r in totals), is_total=True)]
    for unit in reference.reporting_units():
        first = rules.first_month(unit.code)
        cells: list[ReportCell] = []
        for year in years:
            if first is None or first > f"{year:04d}-12":
                cells.append(LEDGER if (unit.code, year) in ledgers else NOT_IN_USE)
            else:
                unit_rate = statuses[year].unit_rate(unit.code)
                cells.append(rate(unit_rate.reported, unit_rate.due))
        rows.append(ReportRow(f"{len(rows) + 1:02d}", unit.name, tuple(cells)))
    columns = tuple(f"{y}年" for y in years)
    return ReportTable("表6", "各单位分年度报送率（已报/应报）", "单位", columns, tuple(rows), measure="%")


def _ledger_notes(reference: ReferenceData, ledgers: dict[tuple[str, int], PeriodSummary]) -> list[str]:
    if not ledgers:
        return []
    years: dict[str, list[int]] = {}
    for unit, year in sorted(ledgers):
        years.setdefault(unit, []).append(year)
    held = "；".join(
        f"{unit.name}{'、'.join(f'{y}年' for y in years[unit.code])}" for unit in reference.units if unit.code in years
    )
    return [
        f"表1至表5含各单位使用本系统之前的{LEDGER}数据（{held}）：由县科协办公室据单位手工台账录入，未经签章，"
        f"明细见表7；同一月份有签章月报的，只计月报。"
    ]


def _texts(session: Session, plan: PlanInfo) -> tuple[ReportText, ...]:
    stored = report_texts(session, "evaluation", plan.code)
    return tuple(ReportText(key, heading, stored.get(key, "")) for key, heading in EVALUATION_SECTIONS)


def evaluation_report(session: Session, reference: ReferenceData, plan_code: str | None, *, today: date) -> Report:
    """The evaluation of plan ``plan_code`` (by default the one that ended most recently before ``today``)."""
    plan = ended_plan(reference, today, plan_code)
    years = list(range(plan.start_year, plan.end_year + 1))
    progress = plan_progress(session, reference, plan.code, at=date(plan.end_year, 12, 31), with_ledgers=True)
    by_year = {y: plan_progress(session, reference, plan.code, at=date(y, 12, 31), with_ledgers=True) for y in years}
    held = _held_by_year(session, years)
    ledgers = _ledgers_by_year(session, years)
    unit_tables: list[ReportTable] = [unit_table(reference, progress, "表3")]
    shares = share_table(reference, progress, "表3-1")
    if shares is not None:
        unit_tables.append(shares)
    notes = [
        "评估结论按规划期末各目标完成情况判定：达到目标值为已完成，否则为未完成；无数据的目标另行说明。",
        "分年度完成情况：按年目标为当年数，累计目标为当年新增数（各年之和为规划期末数），其余为年末数。",
        "报送率为已报送（含按时、逾期、零报告）月报数占应报月报数的百分比；"
        f"首次报送月份之前的年度为“{NOT_IN_USE}”，不计为0。",
        *unit_notes(progress),
        *_ledger_notes(reference, ledgers),
    ]
    reporting: tuple[ReportTable, ...] = (_reporting_table(session, reference, plan, today, ledgers),)
    if ledgers:
        reporting += (_ledger_table(reference, years, ledgers),)
    office = office_name(reference)
    return Report(
        kind="evaluation",
        scope=plan.code,
        title=title_of(plan),
        form_number=FORM_NUMBER,
        authority=office,
        office=office,
        period_label=f"{plan.start_year}—{plan.end_year}年",
        made_on=today,
        sheets=(
            ReportSheet("总结评估", _texts(session, plan)),
            ReportSheet("目标完成情况", (_verdict_table(progress), _years_table(progress, by_year))),
            ReportSheet("各单位完成情况", tuple(unit_tables)),
            ReportSheet("行动与工程", (_groups_table(reference, held), _projects_table(reference, held))),
            ReportSheet("报送情况", reporting),
        ),
        notes=tuple(notes),
        file_stem=f"总结评估_{plan.code}",
        is_demo=is_demo(session),
    )
