"""Sending a unit's return back (退回) from the Reporting status page: the "Send back…" button and context-menu
action on the grid, enabled on a month whose return the county holds, and the dialog naming the unit, the month
and the version with the reason the unit will read in its next bulletin (required; Ctrl+Enter sends).

The rules (a return held, a reason given, a version sent back once) are
:func:`kesu_desktop.county.bulletins.send_back`'s; a refusal is shown in the dialog, the reason kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.bulletins import send_back
from kesu_desktop.county.status.grid import MonthStatus
from kesu_desktop.reference.periods import parse_period
from ui.county.key_dialogs import reason_editor
from ui.county.status_model import StatusModel
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label

REASON_LINES = 5


class SendBackDialog(QDialog):
    """Send back the held return of ``cell`` with a reason; accepted once it is stored."""

    def __init__(
        self, state: AppState, translator: Translator, cell: MonthStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.cell = state, translator, cell
        self.version: int | None = None
        """The version sent back, once it is, with the reason as stored."""
        self.sent_reason = ""
        self.setWindowTitle(translate("SendBack", "Send back a return"))
        heading = QLabel(translate("SendBack", "Send back {unit}'s return").format(unit=cell.unit_name))
        heading.setObjectName("pageTitle")
        facts = QFormLayout()
        facts.addRow(translate("SendBack", "Unit:"), QLabel(cell.unit_name))
        facts.addRow(translate("SendBack", "Month:"), QLabel(parse_period(cell.period).label(state.language)))
        received = "" if cell.received is None else f"{cell.received:%Y-%m-%d %H:%M}"
        facts.addRow(
            translate("SendBack", "Version:"),
            QLabel(translate("SendBack", "{version} (received {time})").format(version=cell.version, time=received)),
        )
        explanation = QLabel(
            translate(
                "SendBack",
                "The unit reads the reason in the next bulletin the county writes for it, and sends a corrected "
                "return. Say what is to be corrected:",
            )
        )
        explanation.setWordWrap(True)
        self.reason = reason_editor()
        self.reason.setFixedHeight(REASON_LINES * self.reason.fontMetrics().lineSpacing() + 14)
        self.reason.setAccessibleName(translate("SendBack", "Reason for sending back"))
        self.reason.setPlaceholderText(translate("SendBack", "Ctrl+Enter sends the return back"))
        self.reason.textChanged.connect(self._update)
        reason_label = QLabel(translate("SendBack", "&Reason:"))
        reason_label.setBuddy(self.reason)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(translate("SendBack", "&Send back"))
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.reason.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addWidget(explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()
        self.reason.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Enter in the reason sends, as in a chat box (Enter alone starts a new line)."""
        if watched is self.reason and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.send()
                return True
        return super().eventFilter(watched, event)

    def _update(self) -> None:
        self.send_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        state, cell = self.state, self.cell
        try:
            with state.store.transaction() as session:
                row = send_back(
                    session,
                    state.reference,
                    cell.unit_code,
                    cell.period,
                    self.reason.toPlainText(),
                    state.installation.setup.clerk_name,
                )
                version, reason = row.version, row.reason
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            return
        self.version, self.sent_reason = version, reason
        self.accept()


class SendBackControl:
    """The page's "Send back…" button and the grid's context-menu action, and what they do."""

    def __init__(self, state: AppState, translator: Translator, grid: QTableView, model: StatusModel) -> None:
        self.state, self.translator, self.grid, self.model = state, translator, grid, model
        text = translate("SendBack", "Send &back…")
        self.button = QPushButton(text)
        self.button.setToolTip(translate("SendBack", "Send the selected month's return back to the unit to correct"))
        self.button.clicked.connect(self.open)
        self.action = QAction(text, grid)
        self.action.triggered.connect(self.open)
        grid.addAction(self.action)
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        grid.selectionModel().currentChanged.connect(lambda *_: self.update())
        model.modelReset.connect(self.update)
        self.update()

    def selected(self) -> MonthStatus | None:
        """The selected month when the county holds its return."""
        index = self.grid.currentIndex()
        cell = self.model.cell(index.row(), index.column()) if index.isValid() else None
        return cell if cell is not None and cell.version is not None else None

    def update(self) -> None:
        enabled = self.selected() is not None
        self.button.setEnabled(enabled)
        self.action.setEnabled(enabled)

    def open(self) -> None:
        cell = self.selected()
        if cell is None:
            return
        dialog = SendBackDialog(self.state, self.translator, cell, self.grid.window())
        if dialog.exec() and dialog.version is not None:
            self.model.mark_sent_back(cell.unit_code, cell.period, dialog.version, dialog.sent_reason)
