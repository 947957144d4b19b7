"""A damaged database at start: the app explains it in plain words and offers the newest good backup (or one
the clerk picks); quitting leaves the damaged file untouched, restoring keeps it aside and opens the app. The
folder's password (as its newest good backup, or what is left of the file, has it) is asked before a restore and
kept; another unit's backup is restored only once confirmed."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from sqlalchemy import select

from db import models
from kesu_desktop.base.errors import DamagedStoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.service import add_activity
from kesu_desktop.store.access import has_password, set_password, verify_password
from kesu_desktop.store.backups import automatic_backup, make_backup
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.ui.helpers import run_within_time, when_shown
from tests.unit.test_backups import corrupt
from tests.unit.test_store import sample_activity
from ui.app import run_gui
from ui.main_window import MainWindow
from ui.store.damaged_dialog import DamagedStoreDialog
from ui.store.other_unit import REPLACE_BUTTON

pytestmark = pytest.mark.usefixtures("restore_globals")

BACKUP_TIME = datetime(2025, 6, 17, 17, 30)


def damaged_with_backup(unit_store, reference, *, backup: bool = True) -> DataDir:
    """A data folder with 40 records and (optionally) a good automatic backup of them, then one more record
    after the backup, then damaged pages."""
    with unit_store.transaction() as session:
        for number in range(40):
            add_activity(session, UNIT_CODE, sample_activity(f"讲座{number:02d}"), reference, actor="王晓燕")
    if backup:
        automatic_backup(unit_store, BACKUP_TIME)
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity("备份之后"), reference, actor="王晓燕")
    unit_store.close()
    corrupt(unit_store.data_dir.database)
    return unit_store.data_dir


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shown_dialog() -> DamagedStoreDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, DamagedStoreDialog) and widget.isVisible() else None


def titles(data_dir: DataDir) -> list[str]:
    store, _reference = prepare_store(data_dir)
    try:
        with store.reading() as session:
            return sorted(session.scalars(select(models.Activity.title)))
    finally:
        store.close()


def test_restoring_the_offered_backup_opens_the_app_and_keeps_the_damaged_file(unit_store, reference, message_boxes):
    data_dir = damaged_with_backup(unit_store, reference)
    damaged = digest(data_dir.database)
    seen: dict[str, str] = {}
    failures: list[BaseException] = []

    def restore(dialog) -> None:
        seen["advice"] = dialog.advice.text()
        assert dialog.restore_button is not None and dialog.restore_button.isDefault()
        dialog.restore_button.click()

    def close_main_window(window) -> None:
        seen["title"] = window.windowTitle()
        window.close()

    when_shown(shown_dialog, restore, failures)
    when_shown(
        lambda: next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None),
        close_main_window,
        failures,
    )
    assert run_within_time(lambda: run_gui(data_dir.root, "zh_CN")) == 0
    assert failures == []

    assert "2025-06-17 17:30" in seen["advice"] and "备份之后" not in seen["advice"]
    assert [box.title for box in message_boxes.shown] == ["备份已恢复"]
    assert "2025-06-17 17:30" in message_boxes.shown[0].text
    kept = [path for path in data_dir.restore_backups.iterdir() if path.name.startswith("kesu-damaged-")]
    assert [digest(path) for path in kept if path.suffix == ".sqlite3"] == [damaged]
    assert titles(data_dir) == [f"讲座{number:02d}" for number in range(40)]


def test_quitting_leaves_the_damaged_file_as_it_was(unit_store, reference):
    data_dir = damaged_with_backup(unit_store, reference, backup=False)
    before = digest(data_dir.database)
    seen: dict[str, bool] = {}
    failures: list[BaseException] = []

    def quit_(dialog) -> None:
        seen["restore offered"] = dialog.restore_button is not None
        seen["choose is default"] = dialog.choose_button.isDefault()
        dialog.quit_button.click()

    when_shown(shown_dialog, quit_, failures)
    assert run_within_time(lambda: run_gui(data_dir.root, "en")) == 1
    assert failures == []
    assert seen == {"restore offered": False, "choose is default": True}
    assert digest(data_dir.database) == before
    assert not data_dir.restore_backups.exists()


def test_a_chosen_backup_that_is_damaged_too_is_refused_in_the_dialog(
    qtbot, unit_store, reference, tmp_path, monkeypatch
):
    stick = make_backup(unit_store, tmp_path / "stick", BACKUP_TIME)
    data_dir = damaged_with_backup(unit_store, reference, backup=False)
    corrupt(stick)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(stick), ""))
    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(data_dir)
    dialog = DamagedStoreDialog(data_dir, damaged.value, Translator("en"))
    qtbot.addWidget(dialog)
    before = digest(data_dir.database)

    dialog.choose_button.click()

    assert dialog.restored is None and not dialog.result()
    assert "damaged" in dialog.message.text() and str(stick) in dialog.message.text()
    assert digest(data_dir.database) == before


PASSWORD = "xinchengzhen-2024"


def error_backup(error: DamagedStoreError) -> Path:
    assert error.newest_backup is not None
    return error.newest_backup


def test_a_folder_with_a_password_asks_for_it_before_restoring_and_keeps_it(qtbot, unit_store, reference):
    with unit_store.transaction() as session:
        set_password(session, PASSWORD, current=None)
    data_dir = damaged_with_backup(unit_store, reference)
    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(data_dir)
    dialog = DamagedStoreDialog(data_dir, damaged.value, Translator("en"))
    qtbot.addWidget(dialog)
    before = digest(data_dir.database)
    assert dialog.password is not None and dialog.restore_button is not None

    dialog.restore_button.click()
    assert dialog.message.text() == "This data folder has a password: give it to restore a backup. Nothing was changed."
    dialog.password.setText("not the password")
    dialog.restore_button.click()
    assert dialog.message.text() == "Password: this is not the password of this data folder."
    assert dialog.restored is None and digest(data_dir.database) == before

    dialog.password.setText(PASSWORD)
    dialog.restore_button.click()

    assert dialog.restored == error_backup(damaged.value)
    store, _reference = prepare_store(data_dir)
    try:
        with store.reading() as session:
            assert has_password(session) and verify_password(session, PASSWORD)
    finally:
        store.close()


def test_a_folder_without_a_password_shows_no_password_field(qtbot, unit_store, reference):
    data_dir = damaged_with_backup(unit_store, reference)
    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(data_dir)
    dialog = DamagedStoreDialog(data_dir, damaged.value, Translator("en"))
    qtbot.addWidget(dialog)
    assert dialog.password is None


def test_a_chosen_backup_of_another_unit_is_restored_only_once_confirmed(
    qtbot, unit_store, reference, tmp_path, monkeypatch
):
    other, other_reference = prepare_store(DataDir(tmp_path / "other"))
    try:
        with other.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code="141023105", clerk_name="李明"), other_reference)
        stick = make_backup(other, tmp_path / "stick", BACKUP_TIME)
    finally:
        other.close()
    data_dir = damaged_with_backup(unit_store, reference)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(stick), ""))
    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(data_dir)
    dialog = DamagedStoreDialog(data_dir, damaged.value, Translator("en"))
    qtbot.addWidget(dialog)
    before = digest(data_dir.database)
    asked: list[str] = []
    failures: list[BaseException] = []

    def answer(replace: bool):
        def act(box) -> None:
            asked.append(box.text())
            button = (
                box.findChild(QPushButton, REPLACE_BUTTON) if replace else box.button(QMessageBox.StandardButton.Cancel)
            )
            button.click()

        return act

    def other_unit_box() -> QMessageBox | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QMessageBox) and widget.isVisible() else None

    when_shown(other_unit_box, answer(False), failures)
    dialog.choose_button.click()
    assert dialog.restored is None and digest(data_dir.database) == before
    when_shown(other_unit_box, answer(True), failures)
    dialog.choose_button.click()

    assert failures == []
    assert asked == ["This backup belongs to 古城镇, not to 新城镇."] * 2
    assert dialog.restored == stick
    store, _reference = prepare_store(data_dir)
    try:
        with store.reading() as session:
            installation = read_installation(session)
        assert installation is not None and installation.setup.clerk_name == "李明"
    finally:
        store.close()
