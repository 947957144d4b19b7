"""The main window: the pages each role sees, moving between them, title, status bar and About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from kesu_desktop import __version__
from tests.ui.helpers import press
from ui.county.inbox_page import InboxPage
from ui.county.keys_page import UnitKeysPage
from ui.county.reports_page import ReportsPage
from ui.county.status_page import StatusPage
from ui.county.targets import TargetsPage
from ui.county.totals_page import TotalsPage
from ui.main_window import SMALL_SCREEN, MainWindow
from ui.pages.overview import OverviewPage
from ui.pages.settings import SettingsPage
from ui.records.page import RecordsPage

UNIT_PAGES = ["Overview", "Activities", "Trainings", "Returns", "Settings"]
COUNTY_PAGES = ["Import", "Units & keys", "Completeness", "Consolidation", "Targets", "Reports", "Settings"]


def page_names(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def menu(window: MainWindow, title: str) -> QMenu:
    found = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    assert isinstance(found, QMenu)
    return found


def show(qtbot, window: MainWindow) -> MainWindow:
    with qtbot.waitActive(window):
        window.show()
    return window


def test_a_unit_sees_its_five_pages(make_window, unit_store):
    window = make_window(unit_store)
    assert page_names(window) == UNIT_PAGES
    assert window.pages.count() == 5
    kinds = [type(window.pages.widget(row)) for row in (0, 1, 2, 4)]
    assert kinds == [OverviewPage, RecordsPage, RecordsPage, SettingsPage]
    assert window.pages.widget(1).record_type == "activity"
    assert window.pages.widget(2).record_type == "training"


def test_the_county_sees_its_seven_pages(make_window, county_store):
    window = make_window(county_store)
    assert page_names(window) == COUNTY_PAGES
    kinds = [type(window.pages.widget(row)) for row in range(7)]
    assert kinds == [InboxPage, UnitKeysPage, StatusPage, TotalsPage, TargetsPage, ReportsPage, SettingsPage]


@pytest.mark.parametrize("store_fixture", ["unit_store", "county_store"])
def test_every_page_opens_from_the_list_and_by_ctrl_number(qtbot, make_window, request, store_fixture):
    window = show(qtbot, make_window(request.getfixturevalue(store_fixture)))
    assert window.pages.currentIndex() == 0

    for row in range(5):
        window.navigation.setCurrentRow(row)
        assert window.pages.currentIndex() == row
        assert window.pages.widget(row).isVisible()

    for row in (0, 4, 2, 1, 3):  # each press moves away from the page shown
        press(getattr(Qt.Key, f"Key_{row + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == row
        assert window.pages.currentIndex() == row
        page = window.pages.widget(row)
        assert page.isVisible()
        assert all(not window.pages.widget(other).isVisible() for other in range(5) if other != row)


def test_go_menu_names_the_pages_with_their_shortcuts(make_window, unit_store):
    window = make_window(unit_store)
    actions = [(a.text(), a.shortcut().toString()) for a in menu(window, "&Go").actions()]
    assert actions == [(name, f"Ctrl+{row + 1}") for row, name in enumerate(UNIT_PAGES)]


def test_title_and_status_bar_name_the_unit_and_the_data_folder(make_window, unit_store, data_dir):
    window = make_window(unit_store)
    assert window.windowTitle() == "KeSu Desktop — 新城镇"
    assert "DEMO" not in window.windowTitle()
    assert window.unit_label.text() == "Unit: 新城镇 (141023101)  Clerk: 王晓燕"
    assert window.folder_label.text() == f"Data: {data_dir.root}"
    assert window.statusBar().isAncestorOf(window.unit_label)
    assert window.statusBar().isAncestorOf(window.folder_label)


def test_a_demo_folder_says_so_in_the_title(make_window, demo_store):
    window = make_window(demo_store)
    assert window.windowTitle() == "KeSu Desktop — 新城镇 — DEMO DATA"


@pytest.mark.parametrize(("store_fixture", "marked"), [("demo_store", True), ("unit_store", False)])
def test_demo_marker_is_chinese_in_chinese(make_window, language, request, store_fixture, marked):
    window = make_window(request.getfixturevalue(store_fixture), language("zh_CN"))
    assert window.windowTitle().startswith("科素填报 — 新城镇")
    assert ("演示数据" in window.windowTitle()) is marked


def test_about_names_the_version(qtbot, make_window, unit_store, message_boxes):
    window = show(qtbot, make_window(unit_store))
    assert __version__ in window.about_text()
    about = next(a for a in menu(window, "&Help").actions() if a.text() == "&About KeSu Desktop")
    about.trigger()  # a modal box, closed by the fixture

    assert len(message_boxes.shown) == 1
    shown = message_boxes.shown[0]
    assert shown.title == "About KeSu Desktop"
    assert f"KeSu Desktop {__version__}" in shown.text
    assert str(unit_store.data_dir.root) in shown.text


@pytest.mark.parametrize("code", ["zh_CN", "en"])
@pytest.mark.parametrize("store_fixture", ["demo_store", "county_store"])
def test_the_window_and_every_page_fit_a_small_screen_with_a_taskbar(
    qtbot, make_window, language, request, store_fixture, code
):
    window = show(qtbot, make_window(request.getfixturevalue(store_fixture), language(code)))
    width, height = SMALL_SCREEN
    title_bar = 40  # what Windows adds above the client area
    assert window.width() <= width and window.height() + title_bar <= height
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() + title_bar <= height
    window.resize(width, height - title_bar)
    for row in range(window.pages.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.widget(row)
        assert page.minimumSizeHint().height() <= window.pages.height(), window.navigation.item(row).text()
        assert page.minimumSizeHint().width() <= window.pages.width(), window.navigation.item(row).text()
