"""The consolidated report (襄科素汇1表): its county tables (表1–表4) show the same figures as the county's totals
(``county totals``) for a month, a quarter and a year; a unit with no return held is listed with empty cells and
未报, never zeros, named in the notes and counted missing on the status sheet; only the newest version of a
corrected month counts; a quarter is the sum of its months and a year of its quarters; and in every by-unit
table the units' rows add up to the 合计 row, column by column."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.reports.consolidated import NOT_REPORTED, consolidated_report
from kesu_desktop.county.reports.document import Report, ReportCell, ReportTable
from kesu_desktop.county.totals.lines import county_totals, period_of, span
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.database import Store
from tests.conftest import examples
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training, undone

A, B, C = "141023101", "141023102", "141023103"
TODAY = date(2026, 1, 10)
UNIT_TABLES = ("表1-1", "表2-1", "表3-1", "表4-1")
World = tuple[Store, ReferenceData]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    store, reference = county_store(tmp_path_factory.mktemp("consolidated"))
    yield store, reference
    store.close()


def received(month: str, day: int = 3) -> datetime:
    """On time: early in the month after ``month``."""
    year, number = int(month[:4]), int(month[5:])
    return datetime(year + number // 12, number % 12 + 1, day, 10)


def a_month(reference: ReferenceData, unit: str, month: str, n: int, **extra: Any) -> dict[str, Any]:
    """A return of ``unit`` for ``month`` whose figures grow with ``n``, with two period-end figures."""
    day = date(int(month[:4]), int(month[5:]), 1 + n % 27)
    return payload(
        reference,
        unit,
        month,
        activities=[
            activity(day, form="lecture", participants=100 + n, women=10 + n, campaign="science_week"),
            activity(day, form="exhibition", groups=("youth", "farmers"), participants=1000 + 7 * n, women=n),
        ],
        trainings=[training(day, kind="teacher", sessions=1 + n % 3, trainees=20 + n, women=5, low_income=n % 4)],
        stock={"tech_volunteers": 50 + n, "volunteer_teams": None},
        **extra,
    )


def a_year(reference: ReferenceData) -> list[tuple[dict[str, Any], datetime]]:
    """A and B report every month of 2025 (B late, on the 20th), C from May: figures different each unit and month."""
    returns = []
    for number in range(1, 13):
        month = f"2025-{number:02d}"
        returns += [(a_month(reference, A, month, number), received(month))]
        returns += [(a_month(reference, B, month, 30 + number), received(month, 20))]
        if number >= 5:
            returns += [(a_month(reference, C, month, 60 + number), received(month))]
    return returns


def rows(table: ReportTable) -> dict[str, tuple[ReportCell, ...]]:
    return {row.label: row.cells for row in table.rows}


@pytest.mark.parametrize("period", ["2025-08", "2025-Q3", "2025"])
def test_the_county_tables_show_the_county_totals_of_a_month_a_quarter_and_a_year(world: World, period: str) -> None:
    store, reference = world
    with undone(store) as session:
        hold(session, reference, a_year(reference))
        report = consolidated_report(session, reference, period, today=TODAY)
        parsed = period_of(period, reference)
        total = county_totals(session, reference, parsed)
        lines = {
            by: {r.key: r.figures for r in county_totals(session, reference, parsed, by).rows}
            for by in ("group", "form", "kind", "campaign")
        }
        whole = held_summaries(session, *span(parsed))[("", "")]
    assert [table.number for table in report.tables()[:4]] == ["表1", "表2", "表3", "表4"]
    assert report.sheets[0].name == "汇总表" and len(report.sheets[0].sections) == 4
    t = total.total
    assert t.activities > 0 and t.trainings > 0
    first = report.table("表1")
    assert first.rows[0].label == "合计" and first.rows[0].cells[:3] == (t.activities, t.participants, t.women)
    for index, group in enumerate(reference.target_groups):
        shown = lines["group"][group.code]
        assert first.rows[0].cells[3 + 2 * index : 5 + 2 * index] == (shown.activities, shown.participants)
    for form, row in zip(reference.activity_forms, first.rows[1:], strict=True):
        shown = lines["form"][form.code]
        assert row.label == form.name_zh
        assert row.cells[:3] == (shown.activities, shown.participants, shown.women)
    national = report.table("表2")
    assert national.rows[0].cells == (t.activities + t.sessions, t.participants + t.trainees)
    week = next(row for row in national.rows if "科技活动周" in row.label)
    assert week.is_part and week.cells == (
        lines["campaign"]["science_week"].activities,
        lines["campaign"]["science_week"].participants,
    )
    major = next(row for row in national.rows if "重大" in row.label)
    assert major.is_part and major.cells == (whole.major_events.count, whole.major_events.participants) != (0, 0)
    trainings = report.table("表3")
    assert trainings.rows[0].cells == (t.sessions, t.trainees, t.trainee_women, t.low_income, t.certified)
    for kind, row in zip(reference.training_kinds, trainings.rows[1:], strict=True):
        shown = lines["kind"][kind.code]
        assert row.cells == (shown.sessions, shown.trainees, shown.trainee_women, shown.low_income, shown.certified)
    stock = [row.cells[0] for row in report.table("表4").rows]
    expected = [
        ("—" if total.stock[i.code] is None else total.stock[i.code]) if i.code in total.stock else None
        for i in reference.stock_indicators
    ]
    assert stock == expected and stock[:2] == [3 * 50 + 30 + 60 + 3 * int(span(parsed)[1][5:]), "—"]
    assert rows(report.table("表3-1"))["合计"][:5] == trainings.rows[0].cells


def test_a_unit_with_nothing_held_reads_not_reported_with_empty_cells_and_counts_as_missing(world: World) -> None:
    store, reference = world
    with undone(store) as session:
        hold(
            session, reference, [(a_month(reference, A, m, 1), received(m)) for m in ("2025-01", "2025-02", "2025-03")]
        )
        hold(session, reference, [(a_month(reference, B, "2025-01", 2), received("2025-01"))])
        month = consolidated_report(session, reference, "2025-03", today=TODAY)
        quarter = consolidated_report(session, reference, "2025-Q1", today=TODAY)
    b, c = reference.unit(B).name, reference.unit(C).name
    for number in UNIT_TABLES:
        table = month.table(number)
        assert table.columns[-1] == "备注"
        for name in (b, c):
            assert rows(table)[name] == (None,) * (len(table.columns) - 1) + (NOT_REPORTED,)
        assert rows(table)[reference.unit(A).name][-1] == ""
        assert rows(quarter.table(number))[b][-1] == "缺报2月、3月"
        assert all(cell is not None for cell in rows(quarter.table(number))[b][:2])
    assert f"未报单位：{b}。" in month.notes[0] and "本期汇总了 1 个单位" in month.notes[0]
    assert c not in month.notes[0] and f"另有 {len(reference.reporting_units()) - 2} 个单位" in month.notes[1]
    status = rows(month.table("表5"))
    assert month.table("表5").columns == ("应报", "已报", "按时", "逾期", "未报", "未报月份")
    assert status[b] == (1, 0, 0, 0, 1, "3月")
    assert status[reference.unit(A).name] == (1, 1, 1, 0, 0, None)
    assert status[c] == (0, 0, 0, 0, 0, None)
    assert status["合计"] == (2, 1, 1, 0, 1, None)
    assert rows(quarter.table("表5"))[b] == (3, 1, 1, 0, 2, "2月、3月")


@pytest.mark.parametrize("period", ["2025-08", "2025-Q3", "2025"])
def test_only_version_2_of_a_corrected_month_counts(world: World, period: str) -> None:
    store, reference = world
    first = a_month(reference, C, "2025-08", 5)
    second = payload(
        reference,
        C,
        "2025-08",
        activities=[activity(date(2025, 8, 9), form="lecture", participants=7, women=3)],
        stock={"tech_volunteers": 4},
        version=2,
    )
    with undone(store) as session:
        hold(session, reference, [(first, received("2025-08"))])
        before = consolidated_report(session, reference, period, today=TODAY)
        hold(session, reference, [(second, received("2025-08", 25))])
        report = consolidated_report(session, reference, period, today=TODAY)
    name = reference.unit(C).name
    assert rows(before.table("表1-1"))[name][:3] == (2, (100 + 5) + (1000 + 7 * 5), (10 + 5) + 5)
    for shown in (rows(report.table("表1-1"))[name], rows(report.table("表1"))["合计"]):
        assert shown[:3] == (1, 7, 3)
    assert rows(report.table("表3-1"))[name][:5] == (0, 0, 0, 0, 0) == report.table("表3").rows[0].cells
    assert rows(report.table("表4-1"))[name][:2] == (4, None)
    assert report.table("表4").rows[0].cells == (4,) and report.table("表4").rows[1].cells == (None,)


def added(cells: list[ReportCell], *, flows: bool = False) -> ReportCell:
    """Cells added up as a total adds them: the numbers; with no number, 0 for flows (次, 人次: nothing held adds
    up to nothing), and for period-end figures "—" when only not-applicable ones were stated, empty otherwise."""
    numbers = [cell for cell in cells if isinstance(cell, int | Decimal) and not isinstance(cell, bool)]
    if numbers or flows:
        return sum(numbers)
    return "—" if "—" in cells else None


def summed(reports: list[Report]) -> dict[tuple[str, str], tuple[ReportCell, ...]]:
    """(table, row label) -> the cells of Tables 1–3 and their by-unit tables added over ``reports``."""
    result = {}
    for number in ("表1", "表2", "表3", "表1-1", "表2-1", "表3-1"):
        labels = [row.label for row in reports[0].table(number).rows]
        for label in labels:
            shown = [rows(report.table(number))[label] for report in reports]
            width = len(shown[0]) - (1 if number.endswith("-1") else 0)
            result[(number, label)] = tuple(added([cells[i] for cells in shown]) for i in range(width))
    return result


def test_a_quarter_is_the_sum_of_its_months_and_a_year_the_sum_of_its_quarters(world: World) -> None:
    store, reference = world
    with undone(store) as session:
        hold(session, reference, a_year(reference))
        report = {p: consolidated_report(session, reference, p, today=TODAY) for p in ("2025", "2025-Q2", "2025-Q3")}
        months = [consolidated_report(session, reference, f"2025-{m:02d}", today=TODAY) for m in (4, 5, 6)]
        quarters = [
            report["2025-Q2"],
            *(consolidated_report(session, reference, f"2025-Q{q}", today=TODAY) for q in (1, 3, 4)),
        ]
    for whole, parts in ((report["2025-Q2"], months), (report["2025"], quarters)):
        expected = summed(parts)
        assert summed([whole]) == expected
        assert expected[("表1", "合计")][0] != 0
    assert rows(report["2025-Q2"].table("表1-1"))[reference.unit(C).name][:2] == (
        4,
        (100 + 65) + (1000 + 7 * 65) + (100 + 66) + (1000 + 7 * 66),
    )
    assert report["2025-Q3"].table("表4").rows[0].cells == (3 * 50 + 30 + 60 + 3 * 9,)


def records_on(reference: ReferenceData, day: date) -> st.SearchStrategy[tuple[list[Any], list[Any]]]:
    """Up to three activities and two trainings held on ``day``."""
    activities = st.builds(
        lambda form, groups, people, women: activity(
            day, form=form, groups=groups, participants=people, women=women, campaign="science_week" if women else None
        ),
        st.sampled_from([f.code for f in reference.activity_forms]),
        st.lists(st.sampled_from([g.code for g in reference.target_groups]), min_size=1, max_size=2, unique=True),
        st.none() | st.integers(0, 1500),
        st.none() | st.integers(0, 50),
    )
    trainings = st.builds(
        lambda kind, sessions, trainees: training(day, kind=kind, sessions=sessions, trainees=trainees),
        st.sampled_from([k.code for k in reference.training_kinds]),
        st.none() | st.integers(1, 4),
        st.none() | st.integers(0, 200),
    )
    return st.tuples(st.lists(activities, max_size=3), st.lists(trainings, max_size=2))


@st.composite
def unit_returns(draw: st.DrawFn, reference: ReferenceData) -> list[tuple[dict[str, Any], datetime]]:
    """Returns of two or three units for some months of 2025, with period-end figures (some not applicable)."""
    units = draw(st.lists(st.sampled_from((A, B, C, "141023201")), min_size=2, max_size=3, unique=True))
    months = st.lists(st.sampled_from(("2025-01", "2025-02", "2025-04", "2025-06")), unique=True, max_size=3)
    indicators = st.sampled_from([i.code for i in reference.stock_indicators[:4]])
    returns = []
    for unit in units:
        for month in draw(months):
            activities, trainings = draw(records_on(reference, date(2025, int(month[5:]), draw(st.integers(1, 28)))))
            stock = draw(st.dictionaries(indicators, st.none() | st.integers(0, 90), max_size=3))
            content = payload(reference, unit, month, activities=activities, trainings=trainings, stock=stock)
            returns.append((content, received(month, draw(st.integers(1, 28)))))
    return returns


@settings(
    max_examples=examples(20),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_in_every_by_unit_table_the_units_rows_add_up_to_the_total_row(world: World, data: st.DataObject) -> None:
    store, reference = world
    returns = data.draw(unit_returns(reference), label="returns")
    period = data.draw(st.sampled_from(("2025-02", "2025-Q1", "2025-Q2", "2025")), label="period")
    with undone(store) as session:
        if returns:
            hold(session, reference, returns)
        report = consolidated_report(session, reference, period, today=TODAY)
    for number in UNIT_TABLES:
        table = report.table(number)
        total, units = (
            table.rows[0],
            [row for row in table.rows[1:] if not row.is_part and row.cells[-1] != NOT_REPORTED],
        )
        assert total.label == "合计" and total.is_total
        assert all(
            row.cells[:-1] == (None,) * (len(table.columns) - 1)
            for row in table.rows[1:]
            if row.cells[-1] == NOT_REPORTED
        )
        for column in range(len(table.columns) - 1):
            assert total.cells[column] == added([row.cells[column] for row in units], flows=number != "表4-1"), (
                number,
                table.columns[column],
            )
        county = report.table(number[:-2])
        if county.rows[0].is_total:
            assert total.cells[:-1] == county.rows[0].cells
        else:
            assert total.cells[:-1] == tuple(row.cells[0] for row in county.rows)
