"""The county's Reporting status page: the unit × month grid of the held returns with its labels, colours,
tooltips and rates; another year chosen; the chase-up list on screen and written where the clerk says; the
reporting rules dialog saving the deadline day and a unit's first month, and refusing a month that is none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from kesu_desktop.base.translation import Translator
from kesu_desktop.county.status.rules import deadline_day, reporting_rules
from kesu_desktop.store.database import Store
from tests.county_held import activity, hold, payload
from ui.county.reporting_settings_dialog import MONTH_COLUMN, ReportingSettingsDialog
from ui.county.status_model import COLOURS
from ui.county.status_page import StatusPage
from ui.state import AppState

TODAY = date(2025, 6, 18)
XINCHENG, ZHAOKANG = "141023101", "141023102"
DISPLAY, TIP, BACKGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    state = make_state(county_store, "en")
    reference = state.reference
    records = {"activities": [activity(date(2024, 1, 10))]}
    with county_store.transaction() as session:
        hold(
            session,
            reference,
            [
                (payload(reference, XINCHENG, "2024-01", **records), datetime(2024, 2, 5, 17)),
                (payload(reference, XINCHENG, "2024-02", **records), datetime(2024, 3, 4, 9)),
                (payload(reference, XINCHENG, "2024-02", **records, version=2), datetime(2024, 3, 12, 9, 30)),
                (payload(reference, XINCHENG, "2024-03", phone="0357-3881234"), datetime(2024, 4, 1, 8)),
            ],
        )
    return state


@pytest.fixture
def page(qtbot, state: AppState) -> StatusPage:
    page = StatusPage(state, Translator("en"), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 680)
    page.show()
    page.year.setValue(2024)
    return page


def shown(page: StatusPage, row: int, column: int, role: Qt.ItemDataRole = DISPLAY) -> object:
    return page.model.data(page.model.index(row, column), role)


def row_of(page: StatusPage, code: str) -> int:
    return [unit.code for unit in page.state.reference.reporting_units()].index(code)


def test_the_grid_shows_each_state_labelled_and_coloured(page):
    units = len(page.state.reference.reporting_units())
    assert (page.model.rowCount(), page.model.columnCount()) == (units + 1, 13)
    row = row_of(page, XINCHENG)
    assert [shown(page, row, column) for column in range(5)] == ["✓", "7 d late v2", "Zero", "Missing", "Missing"]
    assert shown(page, row, 0, BACKGROUND).color().name() == COLOURS["on_time"]
    assert shown(page, row, 3, BACKGROUND).color().name() == COLOURS["missing"]
    tip = shown(page, row, 1, TIP)
    assert "Late by 7 days" in tip and "Version 2 received 2024-03-12 09:30" in tip and "Due by 2024-03-05" in tip
    assert shown(page, row, 12) == "25%", "3 of the 12 months reported"
    assert shown(page, row_of(page, ZHAOKANG), 5) == "—", "a unit that never reported starts nowhere"
    assert shown(page, units, 0) == "100%" and shown(page, units, 3) == "0%"
    assert page.model.headerData(units, Qt.Orientation.Vertical) == "Rate"
    assert "25% (3 of 12 returns due)" in page.summary.text()


def test_another_year_shows_its_own_grid(page):
    page.year.setValue(2023)
    row = row_of(page, XINCHENG)
    assert {shown(page, row, column) for column in range(12)} == {"—"}
    assert shown(page, row, 12) == "—"
    page.year.setValue(2025)
    assert shown(page, row, 4) == "Missing" and shown(page, row, 5) == "", "June 2025 is not due on 18 June"


def test_the_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model, force_py=True)


def test_the_chase_up_list_shows_on_screen_and_is_written_where_the_clerk_says(
    page, tmp_path, monkeypatch, message_boxes
):
    assert page.month.currentData() == "2024-12", "a past year: its last month"
    page.month.setCurrentIndex(3)
    assert page.chase_table.rowCount() == 1
    assert [page.chase_table.item(0, column).text() for column in (1, 2, 3, 6)] == [
        "新城镇",
        "April 2024",
        "Missing",
        "0357-3881234",
    ]
    page.whole_year.setChecked(True)
    assert page.chase_table.rowCount() == 10, "February late, April to December missing"
    folder = tmp_path / "chase"
    folder.mkdir()
    monkeypatch.setattr("ui.county.status_page.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(folder))
    page.chase_button.click()
    assert sorted(path.name for path in folder.iterdir()) == ["Chase-up list_2024.pdf", "Chase-up list_2024.xlsx"]
    assert message_boxes.shown[-1].title == "Chase-up list written"
    assert str(folder) in message_boxes.shown[-1].text


def test_a_chase_up_list_not_written_is_said_in_words(page, tmp_path, monkeypatch, message_boxes):
    gone = tmp_path / "gone"
    monkeypatch.setattr("ui.county.status_page.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(gone))
    page.chase_button.click()
    assert message_boxes.shown[-1].title == "Chase-up list not written"
    assert not gone.exists()


def test_the_rules_dialog_saves_the_deadline_and_a_first_month(qtbot, page, state):
    dialog = ReportingSettingsDialog(state, Translator("en"), page)
    qtbot.addWidget(dialog)
    dialog.deadline.setValue(15)
    row = row_of(page, ZHAOKANG)
    assert dialog.table.item(row_of(page, XINCHENG), 1).text() == "2024-01", "the month of the first return"
    dialog.table.item(row, MONTH_COLUMN).setText("2024-13")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "赵康镇" in dialog.error.text() and "2024-13" in dialog.error.text()
    assert dialog.table.currentRow() == row
    with state.store.reading() as session:
        assert deadline_day(session) == 5, "nothing is saved while one month is wrong"
    dialog.table.item(row, MONTH_COLUMN).setText("2024-06")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with state.store.reading() as session:
        assert deadline_day(session) == 15
        assert reporting_rules(session).set_first_months == {ZHAOKANG: "2024-06"}
    page.refresh()
    assert shown(page, row_of(page, XINCHENG), 1) == "✓ v2", "received 12 March, due by the 15th"
    assert shown(page, row, 5) == "Missing" and shown(page, row, 4) == "—"


def test_the_county_window_shows_the_page(make_window, county_store):
    window = make_window(county_store)
    assert any(isinstance(window.pages.widget(i), StatusPage) for i in range(window.pages.count()))
