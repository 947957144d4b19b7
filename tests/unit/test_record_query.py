"""Finding records for the lists: filters, sorting, stable paging and totals that match the rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesu_desktop.records.query import RecordFilter, in_date_order, page, totals
from kesu_desktop.records.service import add_activity, add_training, delete_record
from kesu_desktop.records.types import ActivityInput, TrainingInput
from tests.conftest import UNIT_CODE

BASE = ActivityInput(
    title="科普讲座",
    start_date=date(2025, 1, 10),
    end_date=date(2025, 1, 10),
    form_code="lecture",
    target_group_codes=("youth",),
    participants=10,
)


@pytest.fixture
def store(unit_store, reference):
    rows = [
        replace(BASE, title="青少年机器人竞赛", form_code="contest", participants=120, women=50),
        replace(BASE, title="老年人防诈骗讲座", target_group_codes=("elderly", "public"), participants=40),
        replace(
            BASE,
            title="科技活动周集市",
            form_code="outreach",
            campaign_code="science_week",
            start_date=date(2025, 5, 20),
            end_date=date(2025, 5, 20),
            participants=300,
            venue="文化广场",
        ),
        replace(BASE, title="100%_特殊字符", participants=5),
    ]
    with unit_store.transaction() as session:
        for row in rows:
            add_activity(session, UNIT_CODE, row, reference, actor="a")
        add_activity(session, "141023201", replace(BASE, title="别的乡的讲座"), reference, actor="a")
        add_training(
            session,
            UNIT_CODE,
            TrainingInput(
                title="电商培训",
                start_date=date(2025, 2, 1),
                end_date=date(2025, 2, 2),
                kind_code="rural_ecommerce",
                target_group_code="farmers",
                sessions=1,
                trainees=30,
                women=12,
            ),
            reference,
            actor="a",
        )
    return unit_store


def _titles(store, flt, **kwargs):
    with store.reading() as session:
        return [r.data.title for r in page(session, flt, **kwargs)]


def test_only_this_units_live_records(store):
    flt = RecordFilter("activity", UNIT_CODE)
    assert len(_titles(store, flt)) == 4
    with store.reading() as session:
        assert totals(session, flt).count == 4
        assert totals(session, flt).figures["participants"] == 465


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"form_code": "contest"}, {"青少年机器人竞赛"}),
        ({"campaign_code": "science_week"}, {"科技活动周集市"}),
        ({"target_group_code": "public"}, {"老年人防诈骗讲座"}),
        ({"text": "广场"}, {"科技活动周集市"}),
        ({"text": "100%_"}, {"100%_特殊字符"}),
        ({"text": "%"}, {"100%_特殊字符"}),
        ({"start": date(2025, 5, 1), "end": date(2025, 5, 31)}, {"科技活动周集市"}),
    ],
)
def test_filters(store, changes, expected):
    flt = RecordFilter("activity", UNIT_CODE, **changes)
    assert set(_titles(store, flt)) == expected
    with store.reading() as session:
        assert totals(session, flt).count == len(expected)


def test_sorting_by_a_figure(store):
    flt = RecordFilter("activity", UNIT_CODE)
    assert _titles(store, flt, sort="participants", descending=True)[0] == "科技活动周集市"
    assert _titles(store, flt, sort="participants", descending=False)[0] == "100%_特殊字符"
    with pytest.raises(ValueError):
        _titles(store, flt, sort="id; DROP TABLE activity")


def test_bin_shows_deleted_records_only(store):
    flt = RecordFilter("activity", UNIT_CODE)
    with store.reading() as session:
        victim = page(session, flt, limit=1)[0]
    with store.transaction() as session:
        delete_record(session, "activity", victim.meta.id, actor="a")
    assert _titles(store, RecordFilter("activity", UNIT_CODE, in_bin=True)) == [victim.data.title]
    assert victim.data.title not in _titles(store, flt)


def test_trainings(store):
    flt = RecordFilter("training", UNIT_CODE, kind_code="rural_ecommerce")
    assert _titles(store, flt) == ["电商培训"]
    with store.reading() as session:
        assert totals(session, flt).figures == {
            "sessions": 1,
            "trainees": 30,
            "women": 12,
            "low_income": 0,
            "certified": 0,
        }


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.integers(1, 7))
def test_pages_cover_every_row_exactly_once(store, size):
    flt = RecordFilter("activity", UNIT_CODE)
    seen = []
    with store.reading() as session:
        offset = 0
        while chunk := page(session, flt, sort="start_date", offset=offset, limit=size):
            seen.extend(r.meta.id for r in chunk)
            offset += size
        expected = totals(session, flt).count
    assert len(seen) == len(set(seen)) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sort=st.sampled_from(["start_date", "title", "campaign_code", "participants", "women", "venue"]),
    descending=st.booleans(),
    size=st.integers(1, 4),
)
def test_pages_after_the_last_one_give_the_order_of_one_query_empty_values_included(store, sort, descending, size):
    flt = RecordFilter("activity", UNIT_CODE)
    with store.reading() as session:
        whole = [r.meta.id for r in page(session, flt, sort=sort, descending=descending, limit=100)]
        seen, last = [], None
        while chunk := page(session, flt, sort=sort, descending=descending, limit=size, after=last):
            seen.extend(r.meta.id for r in chunk)
            last = chunk[-1]
    assert len(whole) == 4 and seen == whole  # women and campaign are empty for some rows: NULLs sort too


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    record_type=st.sampled_from(["activity", "training"]),
    in_bin=st.booleans(),
    year=st.sampled_from([None, 2025, 2024]),
    batch=st.integers(1, 5),
)
def test_the_export_pass_gives_every_match_oldest_first_as_the_list_holds_it(store, record_type, in_bin, year, batch):
    with store.transaction() as session:  # one activity in the bin (the store outlives each example)
        if not page(session, RecordFilter("activity", UNIT_CODE, in_bin=True)):
            doomed = page(session, RecordFilter("activity", UNIT_CODE), limit=1)[0]
            delete_record(session, "activity", doomed.meta.id, actor="a")
    start, end = (date(year, 1, 1), date(year, 12, 31)) if year else (None, None)
    flt = RecordFilter(record_type, UNIT_CODE, start=start, end=end, in_bin=in_bin)
    with store.reading() as session:
        listed = page(session, flt, sort="start_date", descending=False, limit=100)
        passed = list(in_date_order(session, flt, batch=batch))
    assert passed == [(record.meta.id, record.data) for record in listed]
    if record_type == "activity" and not in_bin and year != 2024:
        assert ("elderly", "public") in {data.target_group_codes for _id, data in passed}  # main group first
