"""The annual supervision scorecard (襄科素汇5表): each part's points worked out by hand for two townships, the
ranking highest first with ties sharing a rank, a unit with nothing due left out (未纳入), the basis table's
months adding up to its 合计 and its activities equal to the county's totals, the targets part left out and the
total scaled when no plan covers the year, and the points read from their data file.

2025, seen on 2026-01-20 (returns due by the 5th): 新城镇 (A) reports every month on time, two activities a
month against one a month in 2024, and trains no farmers; 赵康镇 (B) reports January to September, January to
March late, May corrected, an activity and a farmers' training a month against seven such months in 2024, so
it trains every farmer of plan ZZ-2025's one target; 汾城镇 (C) starts in 2026.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesu_desktop.base.errors import ReferenceDataError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.reports.scorecard import NOT_SCORED, UnitYear, ranks, score, scorecard_report
from kesu_desktop.plans import editing
from kesu_desktop.plans.rules import PlanFields, TargetFields
from kesu_desktop.reference.data import ReferenceData, read_reference
from kesu_desktop.reference.scorecard_points import FILE_NAME, read_scorecard_points, scorecard_points
from kesu_desktop.store.database import Store
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training

A, B, C = "141023101", "141023102", "141023103"
TODAY = date(2026, 1, 20)
POINTS = scorecard_points()
FARMERS = {"records": "trainings", "figure": "trainees", "kinds": ["high_quality_farmer"]}
TARGET = TargetFields(
    "farmers", "高素质农民培训", "farmers", "cumulative", ">=", Decimal(500), "人次", None, json.dumps(FARMERS)
)


def _month(reference: ReferenceData, unit: str, period: str, **records: Any) -> dict[str, Any]:
    return payload(reference, unit, period, **records)


def _received(period: str, day: int) -> datetime:
    year, month = int(period[:4]), int(period[5:])
    return datetime(year + month // 12, month % 12 + 1, day, 9)


def _returns(reference: ReferenceData) -> list[tuple[dict[str, Any], datetime]]:
    held = []
    for month in range(1, 13):
        last, this = f"2024-{month:02d}", f"2025-{month:02d}"
        day_last, day_this = date(2024, month, 8), date(2025, month, 8)
        held.append((_month(reference, A, last, activities=[activity(day_last)]), _received(last, 3)))
        two = [activity(day_this), activity(day_this)]
        held.append((_month(reference, A, this, activities=two), _received(this, 3)))
        both = {"activities": [activity(day_last)], "trainings": [training(day_last)]}
        if month >= 6:
            held.append((_month(reference, B, last, **both), _received(last, 3)))
        if month <= 9:
            both = {"activities": [activity(day_this)], "trainings": [training(day_this)]}
            held.append((_month(reference, B, this, **both), _received(this, 20 if month <= 3 else 3)))
    corrected = payload(reference, B, "2025-05", activities=[activity(date(2025, 5, 8))], version=2)
    corrected["trainings"] = [training(date(2025, 5, 8))]
    held.append((corrected, _received("2025-05", 4)))
    held.append((_month(reference, C, "2026-01", activities=[activity(date(2026, 1, 3))]), datetime(2026, 1, 4)))
    return held


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path_factory.mktemp("scorecard"))
    with store.transaction() as session:
        editing.create_plan(session, reference, PlanFields("ZZ-2025", "测试规划（2025年）", "", 2025, 2025), (TARGET,))
        hold(session, reference, _returns(reference))
    with store.reading() as session:
        reference = read_reference(session)
    yield store, reference
    store.close()


def _rows(report: Any, number: str) -> dict[str, tuple[Any, ...]]:
    return {row.label: row.cells for row in report.table(number).rows}


def test_each_part_is_scored_as_the_rules_table_says(county):
    store, reference = county
    with store.reading() as session:
        report = scorecard_report(session, reference, "2025", today=TODAY)
    scores = _rows(report, "表1")
    # completeness, timeliness, volume, targets, quality, total, rank
    # 赵康镇's quality: 10 × 9/12 reported, less 2 for its corrected month
    assert scores["赵康镇"] == (Decimal("22.5"), Decimal("10.0"), Decimal("20.0"), Decimal("20.0"), Decimal("5.5"),
                                Decimal("78.0"), 2)  # fmt: skip
    assert scores["新城镇"] == (Decimal("30.0"), Decimal("20.0"), Decimal("20.0"), Decimal("0.0"), Decimal("10.0"),
                                Decimal("80.0"), 1)  # fmt: skip
    assert [row.label for row in report.table("表1").rows][:2] == ["新城镇", "赵康镇"]
    basis = _rows(report, "表2")
    assert basis["赵康镇"] == (12, 9, Decimal("75.0"), 6, 3, Decimal("50.0"), 9, 9, 7, 7, Decimal("28.6"),
                               Decimal("100.0"), 1)  # fmt: skip
    assert basis["新城镇"] == (12, 12, Decimal("100.0"), 12, 0, Decimal("100.0"), 24, 0, 12, 0, Decimal("100.0"),
                               Decimal("0.0"), 0)  # fmt: skip
    assert [part.points for part in POINTS.parts] == [row.cells[0] for row in report.table("表3").rows[1:]]


def test_a_unit_with_nothing_due_is_left_out_and_named(county):
    store, reference = county
    with store.reading() as session:
        report = scorecard_report(session, reference, "2025", today=TODAY)
    assert _rows(report, "表1")["汾城镇"][-1] == NOT_SCORED
    assert _rows(report, "表2")["汾城镇"][:2] == (0, 0)
    assert any("未纳入评分" in note and "汾城镇" in note for note in report.notes)
    assert not any(note[:1].isdigit() for note in report.notes)  # the writers number the notes


def test_the_basis_adds_up_to_its_total_and_the_total_is_the_countys(county):
    store, reference = county
    with store.reading() as session:
        report = scorecard_report(session, reference, "2025", today=TODAY)
        this = held_summaries(session, "2025-01", "2025-12")[("", "")]
        last = held_summaries(session, "2024-01", "2024-12")[("", "")]
    rows = report.table("表2").rows
    total, units = rows[0], rows[1:]
    assert total.is_total and total.label == "合计"
    for column in (0, 1, 3, 4, 6, 7, 12):
        assert total.cells[column] == sum(row.cells[column] for row in units)
    assert total.cells[6:10] == (
        this.activities_total().count,
        this.trainings_total().sessions,
        last.activities_total().count,
        last.trainings_total().sessions,
    )


def test_without_a_plan_the_targets_part_is_left_out_and_the_total_scaled(county):
    store, reference = county
    with store.reading() as session:
        report = scorecard_report(session, reference, "2019", today=TODAY)
        this_year = scorecard_report(session, reference, "2025", today=TODAY)
    assert "目标任务贡献（20分）" not in report.table("表1").columns
    assert "目标任务贡献（20分）" in this_year.table("表1").columns
    assert all(cells[-1] == NOT_SCORED for cells in _rows(report, "表1").values())
    assert any("没有规划覆盖2019年" in note for note in report.notes)


def _year(**facts: Any) -> UnitYear:
    plain = {"due": 12, "reported": 12, "on_time": 12, "corrected": 0, "activities": 10, "trainings": 0}
    plain.update(last_activities=10, last_trainings=0, share=Decimal(50))
    plain.update(facts)
    return UnitYear("u", "单位", **plain)


def test_the_total_is_scaled_over_the_parts_that_apply():
    half = _year(reported=6, on_time=6)  # 15 + 10 + 20 + 5 = 50 of the 80 points without the targets part
    assert score(half, POINTS, 2, with_targets=False).total == Decimal("62.5")
    assert score(half, POINTS, 2, with_targets=True).total == Decimal("70.0")  # and 20 for an equal share


def test_volume_is_full_for_a_unit_new_to_the_app_with_work_and_nothing_without():
    new = _year(last_activities=None, last_trainings=None)
    idle = _year(activities=0, last_activities=0)
    fewer = _year(activities=5)
    assert score(new, POINTS, 2, with_targets=True).parts["volume"] == Decimal("20.0")
    assert score(idle, POINTS, 2, with_targets=True).parts["volume"] == Decimal("0.0")
    assert score(fewer, POINTS, 2, with_targets=True).parts["volume"] == Decimal("10.0")


def test_corrections_cost_points_down_to_nothing_and_months_not_reported_earn_none():
    assert score(_year(corrected=3), POINTS, 2, with_targets=True).parts["quality"] == Decimal("4.0")
    assert score(_year(corrected=9), POINTS, 2, with_targets=True).parts["quality"] == Decimal("0.0")
    assert score(_year(reported=6, on_time=6), POINTS, 2, with_targets=True).parts["quality"] == Decimal("5.0")
    assert score(_year(reported=0, on_time=0), POINTS, 2, with_targets=True).parts["quality"] == Decimal("0.0")


def test_equal_scores_share_a_rank_and_the_next_rank_is_skipped():
    assert ranks({"a": Decimal(90), "b": Decimal(95), "c": Decimal(90), "d": Decimal(80)}) == {
        "b": 1,
        "a": 2,
        "c": 2,
        "d": 4,
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.builds(
            _year,
            due=st.integers(1, 12),
            reported=st.integers(0, 12),
            on_time=st.integers(0, 12),
            corrected=st.integers(0, 12),
            activities=st.integers(0, 50),
            trainings=st.integers(0, 50),
            last_activities=st.none() | st.integers(0, 50),
            last_trainings=st.integers(0, 50),
            share=st.decimals(0, 100, places=1),
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_every_score_lies_within_its_points_and_a_higher_total_never_ranks_lower(years, with_targets):
    scores = [score(year, POINTS, len(years), with_targets) for year in years]
    for result in scores:
        for code, earned in result.parts.items():
            assert Decimal(0) <= earned <= POINTS.part(code).points
        assert Decimal(0) <= result.total <= Decimal(100)
    rank = ranks({str(n): result.total for n, result in enumerate(scores)})
    for n, first in enumerate(scores):
        for m, second in enumerate(scores):
            if first.total > second.total:
                assert rank[str(n)] < rank[str(m)]


def test_the_points_come_from_their_file_and_a_malformed_one_is_refused(tmp_path: Path):
    content = json.loads((resource_path("reference") / FILE_NAME).read_text(encoding="utf-8"))
    content["parts"][0]["points"], content["parts"][4]["points"] = 20, 20
    (tmp_path / FILE_NAME).write_text(json.dumps(content), encoding="utf-8")
    assert read_scorecard_points(tmp_path).part("quality").points == 20
    for broken in (
        {**content, "parts": content["parts"][::-1]},
        {**content, "parts": [{**content["parts"][0], "points": 25}, *content["parts"][1:]]},
        {**content, "correction_deduction": -1},
    ):
        (tmp_path / FILE_NAME).write_text(json.dumps(broken), encoding="utf-8")
        with pytest.raises(ReferenceDataError):
            read_scorecard_points(tmp_path)
