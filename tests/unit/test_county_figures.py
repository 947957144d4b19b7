"""The figures kept beside each received return: the township's own aggregation of its records, cell by cell,
and its period-end figures; a store imported before they were kept gets them on first use; undoing an import
takes them back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from db import models
from kesu_desktop.county.held.figures import summary_from_rows, summary_of_payload
from kesu_desktop.county.held.rollups import fill_missing_figures
from kesu_desktop.county.held.sums import held_stock, held_summaries
from kesu_desktop.county.inbox.past_imports import undo_import
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.aggregation import ActivityFigures, TrainingFigures
from kesu_desktop.store.database import Store
from tests.conftest import examples
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training

UNIT = "141023101"
FIGURE_COLUMNS = (
    models.ReturnFigure.dimension,
    models.ReturnFigure.key,
    models.ReturnFigure.group_code,
    models.ReturnFigure.count,
    models.ReturnFigure.participants,
    models.ReturnFigure.women,
    models.ReturnFigure.sessions,
    models.ReturnFigure.trainees,
    models.ReturnFigure.low_income,
    models.ReturnFigure.certified,
)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    yield store, reference
    store.close()


def march(reference: ReferenceData) -> dict:
    return payload(
        reference,
        UNIT,
        "2024-03",
        activities=[
            activity(date(2024, 3, 2), form="lecture", groups=("farmers", "elderly"), participants=120, women=50),
            activity(date(2024, 3, 9), form="lecture", groups=("farmers",), participants=80, women=None),
            activity(date(2024, 3, 12), form="exhibition", groups=("youth",), campaign="science_week"),
            activity(date(2024, 3, 20), form="online", groups=("public",), participants=None, key_project="exchange"),
        ],
        trainings=[
            training(date(2024, 3, 5), kind="high_quality_farmer", trainees=40, women=12, certified=30),
            training(date(2024, 3, 6), kind="other", group="workers", sessions=2, trainees=25),
        ],
        stock={"tech_volunteers": 120, "schools": 9, "edu_bases_province": None},
    )


def test_the_figures_kept_are_the_aggregation_of_the_returns_records(county):
    store, reference = county
    content = march(reference)
    with store.transaction() as session:
        hold(session, reference, [(content, datetime(2024, 4, 3, 10))])
    with store.reading() as session:
        rows = session.execute(select(*FIGURE_COLUMNS)).all()
        stock = dict(
            session.execute(
                select(models.ReturnFigure.key, models.ReturnFigure.value).where(
                    models.ReturnFigure.dimension == "stock"
                )
            ).all()
        )
        counts = session.execute(
            select(models.ReturnFigure.count, models.ReturnFigure.sessions).where(
                models.ReturnFigure.dimension == "return"
            )
        ).one()
    kept = summary_from_rows(UNIT, date(2024, 3, 1), date(2024, 3, 31), rows)
    assert kept == summary_of_payload(content)
    assert kept.activities_by_group()["farmers"] == ActivityFigures(2, 200, 50)  # under the main group only
    assert kept.activities_by_campaign == {"science_week": ActivityFigures(1, 100, 40)}
    assert kept.activities_by_key_project == {"exchange": ActivityFigures(1, 0, 40)}
    assert kept.trainings_by_group()["workers"] == TrainingFigures(1, 2, 25, 10, 0, 0)
    assert kept.trainings_total() == TrainingFigures(2, 3, 65, 22, 0, 30)
    assert stock == {"tech_volunteers": 120, "schools": 9, "edu_bases_province": None}
    assert tuple(counts) == (4, 2)


def test_a_store_imported_before_the_figures_were_kept_gets_them_once(county):
    store, reference = county
    with store.transaction() as session:
        hold(session, reference, [(march(reference), datetime(2024, 4, 3, 10))])
        before = session.scalar(select(func.count()).select_from(models.ReturnFigure))
        session.execute(delete(models.ReturnFigure))
        assert fill_missing_figures(session, reference) == 1
        assert session.scalar(select(func.count()).select_from(models.ReturnFigure)) == before
        assert fill_missing_figures(session, reference) == 0


def test_held_figures_add_up_the_newest_versions_and_take_stock_at_the_end(county):
    store, reference = county
    other = "141023102"
    returns = [
        (payload(reference, UNIT, "2024-01", activities=[activity(date(2024, 1, 5))], stock={"schools": 9}), 1),
        (
            payload(
                reference,
                UNIT,
                "2024-02",
                activities=[activity(date(2024, 2, 5)), activity(date(2024, 2, 6))],
                stock={"schools": 10},
            ),
            2,
        ),
        (
            payload(
                reference, UNIT, "2024-02", version=2, activities=[activity(date(2024, 2, 5))], stock={"schools": 8}
            ),
            3,
        ),
        (payload(reference, other, "2024-01", trainings=[training(date(2024, 1, 9))], stock={"schools": 4}), 4),
        (payload(reference, other, "2024-02", stock={}), 5),
    ]
    with store.transaction() as session:
        hold(session, reference, [(content, datetime(2024, 3, day)) for content, day in returns])
    with store.reading() as session:
        whole = held_summaries(session, "2024-01", "2024-03")
        per_unit = held_summaries(session, "2024-01", "2024-03", by_unit=True)
        per_month = held_summaries(session, "2024-01", "2024-03", by_unit=True, by_period=True)
        stock = held_stock(session, "2024-03")
        stock_january = held_stock(session, "2024-01")
    assert set(whole) == {("", "")}
    assert whole[("", "")].activities_total() == ActivityFigures(2, 200, 80)  # version 2 replaced February's two
    assert whole[("", "")].trainings_total().trainees == 30
    assert per_unit[(UNIT, "")].activities_total().count == 2 and per_unit[(other, "")].activities_total().count == 0
    assert set(per_month) == {(UNIT, "2024-01"), (UNIT, "2024-02"), (other, "2024-01")}  # a return with no records
    assert per_month[(UNIT, "2024-02")].start == date(2024, 2, 1)
    assert {unit: figures["schools"].value for unit, figures in stock.items()} == {UNIT: 8, other: 4}
    assert stock[other]["schools"].period == "2024-01"  # February stated none: January's stands
    assert {unit: figures["schools"].value for unit, figures in stock_january.items()} == {UNIT: 9, other: 4}


HELD_UNITS = ("141023101", "141023102", "141023201")
MONTHS = [f"{year}-{month:02d}" for year in (2023, 2024) for month in range(1, 13)]
held_return = st.tuples(
    st.sampled_from(HELD_UNITS),
    st.sampled_from(MONTHS),
    st.integers(1, 3),  # version
    st.lists(
        st.tuples(
            st.sampled_from(("lecture", "exhibition")), st.sampled_from(("youth", "farmers")), st.integers(0, 500)
        ),
        max_size=3,
    ),
    st.lists(st.tuples(st.sampled_from(("cadre", "migrant_worker")), st.integers(0, 90)), max_size=2),
    st.one_of(st.just("left empty"), st.none(), st.integers(0, 60)),  # schools: empty, not applicable, a figure
)


def _held_payload(reference: ReferenceData, unit: str, period: str, version: int, acts, trains, schools) -> dict:
    day = date.fromisoformat(f"{period}-10")
    return payload(
        reference,
        unit,
        period,
        version=version,
        activities=[activity(day, form=f, groups=(g,), participants=n, women=n // 3) for f, g, n in acts],
        trainings=[training(day, kind=k, group="cadres", trainees=n) for k, n in trains],
        stock={} if schools == "left empty" else {"schools": schools},
    )


def _added(summaries: list) -> tuple[dict, dict]:
    total = sum(summaries[1:], summaries[0])
    return total.activity_matrix, total.training_matrix


def _schools_stated(held: list[tuple], first: str, last: str) -> dict[str, tuple[int | None, str]]:
    """Per unit, the schools figure of its newest held return of first..last that states one, worked out by
    hand from what was held."""
    newest: dict[tuple[str, str], tuple] = {}
    for unit, period, version, _acts, _trains, schools in held:
        if first <= period <= last and version > newest.get((unit, period), (0,))[0]:
            newest[(unit, period)] = (version, schools)
    stated: dict[str, tuple[int | None, str]] = {}
    for (unit, period), (_version, schools) in sorted(newest.items(), key=lambda item: item[0][1]):
        if schools != "left empty":
            stated[unit] = (schools, period)
    return stated


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    returns=st.lists(held_return, max_size=25, unique_by=lambda r: (r[0], r[1], r[2])),
    first=st.sampled_from(MONTHS),
    length=st.integers(0, 23),
    undo_second_import=st.booleans(),
)
def test_totals_through_the_rollups_are_the_sums_of_the_newest_returns(
    tmp_path_factory, returns, first, length, undo_second_import
):
    """Whatever mix of units, months and versions is held, and whether an import was undone, a sum read through
    the rollups equals the same sum of the returns' own figures, and a period-end figure read through them is
    the latest one stated."""
    last = MONTHS[min(MONTHS.index(first) + length, len(MONTHS) - 1)]
    store, reference = county_store(tmp_path_factory.mktemp("county"))
    half = len(returns) // 2
    held = returns if not undo_second_import else returns[:half]
    try:
        with store.transaction() as session:
            hold(session, reference, [(_held_payload(reference, *r), datetime(2025, 1, 1)) for r in returns[:half]])
            hold(session, reference, [(_held_payload(reference, *r), datetime(2025, 2, 1)) for r in returns[half:]])
            if undo_second_import:
                newest = session.scalars(
                    select(models.CountyImport.id).order_by(models.CountyImport.started_at.desc())
                ).first()
                undo_import(session, newest, "测试")
        with store.reading() as session:
            per_unit_month = held_summaries(session, first, last, by_unit=True, by_period=True)  # the returns' own
            per_unit = held_summaries(session, first, last, by_unit=True)
            first_unit = held_summaries(session, first, last, unit_codes=HELD_UNITS[:1])
            per_month = held_summaries(session, first, last, by_period=True)
            whole = held_summaries(session, first, last)
            stock = held_stock(session, last, first=first)
            stock_ever = held_stock(session, last)
    finally:
        store.close()
    for unit in HELD_UNITS:
        own = [s for (u, _period), s in per_unit_month.items() if u == unit]
        assert (_added(own) if own else None) == (
            (per_unit[(unit, "")].activity_matrix, per_unit[(unit, "")].training_matrix)
            if (unit, "") in per_unit
            else None
        )
        if unit == HELD_UNITS[0]:
            assert (_added(own) if own else None) == (
                (first_unit[("", "")].activity_matrix, first_unit[("", "")].training_matrix) if first_unit else None
            )
    for month in {period for _unit, period in per_unit_month}:
        in_month = [s for (_unit, period), s in per_unit_month.items() if period == month]
        assert (per_month[("", month)].activity_matrix, per_month[("", month)].training_matrix) == _added(in_month)
    everything = list(per_unit_month.values())
    if everything:
        assert (whole[("", "")].activity_matrix, whole[("", "")].training_matrix) == _added(everything)
    else:
        assert whole == {}
    for found, since in ((stock, first), (stock_ever, "0000-01")):
        assert {
            unit: (figures["schools"].value, figures["schools"].period) for unit, figures in found.items()
        } == _schools_stated(held, since, last)
