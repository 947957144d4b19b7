"""The lock of a shared PC: the password prompt, and the controller that locks the app after idle time.

:class:`IdleLock` watches the whole application's input (keys, mouse, wheel). Once nothing has been typed or
clicked for the set time and the data folder has a password, every open window is covered by an opaque
panel and the unlock dialog is shown, application-modal, over them. No window is hidden or closed (hiding a
dialog would end its ``exec()`` loop), so a half-filled record editor keeps its contents; the right password
takes the panels away.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.store.access import has_password, verify_password
from kesu_desktop.store.database import Store
from ui.i18n import translate
from ui.widgets.error_label import error_label

MINUTE_MS = 60_000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel})


def password_is_right(store: Store, password: str) -> bool:
    with store.reading() as session:
        return verify_password(session, password)


class UnlockDialog(QDialog):
    """Asks for the data folder's password. At start it can be quit; over a locked app, Esc and closing the
    window do nothing."""

    def __init__(self, check: Callable[[str], bool], *, can_quit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.can_quit = can_quit
        self.setWindowTitle(translate("Lock", "KeSu Desktop is locked"))
        self.setMinimumWidth(380)
        if not can_quit:
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        explanation = QLabel(translate("Lock", "This data folder has a password. Enter it to go on."))
        explanation.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        self.unlock_button = QPushButton(translate("Lock", "&Unlock"))
        self.unlock_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if can_quit:
            buttons.addButton(QPushButton(translate("Lock", "&Quit")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("Lock", "&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def accept(self) -> None:
        if not self.check(self.password.text()):
            self.error.setText(translate("Lock", "Wrong password."))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.password.clear()
        self.error.clear()
        super().accept()

    def reject(self) -> None:
        if self.can_quit:
            super().reject()


class LockCover(QWidget):
    """An opaque panel over the whole of a window while the app is locked; it follows the window's size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#lockCover { background: #34495e; } QLabel { color: white; font-size: 20px; }")
        label = QLabel(translate("Lock", "KeSu Desktop is locked"))
        layout = QVBoxLayout(self)
        layout.addWidget(label, alignment=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.setContentsMargins(24, 48, 24, 24)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def remove(self) -> None:
        self.hide()
        self.deleteLater()


class IdleLock(QObject):
    """Locks the app after ``interval_ms`` without input, when the data folder has a password."""

    unlocked = Signal()

    def __init__(self, store: Store, interval_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_interval(interval_ms)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_interval(self, interval_ms: int) -> None:
        """Use a new idle time, counted from now."""
        self.timer.setInterval(interval_ms)
        if not self.is_locked:
            self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval(minutes * MINUTE_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Cover every open window and ask for the password (nothing happens without a password)."""
        if self.is_locked or not self._protected():
            return
        # An open menu or drop-down list would keep the keyboard and mouse from the password prompt.
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.hide()
        QToolTip.hideText()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self.unlocked.connect(LockCover(window).remove)
        parent = self.parent()
        self.dialog = UnlockDialog(
            partial(password_is_right, self.store),
            can_quit=False,
            parent=parent if isinstance(parent, QWidget) else None,
        )
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()

    def _protected(self) -> bool:
        with self.store.reading() as session:
            return has_password(session)

    def _unlock(self) -> None:
        assert self.dialog is not None
        self.dialog.deleteLater()
        self.dialog = None
        self.unlocked.emit()
        self.timer.start()
