"""The Overview page on demo data: its figures are the one aggregation's, and its parts add up."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QTableWidget

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.service import list_activities, list_trainings
from kesu_desktop.returns.aggregation import summarise
from tests.ui.conftest import TODAY
from ui.pages.overview import OverviewPage

UNIT = "141023101"


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def overview(qtbot, make_state, demo_store) -> OverviewPage:
    page = OverviewPage(make_state(demo_store), Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    page.show()  # the page reloads whenever it is shown
    return page


PERIODS = {"month": date(2025, 6, 1), "year": date(2025, 1, 1)}


@pytest.mark.parametrize("period", PERIODS)
def test_totals_equal_the_aggregation(overview, demo_store, period):
    box = overview.month_box if period == "month" else overview.year_box
    with demo_store.reading() as session:
        summary = summarise(session, UNIT, PERIODS[period], TODAY)
        activities = list_activities(session, UNIT, PERIODS[period], TODAY)
        trainings = list_trainings(session, UNIT, PERIODS[period], TODAY)
    activity_total = summary.activities_total()
    training_total = summary.trainings_total()
    assert activity_total.count == len(activities) > 0
    assert activity_total.participants == sum(a.data.participants or 0 for a in activities)
    assert training_total.trainees == sum(t.data.trainees or 0 for t in trainings)

    assert table_rows(box.activities)[-1] == ["Total", str(activity_total.count), str(activity_total.participants)]
    assert table_rows(box.trainings)[-1] == [
        "Total",
        str(training_total.sessions),
        str(training_total.trainees),
        str(training_total.women),
        str(training_total.certified),
    ]


@pytest.mark.parametrize("period", PERIODS)
def test_group_and_kind_rows_add_up_to_the_total(overview, reference, period):
    box = overview.month_box if period == "month" else overview.year_box
    *groups, total = table_rows(box.activities)
    assert len(groups) >= 2
    assert {name for name, *_ in groups} <= {g.name_en for g in reference.target_groups}
    for column in (1, 2):
        assert sum(int(row[column]) for row in groups) == int(total[column])

    *kinds, total = table_rows(box.trainings)
    assert {name for name, *_ in kinds} <= {k.name_en for k in reference.training_kinds}
    for column in (1, 2, 3, 4):
        assert sum(int(row[column]) for row in kinds) == int(total[column])


def test_box_titles_name_the_periods(overview):
    assert overview.month_box.title() == "This month (2025-06)"
    assert overview.year_box.title() == "This year (2025)"


def test_an_empty_unit_shows_zero_totals(qtbot, make_state, unit_store):
    page = OverviewPage(make_state(unit_store), Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert table_rows(page.year_box.activities) == [["Total", "0", "0"]]
    assert table_rows(page.year_box.trainings) == [["Total", "0", "0", "0", "0"]]


# ---- what is due, and the month being reported ------------------------------------------------------------


def test_a_new_folder_shows_no_returns_overdue_from_before_it_was_set_up(qtbot, make_state, store_and_reference):
    from kesu_desktop.store.installation import Setup, save_installation

    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(session, Setup("unit", UNIT, "王晓燕", reports_from="2025-06"), reference)
    page = OverviewPage(make_state(store), Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.returns_note.text() == "Every monthly return due so far has been exported."
    with store.transaction() as session:
        save_installation(session, Setup("unit", UNIT, "王晓燕", reports_from="2025-04"), reference)
    page.refresh()
    assert page.returns_note.text() == "Monthly returns to export (2): April 2025 (overdue)  May 2025 (overdue)"


def test_the_figures_are_those_of_the_month_being_reported(qtbot, overview, monkeypatch):
    from ui.records.figures_dialog import StockFiguresDialog

    # 18 June: May's return is not exported yet, so May is the month being reported (its figures are in)
    assert overview.figures_note.text() == "Period-end figures for 2025-05 are filled in."
    opened: list[str] = []
    monkeypatch.setattr(StockFiguresDialog, "exec", lambda dialog: opened.append(dialog.period()) or 0)
    overview.figures_button.click()
    assert opened == ["2025-05"]
