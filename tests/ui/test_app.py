"""Starting the GUI with ``run_gui``: a database from a newer release is refused with a message, a fresh folder
goes through the wizard into the main window, and a set-up folder opens in its stored language."""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.ui.helpers import run_within_time, when_shown
from tests.ui.test_setup_wizard import EXPECTED, fill_in_by_keyboard
from ui.app import create_application, run_gui
from ui.main_window import MainWindow
from ui.setup.wizard import SetupWizard

pytestmark = pytest.mark.usefixtures("restore_globals")

FUTURE_REVISION = "9999_from_a_newer_kesu"


def stamp_newer_schema(data_dir: DataDir) -> None:
    store, _ = prepare_store(data_dir)
    store.close()
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    connection.close()


def schema_revision(data_dir: DataDir) -> str:
    with sqlite3.connect(data_dir.database) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return revision


def test_a_newer_database_is_refused_with_a_message(data_dir, message_boxes):
    stamp_newer_schema(data_dir)

    assert run_gui(data_dir.root, "en") == 1

    assert len(message_boxes.shown) == 1
    shown = message_boxes.shown[0]
    assert shown.icon == QMessageBox.Icon.Critical
    assert shown.title == "KeSu Desktop cannot start"
    assert "written by a newer version of KeSu" in shown.text
    assert FUTURE_REVISION in shown.text
    assert schema_revision(data_dir) == FUTURE_REVISION  # nothing was written
    assert not data_dir.upgrade_backups.exists()
    assert data_dir.log_file.exists()


def test_a_newer_database_is_refused_in_chinese(data_dir, message_boxes):
    stamp_newer_schema(data_dir)

    assert run_gui(data_dir.root, "zh_CN") == 1

    (shown,) = message_boxes.shown
    assert shown.title == "科素填报无法启动"
    assert "更新版本" in shown.text
    assert FUTURE_REVISION in shown.text
    assert shown.buttons == ("确定",)


def test_the_language_of_a_previous_start_does_not_stay_behind():
    """Run after the Chinese start above (file order): its catalogues were taken off the application."""
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"


def shown_main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def close_noting_title(titles: list[str]) -> Callable[[QWidget], None]:
    def close(window: QWidget) -> None:
        titles.append(window.windowTitle())
        window.close()  # the last window: the application's event loop ends and run_gui returns

    return close


def test_first_start_runs_the_wizard_then_the_main_window(qtbot, data_dir):
    failures: list[BaseException] = []
    titles: list[str] = []

    def drive_wizard(wizard: QWidget) -> None:
        assert isinstance(wizard, SetupWizard)
        qtbot.waitUntil(wizard.isActiveWindow)
        fill_in_by_keyboard(wizard)
        when_shown(shown_main_window, close_noting_title(titles), failures)

    when_shown(QApplication.activeModalWidget, drive_wizard, failures)
    assert run_within_time(lambda: run_gui(data_dir.root, "en")) == 0

    assert failures == []
    assert titles == ["KeSu Desktop — 陶寺乡"]
    store, _ = prepare_store(data_dir)
    try:
        with store.reading() as session:
            installation = read_installation(session)
    finally:
        store.close()
    assert installation is not None
    assert installation.setup == EXPECTED


@pytest.mark.parametrize(
    ("stored_language", "title"), [("en", "KeSu Desktop — 新城镇"), ("zh_CN", "科素填报 — 新城镇")]
)
def test_a_set_up_folder_opens_in_its_stored_language(data_dir, stored_language, title):
    store, reference = prepare_store(data_dir)
    with store.transaction() as session:
        setup = Setup(role="unit", unit_code="141023101", clerk_name="王晓燕", language=stored_language)
        save_installation(session, setup, reference)
    store.close()
    failures: list[BaseException] = []
    titles: list[str] = []
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    when_shown(shown_main_window, close_noting_title(titles), failures)
    assert run_within_time(lambda: run_gui(data_dir.root, None)) == 0

    assert failures == []
    assert titles == [title]
    # The window closed on a signal while it was open (ui/leaving.py); once it has left, the handlers of before
    # are back, and nothing of the window (its catalogues among it) is kept alive by them.
    assert {number: signal.getsignal(number) for number in handlers} == handlers


def test_the_app_carries_its_icon_in_every_size_the_desktop_asks_for(qapp):
    create_application()
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    for size in (16, 32, 64):
        assert not icon.pixmap(size, size).isNull()
