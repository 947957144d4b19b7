"""The Settings page's "Where the store is kept" group, for the county office: this computer's file or the
server, the moves between the two (:mod:`ui.store.moving`), and forgetting the server's password kept in this
computer's credential store."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.server import keep_password, kept_password
from ui.i18n import translate
from ui.state import AppState
from ui.store.moving import Moved, MovedButNotOpenedError, MoveToServerDialog, move_back, move_onto_server, moved_text
from ui.widgets.error_label import ERROR_COLOUR

log = logging.getLogger(__name__)


class StoreLocationBox(QGroupBox):
    restart_needed = Signal()  # the store was moved but cannot be opened in this window: the app must restart

    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(translate("StoreLocation", "Where the store is kept"), parent)
        self.state, self.translator = state, translator
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to_server_button = QPushButton(translate("StoreLocation", "Move to a ser&ver…"))
        self.to_server_button.clicked.connect(self.move_to_server)
        self.back_button = QPushButton(translate("StoreLocation", "Move back to this &computer…"))
        self.back_button.clicked.connect(self.move_back)
        self.forget_button = QPushButton(translate("StoreLocation", "&Forget the kept password"))
        self.forget_button.clicked.connect(self.forget_password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.to_server_button, self.back_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.show_where()

    def show_where(self) -> None:
        server = self.state.store.server
        if server is None:
            self.where.setText(
                translate("StoreLocation", "This computer: {file}").format(file=self.state.store.data_dir.database)
            )
        else:
            self.where.setText(translate("StoreLocation", "Server: {server}").format(server=server.describe()))
        self.to_server_button.setVisible(server is None)
        self.back_button.setVisible(server is not None)
        self.forget_button.setVisible(server is not None and kept_password(server) is not None)

    def _confirmed(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def move_to_server(self) -> None:
        dialog = MoveToServerDialog(self.translator, self)
        accepted = dialog.exec() == MoveToServerDialog.DialogCode.Accepted
        dialog.deleteLater()
        connected = dialog.connected
        if not accepted or connected is None:
            return
        address, keep = dialog.fields.address(), dialog.fields.keep.isChecked()
        title = translate("StoreLocation", "Move the store to a server")
        text = translate(
            "StoreLocation",
            "Move the county's store from {file} onto the server {server}?\n\nClose every other KeSu window and "
            "command on this data folder first. The whole store is copied and checked; the folder's old file is "
            "then kept in its backups, and every clerk who joins the server works on the same store.",
        ).format(file=self.state.store.data_dir.database, server=address.describe())
        if not self._confirmed(title, text, translate("StoreLocation", "&Move to the server")):
            connected.engine.dispose()
            return
        self._run(title, lambda: move_onto_server(self.state.store, connected, address, keep, self))

    def move_back(self) -> None:
        server = self.state.store.server
        assert server is not None
        title = translate("StoreLocation", "Move the store back to this computer")
        text = translate(
            "StoreLocation",
            "Move the county's store from the server {server} back into this computer's data folder ({file})?\n\n"
            "The server's database is left as it is: other clerks may go on working on it, and what they save "
            "there from now on is not in this folder.",
        ).format(server=server.describe(), file=self.state.store.data_dir.database)
        if self._confirmed(title, text, translate("StoreLocation", "&Move back")):
            self._run(title, lambda: move_back(self.state.store, self))

    def _run(self, title: str, move: Callable[[], Moved]) -> None:
        """Run the move; a failure is shown and the window goes on with its store as it was."""
        try:
            moved = move()
        except MovedButNotOpenedError as error:
            log.warning("the store was moved but cannot be opened again: %s", error)
            QMessageBox.critical(
                self,
                title,
                self.translator.render(error)
                + "\n\n"
                + translate("StoreLocation", "The store was moved. KeSu Desktop closes now; start it again."),
            )
            self.restart_needed.emit()
            return
        except KesuError as error:
            log.warning("the store was not moved: %s", error)
            self._show(self.translator.render(error), error=True)
            QMessageBox.warning(self, title, self.translator.render(error))
            self.show_where()
            return
        except Exception:
            log.exception("the store was not moved")
            text = translate("StoreLocation", "The store was not moved; the details are in the log file.")
            self._show(text, error=True)
            QMessageBox.warning(self, title, text)
            self.show_where()
            return
        log.info("moved the store from %s to %s", moved.report.source, moved.report.target)
        self.state.reload_reference()
        self.show_where()
        text = moved_text(moved)
        self._show(text, error=False)
        QMessageBox.information(self, title, text)

    def forget_password(self) -> None:
        server = self.state.store.server
        if server is not None and keep_password(server, None):
            self._show(translate("StoreLocation", "The kept password was forgotten; it is asked at the next start."))
        self.show_where()

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setText(text)
