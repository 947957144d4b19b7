"""The end-of-plan evaluation (襄科素汇3表) on the plan of ``test_report_progress``: verdicts are the cockpit's at
the plan's end, yearly figures add up, years before a unit's first month read 未使用本系统, and the county's own
texts round-trip into the report."""

from __future__ import annotations

from datetime import date

import pytest

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.county.reports.evaluation import evaluation_report
from kesu_desktop.county.reports.texts import MAX_LENGTH, report_texts, set_report_text
from kesu_desktop.county.targets.progress import plan_progress
from tests.unit.test_report_progress import PLAN, county  # noqa: F401 - the fixture

TODAY = date(2024, 3, 1)


def test_verdicts_are_the_cockpits_at_the_plans_end(county):  # noqa: F811
    store, reference = county
    with store.reading() as session:
        report = evaluation_report(session, reference, None, today=TODAY)
        cockpit = plan_progress(session, reference, PLAN, at=date(2023, 12, 31))
    assert (report.scope, report.file_stem) == (PLAN, f"总结评估_{PLAN}")
    assert report.title == "测试规划（2021—2023年）总结评估报告"
    verdicts = {row.label: row.cells[-1] for row in report.table("表1").rows}
    expected = {t.target.name("zh"): {"met": "已完成", "not_met": "未完成"}[t.status] for t in cockpit.targets}
    assert verdicts == expected


def test_yearly_figures_of_a_cumulative_target_add_up_to_the_plans_total(county):  # noqa: F811
    store, reference = county
    with store.reading() as session:
        report = evaluation_report(session, reference, PLAN, today=TODAY)
        cockpit = plan_progress(session, reference, PLAN, at=date(2023, 12, 31))
    rows = {row.label: row.cells for row in report.table("表2").rows}
    for target in cockpit.targets:
        if target.target.kind in ("cumulative", "yearly"):
            yearly = rows[target.target.name("zh")][1:4]
            if target.target.kind == "cumulative":
                assert sum(yearly) == target.actual
            else:
                assert list(yearly) == [y.actual for y in target.years]


def test_a_unit_that_started_in_2023_reads_not_in_use_before(county):  # noqa: F811
    store, reference = county
    with store.reading() as session:
        report = evaluation_report(session, reference, PLAN, today=TODAY)
    rows = {row.label: row.cells for row in report.table("表6").rows}
    assert rows["赵康镇"][:2] == ("未使用本系统", "未使用本系统")
    assert rows["赵康镇"][2] not in ("未使用本系统", 0)
    assert rows["新城镇"][0] not in ("未使用本系统",)


def test_texts_round_trip_into_the_report_and_bad_ones_change_nothing(county):  # noqa: F811
    store, reference = county
    with store.transaction() as session:
        set_report_text(session, "evaluation", PLAN, "summary", "总体完成良好。", by="李明")
        set_report_text(session, "evaluation", PLAN, "problems", "个别乡镇报送不及时。", by="李明")
        with pytest.raises(ValidationError) as bad_key:
            set_report_text(session, "evaluation", PLAN, "preface", "前言", by="李明")
        with pytest.raises(ValidationError) as too_long:
            set_report_text(session, "evaluation", PLAN, "summary", "长" * (MAX_LENGTH + 1), by="李明")
        set_report_text(session, "evaluation", PLAN, "problems", "", by="李明")
    assert (bad_key.value.field, too_long.value.field) == ("key", "text")
    assert isinstance(bad_key.value, KesuError)
    with store.reading() as session:
        assert report_texts(session, "evaluation", PLAN) == {"summary": "总体完成良好。"}
        report = evaluation_report(session, reference, PLAN, today=TODAY)
    texts = {text.key: (text.heading, text.text) for text in report.texts()}
    assert texts["summary"] == ("总体情况", "总体完成良好。")
    assert texts["problems"] == ("存在问题", "")
    assert set(texts) == {"summary", "achievements", "problems", "next"}


def test_no_ended_plan_is_an_error(county):  # noqa: F811
    store, reference = county
    with store.reading() as session, pytest.raises(KesuError):
        evaluation_report(session, reference, None, today=date(2023, 6, 1))
