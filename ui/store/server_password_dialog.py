"""Asking for the database server's password at start, when neither ``KESU_DB_PASSWORD`` nor this computer's
credential store gives one: a dialog that names the server and the user, says when the password typed before was
refused, and offers to keep the password. :class:`ServerPasswordAsker` is the ``ask_password`` that
``prepare_store`` calls; once the store is open, :meth:`ServerPasswordAsker.keep_if_chosen` keeps the password
that worked when the clerk asked for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kesu_desktop.store.server import ServerAddress, keep_password
from ui.i18n import translate
from ui.store.server_fields import keep_password_box
from ui.widgets.error_label import error_label


class ServerPasswordDialog(QDialog):
    def __init__(self, address: ServerAddress, refused_before: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ServerPassword", "Password of the database server"))
        self.explanation = QLabel(
            translate(
                "ServerPassword",
                "The county's store is on the database server {server}. Give the password of the user {user} there.",
            ).format(server=f"{address.host}:{address.port}/{address.database}", user=address.user)
        )
        self.explanation.setWordWrap(True)
        self.refused = error_label()
        self.refused.setText(translate("ServerPassword", "The server refused the password given. Try again."))
        self.refused.setVisible(refused_before)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = keep_password_box()
        form = QFormLayout()
        label = QLabel(translate("ServerPassword", "&Password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        form.addRow(self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.refused)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()


class ServerPasswordAsker:
    """Asks with :class:`ServerPasswordDialog`; remembers the last password typed and whether to keep it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.address: ServerAddress | None = None
        self.password: str | None = None
        self.keep = False
        self.cancelled = False
        """Whether the clerk closed the last dialog without giving a password."""

    def __call__(self, address: ServerAddress, refused_before: bool) -> str | None:
        dialog = ServerPasswordDialog(address, refused_before, self.parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.address = address
        self.password = dialog.password.text() if accepted else None
        self.keep = accepted and dialog.keep.isChecked()
        self.cancelled = not accepted
        dialog.deleteLater()
        return self.password

    def keep_if_chosen(self) -> None:
        """Keep the last password typed (the one that logged in, once the store is open), when so chosen."""
        if self.keep and self.address is not None and self.password is not None:
            keep_password(self.address, self.password)
