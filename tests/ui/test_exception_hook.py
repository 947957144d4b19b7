"""The global exception hook: the traceback goes to the log file and a critical dialog points the user to it."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kesu_desktop.base.errors import StoreWriteError
from kesu_desktop.base.logs import configure_logging
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.failures import store_failure
from tests.ui.helpers import MessageBoxCloser
from ui.exception_hook import ExceptionHook


class ReturnBuildError(RuntimeError):
    pass


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ReturnBuildError("月报 could not be built")
    except ReturnBuildError as error:
        return type(error), error, error.__traceback__


@pytest.fixture
def log_file(tmp_path, restore_globals) -> Path:
    return configure_logging(tmp_path / "logs" / "kesu.log")


def test_hook_logs_the_traceback_and_shows_where(log_file, message_boxes):
    hook = ExceptionHook(log_file)
    hook(*raised())

    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR kesu.crash: unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "ReturnBuildError: 月报 could not be built" in logged
    assert "in raised" in logged

    assert len(message_boxes.shown) == 1
    shown = message_boxes.shown[0]
    assert shown.icon == QMessageBox.Icon.Critical
    assert shown.title == "Unexpected error"
    assert str(log_file) in shown.text
    assert "ReturnBuildError: 月报 could not be built" in shown.detailed_text


def test_hook_shows_one_dialog_per_error_and_is_ready_again(log_file, message_boxes):
    hook = ExceptionHook(log_file)
    hook(*raised())
    hook(*raised())
    assert len(message_boxes.shown) == 2
    assert log_file.read_text(encoding="utf-8").count("ReturnBuildError: 月报 could not be built") == 2


def test_an_error_while_the_dialog_is_open_is_logged_without_a_second_dialog(log_file, capfd):
    hook = ExceptionHook(log_file)
    nested_boxes = MessageBoxCloser()  # closes a second dialog, should one (wrongly) open
    open_boxes: list[object] = []

    def while_the_dialog_is_open() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        nested_boxes.start()
        hook(*raised())  # returns at once
        nested_boxes.stop()
        open_boxes.extend([box, QApplication.activeModalWidget()])
        box.done(0)

    QTimer.singleShot(0, while_the_dialog_is_open)
    hook(*raised())

    assert nested_boxes.shown == []
    assert open_boxes[0] is open_boxes[1]
    assert log_file.read_text(encoding="utf-8").count("ReturnBuildError: 月报 could not be built") == 2
    assert "ReturnBuildError: 月报 could not be built" in capfd.readouterr().err


def test_install_makes_it_the_excepthook(log_file):
    hook = ExceptionHook(log_file)
    hook.install()
    assert sys.excepthook is hook


def test_an_error_the_core_raises_on_purpose_shows_its_own_message_in_the_users_language(log_file, message_boxes):
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
    failure = store_failure(full, DataDir(Path("D:/KeSu")))
    assert isinstance(failure, StoreWriteError)
    hook = ExceptionHook(log_file, Translator("zh_CN"))
    try:
        raise failure
    except StoreWriteError as error:
        hook(type(error), error, error.__traceback__)

    shown = message_boxes.shown[0]
    assert shown.icon == QMessageBox.Icon.Warning
    assert "磁盘已满" in shown.text and "KeSu" in shown.text
    assert "WARNING kesu.crash: stopped by StoreWriteError" in log_file.read_text(encoding="utf-8")
