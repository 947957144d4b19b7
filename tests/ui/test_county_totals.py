"""The county's Consolidation page: the totals of the period chosen (last complete month by default, or any
period typed as the township writes it), broken down as chosen with a bold total; the period-end figures; and
drilling down from a line, by keyboard, to the units behind it and the records in their returns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kesu_desktop.base.translation import Translator
from kesu_desktop.store.database import Store
from tests.county_held import hold
from tests.ui.helpers import when_shown
from tests.ui.test_county_inbox import active
from tests.unit.test_county_totals import RECEIVED, A, B, quarter_returns
from ui.county.drilldown_dialog import DrilldownDialog
from ui.county.totals_page import TotalsPage
from ui.state import AppState


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    state = make_state(county_store, "en")
    with county_store.transaction() as session:
        hold(session, state.reference, [(content, RECEIVED) for content in quarter_returns(state.reference)])
    return state


@pytest.fixture
def page(qtbot, state: AppState) -> TotalsPage:
    page = TotalsPage(state, Translator("en"), today=date(2024, 4, 18))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def texts(page: TotalsPage, key: str) -> list[str]:
    row = next(number for number, line in enumerate(page.model.rows) if line.key == key)
    return [page.model.text(row, column) for column in range(page.model.columnCount())]


def show(page: TotalsPage, typed: str) -> None:
    page.text.clear()
    QTest.keyClicks(page.text, typed)
    QTest.keyClick(page.text, Qt.Key.Key_Return)


def test_the_last_complete_month_by_unit_with_a_bold_total(page):
    assert page.text.text() == "2024-03"
    assert page.kind.currentData() == "month" and page.value.currentData() == "2024-03"
    assert texts(page, B) == [B, "赵康镇", "1", "200", "90", "2", "55", "1"]
    total = page.model.rowCount() - 1
    assert page.model.text(total, 1) == "Total"
    assert page.model.data(page.model.index(total, 3), Qt.ItemDataRole.FontRole).bold()
    assert page.model.data(page.model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "returns of 1 of" in page.summary.text()
    assert page.stock_title.text() == "Period-&end figures at the end of March 2024"
    assert page.stock.item(7, 1).text() == "4"  # schools: B's March


def test_a_typed_period_and_another_breakdown(page):
    show(page, "2024-q1")
    assert page.text.text() == "2024-Q1" and page.kind.currentData() == "quarter"
    assert page.model.text(page.model.rowCount() - 1, 3) == "470"
    page.by.setCurrentIndex(page.by.findData("group"))
    assert texts(page, "farmers") == ["farmers", "Farmers", "3", "330", "140", "2", "70"]
    assert page.stock.item(7, 1).text() == "14"  # A's February and B's March, not every month added
    show(page, "PLAN-2021")
    assert page.kind.currentData() == "plan"
    show(page, "2022")
    assert page.summary.text() == "Nothing is held for 2022: no unit's return for it has been imported."


def test_a_wrong_period_is_refused_naming_the_field(page):
    show(page, "2024-13")
    assert page.error.text().startswith("Period: '2024-13' is not a period")
    assert page.text.hasFocus()
    assert page.model.text(page.model.rowCount() - 1, 3) == "200"  # March still shown
    show(page, "2024-02")
    assert page.error.text() == ""


def test_drilling_down_to_the_units_and_their_records(qtbot, page):
    show(page, "2024-Q1")
    page.by.setCurrentIndex(page.by.findData("group"))
    row = next(number for number, line in enumerate(page.model.rows) if line.key == "farmers")
    page.table.setFocus()
    page.table.selectRow(row)
    seen: dict[str, object] = {}
    failures: list[BaseException] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, DrilldownDialog)
        units = dialog.units_model
        seen["units"] = [units.text(r, 0) for r in range(units.rowCount() - 1)]
        seen["total"] = units.text(units.rowCount() - 1, 3)
        seen["records"] = [dialog.records_model.texts(r)[4:8] for r in range(dialog.records_model.rowCount())]
        QTest.keyClick(dialog.units_table, Qt.Key.Key_Down)
        seen["second"] = [dialog.records_model.texts(r)[7] for r in range(dialog.records_model.rowCount())]
        QTest.keyClick(dialog.units_table, Qt.Key.Key_Return)
        seen["focus"] = dialog.focusWidget() is dialog.records_table
        dialog.reject()

    when_shown(lambda: active(DrilldownDialog), look, failures)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert failures == []
    assert seen["units"] == [A, B] and seen["total"] == "330"
    assert seen["records"] == [
        ("科普讲座", "Science lecture", "Farmers", "120"),
        ("高素质农民培训班", "High-quality farmer training", "Farmers", "40"),
        ("科普讲座", "Online and new-media outreach", "Farmers", "10"),
    ]
    assert seen["second"] == ["200", "30"]
    assert seen["focus"] is True
