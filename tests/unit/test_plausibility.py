"""Plausibility warnings: probable duplicates, the same event in the other list, and figures far above the
unit's usual; none of them holds up a records import."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.plausibility import HISTORY_NEEDED, OTHER_LIST, check_plausibility
from kesu_desktop.records.query import RecordFilter, page
from kesu_desktop.records.service import add_activity, add_training
from kesu_desktop.records.types import ActivityInput, TrainingInput
from tests.conftest import UNIT_CODE

BASE = ActivityInput(
    title="科普讲座",
    start_date=date(2025, 1, 10),
    end_date=date(2025, 1, 10),
    form_code="lecture",
    target_group_codes=("farmers",),
    participants=50,
)


@pytest.fixture
def store(unit_store, reference):
    with unit_store.transaction() as session:
        for day in range(HISTORY_NEEDED + 5):
            start = BASE.start_date + timedelta(days=day)
            add_activity(
                session,
                UNIT_CODE,
                replace(BASE, title=f"讲座{day}", start_date=start, end_date=start, participants=40 + day),
                reference,
                actor="a",
            )
    return unit_store


def _warnings(store, data, record_id=None):
    with store.reading() as session:
        return check_plausibility(session, "activity", UNIT_CODE, data, record_id)


def test_an_ordinary_record_gets_no_warning(store):
    assert _warnings(store, replace(BASE, title="新讲座", participants=60)) == []


def test_same_title_and_date_is_a_probable_duplicate(store):
    warnings = _warnings(store, replace(BASE, title=" 讲座0 ", participants=45))
    assert [w.field for w in warnings] == ["title"]
    text = Translator("zh_CN").format("Warnings", warnings[0].template, warnings[0].values)
    assert "2025-01-10" in text


def test_editing_a_record_is_not_a_duplicate_of_itself(store):
    with store.reading() as session:
        from kesu_desktop.records.query import RecordFilter, page

        existing = next(r for r in page(session, RecordFilter("activity", UNIT_CODE)) if r.data.title == "讲座0")
    assert _warnings(store, existing.data, existing.meta.id) == []


def test_a_figure_far_above_usual_is_questioned(store):
    warnings = _warnings(store, replace(BASE, title="新讲座", participants=5000))
    assert [w.field for w in warnings] == ["participants"]
    assert warnings[0].values["value"] == 5000


def test_without_enough_history_nothing_is_called_unusual(unit_store):
    with unit_store.reading() as session:
        assert check_plausibility(session, "activity", UNIT_CODE, replace(BASE, participants=10**6)) == []


# ---- the same event in the other list -------------------------------------------------------------------

COURSE = TrainingInput(
    title="果树冬季修剪技术培训班",
    start_date=date(2025, 1, 9),
    end_date=date(2025, 1, 11),
    kind_code="rural_practical",
    target_group_code="farmers",
    sessions=1,
    trainees=40,
)


@pytest.fixture
def with_course(store, reference):
    with store.transaction() as session:
        add_training(session, UNIT_CODE, COURSE, reference, actor="a")
    return store


@pytest.mark.parametrize("title", ["果树冬季修剪技术讲座", " 果树冬季修剪技术培训 ", "果树冬季修剪（技术）培训班"])
def test_a_similar_title_on_the_days_of_a_training_is_a_probable_double_count(with_course, title):
    warnings = _warnings(with_course, replace(BASE, title=title))  # 10 January: within the course
    assert [w.field for w in warnings] == ["title"]
    text = Translator("en").format("Warnings", warnings[0].template, warnings[0].values)
    assert text == (
        "The trainings list already has “果树冬季修剪技术培训班” on 2025-01-09. Is it the same event? Enter each event "
        "once: as an activity or as a training."
    )


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("老年人防诈骗讲座", date(2025, 1, 10)),
        ("果树冬季修剪技术讲座", date(2025, 1, 12)),
        ("科普讲座", date(2025, 1, 9)),
    ],
)
def test_another_title_or_another_day_is_no_warning(with_course, title, day):
    assert _warnings(with_course, replace(BASE, title=title, start_date=day, end_date=day)) == []


def test_a_training_is_checked_against_the_activities(store):
    with store.reading() as session:
        warnings = check_plausibility(
            session,
            "training",
            UNIT_CODE,
            replace(COURSE, title="讲座3", start_date=date(2025, 1, 13), end_date=date(2025, 1, 13)),
        )
    assert [w.template for w in warnings] == [OTHER_LIST["training"]]
    assert warnings[0].values == {"title": "讲座3", "date": "2025-01-13"}


def test_a_likely_double_count_never_holds_up_a_records_import(with_course, reference, tmp_path):
    from kesu_desktop.spreadsheet.importer import import_records
    from tests.spreadsheet_rows import activity_row, filled

    day = datetime(2025, 1, 10)
    workbook = filled(
        tmp_path / "records.xlsx",
        reference,
        activities=[activity_row(活动名称="果树冬季修剪技术讲座", 开始日期=day, 结束日期=day)],
    )
    with with_course.transaction() as session:
        report = import_records(workbook, session, reference, UNIT_CODE, "a")
    assert report.stored and report.problems == ()
    with with_course.reading() as session:
        titles = [r.data.title for r in page(session, RecordFilter("activity", UNIT_CODE), limit=100)]
    assert "果树冬季修剪技术讲座" in titles
