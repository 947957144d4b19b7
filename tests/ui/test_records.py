"""The Activities and Trainings pages: the chosen year's records, the year switch, the totals, and the model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.query import RecordFilter
from kesu_desktop.records.service import list_activities, list_trainings
from tests.ui.conftest import TODAY
from tests.ui.helpers import press
from ui.records.columns import activity_columns
from ui.records.list_model import RecordListModel
from ui.records.page import RecordsPage, activities_page, trainings_page

UNIT = "141023101"


def year_of(load, store, year: int) -> list:
    """The year's records as the service lists them, newest first (the page's default order)."""
    with store.reading() as session:
        records = load(session, UNIT, date(year, 1, 1), date(year, 12, 31))
    return sorted(records, key=lambda r: (r.data.start_date, str(r.meta.id)), reverse=True)


def cell(page: RecordsPage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def shown_titles(page: RecordsPage) -> list[str]:
    return sorted(cell(page, row, 1) for row in range(page.model.rowCount()))


@pytest.fixture
def activities(qtbot, make_state, demo_store) -> RecordsPage:
    page = activities_page(make_state(demo_store), Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
    return page


@pytest.fixture
def trainings(qtbot, make_state, demo_store) -> RecordsPage:
    page = trainings_page(make_state(demo_store), Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_page_opens_on_this_year(activities):
    assert activities.filters.period_kind() == "year"
    assert activities.filters.year.value() == 2025


def test_activities_page_shows_the_years_activities(activities, demo_store):
    expected = year_of(list_activities, demo_store, 2025)
    assert len(expected) > 0
    assert activities.model.rowCount() == len(expected)
    assert shown_titles(activities) == sorted(a.data.title for a in expected)
    newest = expected[0]
    assert cell(activities, 0, 0) == newest.data.start_date.isoformat()
    people = sum(a.data.participants or 0 for a in expected)
    assert f"{len(expected)} activities" in activities.totals.text()
    assert f"Participants (person-times): {people:,}" in activities.totals.text()


def test_switching_the_year_reloads(activities, demo_store):
    activities.filters.year.setFocus()
    press(Qt.Key.Key_Down)  # one year back
    assert activities.filters.year.value() == 2024
    expected = year_of(list_activities, demo_store, 2024)
    assert activities.model.rowCount() == len(expected) > 0
    assert shown_titles(activities) == sorted(a.data.title for a in expected)
    assert all(cell(activities, row, 0).startswith("2024-") for row in range(activities.model.rowCount()))
    people = sum(a.data.participants or 0 for a in expected)
    assert f"{len(expected)} activities" in activities.totals.text()
    assert f"{people:,}" in activities.totals.text()

    activities.filters.year.setValue(2022)  # before the demo data starts
    assert activities.model.rowCount() == 0
    assert "0 activities" in activities.totals.text()


def test_trainings_page_shows_the_years_trainings(trainings, demo_store):
    for year in (2025, 2024):
        trainings.filters.year.setValue(year)
        expected = year_of(list_trainings, demo_store, year)
        assert len(expected) > 0
        assert trainings.model.rowCount() == len(expected)
        assert shown_titles(trainings) == sorted(t.data.title for t in expected)
        trainees = sum(t.data.trainees or 0 for t in expected)
        assert f"{len(expected)} trainings" in trainings.totals.text()
        assert f"Trainees (person-times): {trainees:,}" in trainings.totals.text()


def test_numbers_are_right_aligned(activities):
    model = activities.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    people = headers.index("Person-times")
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, people), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, headers.index("Title")), Qt.ItemDataRole.TextAlignmentRole) is None


# Qt's own QAbstractItemModelTester, and pytest-qt's Python one, which also checks the types each role returns.
TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])


@TESTERS
def test_record_model_passes_the_model_tester_with_rows(qtmodeltester, activities, trainings, force_py):
    assert activities.model.rowCount() > 0
    qtmodeltester.check(activities.model, force_py=force_py)
    assert trainings.model.rowCount() > 0
    qtmodeltester.check(trainings.model, force_py=force_py)


@TESTERS
def test_record_model_passes_the_model_tester_empty(qtmodeltester, activities, force_py):
    activities.filters.year.setValue(2020)
    assert activities.model.rowCount() == 0
    qtmodeltester.check(activities.model, force_py=force_py)


def test_record_model_survives_reloads_under_the_tester(qtmodeltester, activities):
    qtmodeltester.check(activities.model)
    for year in (2024, 2020, 2025):  # the tester watches each reset
        activities.filters.year.setValue(year)
    activities.sort_by(1)
    assert activities.model.rowCount() == len(activities.model.rows) > 0


@TESTERS
def test_paged_model_passes_the_model_tester_while_fetching_more(qtmodeltester, demo_store, reference, force_py):
    record_filter = RecordFilter("activity", UNIT, date(2024, 1, 1), date(2025, 12, 31))
    model = RecordListModel(demo_store, activity_columns(reference, "en"), record_filter, page_size=7)
    model.reload()
    assert model.rowCount() == 7
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=force_py)
    while model.canFetchMore():
        model.fetchMore()
    with demo_store.reading() as session:
        expected = list_activities(session, UNIT, date(2024, 1, 1), date(2025, 12, 31))
    assert model.rowCount() == len(expected)
    assert len({r.meta.id for r in model.rows}) == len(expected)  # pages never overlap
