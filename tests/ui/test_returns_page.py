"""The Returns page: month statuses, export through the dialog (worker thread, progress, outcome), a
refused export leaving nothing, reopening with a reason, and the preview built from the same form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.locks import locked_version
from kesu_desktop.reference.periods import month_period
from kesu_desktop.returns.ledger import month_statuses, versions
from tests.conftest import UNIT_CODE
from tests.ui.conftest import TODAY
from ui.returns.export_dialog import ExportDialog
from ui.returns.page import ReturnsPage
from ui.returns.preview import PreviewDialog
from ui.returns.print_preview import PrintPreviewDialog
from ui.returns.reopen_dialog import ReopenDialog

MAY = month_period(2025, 5)


@pytest.fixture
def state(make_state, demo_store):
    return make_state(demo_store, "zh_CN")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def page(qtbot, state, language):
    page = ReturnsPage(state, language("zh_CN"), today=TODAY)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    page.refresh()
    return page


def _row(page, code):
    return next(row for row, status in enumerate(page.statuses) if status.period.code == code)


def _export(qtbot, state, translator, folder: Path, period=MAY) -> ExportDialog:
    dialog = ExportDialog(state, translator, period)
    qtbot.addWidget(dialog)
    dialog.targets.setCurrentItem(dialog._add_target(str(folder), folder))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.wait_for_worker()
    return dialog


def test_the_page_shows_each_months_status(page, state):
    with state.store.reading() as session:
        expected = month_statuses(session, UNIT_CODE, 2025, TODAY)
    assert page.table.rowCount() == 12
    assert [page.table.item(row, 1).text() for row in range(12)] == [
        Translator("zh_CN").translate(
            "Returns", {"not_due": "not yet due", "due": "due", "overdue": "overdue"}[s.state]
        )
        for s in expected
    ]
    assert page.table.item(_row(page, "2025-05"), 2).text() == "2025-06-05"


def test_export_through_the_dialog_writes_files_and_locks_the_month(qtbot, page, state, language, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog = _export(qtbot, state, language("zh_CN"), folder)
    assert sorted(p.suffix for p in folder.iterdir()) == [".pdf", ".xlsx"]
    assert dialog.result_ is not None and dialog.result_.fingerprint in dialog.status.text()
    assert not dialog.export_button.isEnabled()
    page.refresh()
    row = _row(page, "2025-05")
    assert page.table.item(row, 4).text() == dialog.result_.fingerprint
    page.table.selectRow(row)
    assert page.reopen_button.isEnabled()
    assert QSettings().value("export/last_folder") == str(folder)


def test_a_failed_export_says_why_and_records_nothing(qtbot, state, language, tmp_path):
    missing = tmp_path / "pulled-out-stick"
    dialog = ExportDialog(state, language("en"), MAY)
    qtbot.addWidget(dialog)
    dialog.targets.setCurrentItem(dialog._add_target("gone", missing))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    dialog.wait_for_worker()
    assert "Nothing was exported" in dialog.status.text()
    assert dialog.result_ is None
    with state.store.reading() as session:
        assert month_statuses(session, UNIT_CODE, 2025, TODAY)[4].state != "exported"


def test_the_dialog_says_the_export_locks_the_month(qtbot, state, language):
    dialog = ExportDialog(state, language("zh_CN"), MAY, today=TODAY)
    qtbot.addWidget(dialog)
    assert "锁定" in dialog.lock_notice.text() and "2025年5月" in dialog.lock_notice.text()
    assert "重新打开以更正" in dialog.lock_notice.text()
    assert not dialog.early.isVisibleTo(dialog) and not dialog.unfilled_box.isVisibleTo(dialog)


def test_the_current_month_needs_confirming_and_its_unfilled_figures_a_choice(qtbot, state, language, tmp_path):
    june = month_period(2025, 6)
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog = ExportDialog(state, language("en"), june, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.targets.setCurrentItem(dialog._add_target(str(folder), folder))
    assert dialog.early.isVisibleTo(dialog) and dialog.unfilled_box.isVisibleTo(dialog)
    assert "注册科技志愿者" in dialog.unfilled_label.text()  # named in the folder's language, as everywhere
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Confirm" in dialog.status.text() and dialog.thread_ is None
    dialog.early.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "choose how to report" in dialog.status.text() and dialog.thread_ is None
    assert list(folder.iterdir()) == []
    dialog.unfilled.setCurrentIndex(dialog.unfilled.findData("na"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.wait_for_worker()
    assert sorted(path.suffix for path in folder.iterdir()) == [".pdf", ".xlsx"]


def test_a_month_that_has_not_begun_cannot_be_exported_or_previewed(page):
    page.table.selectRow(_row(page, "2025-07"))
    assert not page.export_button.isEnabled() and not page.print_preview_button.isEnabled()
    page.table.selectRow(_row(page, "2025-05"))
    assert page.export_button.isEnabled() and page.print_preview_button.isEnabled()


def test_the_print_preview_shows_the_pages_and_records_nothing(qtbot, page, state, monkeypatch):
    shown = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    page.table.selectRow(_row(page, "2025-05"))
    page.print_preview()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert len(dialog.images) >= 3 and all(image.width() > 1000 for image in dialog.images)
    assert "2025年5月" in dialog.windowTitle()
    with state.store.reading() as session:
        assert versions(session, UNIT_CODE, "2025-05") == []
        assert locked_version(session, UNIT_CODE, "2025-05") is None


def test_reopen_needs_a_reason(qtbot, page, state, language, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    translator = language("en")
    _export(qtbot, state, translator, folder)
    dialog = ReopenDialog(state, translator, MAY)
    qtbot.addWidget(dialog)
    dialog.confirm()
    assert "Reason" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.reason.setPlainText("漏报一次讲座")
    dialog.confirm()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.statuses[_row(page, "2025-05")].state == "reopened"


def test_preview_shows_the_same_totals_as_the_form(qtbot, page, language):
    translator = language("zh_CN")
    form = page.form(MAY)
    dialog = PreviewDialog(form, translator)
    qtbot.addWidget(dialog)
    tabs = dialog.preview.tabs
    assert tabs.count() == len(form.tables)
    grid = tabs.widget(0).layout().itemAt(1).widget()
    total = form.tables[0].rows[0]
    assert [grid.item(0, 2 + i).text() for i in range(2)] == [str(total.cells[0]), str(total.cells[1])]


def test_review_periods_open_a_preview(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    for index in range(page.review.count()):
        page.review.setCurrentIndex(index)
        page.show_review()
    assert shown == ["预览：2025年第2季度", "预览：2025年", "预览：2021年1月至2025年6月"]


def test_overview_reminds_of_returns_due_until_they_are_exported(qtbot, make_state, demo_store, language, tmp_path):
    from ui.pages.overview import OverviewPage

    translator = language("en")
    state = make_state(demo_store, "en")
    overview = OverviewPage(state, translator, today=TODAY)
    qtbot.addWidget(overview)
    overview.refresh()
    assert "May 2025 (overdue)" in overview.returns_note.text()
    assert "April 2025 (overdue)" in overview.returns_note.text()
    assert "June 2025" not in overview.returns_note.text()
    folder = tmp_path / "stick"
    folder.mkdir()
    _export(qtbot, state, translator, folder)
    overview.refresh()
    assert "May 2025" not in overview.returns_note.text()
