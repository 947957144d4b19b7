"""The year's figures in the shape of the national survey's activity rows (全国科普统计调查, 科普活动): 襄科素汇4表.

Sheet 1 is the table of the survey's rows, 次/期 and 人次: a 合计 row, each main row (every activity by its form's
row, every training by its kind's row, in 期 and 人次), then the "of which" rows (科技活动周, 重大科普活动,
青少年科普), parts never added into the 合计; so no event is counted twice. Sheet 2 shows the mapping used, the
county's own choices marked. Every figure comes from :func:`held_summaries` over the year's months.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.reports.document import Report, ReportRow, ReportSheet, ReportTable
from kesu_desktop.county.reports.survey_mapping import SurveyMapping, survey_mapping
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.survey_rows import SurveyRow, survey_rows
from kesu_desktop.returns.aggregation import ActivityFigures, PeriodSummary
from kesu_desktop.store.installation import read_installation

FORM_NUMBER = "襄科素汇4表"
TITLE = "襄汾县科普活动统计（全国科普统计调查口径）"
_COLUMNS = ("举办次数（次/期）", "参加人次")
_MAPPING_COLUMNS = ("参考代码", "表1代码", "计入表1栏目", "口径")


def survey_figures(summary: PeriodSummary, mapping: SurveyMapping) -> dict[str, tuple[int, int]]:
    """Row code -> (次 or 期, 人次) of every survey row: activities by their form's row (次, participants), trainings
    by their kind's row (sessions, trainees), the "of which" rows from the activities they count."""
    rows = survey_rows()
    figures = {row.code: (0, 0) for row in rows.rows}

    def add(code: str, count: int, people: int) -> None:
        held = figures[code]
        figures[code] = (held[0] + count, held[1] + people)

    for form, activities in summary.activities_by_form().items():
        add(mapping.row_of_form(form), activities.count, activities.participants)
    for kind, trainings in summary.trainings_by_kind().items():
        add(mapping.row_of_kind(kind), trainings.sessions, trainings.trainees)
    for row in rows.rows:
        if row.is_part:
            part = _part(row, summary)
            figures[row.code] = (part.count, part.participants)
    return figures


def _part(row: SurveyRow, summary: PeriodSummary) -> ActivityFigures:
    if row.campaign is not None:
        return summary.activities_by_campaign.get(row.campaign, ActivityFigures())
    if row.target_group is not None:
        return summary.activities_by_group().get(row.target_group, ActivityFigures())
    return summary.major_events


def _table_code(row_code: str) -> str:
    """The code of a survey row in 表1: 01 is the 合计, the rows follow in the reference data's order."""
    return f"{[row.code for row in survey_rows().rows].index(row_code) + 2:02d}"


def _rows_table(figures: dict[str, tuple[int, int]]) -> ReportTable:
    rows = survey_rows()
    main = rows.main_rows()
    total = (sum(figures[r.code][0] for r in main), sum(figures[r.code][1] for r in main))
    table_rows = [ReportRow("01", "合计", total, is_total=True)]
    for row in rows.rows:
        label = f"其中：{row.name('zh')}" if row.is_part else row.name("zh")
        table_rows.append(ReportRow(_table_code(row.code), label, figures[row.code], is_part=row.is_part))
    return ReportTable(
        number="表1",
        title="科普活动（全国科普统计调查栏目）",
        label_heading="栏目",
        columns=_COLUMNS,
        rows=tuple(table_rows),
        measure="次、期、人次",
    )


def _mapping_table(number: str, title: str, heading: str, items: list[tuple[str, str, str, bool]]) -> ReportTable:
    """``items``: (code, name, row code, overridden) of each form or kind."""
    rows = survey_rows()
    table_rows = tuple(
        ReportRow(
            f"{n:02d}",
            name,
            (code, _table_code(row_code), rows.row(row_code).name("zh"), "本县调整" if overridden else "默认"),
        )
        for n, (code, name, row_code, overridden) in enumerate(items, start=1)
    )
    return ReportTable(number, title, heading, _MAPPING_COLUMNS, table_rows, measure="—")


def _mapping_tables(reference: ReferenceData, mapping: SurveyMapping) -> tuple[ReportTable, ReportTable]:
    forms = [
        (f.code, f.name("zh"), mapping.row_of_form(f.code), ("activity_form", f.code) in mapping.overridden)
        for f in reference.activity_forms
    ]
    kinds = [
        (k.code, k.name("zh"), mapping.row_of_kind(k.code), ("training_kind", k.code) in mapping.overridden)
        for k in reference.training_kinds
    ]
    return (
        _mapping_table("表2-1", "活动形式计入的调查栏目", "活动形式", forms),
        _mapping_table("表2-2", "培训类别计入的调查栏目", "培训类别", kinds),
    )


def _notes(rows_held: bool) -> tuple[str, ...]:
    major_from = survey_rows().major_from()
    notes = [
        "活动按活动形式、培训按培训类别各计入一个调查栏目（对应关系见表2），合计为各栏目之和，同一活动不重复计算。",
        "实用技术培训按期数和参加人次计；“其中”栏目为上列栏目的一部分，不计入合计。",
        "科技活动周为标注“科技活动周”的活动；青少年科普为主要对象为青少年的活动。",
    ]
    if major_from is not None:
        notes.append(f"重大科普活动为单次参加人数在{major_from}人次及以上的活动。")
    if not rows_held:
        notes.append("本年度尚未收到任何单位的月报，各项数字为0。")
    return tuple(notes)


def survey_report(session: Session, reference: ReferenceData, year: str, *, today: date) -> Report:
    """The survey report of ``year`` (2025) from the held returns of its twelve months."""
    held = held_summaries(session, f"{year}-01", f"{year}-12")
    summary = held.get(("", ""), PeriodSummary("", date(int(year), 1, 1), date(int(year), 12, 31)))
    mapping = survey_mapping(session, reference)
    office = next(unit.name for unit in reference.units if unit.kind == "county_office")
    installation = read_installation(session)
    return Report(
        kind="survey",
        scope=year,
        title=TITLE,
        form_number=FORM_NUMBER,
        authority=office,
        office=office,
        period_label=f"{year}年",
        made_on=today,
        sheets=(
            ReportSheet("科普活动", (_rows_table(survey_figures(summary, mapping)),)),
            ReportSheet("调查栏目对应", _mapping_tables(reference, mapping)),
        ),
        notes=_notes(bool(held)),
        file_stem=f"科普统计_{year}",
        is_demo=installation is not None and installation.is_demo,
    )
