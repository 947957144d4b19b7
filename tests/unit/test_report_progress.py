"""The target progress report (襄科素汇2表): every figure is plan_progress's, and the unit table adds up.

Plan ZZ-2021-2023 (made with the editing functions): high-quality farmers trained (cumulative, shared among the two
units), migrant workers trained (yearly), demonstration bases (count). 新城镇 (U1) reports 2021-03, 2022-05 and
2023-02; 赵康镇 (U2) starts in 2023-04.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kesu_desktop.county.reports.document import ReportChart
from kesu_desktop.county.reports.progress import STATUS_ZH, cell, target_progress_report
from kesu_desktop.county.targets.progress import STATUSES, choose_plan, plan_progress
from kesu_desktop.plans import editing, entries
from kesu_desktop.plans.rules import PlanFields, TargetFields
from kesu_desktop.reference.data import ReferenceData, read_reference
from kesu_desktop.store.database import Store
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training

U1, U2 = "141023101", "141023102"
PLAN = "ZZ-2021-2023"  # sorts after the seeded plan, so choose_plan picks it in 2021–2023
FARMERS = {"records": "trainings", "figure": "trainees", "kinds": ["high_quality_farmer"]}
MIGRANTS = {"records": "trainings", "figure": "trainees", "kinds": ["migrant_worker"]}
TARGETS = (
    TargetFields(
        "farmers", "高素质农民培训", "farmers", "cumulative", ">=", Decimal(500), "人次", None, json.dumps(FARMERS)
    ),
    TargetFields(
        "migrants", "进城务工人员培训", "migrants", "yearly", ">=", Decimal(20), "人次", None, json.dumps(MIGRANTS)
    ),
    TargetFields(
        "bases", "农村科普示范基地", "bases", "count", ">=", Decimal(3), "个", None, '{"stock": "rural_demo_bases"}'
    ),
)


def _returns(reference: ReferenceData) -> list[tuple[dict, datetime]]:
    def held(unit: str, period: str, trainees: int, migrants: int, bases: int) -> tuple[dict, datetime]:
        day = date(int(period[:4]), int(period[5:]), 3)
        trainings = [
            training(day, trainees=trainees),
            training(day, kind="migrant_worker", group="workers", trainees=migrants),
        ]
        content = payload(
            reference,
            unit,
            period,
            trainings=trainings,
            activities=[activity(day, groups=("elderly",), key_project="infrastructure")],
            stock={"rural_demo_bases": bases},
        )
        return content, datetime(day.year, day.month, 4, 9)

    return [
        held(U1, "2021-03", 100, 25, 1),
        held(U1, "2022-05", 150, 10, 2),
        held(U1, "2023-02", 60, 30, 3),
        held(U2, "2023-04", 90, 5, 1),
    ]


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    with store.transaction() as session:
        editing.create_plan(
            session, reference, PlanFields(PLAN, "测试规划（2021-2023年）", "测试〔2021〕1号", 2021, 2023), TARGETS
        )
        entries.set_share(session, reference, PLAN, "farmers", U1, "300")
        entries.set_share(session, reference, PLAN, "farmers", U2, "200")
        hold(session, reference, _returns(reference))
    with store.reading() as session:
        reference = read_reference(session)
    yield store, reference
    store.close()


@pytest.mark.parametrize(
    ("period", "at"), [("2022", date(2022, 12, 31)), ("2023-Q2", date(2023, 5, 20)), ("2023-05", date(2023, 5, 20))]
)
def test_every_figure_is_plan_progress(county, period, at):
    store, reference = county
    with store.reading() as session:
        report = target_progress_report(session, reference, period, today=date(2023, 5, 20))
        expected = plan_progress(session, reference, PLAN, at=at)
    table = report.table("表1")
    assert [row.label for row in table.rows] == [t.target.name("zh") for t in expected.targets]
    for row, target in zip(table.rows, expected.targets, strict=True):
        _unit, _figure, actual, percent, expected_now, forecast, status = row.cells
        assert (actual, percent, expected_now, forecast) == tuple(
            cell(v) for v in (target.actual, target.percent, target.expected, target.forecast)
        )
        assert status == STATUS_ZH[target.status]
    assert (report.kind, report.form_number, report.file_stem) == ("targets", "襄科素汇2表", f"目标进展_{period}")
    charts = [s for s in report.sheets[0].sections if isinstance(s, ReportChart)]
    assert charts[0].series[0].values == tuple(
        None if t.percent is None else float(t.percent) for t in expected.targets
    )
    migrants = next(t for t in expected.targets if t.target.code == "migrants")
    assert charts[1].kind == "line"
    assert charts[1].series[0].values == tuple(None if y.actual is None else float(y.actual) for y in migrants.years)


def test_the_unit_table_adds_up_to_the_county_and_names_the_shares(county):
    store, reference = county
    with store.reading() as session:
        report = target_progress_report(session, reference, "2023", today=date(2024, 2, 1))
        expected = plan_progress(session, reference, PLAN, at=date(2023, 12, 31))
    units = report.table("表2")
    total, *rows = units.rows
    assert choose_plan(reference, date(2023, 12, 31)).code == PLAN
    for column, target in enumerate(expected.targets):
        assert total.cells[2 * column] == cell(target.actual)
        assert sum(row.cells[2 * column] for row in rows if row.cells[2 * column] != "—") == target.actual
    assert [row.label for row in rows] == ["新城镇", "赵康镇"]
    farmers = {u.unit_code: u for u in expected.targets[0].units}
    shares = report.table("表3").rows
    assert shares[1].cells == (cell(farmers[U2].share), cell(farmers[U2].actual), cell(farmers[U2].percent))


def test_every_status_has_its_chinese_words():
    assert set(STATUS_ZH) == set(STATUSES)


def test_a_year_no_plan_covers_says_so_and_shows_the_latest_plan_before_it(county):
    store, reference = county
    with store.reading() as session:
        later = target_progress_report(session, reference, "2026", today=date(2027, 1, 10))
        covered = target_progress_report(session, reference, "2022", today=date(2027, 1, 10))
    latest = max((p for p in reference.plans if p.start_year <= 2026), key=lambda p: (p.end_year, p.start_year))
    assert latest.end_year < 2026 and latest.name in later.notes[0]
    assert later.notes[1].startswith("没有规划覆盖2026年")
    assert not any("没有规划覆盖" in note for note in covered.notes)
