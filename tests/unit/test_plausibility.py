"""Plausibility warnings: probable duplicates and figures far above the unit's usual."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.plausibility import HISTORY_NEEDED, check_plausibility
from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
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
