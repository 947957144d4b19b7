"""The idle lock and the password at start: after the idle time every window is covered and the password
asked, Esc cannot dismiss it, a wrong password is refused, the right one brings back the windows as they were
(a half-filled record editor included); input restarts the idle time; no password, no lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kesu_desktop.base.translation import Translator
from kesu_desktop.store.access import set_password
from kesu_desktop.store.database import Store
from tests.ui.helpers import focused, press, type_text, when_shown
from ui.app import open_main_window
from ui.main_window import MainWindow
from ui.records.activity_editor import ActivityEditor
from ui.records.page import RecordsPage
from ui.store.lock import LockCover, UnlockDialog

PASSWORD = "xinchengzhen"
Key, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def protected_store(unit_store: Store) -> Store:
    with unit_store.transaction() as session:
        set_password(session, PASSWORD, current=None)
    return unit_store


@pytest.fixture
def window(qtbot, make_window, protected_store) -> Iterator[MainWindow]:
    """The main window on the protected store; at the end its lock is stopped, so no prompt outlives the test."""
    window = make_window(protected_store)
    with qtbot.waitActive(window):
        window.show()
    yield window
    window.idle_lock.timer.stop()
    if window.idle_lock.dialog is not None:
        window.idle_lock.dialog.done(0)


def lock_soon(qtbot, window: MainWindow) -> UnlockDialog:
    """Let the window lock after a short idle time, and wait until it has."""
    window.idle_lock.set_interval(100)
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=5000)
    dialog = window.idle_lock.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def covers(widget: QWidget) -> list[LockCover]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = widget.findChildren(LockCover, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [cover for cover in found if cover.isVisible()]


def enter_password(dialog: UnlockDialog, password: str) -> None:
    dialog.password.setFocus()
    press(Key.Key_A, CTRL)
    type_text(focused(), password)
    press(Key.Key_Return)


def test_after_the_idle_time_the_window_is_covered_and_the_password_asked(qtbot, window):
    dialog = lock_soon(qtbot, window)

    [cover] = covers(window)
    assert cover.geometry() == window.rect()
    assert QApplication.activeModalWidget() is dialog
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert window.isVisible()  # covered, not hidden
    window.resize(900, 600)
    assert cover.geometry() == window.rect()


def test_esc_and_closing_do_not_unlock(qtbot, window):
    dialog = lock_soon(qtbot, window)
    press(Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and window.idle_lock.is_locked
    assert len(covers(window)) == 1


def test_a_wrong_password_is_refused_and_the_right_one_unlocks(qtbot, window):
    dialog = lock_soon(qtbot, window)
    unlocked: list[bool] = []
    window.idle_lock.unlocked.connect(lambda: unlocked.append(True))

    enter_password(dialog, PASSWORD.upper())
    assert dialog.error.text() == "Wrong password."
    assert window.idle_lock.is_locked and dialog.isVisible()

    enter_password(dialog, PASSWORD)
    assert unlocked == [True]
    assert not window.idle_lock.is_locked
    assert covers(window) == []
    assert window.idle_lock.timer.isActive()  # counting again


def test_the_lock_comes_back_after_the_next_idle_time(qtbot, window):
    enter_password(lock_soon(qtbot, window), PASSWORD)
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=5000)
    assert len(covers(window)) == 1


@pytest.mark.parametrize(
    "act",
    [
        lambda widget, _step: QTest.keyClick(widget, Key.Key_Shift),
        lambda widget, _step: QTest.mouseClick(widget, Qt.MouseButton.LeftButton),
        lambda widget, step: QTest.mouseMove(widget, QPoint(10 + step, 20)),
    ],
    ids=["key", "click", "mouse move"],
)
def test_input_restarts_the_idle_time(qtbot, window, act: Callable[[QWidget, int], None]):
    window.idle_lock.set_interval(600)
    for step in range(8):  # 1.6 s of use, never 0.6 s idle
        qtbot.wait(200)
        act(window.navigation, step)
    assert not window.idle_lock.is_locked
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=5000)


def test_without_a_password_nothing_locks(qtbot, make_window, unit_store):
    window = make_window(unit_store)
    with qtbot.waitActive(window):
        window.show()
    window.idle_lock.set_interval(50)
    qtbot.wait(300)
    assert not window.idle_lock.is_locked
    assert covers(window) == []


def test_a_half_filled_record_editor_survives_the_lock(qtbot, window):
    press(Key.Key_2, CTRL)
    page = window.pages.currentWidget()
    assert isinstance(page, RecordsPage)
    press(Key.Key_N, CTRL)
    editor = page.editor
    assert isinstance(editor, ActivityEditor)
    qtbot.waitUntil(lambda: focused() is editor.title)
    type_text(focused(), "东街村农业科技讲座")
    editor.venue.setText("东街村委会")

    dialog = lock_soon(qtbot, window)
    assert len(covers(editor)) == 1 and len(covers(window)) == 1
    assert editor.isVisible()
    enter_password(dialog, PASSWORD)

    assert covers(editor) == [] and covers(window) == []
    assert editor.isVisible() and page.editor is editor
    assert (editor.title.text(), editor.venue.text()) == ("东街村农业科技讲座", "东街村委会")
    assert editor.is_modified()
    editor.mark_clean()
    editor.reject()


def test_the_lock_time_of_the_settings_page_is_used(window, protected_store):
    assert window.idle_lock.timer.interval() == 10 * 60_000
    window.settings_page.lock_minutes.setValue(3)
    window.settings_page.save()
    assert window.idle_lock.timer.interval() == 3 * 60_000


# ---- the password at start -----------------------------------------------------------------------------


def start(qtbot, store: Store, reference, answer: Callable[[UnlockDialog], None]) -> MainWindow | None:
    failures: list[BaseException] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        answer(dialog)

    when_shown(QApplication.activeModalWidget, act, failures)
    window = open_main_window(store, reference, Translator("en"), QApplication.instance())
    assert failures == []
    if window is not None:
        qtbot.addWidget(window)
    return window


def test_the_password_is_asked_before_the_main_window(qtbot, protected_store, reference):
    errors: list[str] = []

    def answer(dialog: UnlockDialog) -> None:
        enter_password(dialog, "not it")
        errors.append(dialog.error.text())
        enter_password(dialog, PASSWORD)

    window = start(qtbot, protected_store, reference, answer)
    assert isinstance(window, MainWindow)
    assert errors == ["Wrong password."]


def test_quitting_at_the_password_opens_nothing(qtbot, protected_store, reference):
    window = start(qtbot, protected_store, reference, lambda dialog: press(Key.Key_Escape))
    assert window is None
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_no_password_no_question_at_start(qtbot, unit_store, reference):
    window = open_main_window(unit_store, reference, Translator("en"), QApplication.instance())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
