"""The county's totals: hand-computed figures for every breakdown over a quarter with a correction in it; the
period-end figures taken at the period's end per unit and summed over units, never over months; and, for any
mix of units, months and versions, the totals equal the sum of the newest returns' own aggregation, and a
version 2 moves them by exactly its differences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.county.totals.lines import BREAKDOWNS, Figures, county_totals, line_figures, period_of
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.aggregation import PeriodSummary, summarise_records
from kesu_desktop.returns.recompute import activity_from_payload, training_from_payload
from kesu_desktop.store.database import Store
from tests.conftest import examples
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training, undone

A, B, C = "141023101", "141023102", "141023103"
RECEIVED = datetime(2024, 4, 5, 10)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    yield store, reference
    store.close()


def quarter_returns(reference: ReferenceData) -> list[dict[str, Any]]:
    """Q1 2024 of two units (a third sends nothing), February of A corrected, and an April outside the quarter."""
    return [
        payload(
            reference,
            A,
            "2024-01",
            activities=[
                activity(
                    date(2024, 1, 8),
                    groups=("farmers", "elderly"),
                    participants=120,
                    women=50,
                    campaign="science_week",
                ),
                activity(
                    date(2024, 1, 9),
                    form="exhibition",
                    groups=("youth",),
                    women=30,
                    participants=80,
                    key_project="exchange",
                ),
            ],
            trainings=[training(date(2024, 1, 10), sessions=2, trainees=40, women=12)],
            stock={"schools": 9, "tech_volunteers": 100},
        ),
        payload(
            reference, A, "2024-02", activities=[activity(date(2024, 2, 3), participants=100)], stock={"schools": 12}
        ),
        payload(
            reference,
            A,
            "2024-02",
            version=2,
            activities=[
                activity(date(2024, 2, 3), participants=60, women=20),
                activity(
                    date(2024, 2, 4),
                    form="online",
                    groups=("farmers",),
                    participants=10,
                    women=None,
                    campaign="science_day",
                ),
            ],
            stock={"schools": 10},
        ),
        payload(
            reference,
            B,
            "2024-03",
            activities=[
                activity(
                    date(2024, 3, 1),
                    groups=("farmers",),
                    participants=200,
                    women=90,
                    campaign="science_week",
                    key_project="grassroots",
                ),
            ],
            trainings=[
                training(date(2024, 3, 2), kind="other", group="workers", trainees=25, women=10),
                training(date(2024, 3, 3), kind="rural_women", group="farmers", trainees=30, women=30),
            ],
            stock={"schools": 4, "tech_volunteers": None},
        ),
        payload(
            reference, A, "2024-04", activities=[activity(date(2024, 4, 2), participants=999)], stock={"schools": 99}
        ),
        payload(reference, C, "2023-12", stock={"schools": 50}),
    ]


@pytest.fixture
def quarter(county: tuple[Store, ReferenceData]) -> tuple[Store, ReferenceData]:
    store, reference = county
    with store.transaction() as session:
        hold(session, reference, [(content, RECEIVED) for content in quarter_returns(reference)])
    return store, reference


def figures_of(totals, *names: str) -> dict[str, tuple[int, ...]]:
    return {row.key: tuple(getattr(row.figures, name) for name in names) for row in totals.rows}


def totals_of(store: Store, reference: ReferenceData, period: str, by: str, language: str = "zh_CN"):
    with store.reading() as session:
        return county_totals(session, reference, period_of(period, reference), by, language)


def test_by_unit_every_reporting_unit_with_the_newest_versions(quarter):
    store, reference = quarter
    totals = totals_of(store, reference, "2024-Q1", "unit")
    assert [row.key for row in totals.rows] == [u.code for u in reference.reporting_units()]
    lines = figures_of(totals, "activities", "participants", "women", "trainings", "trainees")
    assert lines[A] == (4, 270, 100, 1, 40)  # February's version 2 replaced its one activity of 100
    assert lines[B] == (1, 200, 90, 2, 55)
    assert lines[C] == (0, 0, 0, 0, 0)
    assert totals.total == Figures(5, 470, 190, 3, 4, 95, 52, 0, 0)
    assert totals.units_held == 2 and totals.held
    rows = {row.key: row for row in totals.rows}
    assert (rows[A].returns, rows[B].returns, rows[C].returns) == (2, 1, 0)
    assert rows[A].name == "新城镇"


def test_by_group_activities_under_their_main_group_and_trainings_under_their_own(quarter):
    store, reference = quarter
    totals = totals_of(store, reference, "2024-Q1", "group", "en")
    assert [row.key for row in totals.rows] == [g.code for g in reference.target_groups]
    lines = figures_of(totals, "activities", "participants", "women", "trainings", "trainees")
    assert lines == {
        "youth": (1, 80, 30, 0, 0),
        "farmers": (3, 330, 140, 2, 70),
        "workers": (0, 0, 0, 1, 25),
        "elderly": (0, 0, 0, 0, 0),  # the second group of an activity counts nothing
        "cadres": (0, 0, 0, 0, 0),
        "public": (1, 60, 20, 0, 0),
    }
    assert {row.key: row.name for row in totals.rows}["farmers"] == "Farmers"


def test_by_form_and_by_kind_keep_activities_and_trainings_apart(quarter):
    store, reference = quarter
    forms = figures_of(totals_of(store, reference, "2024-Q1", "form"), "activities", "participants", "trainings")
    assert {key: value for key, value in forms.items() if value != (0, 0, 0)} == {
        "lecture": (3, 380, 0),
        "exhibition": (1, 80, 0),
        "online": (1, 10, 0),
    }
    kinds = figures_of(totals_of(store, reference, "2024-Q1", "kind"), "activities", "trainings", "trainees")
    assert {key: value for key, value in kinds.items() if value != (0, 0, 0)} == {
        "high_quality_farmer": (0, 1, 40),
        "other": (0, 1, 25),
        "rural_women": (0, 1, 30),
    }


def test_by_campaign_and_key_project_end_with_the_activities_of_none(quarter):
    store, reference = quarter
    campaigns = totals_of(store, reference, "2024-Q1", "campaign")
    lines = figures_of(campaigns, "activities", "participants", "women")
    assert [row.key for row in campaigns.rows] == [c.code for c in reference.campaigns] + [""]
    assert {key: value for key, value in lines.items() if value != (0, 0, 0)} == {
        "science_week": (2, 320, 140),
        "science_day": (1, 10, 0),
        "": (2, 140, 50),
    }
    assert campaigns.rows[-1].name == "不属于任何活动主题"
    projects = totals_of(store, reference, "2024-Q1", "key_project", "en")
    lines = figures_of(projects, "activities", "participants", "women")
    assert {key: value for key, value in lines.items() if value != (0, 0, 0)} == {
        "exchange": (1, 80, 30),
        "grassroots": (1, 200, 90),
        "": (3, 190, 70),
    }
    assert projects.rows[-1].name == "No key project"


def test_stock_is_each_units_latest_in_the_period_summed_over_units_never_over_months(quarter):
    store, reference = quarter
    totals = totals_of(store, reference, "2024-Q1", "unit")
    # A: February's version 2 (10), not 9 + 10; B: 4; C's December is before the quarter.
    assert totals.stock["schools"] == 14
    assert totals.stock["tech_volunteers"] == 100  # A's January stands; B's "not applicable" adds nothing
    rows = {row.key: row for row in totals.rows}
    assert rows[A].stock == {"schools": 10, "tech_volunteers": 100}
    assert rows[B].stock == {"schools": 4, "tech_volunteers": None}
    assert totals_of(store, reference, "2024-03", "group").stock == {"schools": 4, "tech_volunteers": None}
    assert totals_of(store, reference, "2024", "unit").stock["schools"] == 99 + 4  # A's April is the year's latest


def test_every_period_as_the_township_writes_it(quarter):
    store, reference = quarter
    assert totals_of(store, reference, "2024-02", "unit").total.participants == 70
    assert totals_of(store, reference, "2024", "unit").total.participants == 470 + 999
    plan = period_of("PLAN-2021", reference)
    assert plan.start == date(2021, 1, 1) and plan.kind == "plan"
    assert totals_of(store, reference, "PLAN-2021", "form").total.activities == 6
    assert totals_of(store, reference, "2023-Q4", "unit").units_held == 1
    assert totals_of(store, reference, "2023-11", "unit").held is False


def test_a_wrong_period_or_breakdown_names_the_field(county):
    store, reference = county
    with pytest.raises(ValidationError) as wrong:
        period_of("2024-13", reference)
    assert wrong.value.field == "period"
    with store.reading() as session, pytest.raises(ValidationError) as wrong:
        county_totals(session, reference, parse_period("2024-03"), "month")
    assert wrong.value.field == "by"


# Property tests: one store for the whole module, each example's returns rolled back when it ends.

UNITS = (A, B, C)
MONTHS = ("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06")
PERIODS = ("2024-01", "2024-03", "2024-06", "2024-Q1", "2024-Q2", "2024")
FIGURE = st.none() | st.integers(0, 500)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path_factory.mktemp("totals"))
    yield store, reference
    store.close()


@st.composite
def a_return(draw: st.DrawFn, reference: ReferenceData, unit: str, month: str, version: int) -> dict[str, Any]:
    year, number = int(month[:4]), int(month[5:])
    days = st.integers(1, 28).map(lambda day: date(year, number, day))
    groups = [g.code for g in reference.target_groups]
    activities = draw(
        st.lists(
            st.builds(
                lambda day, form, chosen, people, women, campaign, project: activity(
                    day,
                    form=form,
                    groups=chosen,
                    participants=people,
                    women=women,
                    campaign=campaign,
                    key_project=project,
                ),
                days,
                st.sampled_from([f.code for f in reference.activity_forms]),
                st.lists(st.sampled_from(groups), min_size=1, max_size=3, unique=True),
                FIGURE,
                FIGURE,
                st.none() | st.sampled_from([c.code for c in reference.campaigns]),
                st.none() | st.sampled_from([k.code for k in reference.key_projects]),
            ),
            max_size=4,
        )
    )
    trainings = draw(
        st.lists(
            st.builds(
                lambda day, kind, group, trainees, women, sessions: training(
                    day, kind=kind, group=group, trainees=trainees, women=women, sessions=sessions
                ),
                days,
                st.sampled_from([k.code for k in reference.training_kinds]),
                st.sampled_from(groups),
                FIGURE,
                FIGURE,
                st.none() | st.integers(1, 5),
            ),
            max_size=3,
        )
    )
    stock = draw(st.dictionaries(st.sampled_from(["schools", "tech_volunteers"]), FIGURE, max_size=2))
    return payload(reference, unit, month, activities=activities, trainings=trainings, stock=stock, version=version)


@st.composite
def held_returns(draw: st.DrawFn, reference: ReferenceData) -> list[dict[str, Any]]:
    """Returns of some units and months, each in one or two versions."""
    cells = draw(st.lists(st.tuples(st.sampled_from(UNITS), st.sampled_from(MONTHS)), unique=True, max_size=8))
    result = []
    for unit, month in cells:
        for version in range(1, draw(st.integers(1, 2)) + 1):
            result.append(draw(a_return(reference, unit, month, version)))
    return result


def summary_of(content: dict[str, Any]) -> PeriodSummary:
    """The township's own aggregation of the records a return carries."""
    month = parse_period(content["period"])
    return summarise_records(
        content["unit_code"],
        month.start,
        month.end,
        [activity_from_payload(record) for record in content["activities"]],
        [training_from_payload(record) for record in content["trainings"]],
    )


def newest(returns: list[dict[str, Any]], months: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for content in returns:
        cell = (content["unit_code"], content["period"])
        if content["period"] in months and (cell not in result or result[cell]["version"] < content["version"]):
            result[cell] = content
    return result


def whole(summary: PeriodSummary) -> Figures:
    return Figures.of(summary.activities_total(), summary.trainings_total())


PROPERTY = settings(
    max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@PROPERTY
@given(data=st.data())
def test_county_totals_are_the_sum_of_the_units_newest_returns(world, data: st.DataObject):
    store, reference = world
    returns = data.draw(held_returns(reference), label="returns")
    text = data.draw(st.sampled_from(PERIODS), label="period")
    period = period_of(text, reference)
    months = [month.code for month in period.months()]
    counted = newest(returns, months)
    expected = sum((summary_of(content) for content in counted.values()), PeriodSummary("", period.start, period.end))
    with undone(store) as session:
        hold(session, reference, [(content, RECEIVED) for content in returns])
        by_unit = county_totals(session, reference, period, "unit")
        breakdowns = {by: county_totals(session, reference, period, by) for by in BREAKDOWNS if by != "unit"}
    assert by_unit.total == whole(expected)
    assert sum((row.figures for row in by_unit.rows), Figures()) == by_unit.total
    for row in by_unit.rows:
        mine = [summary_of(content) for (unit, _month), content in counted.items() if unit == row.key]
        assert row.figures == sum((whole(summary) for summary in mine), Figures())
        assert row.returns == len(mine)
    for by, totals in breakdowns.items():
        assert totals.total == by_unit.total
        for row in totals.rows:
            assert row.figures == line_figures(expected, by, row.key)
        added = sum((row.figures for row in totals.rows), Figures())
        if by in ("group", "form", "campaign", "key_project"):
            assert (added.activities, added.participants, added.women) == (
                by_unit.total.activities,
                by_unit.total.participants,
                by_unit.total.women,
            )
        if by in ("group", "kind"):
            assert (added.trainings, added.trainees, added.trainee_women) == (
                by_unit.total.trainings,
                by_unit.total.trainees,
                by_unit.total.trainee_women,
            )
    # Period-end figures: each unit's latest stated within the period, summed over units, never over months.
    for indicator in ("schools", "tech_volunteers"):
        latest: dict[str, int | None] = {}
        for (unit, _month), content in sorted(counted.items(), key=lambda item: item[0][1]):
            rows = {row["code"]: row["cells"][0] for row in content["tables"][3]["rows"]}
            code = f"{[i.code for i in reference.stock_indicators].index(indicator) + 1:02d}"
            if code in rows:
                latest[unit] = None if rows[code] == "not_applicable" else rows[code]
        numbers = [value for value in latest.values() if value is not None]
        wanted = (sum(numbers) if numbers else None) if latest else "absent"
        assert by_unit.stock.get(indicator, "absent") == wanted
        assert {row.key: row.stock.get(indicator, "absent") for row in by_unit.rows if row.key in latest} == latest


@PROPERTY
@given(data=st.data())
def test_a_version_2_changes_the_totals_by_exactly_its_differences(world, data: st.DataObject):
    store, reference = world
    returns = data.draw(held_returns(reference).filter(bool), label="returns")
    replaced = data.draw(st.sampled_from(returns), label="replaced")
    cell = (replaced["unit_code"], replaced["period"])
    before = newest(returns, list(MONTHS))[cell]
    correction = data.draw(a_return(reference, *cell, before["version"] + 1), label="correction")
    period = period_of(data.draw(st.sampled_from(["2024-Q1", "2024-Q2", "2024", replaced["period"]])), reference)
    counts = replaced["period"] in [month.code for month in period.months()]
    with undone(store) as session:
        hold(session, reference, [(content, RECEIVED) for content in returns])
        first = {by: county_totals(session, reference, period, by) for by in BREAKDOWNS}
        hold(session, reference, [(correction, RECEIVED)])
        second = {by: county_totals(session, reference, period, by) for by in BREAKDOWNS}
    old, new = summary_of(before), summary_of(correction)
    difference = whole(new) - whole(old) if counts else Figures()
    assert second["unit"].total - first["unit"].total == difference
    for row_before, row_after in zip(first["unit"].rows, second["unit"].rows, strict=True):
        moved = row_after.figures - row_before.figures
        assert moved == (difference if row_after.key == cell[0] else Figures())
    for by in BREAKDOWNS[1:]:
        for row_before, row_after in zip(first[by].rows, second[by].rows, strict=True):
            moved = row_after.figures - row_before.figures
            expected = line_figures(new, by, row_after.key) - line_figures(old, by, row_after.key)
            assert moved == (expected if counts else Figures())
