"""The Returns page opens on the month now due, not on the oldest month in red; the preview shows whole row
labels in English as in Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.periods import month_period
from kesu_desktop.store.installation import Setup, save_installation
from tests.conftest import UNIT_CODE
from ui.returns.page import ReturnsPage
from ui.returns.preview import PreviewDialog


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


def page_on(qtbot, make_state, store, today: date, language: str = "en") -> ReturnsPage:
    page = ReturnsPage(make_state(store, language), Translator(language), today=today)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(today.year))
    page.refresh()
    return page


def test_the_month_now_due_is_preselected_not_the_oldest_overdue(qtbot, make_state, demo_store):
    page = page_on(qtbot, make_state, demo_store, date(2025, 6, 3))  # January to April overdue, May due
    assert [s.state for s in page.statuses][:5] == ["overdue"] * 4 + ["due"]
    assert page.selected().period.code == "2025-05"


def test_after_the_deadline_the_latest_month_owed_is_preselected(qtbot, make_state, demo_store):
    page = page_on(qtbot, make_state, demo_store, date(2025, 6, 18))  # nothing due: May is overdue too
    assert page.selected().period.code == "2025-05"


def test_a_new_unit_has_nothing_overdue_and_may_still_export_an_earlier_month(qtbot, make_state, store_and_reference):
    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(session, Setup("unit", UNIT_CODE, "王晓燕", reports_from="2025-06"), reference)
    page = page_on(qtbot, make_state, store, date(2025, 6, 18))
    assert {s.state for s in page.statuses} == {"not_due"}
    page.table.selectRow(2)  # March: before the unit reported with the app, but over
    assert page.export_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_preview_shows_every_row_label_whole(qtbot, make_state, demo_store, language):
    page = page_on(qtbot, make_state, demo_store, date(2025, 6, 18), language)
    dialog = PreviewDialog(page.form(month_period(2025, 5)), Translator(language), page)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.preview.tabs.count()):
        dialog.preview.tabs.setCurrentIndex(index)
        table = dialog.preview.tabs.currentWidget().findChild(type(page.table))
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            label = table.item(row, 0).text()
            assert table.columnWidth(0) > metrics.horizontalAdvance(label), (index, label)
