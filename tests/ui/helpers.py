"""Small helpers for driving real widgets from the keyboard and answering the dialogs they open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def focused() -> QWidget:
    """The widget with keyboard focus; fails the test (instead of crashing QTest) when there is none."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has keyboard focus"
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one key at a time, Chinese included.

    ``QTest.keyClicks`` only knows ASCII; a Chinese character arrives as a key event carrying its text, which
    is what a line edit or a combo box's type-to-search reads.
    """
    for character in text:
        if character.isascii():
            QTest.keyClick(widget, character)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
            )


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` on whatever widget has focus, as a user would."""
    QTest.keyClick(focused(), key, modifier)


@dataclass(frozen=True)
class ShownMessage:
    icon: QMessageBox.Icon
    title: str
    text: str
    detailed_text: str
    buttons: tuple[str, ...]


class MessageBoxCloser:
    """While running, notes and closes every modal message box, so a blocking ``exec()`` returns."""

    def __init__(self) -> None:
        self.shown: list[ShownMessage] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._close_open_box)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _close_open_box(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.shown.append(
            ShownMessage(
                box.icon(),
                box.windowTitle(),
                box.text(),
                box.detailedText(),
                tuple(button.text() for button in box.buttons()),
            )
        )
        box.done(0)


def when_shown(
    find: Callable[[], QWidget | None], act: Callable[[QWidget], None], failures: list[BaseException]
) -> None:
    """Once ``find()`` returns a widget (polled from whichever event loop is running, e.g. a dialog's
    ``exec()``), run ``act`` on it. A failure is recorded in ``failures`` and the widget closed, so the blocking
    call returns and the test can report it instead of hanging."""

    def poll() -> None:
        widget = find()
        if widget is None:
            QTimer.singleShot(10, poll)
            return
        try:
            act(widget)
        except BaseException as error:
            failures.append(error)
            widget.close()

    QTimer.singleShot(0, poll)


def run_within_time(start: Callable[[], int], seconds: int = 20) -> int:
    """Run ``start``, which enters the application's event loop, ending that loop if it still runs after
    ``seconds`` so that a broken test fails instead of hanging."""
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QCoreApplication.exit(98))
    watchdog.start(seconds * 1000)
    try:
        return start()
    finally:
        watchdog.stop()
