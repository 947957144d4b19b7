"""The fields that name a PostgreSQL server for the county's store (host, port, database, user, password, and
whether to keep the password in this computer's credential store), with a "Test connection" button; shared by
the setup wizard and the Settings page's move to a server, so both ask the same way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.server import (
    DEFAULT_PORT,
    Connected,
    ServerAddress,
    can_keep_passwords,
    check_address,
    check_server,
    connect,
)
from ui.i18n import translate
from ui.widgets.error_label import error_label


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The wait cursor while the block runs (a connection may take up to the connect timeout)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def keep_password_box(parent: QWidget | None = None) -> QCheckBox:
    """The "keep the password" choice, switched off with the reason when this computer has no credential store."""
    box = QCheckBox(translate("ServerFields", "&Keep the password in this computer's credential store"), parent)
    if not can_keep_passwords():
        box.setEnabled(False)
        box.setToolTip(
            translate(
                "ServerFields",
                "This computer has no credential store KeSu can use, so the password is asked at every start.",
            )
        )
    return box


class ServerFields(QWidget):
    """Where the server is and how to log in; :meth:`connect_checked` checks all of it against the server."""

    def __init__(self, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.translator = translator
        self.host = QLineEdit()
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox()
        self.port.setRange(0, 65535)  # 0 is let in so that the core's check names the field, as for the others
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.database.setPlaceholderText("kesu")
        self.user = QLineEdit()
        self.user.setPlaceholderText("kesu")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = keep_password_box()
        self.test_button = QPushButton(translate("ServerFields", "&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.error.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        rows = (
            (translate("ServerFields", "&Server:"), self.host),
            (translate("ServerFields", "P&ort:"), self.port),
            (translate("ServerFields", "&Database:"), self.database),
            (translate("ServerFields", "&User:"), self.user),
            (translate("ServerFields", "Pass&word:"), self.password),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.keep)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, stretch=1)
        form.addRow(test_row)
        form.addRow(self.error)
        for first, second in zip(
            (self.host, self.port, self.database, self.user, self.password, self.keep),
            (self.port, self.database, self.user, self.password, self.keep, self.test_button),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        self._fields = {"Server": self.host, "Port": self.port, "Database": self.database, "User": self.user}

    def fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)

    def address(self) -> ServerAddress:
        """The address typed in, each field checked; raises the core's StoreError naming the field at fault."""
        return check_address(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    def connect_checked(self) -> Connected:
        """Log in with the password typed (an empty one is tried as none) and check that the database is KeSu's
        store or empty; raises a KesuError saying what is wrong. The caller disposes of the engine."""
        address = self.address()
        with wait_cursor():
            connected = connect(address, password=self.password.text())
            try:
                check_server(connected.engine, address)
            except BaseException:
                connected.engine.dispose()
                raise
        return connected

    def checked_or_shown(self) -> Connected | None:
        """:meth:`connect_checked`, or None with the reason shown under the fields and the cursor on the field
        at fault."""
        self.result.clear()
        try:
            connected = self.connect_checked()
        except KesuError as error:
            self.show_error(error)
            return None
        self.error.hide()
        return connected

    def show_error(self, error: KesuError) -> None:
        self.error.setText(self.translator.render(error))
        self.error.show()
        field = next((w for name, w in self._fields.items() if error.template.startswith(name + ":")), None)
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit | QSpinBox):
                field.selectAll()

    def test_connection(self) -> None:
        connected = self.checked_or_shown()
        if connected is None:
            return
        connected.engine.dispose()
        self.result.setText(
            translate("ServerFields", "The connection works: {server} can hold the county's store.").format(
                server=self.address().describe()
            )
        )
