"""Backups on the Settings page: the last backup is shown with its folder, "Back up now…" writes a checked
backup to the chosen folder, and closing the main window makes the automatic backup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kesu_desktop.store.backups import check_backup, last_backup
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage


@pytest.fixture
def window(qtbot, make_window, unit_store) -> MainWindow:
    window = make_window(unit_store)
    with qtbot.waitActive(window):
        window.show()
    return window


def test_no_backup_yet_is_said_plainly(window):
    assert window.settings_page.last_backup.text() == "No backup has been made yet."


def test_back_up_now_writes_to_the_chosen_folder_and_shows_it(qtbot, window, unit_store, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(stick))
    page: SettingsPage = window.settings_page

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)

    [made] = list(stick.glob("kesu-backup-*.sqlite3"))
    check_backup(made)
    assert page.message.text() == f"Backup saved: {made}"
    found = last_backup(unit_store.data_dir)
    assert found is not None and found.path == made.resolve()
    assert page.last_backup.text() == f"Last backup: {found.time:%Y-%m-%d %H:%M}, in {stick}"


def test_a_cancelled_folder_choice_writes_nothing(qtbot, window, unit_store, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: "")
    qtbot.mouseClick(window.settings_page.backup_button, Qt.MouseButton.LeftButton)
    assert last_backup(unit_store.data_dir) is None
    assert window.settings_page.message.text() == ""


def test_the_daily_backup_and_the_closing_backup(window, unit_store):
    made = window.automatic_backup()
    assert made is not None and made.parent == unit_store.data_dir.auto_backups
    assert window.automatic_backup() is None  # once a day
    assert window.settings_page.last_backup.text().endswith(f"in {unit_store.data_dir.auto_backups}")
    window.close()
    found = last_backup(unit_store.data_dir)
    assert found is not None and found.path.parent == unit_store.data_dir.auto_backups.resolve()


def test_a_failing_automatic_backup_is_shown_not_raised(window, unit_store):
    unit_store.data_dir.backups.mkdir(parents=True, exist_ok=True)
    unit_store.data_dir.auto_backups.write_text("a file where the folder should be")
    assert window.automatic_backup() is None
    assert window.statusBar().currentMessage().startswith("The automatic backup failed:")


def test_restore_confirms_then_replaces_the_data_and_closes_the_window(
    qtbot, window, unit_store, tmp_path, monkeypatch
):
    stick = tmp_path / "stick"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(stick))
    qtbot.mouseClick(window.settings_page.backup_button, Qt.MouseButton.LeftButton)
    [made] = list(stick.glob("kesu-backup-*.sqlite3"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(made), ""))
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)

    with qtbot.waitSignal(window.settings_page.restored):
        qtbot.mouseClick(window.settings_page.restore_button, Qt.MouseButton.LeftButton)

    assert str(made) in asked[0]
    assert window.restored and not window.isVisible()
    assert len(list(unit_store.data_dir.restore_backups.glob("kesu-backup-*.sqlite3"))) == 1
    assert not unit_store.data_dir.auto_backups.exists()  # no closing backup of the replaced data
