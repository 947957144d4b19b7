"""Backups on the Settings page: the last backup is shown with its folder, "Back up now…" writes a checked
backup to the chosen folder, and closing the main window makes the automatic backup. A restore closes the
window's own store first, is refused while another KeSu program has the folder open, and restores another unit's
backup only once the clerk has chosen so in a dialog that says whose it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.service import add_activity
from kesu_desktop.store.backups import check_backup, last_backup, make_backup
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.ui.helpers import when_shown
from tests.unit.test_restore_in_use import Worker, titles
from tests.unit.test_store import sample_activity
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.store.other_unit import REPLACE_BUTTON


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


def choose(monkeypatch, backup: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(backup), ""))


def test_restore_is_refused_while_another_program_has_the_folder_open_and_the_window_works_on(
    qtbot, window, unit_store, reference, tmp_path, monkeypatch
):
    backup = make_backup(unit_store, tmp_path / "stick")
    choose(monkeypatch, backup)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page: SettingsPage = window.settings_page
    with Worker(unit_store.data_dir.root, "window") as other:
        other.opened()
        with qtbot.assertNotEmitted(page.restored):
            qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        assert page.message.text().startswith(f"The data folder {unit_store.data_dir.root} is open in another KeSu")
        assert "Close KeSu in that window first" in page.message.text()
        assert other.save("另一个窗口") == "saved 另一个窗口"
        other.close()
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity("本窗口"), reference, actor="王晓燕")
    assert titles(unit_store.data_dir.database) == ["另一个窗口", "本窗口"]
    assert window.isVisible() and not unit_store.data_dir.restore_backups.exists()


@pytest.fixture
def other_unit_backup(tmp_path) -> Path:
    store, reference = prepare_store(DataDir(tmp_path / "other"))
    try:
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code="141023105", clerk_name="李明"), reference)
        return make_backup(store, tmp_path / "other-stick")
    finally:
        store.close()


def answer_other_unit(qtbot, page: SettingsPage, *, replace: bool) -> dict[str, str]:
    """Click "Restore from a backup…" and answer the question about another unit's backup."""
    seen: dict[str, str] = {}
    failures: list[BaseException] = []

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"], seen["more"] = box.windowTitle(), box.text(), box.informativeText()
        seen["buttons"] = " | ".join(button.text() for button in box.buttons())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        button = (
            box.findChild(QPushButton, REPLACE_BUTTON) if replace else box.button(QMessageBox.StandardButton.Cancel)
        )
        assert button is not None
        button.click()

    when_shown(lambda: QApplication.activeModalWidget(), act, failures)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert failures == []
    return seen


def test_a_backup_of_another_unit_says_whose_it_is_and_is_restored_only_with_its_button(
    qtbot, window, unit_store, other_unit_backup, monkeypatch
):
    choose(monkeypatch, other_unit_backup)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    page: SettingsPage = window.settings_page

    with qtbot.assertNotEmitted(page.restored):
        seen = answer_other_unit(qtbot, page, replace=False)

    assert seen["title"] == "A backup of another unit"
    assert seen["text"] == "This backup belongs to 古城镇, not to 新城镇."
    assert "replaces all the data of this folder (新城镇) with the data of 古城镇" in seen["more"]
    assert "&Replace with the data of 古城镇" in seen["buttons"]
    with unit_store.reading() as session:
        installation = read_installation(session)
    assert installation is not None and installation.setup.unit_code == "141023101"
    assert not unit_store.data_dir.restore_backups.exists()

    with qtbot.waitSignal(page.restored):
        answer_other_unit(qtbot, page, replace=True)

    with unit_store.reading() as session:
        installation = read_installation(session)
    assert installation is not None and installation.setup.clerk_name == "李明"
