"""Drilling down from a county figure: the units behind a line add up to it, and the records inside a unit's
held returns are those the line counts (newest versions only, an activity under its first group, a form only
activities, a kind only trainings, the activities of no campaign under the empty key)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kesu_desktop.base.errors import KesuError
from kesu_desktop.county.totals.drilldown import records_behind, units_behind
from kesu_desktop.county.totals.lines import Figures, county_totals, period_of
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.database import Store
from tests.county_files import county_store
from tests.county_held import hold
from tests.unit.test_county_totals import RECEIVED, A, B, C, quarter_returns

Q1 = "2024-Q1"


@pytest.fixture
def quarter(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    """The quarter of the totals' tests: two units reporting, February of one corrected."""
    store, reference = county_store(tmp_path / "county")
    with store.transaction() as session:
        hold(session, reference, [(content, RECEIVED) for content in quarter_returns(reference)])
    yield store, reference
    store.close()


def behind(store: Store, reference: ReferenceData, by: str, key: str | None) -> dict[str, tuple[int, ...]]:
    with store.reading() as session:
        rows = units_behind(session, reference, period_of(Q1, reference), by, key)
    return {
        row.key: (row.figures.activities, row.figures.participants, row.figures.trainings, row.figures.trainees)
        for row in rows
    }


def titles(store: Store, reference: ReferenceData, unit: str, by: str | None = None, key: str | None = None):
    with store.reading() as session:
        records = records_behind(session, reference, period_of(Q1, reference), unit, by, key)
    return [(r.record_type, r.period, r.version, r.code, r.group, r.attendance) for r in records]


def test_the_units_behind_a_line_add_up_to_it(quarter):
    store, reference = quarter
    assert behind(store, reference, "group", "farmers") == {A: (2, 130, 1, 40), B: (1, 200, 1, 30)}
    assert behind(store, reference, "kind", "other") == {B: (0, 0, 1, 25)}
    assert behind(store, reference, "campaign", "") == {A: (2, 140, 0, 0)}
    assert behind(store, reference, "form", "retired_or_unknown") == {}
    assert behind(store, reference, "unit", C) == {C: (0, 0, 0, 0)}  # the unit itself, though it holds nothing
    assert behind(store, reference, "unit", None) == {A: (4, 270, 1, 40), B: (1, 200, 2, 55)}  # behind the total
    with store.reading() as session:
        totals = county_totals(session, reference, period_of(Q1, reference), "key_project")
        for line in totals.rows:
            rows = units_behind(session, reference, period_of(Q1, reference), "key_project", line.key)
            assert sum((row.figures for row in rows), Figures()) == line.figures


def test_the_records_behind_are_those_of_the_newest_versions_that_the_line_counts(quarter):
    store, reference = quarter
    assert titles(store, reference, A) == [
        ("activity", "2024-01", 1, "lecture", "farmers", 120),
        ("activity", "2024-01", 1, "exhibition", "youth", 80),
        ("training", "2024-01", 1, "high_quality_farmer", "farmers", 40),
        ("activity", "2024-02", 2, "lecture", "public", 60),  # February's version 1 (100) is not held any more
        ("activity", "2024-02", 2, "online", "farmers", 10),
    ]
    assert titles(store, reference, A, "group", "elderly") == []  # a second group counts nothing
    assert titles(store, reference, A, "group", "farmers") == [
        ("activity", "2024-01", 1, "lecture", "farmers", 120),
        ("training", "2024-01", 1, "high_quality_farmer", "farmers", 40),
        ("activity", "2024-02", 2, "online", "farmers", 10),
    ]
    assert [r[3] for r in titles(store, reference, B, "form", "lecture")] == ["lecture"]
    assert [r[3] for r in titles(store, reference, B, "kind", "rural_women")] == ["rural_women"]
    assert [r[5] for r in titles(store, reference, A, "campaign", "")] == [80, 60]
    assert [r[5] for r in titles(store, reference, A, "key_project", "exchange")] == [80]
    assert [r[5] for r in titles(store, reference, B, "campaign", "science_week")] == [200]
    assert titles(store, reference, C) == []


def test_each_record_comes_with_its_fields(quarter):
    store, reference = quarter
    with store.reading() as session:
        record = records_behind(session, reference, period_of("2024-02", reference), A, "form", "online")[0]
    assert (record.title, record.start_date.isoformat(), record.women, record.campaign_code) == (
        "科普讲座",
        "2024-02-04",
        None,
        "science_day",
    )
    assert record.record.venue == "文化广场"


def test_an_unknown_unit_is_refused(quarter):
    store, reference = quarter
    with store.reading() as session, pytest.raises(KesuError):
        records_behind(session, reference, period_of(Q1, reference), "999")
